/**
 * The explorer end to end in Debian's Chromium: the real HTTP server with the real API on
 * the test Neo4j, the seed article ingested, every request to another host refused. Search
 * by keyboard, Putin's network and his invitation of Kim Jong Un to the May 9 ceremony, its
 * evidence, the bilateral view, reload and history, the downloads read back with real
 * parsers, an accessibility scan, and the messages for an empty result, an unknown actor and
 * an API without its database. Other test files may hold the same people, so the checks
 * look for this article's facts and never count everything.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Server } from 'node:http';
import pino from 'pino';
import { parse } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import type { Browser, Page } from 'playwright-core';
import { createHttpServer, closeServer, listen } from '../../../src/server';
import { createExplorer } from '../../../src/explorer/serve';
import { createYoga } from '../../../src/api/yoga';
import { createDriver, Executor, loadCypher } from '../../../src/db';
import { ingestArticle, removeArticle } from '../../../src/graph/ingest';
import { launchChromium, onlyLocal } from '../../../scripts/chromium';
import { uniquePrefix } from '../../support/neo4j';
import { openApi, type Api } from '../api/harness';

const SEED = fs.readFileSync(path.join(__dirname, '../../../seeds/yonhap-2015-01-22-kim-russia-visit.txt'), 'utf8');
const ARTICLE = `${uniquePrefix('explorer')}yonhap`;
const PUTIN = 'person:vladimir putin';
const INVITATION = 'inv|person:vladimir putin|person:kim jong un|2015-05-09';
/** The name as the graph's best full form gives it, which depends on the articles ingested. */
const KIM_NAME = /^Kim Jong[- ]un$/i;
const SENTENCE = 'Putin invited Kim to attend the May 9 ceremony during a meeting with Kim’s special envoy in November.';
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let api: Api;
let server: Server;
let baseUrl: string;
let browser: Browser;

beforeAll(async () => {
  api = await openApi();
  const r = await ingestArticle(api.db.executor, { id: ARTICLE, text: SEED, source: 'Yonhap' }, { filename: 'seed.json' });
  expect(['created', 'updated', 'unchanged']).toContain(r.status);
  server = createHttpServer({ graphql: api.yoga, readiness: async () => ({ ready: true, checks: {} }), explorer: createExplorer() });
  baseUrl = await listen(server, '127.0.0.1', 0);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (server) await closeServer(server, 1_000);
  await removeArticle(api.db.executor, ARTICLE);
  await api?.close();
});

interface Watched {
  page: Page;
  external: string[];
  pageErrors: string[];
}

async function openPage(url = baseUrl): Promise<Watched> {
  const page = await browser.newPage({ acceptDownloads: true, viewport: { width: 1400, height: 900 } });
  const external = await onlyLocal(page, url);
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  return { page, external, pageErrors };
}

/** Where the edge of this fact is drawn, in page coordinates, and how it is styled. */
function edgeOnScreen(page: Page, factId: string) {
  return page.evaluate((id) => {
    const screen = (window as any).diplographExplorer;
    const edge = screen.network.cy.getElementById(id);
    if (edge.empty()) return null;
    const box = document.getElementById('network')!.getBoundingClientRect();
    const mid = edge.renderedMidpoint();
    return {
      x: box.left + mid.x,
      y: box.top + mid.y,
      source: edge.source().id() as string,
      target: edge.target().id() as string,
      lineStyle: edge.style('line-style') as string,
      visible: edge.visible() as boolean,
      nodes: screen.network.cy.nodes().map((n: any) => n.id()) as string[],
      edges: screen.network.cy.edges().map((e: any) => e.id()) as string[],
    };
  }, factId);
}

async function downloadText(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  return fs.readFileSync((await download.path())!, 'utf8');
}

