/** The GraphiQL page itself: served at /graphql to browsers, self-contained, with examples. */
import { getIntrospectionQuery } from 'graphql';
import { graphiqlOptions } from '../../../src/api/graphiql';
import { openApi, type Api } from './harness';

let api: Api;
beforeAll(async () => {
  api = await openApi();
});
afterAll(async () => {
  await api?.close();
});

it('is one self-contained HTML page with no external script, style or CDN reference', async () => {
  const res = await api.yoga.fetch('http://yoga/graphql', { headers: { accept: 'text/html' } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/text\/html/);
  const html = await res.text();
  expect(html).toMatch(/<title>diplograph<\/title>/);
  expect(html).not.toMatch(/unpkg\.com|jsdelivr|cdnjs|googleapis|esm\.sh|skypack/i);
  // No element loads anything from elsewhere: every src/href is inline, relative, blob or data.
  const external = [...html.matchAll(/<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*["']?(https?:)?\/\/[^"'\s>]+/gi)].map((m) => m[0]);
  expect(external).toEqual([]);
  expect(html).not.toMatch(/@import\s+url\(\s*["']?https?:/i);
});

it('opens with the example tabs: who invited whom, Russia–North Korea, China → North Korea', async () => {
  const html = await (await api.yoga.fetch('http://yoga/graphql', { headers: { accept: 'text/html' } })).text();
  expect(html).toContain('query WhoInvitedWhom');
  expect(html).toContain('bilateral(a: \\"RUS\\", b: \\"PRK\\"');
  expect(html).toContain('paths(from: \\"CHN\\", to: \\"PRK\\"');
});

it('the example queries are valid against the schema', async () => {
  expect(graphiqlOptions.defaultTabs?.length).toBe(4);
  for (const tab of graphiqlOptions.defaultTabs ?? []) {
    const res = await api.gql(tab.query ?? '');
    // They may find nothing in this database, but they must validate and run.
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data).toBeTruthy();
  }
});

it('answers the full introspection query GraphiQL sends, within the shape limits', async () => {
  const query = getIntrospectionQuery({ descriptions: true, schemaDescription: true, inputValueDeprecation: true, directiveIsRepeatable: true, specifiedByUrl: true });
  const res = await api.gql(query);
  expect(res.body.errors).toBeUndefined();
  const names = res.body.data.__schema.types.map((t: any) => t.name);
  expect(names).toEqual(expect.arrayContaining(['Invitation', 'Visit', 'Statement', 'Fact', 'Source', 'PartialDate', 'StateCode']));
});
