/**
 * GraphQL-over-HTTP conformance with graphql-http's server audits, run through yoga.fetch.
 * Every MUST audit has to pass; SHOULD/MAY results are printed (warnings are recommendations).
 */
import { serverAudits } from 'graphql-http';
import { openApi, type Api } from './harness';

let api: Api;
beforeAll(async () => {
  api = await openApi();
});
afterAll(async () => {
  await api?.close();
});

it('passes every MUST audit of the GraphQL-over-HTTP spec', async () => {
  const fetchFn = (input: RequestInfo | URL, init?: RequestInit) => api.yoga.fetch(String(input instanceof Request ? input.url : input), init ?? {});
  const audits = serverAudits({ url: 'http://yoga/graphql', fetchFn });
  const results = [];
  for (const audit of audits) results.push(await audit.fn());
  const failedMust = results.filter((r) => r.status === 'error');
  const summary = {
    total: results.length,
    ok: results.filter((r) => r.status === 'ok').length,
    warn: results.filter((r) => r.status === 'warn').map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`),
    error: failedMust.map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`),
  };
  // The report the README quotes.
  console.log(`graphql-http audit: ${summary.ok}/${summary.total} ok\n${JSON.stringify(summary, null, 2)}`);
  expect(failedMust).toEqual([]);
  expect(summary.ok).toBeGreaterThan(0);
});