it('finds Putin by keyboard, draws his invitation of Kim Jong Un and shows its evidence, and keeps the view on reload and in history', async () => {
  const { page, external, pageErrors } = await openPage();
  await page.goto(`${baseUrl}/`);
  await page.locator('#search-input').fill('Putin');
  await page.getByRole('option', { name: /Vladimir Putin/ }).first().waitFor();
  // Other test files may hold people of the same name under other ids: pick the real one.
  const ids = await page.locator('#search-options [role="option"]').evaluateAll((options) => options.map((o) => (o as HTMLElement).dataset.id));
  const at = ids.indexOf(PUTIN);
  expect(at).toBeGreaterThanOrEqual(0);
  for (let i = 0; i <= at; i++) await page.keyboard.press('ArrowDown');
  await expect(page.locator('#search-input').getAttribute('aria-activedescendant')).resolves.toBe(`search-option-${at}`);
  await page.keyboard.press('Enter');
  await page.waitForSelector('#network[data-drawn]');
  expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#/actor/${PUTIN}`);
  await expect(page.locator('h1').innerText()).resolves.toBe('Vladimir Putin');

  await page.click('a[href="#/pairs"]');
  await page.locator('h1', { hasText: 'Who invited whom' }).waitFor();
  await page.goBack();
  await page.waitForSelector('#network[data-drawn]');
  await expect(page.locator('h1').innerText()).resolves.toBe('Vladimir Putin');
  await page.goForward();
  await page.locator('h1', { hasText: 'Who invited whom' }).waitFor();
  await page.goBack();
  await page.waitForSelector('#network[data-drawn]');

  const edge = await edgeOnScreen(page, INVITATION);
  expect(edge).toMatchObject({ source: PUTIN, target: 'person:kim jong un', visible: true });
  // Pending: dashed, never drawn like an accepted invitation.
  expect(edge!.lineStyle).toBe('dashed');

  await page.mouse.click(edge!.x, edge!.y);
  const evidence = page.locator('#fact-panel blockquote.evidence', { hasText: SENTENCE });
  await evidence.waitFor();
  await expect(page.locator('#fact-panel').innerText()).resolves.toMatch(/Inviter\s+Vladimir Putin[\s\S]*Invitee\s+Kim Jong[- ]un[\s\S]*pending[\s\S]*May 9 ceremony, 2015-05-09/i);
  await expect(evidence.locator('mark').allInnerTexts()).resolves.toEqual(['Putin', 'invited', 'Kim', 'Kim']);
  expect(new URLSearchParams(new URL(page.url()).hash.split('?')[1]).get('fact')).toBe(INVITATION);

  await page.reload();
  await page.waitForSelector('#network[data-drawn]');
  await page.locator('#fact-panel blockquote.evidence', { hasText: SENTENCE }).waitFor();
  expect(await edgeOnScreen(page, INVITATION)).toMatchObject({ visible: true });


  expect(external).toEqual([]);
  expect(pageErrors).toEqual([]);
  await page.close();
});

it('downloads the facts listed as CSV and the network drawn as GraphML', async () => {
  const { page, pageErrors } = await openPage();
  await page.goto(`${baseUrl}/#/actor/${encodeURIComponent(PUTIN)}`);
  await page.waitForSelector('#network[data-drawn]');
  await page.waitForSelector('li.fact');

  const listed = await page.locator('button.fact-open').evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset.factId));
  const rows = parse(await downloadText(page, '#export-csv'), { columns: true }) as Record<string, string>[];
  expect(rows.map((r) => r.fact_id)).toEqual(listed);
  expect(rows.find((r) => r.fact_id === INVITATION)).toMatchObject({
    kind: 'INVITATION', from_name: 'Vladimir Putin', to_name: expect.stringMatching(KIM_NAME), status: 'PENDING', negated: 'false', event: 'May 9 ceremony', event_date: '2015-05-09', year: '2015',
  });

  const drawn = (await edgeOnScreen(page, INVITATION))!;
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['node', 'edge', 'data', 'key'].includes(name) })
    .parse(await downloadText(page, '#export-graphml'));
  const graph = xml.graphml.graph;
  expect(graph.node.map((n: { id: string }) => n.id).sort()).toEqual([...drawn.nodes].sort());
  expect(graph.edge.map((e: { id: string }) => e.id).sort()).toEqual([...drawn.edges].sort());
  const inv = graph.edge.find((e: { id: string }) => e.id === INVITATION);
  expect(inv).toMatchObject({ source: PUTIN, target: 'person:kim jong un' });
  const data = Object.fromEntries(inv.data.map((d: { key: string; '#text': unknown }) => [d.key, String(d['#text'])]));
  expect(data).toMatchObject({ e_kind: 'INVITED', e_status: 'PENDING', e_negated: 'false' });
  expect(pageErrors).toEqual([]);
  await page.close();
});

