/**
 * `npm run bench:explorer`: on the generated benchmark graph (`npm run bench:generate`), the
 * time from navigation to a drawn neighbourhood of the busiest hub and to the drawn bilateral
 * view of the busiest pair of states, in Debian's Chromium. The service is built here as
 * `npm start` builds it (API, explorer bundle, HTTP server) but on the benchmark's store and
 * without ingesting the seed articles, so the graph measured is the generated one.
 *
 * The times are the page's own marks (performance.mark when the network or chart has been
 * painted, and when the actor view's fact lists are shown), counted from navigation start:
 * each run opens a fresh page in a fresh context (an empty HTTP cache: a first visit), so the
 * bundle, the GraphQL requests, the layout and the painting are all inside.
 */
import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { Command } from 'commander';
import type { Page } from 'playwright-core';
import { createYoga } from '../src/api/yoga';
import { createExplorer } from '../src/explorer/serve';
import { prepareGraph } from '../src/graph/prepare';
import { closeServer, createHttpServer, listen } from '../src/server';
import { launchChromium, onlyLocal } from '../scripts/chromium';
import { DEFAULT_BENCH_DATA_DIR, openBenchDatabase } from './generate-graph';

const HUB_STATES = ['RUS', 'PRK', 'CHN', 'KOR', 'USA', 'JPN'];

function stats(ms: number[]) {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `median ${at(0.5).toFixed(0)} ms, min ${sorted[0]!.toFixed(0)} ms, max ${sorted[sorted.length - 1]!.toFixed(0)} ms`;
}

async function main() {
  const opts = new Command()
    .name('bench:explorer')
    .option('-n, --runs <n>', 'timed page loads per view', '10')
    .option('--data-dir <dir>', 'local Neo4j data directory (without NEO4J_URI)', DEFAULT_BENCH_DATA_DIR)
    .parse()
    .opts<{ runs: string; dataDir: string }>();
  const runs = Number(opts.runs);
  const marker = path.join(opts.dataDir, 'diplograph-bench-graph.json');
  if (!process.env.NEO4J_URI && !fs.existsSync(marker)) throw new Error(`no benchmark graph in ${opts.dataDir}: run npm run bench:generate first`);

  const db = await openBenchDatabase(opts.dataDir);
  const explorer = createExplorer();
  const yoga = createYoga({ db, config: {}, logger: pino({ level: 'silent' }) });
  const server = createHttpServer({ graphql: yoga, readiness: async () => ({ ready: true, checks: {} }), explorer });
  const browser = await launchChromium();
  try {
    await prepareGraph(db.executor);
    const url = await listen(server, '127.0.0.1', 0);
    const gql = async (query: string) => {
      const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      return ((await res.json()) as { data: any }).data;
    };

    const session = db.driver.session({ database: db.executor.database });
    const size = await session.run(
      `MATCH (a:Article) WITH count(a) AS articles
       MATCH ()-[r:INVITED|VISITED|STATED]->() RETURN articles, count(r) AS facts`,
    );
    const hubRow = await session.run(
      `MATCH (s:State) RETURN s.code AS code, COUNT { (s)-[:INVITED|VISITED|STATED]-() } AS degree ORDER BY degree DESC LIMIT 1`,
    );
    await session.close();
    const articles = size.records[0]!.get('articles').toNumber();
    const facts = size.records[0]!.get('facts').toNumber();
    const hub = hubRow.records[0]!.get('code') as string;
    const hubDegree = hubRow.records[0]!.get('degree').toNumber();

    let busiest = { a: '', b: '', total: -1 };
    for (let i = 0; i < HUB_STATES.length; i++) {
      for (let j = i + 1; j < HUB_STATES.length; j++) {
        const [a, b] = [HUB_STATES[i]!, HUB_STATES[j]!];
        const total = (await gql(`{ bilateral(a: "${a}", b: "${b}", first: 1) { totalCount } }`)).bilateral.totalCount as number;
        if (total > busiest.total) busiest = { a, b, total };
      }
    }
    console.log(`Graph: ${articles} articles, ${facts} facts. Busiest hub ${hub} (${hubDegree} facts of its own); busiest pair ${busiest.a}–${busiest.b} (${busiest.total} facts).`);

    // When the page sets `mark`, from navigation start; the page's own marks, waited for
    // with a PerformanceObserver, not page.waitForFunction: that evaluates Playwright's own
    // injected script (hundreds of KB) in the page, on the main thread the view is drawing
    // with, right after the load event: a cost no visitor has, which a trace on a loaded
    // machine showed as 386 ms inside the measured time.
    const markTime = (page: Page, mark: string) =>
      page.evaluate(
        (m) => new Promise<number>((resolve, reject) => {
          setTimeout(() => reject(new Error(`no ${m} within 60 s`)), 60_000);
          new PerformanceObserver((list, observer) => {
            const entry = list.getEntriesByName(m)[0];
            if (!entry) return;
            observer.disconnect();
            resolve(entry.startTime);
          }).observe({ type: 'mark', buffered: true });
        }),
        mark,
      );
    // Each run waits for the view's last request (`settled`) before the next starts: a page
    // closed at its first picture leaves the service answering its fact lists, and the next
    // run's queries would wait behind them (a cost a first visitor never pays).
    const time = async (hash: string, mark: string, settled: string | null) => {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      const external = await onlyLocal(page, url);
      await page.goto(`${url}/${hash}`);
      const ms = await markTime(page, mark);
      const settledMs = settled ? await markTime(page, settled) : ms;
      if (external.length) throw new Error(`the page reached out to ${external.join(', ')}`);
      await context.close();
      return [ms, settledMs] as const;
    };
    const views: [string, string, string, string | null][] = [
      // No query at all: what loading the page and its bundle costs on this machine.
      ['home page (no query), for comparison', '#/', 'diplograph:home-drawn', null],
      [`neighbourhood of ${hub}, depth 1, 25 most corroborated`, `#/actor/${hub}`, 'diplograph:network-drawn', 'diplograph:facts-listed'],
      [`neighbourhood of ${hub}, depth 2`, `#/actor/${hub}?depth=2`, 'diplograph:network-drawn', 'diplograph:facts-listed'],
      [`bilateral ${busiest.a}–${busiest.b}`, `#/bilateral/${busiest.a}/${busiest.b}`, 'diplograph:bilateral-drawn', null],
    ];
    for (const [label, hash, mark, settled] of views) {
      await time(hash, mark, settled); // warm-up: Neo4j's page cache and query plans, yoga's parsed documents
      const drawn: number[] = [];
      const listed: number[] = [];
      for (let i = 0; i < runs; i++) {
        const [ms, settledMs] = await time(hash, mark, settled);
        drawn.push(ms);
        listed.push(settledMs);
      }
      console.log(`${label}: navigation → drawn ${stats(drawn)}${settled ? `; → facts listed ${stats(listed)}` : ''} (${runs} runs)`);
    }
  } finally {
    await browser.close();
    await closeServer(server, 1_000);
    await db.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
