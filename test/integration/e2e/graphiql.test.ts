/**
 * GraphiQL end to end in a real headless Chromium: the page is served by the real HTTP
 * server on a local port, every request to another host is blocked (and none may even be
 * attempted), a query is run by clicking the run button, and the result pane shows data.
 */
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { createHttpServer, closeServer, listen } from '../../../src/server';
import { ApiFixture } from '../api/fixture';
import { openApi, type Api } from '../api/harness';
import { launchChromium, onlyLocal } from '../../../scripts/chromium';

let api: Api;
let fx: ApiFixture;
let server: Server;
let baseUrl: string;
let browser: Browser;

beforeAll(async () => {
  api = await openApi();
  fx = await new ApiFixture(api.db.executor).seed();
  server = createHttpServer({ graphql: api.yoga, readiness: async () => ({ ready: true, checks: {} }) });
  baseUrl = await listen(server, '127.0.0.1', 0);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  if (server) await closeServer(server, 1_000);
  await fx?.cleanup();
  await api?.close();
});

it('serves GraphiQL offline and runs a query from the run button', async () => {
  const page = await browser.newPage();
  const external = await onlyLocal(page, baseUrl);
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));

  const query = `query FixtureState { state(code: "${fx.codes.K}") { code name } }`;
  await page.goto(`${baseUrl}/graphql?query=${encodeURIComponent(query)}`, { waitUntil: 'load' });
  await expect(page.title()).resolves.toBe('diplograph');

  const run = page.locator('button.graphiql-execute-button');
  await run.waitFor({ state: 'visible', timeout: 30_000 });
  // The query editor holds the query from the URL (Monaco renders text in view lines).
  await page.locator('.graphiql-query-editor').getByText('FixtureState').first().waitFor({ timeout: 30_000 });
  await run.click();

  const response = page.locator('.graphiql-response');
  await response.getByText(`North Korea ${fx.tag}`).first().waitFor({ timeout: 30_000 });
  const text = await response.innerText();
  expect(text).toContain('"data"');
  expect(text).toContain(fx.codes.K);

  // For a human look; not an assertion.
  await page.screenshot({ path: path.join(tmpdir(), 'diplograph-graphiql.png') });
  expect(external).toEqual([]);
  expect(pageErrors).toEqual([]);
  await page.close();
});