it('lists the invitation in the bilateral view of Russia and North Korea and counts it under its occasion’s year', async () => {
  // The invitation has no date of its own ("invited Kim … during a meeting … in November"):
  // the page counts it under its occasion's year, 2015, as facts.ts says.
  const fact = await api.gql(`{ fact(id: "${INVITATION}") { date event { date } } }`);
  expect(fact.body.data.fact).toEqual({ date: null, event: { date: '2015-05-09' } });
  const listed = await api.gql(`{ bilateral(a: "RUS", b: "PRK", first: 500) { truncated facts { kind date event { date } } } }`);
  expect(listed.body.data.bilateral.truncated).toBe(false);
  const yearOf = (f: { date: string | null; event: { date: string | null } | null }) => (f.date ?? f.event?.date ?? '').slice(0, 4);
  const expected = listed.body.data.bilateral.facts.filter((f: any) => f.kind === 'INVITATION' && yearOf(f) === '2015').length;

  const { page, external, pageErrors } = await openPage();
  await page.goto(`${baseUrl}/#/bilateral/RUS/PRK`);
  await page.waitForSelector('#bilateral-counts');
  await page.locator(`button.fact-open[data-fact-id="${INVITATION}"]`).waitFor();
  await expect(page.locator('#bilateral-counts tr[data-year="2015"] td[data-kind="INVITATION"]').innerText()).resolves.toBe(String(expected));
  expect(expected).toBeGreaterThanOrEqual(1);
  await expect(page.locator('#bilateral-chart').isVisible()).resolves.toBe(true);

  await page.click(`button.fact-open[data-fact-id="${INVITATION}"]`);
  await page.locator('#fact-panel blockquote.evidence', { hasText: SENTENCE }).waitFor();
  await page.reload();
  await page.locator('#fact-panel blockquote.evidence', { hasText: SENTENCE }).waitFor();
  await expect(page.locator('#bilateral-counts tr[data-year="2015"] td[data-kind="INVITATION"]').innerText()).resolves.toBe(String(expected));
  expect(external).toEqual([]);
  expect(pageErrors).toEqual([]);
  await page.close();
});

it('passes an axe-core scan with no serious or critical violation in each view', async () => {
  const { page } = await openPage();
  const views = [
    `#/actor/${encodeURIComponent(PUTIN)}?fact=${encodeURIComponent(INVITATION)}`,
    '#/bilateral/RUS/PRK',
    '#/pairs',
    '#/',
  ];
  for (const hash of views) {
    await page.goto(`${baseUrl}/${hash}`);
    await page.waitForSelector('#view[data-ready]');
    if (hash.includes('fact=')) await page.waitForSelector('#fact-panel .evidence');
    // Evaluated, not added as a script tag: the page's CSP rightly refuses inline scripts.
    await page.evaluate(AXE);
    const violations = await page.evaluate(async () => {
      const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v: any) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
    });
    expect({ hash, serious: violations.filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical') }).toEqual({ hash, serious: [] });
  }
  await page.close();
});

it('says so when nothing matches, the actor is unknown or a period is empty', async () => {
  const { page, pageErrors } = await openPage();
  await page.goto(`${baseUrl}/`);
  await page.locator('#search-input').fill('Qwzxv Nonesuch');
  await page.getByText('Nothing matches “Qwzxv Nonesuch”.').waitFor();

  await page.goto(`${baseUrl}/#/actor/${encodeURIComponent('person:nobody by this name')}`);
  await page.getByText('No state or person with the id “person:nobody by this name” is in the graph.').waitFor();
  await expect(page.locator('#network').count()).resolves.toBe(0);

  await page.goto(`${baseUrl}/#/bilateral/RUS/PRK?from=1901&to=1902`);
  await page.getByText('No facts between Russia and North Korea in this period.').waitFor();

  await page.goto(`${baseUrl}/#/pairs?from=1901&to=1902`);
  await page.getByText('No invitations between states in this period.').waitFor();
  expect(pageErrors).toEqual([]);
  await page.close();
});

describe('without the API', () => {
  let downServer: Server;
  let downUrl: string;
  let driver: ReturnType<typeof createDriver>;

  beforeAll(async () => {
    // The same service on a Neo4j that is not there (nothing listens on port 9).
    driver = createDriver('bolt://127.0.0.1:9', 'neo4j', undefined);
    const executor = new Executor(driver, { database: 'neo4j', catalog: loadCypher() });
    const yoga = createYoga({ db: { executor }, config: {}, logger: pino({ level: 'silent' }) });
    downServer = createHttpServer({ graphql: yoga, readiness: async () => ({ ready: false, checks: {} }), explorer: createExplorer() });
    downUrl = await listen(downServer, '127.0.0.1', 0);
  });

  afterAll(async () => {
    if (downServer) await closeServer(downServer, 1_000);
    await driver?.close();
  });

  it('says the database is unavailable when Neo4j is away, with no stack trace', async () => {
    const { page, pageErrors } = await openPage(downUrl);
    for (const hash of [`#/actor/${encodeURIComponent(PUTIN)}`, '#/bilateral/RUS/PRK', '#/pairs']) {
      await page.goto(`${downUrl}/${hash}`);
      await page.getByText('The graph database is unavailable right now, so nothing can be shown. Try again shortly.').first().waitFor();
      const text = await page.locator('#view').innerText();
      expect(text).not.toMatch(/\bat .+:\d+|Error:|Neo4j|bolt/);
    }
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('says the service cannot be reached when requests fail', async () => {
    const { page, pageErrors } = await openPage();
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.goto(`${baseUrl}/#/actor/${encodeURIComponent(PUTIN)}`);
    await page.getByText('The diplograph service cannot be reached. Check that it is running, then reload the page.').first().waitFor();
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
