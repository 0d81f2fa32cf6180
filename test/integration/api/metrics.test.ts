/**
 * `/metrics` scraped from the real server after real requests (a named query, a failing one,
 * an ingest through the API into the real Neo4j), parsed line by line as Prometheus text.
 */
import fs from 'node:fs';
import path from 'node:path';
import type http from 'node:http';
import pino from 'pino';
import { loadConfig } from '../../../src/config';
import { connect, type Database } from '../../../src/db';
import { setQueryObserver, setSessionObserver } from '../../../src/db/executor';
import { createYoga } from '../../../src/api/yoga';
import { neo4jSessionsInUse, observeQuery, observeSession, registry } from '../../../src/ops/metrics';
import { closeServer, createHttpServer, listen } from '../../../src/server';
import { removeArticle } from '../../../src/graph/ingest';
import { uniquePrefix } from '../../support/neo4j';

const KEY = 'metrics-key-0123456789abcdef';
const SEED = fs.readFileSync(path.join(__dirname, '../../../seeds/yonhap-2015-01-22-kim-russia-visit.txt'), 'utf8');
const articleId = `${uniquePrefix('metrics')}yonhap`;

let db: Database;
let server: http.Server;
let url: string;
const lines: Record<string, unknown>[] = [];

beforeAll(async () => {
  db = await connect(loadConfig(process.env));
  setQueryObserver(observeQuery);
  setSessionObserver(observeSession);
  const logger = pino({ level: 'info' }, { write: (s: string) => lines.push(JSON.parse(s)) });
  server = createHttpServer({
    graphql: createYoga({ db, config: { apiKey: KEY }, logger }),
    readiness: async () => ({ ready: true, checks: {} }),
    metrics: { contentType: registry.contentType, text: () => registry.metrics() },
  });
  url = await listen(server, '127.0.0.1', 0);
});
afterAll(async () => {
  setQueryObserver(undefined);
  setSessionObserver(undefined);
  await removeArticle(db.executor, articleId);
  await closeServer(server, 100);
  await db.close();
});

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) }).then((r) => r.json());

/** Prometheus text format: `# HELP`/`# TYPE` comments and `name{label="v",…} value` samples. */
function parse(text: string): { name: string; labels: Record<string, string>; value: number }[] {
  const samples = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (-?[0-9.eE+-]+|NaN|\+Inf|-Inf)$/.exec(line);
    if (!m) throw new Error(`not Prometheus text: ${line}`);
    const labels: Record<string, string> = {};
    for (const l of (m[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:\\.|[^"\\])*)"/g)) labels[l[1]!] = l[2]!;
    samples.push({ name: m[1]!, labels, value: Number(m[3]) });
  }
  return samples;
}

it('counts requests by operation and outcome, errors by code, ingest outcomes, Neo4j queries, process metrics', async () => {
  expect((await post({ query: 'query StatesPage { states(first: 1) { totalCount } }', operationName: 'StatesPage' })).errors).toBeUndefined();
  expect((await post({ query: 'query BadCode { state(code: "Russia") { code } }', operationName: 'BadCode' })).errors).toBeDefined();
  const ingest = await post(
    { query: 'mutation Ingest($i: ArticleInput!) { ingestArticle(input: $i) { ok status } }', variables: { i: { id: articleId, text: SEED, source: 'Yonhap' } }, operationName: 'Ingest' },
    { 'x-api-key': KEY },
  );
  expect(ingest.data.ingestArticle.ok).toBe(true);

  const res = await fetch(`${url}/metrics`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/plain');
  const samples = parse(await res.text());
  const value = (name: string, labels: Record<string, string> = {}) =>
    samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v)).reduce((n, s) => n + s.value, 0);

  expect(value('diplograph_http_request_duration_seconds_count', { operation: 'StatesPage', outcome: 'ok' })).toBeGreaterThanOrEqual(1);
  expect(value('diplograph_http_request_duration_seconds_count', { operation: 'BadCode', outcome: 'error' })).toBeGreaterThanOrEqual(1);
  expect(value('diplograph_http_request_duration_seconds_bucket', { operation: 'StatesPage', le: '+Inf' })).toBeGreaterThanOrEqual(1);
  expect(value('diplograph_graphql_errors_total', { code: 'BAD_USER_INPUT' })).toBeGreaterThanOrEqual(1);
  expect(value('diplograph_ingest_articles_total')).toBeGreaterThanOrEqual(1);
  expect(value('diplograph_ingest_facts_written_total')).toBeGreaterThanOrEqual(0);
  expect(value('diplograph_neo4j_query_duration_seconds_count')).toBeGreaterThanOrEqual(1);
  // The ingest's write transaction is timed under its label, not only single-statement reads.
  expect(value('diplograph_neo4j_query_duration_seconds_count', { query: 'ingest-articles', outcome: 'ok' })).toBeGreaterThanOrEqual(1);
  expect(value('diplograph_neo4j_query_duration_seconds_bucket', { query: 'ingest-articles', le: '+Inf' })).toBeGreaterThanOrEqual(1);
  // Every session the requests opened was closed again: none leaks a pooled connection.
  expect(samples.some((s) => s.name === 'diplograph_neo4j_sessions_in_use')).toBe(true);
  expect(value('diplograph_neo4j_sessions_in_use')).toBe(0);
  expect(value('diplograph_neo4j_sessions_opened_total')).toBeGreaterThanOrEqual(3);
  expect(value('diplograph_process_resident_memory_bytes')).toBeGreaterThan(0);

  // One log line per GraphQL request, with no article text and no key in it.
  const logged = lines.filter((l) => l.msg === 'graphql request');
  expect(logged.map((l) => l.operation)).toEqual(expect.arrayContaining(['StatesPage', 'BadCode', 'Ingest']));
  for (const l of logged) expect(l).toEqual(expect.objectContaining({ durationMs: expect.any(Number), outcome: expect.any(String) }));
  const all = JSON.stringify(lines);
  expect(all).not.toContain(KEY);
  expect(all).not.toContain(SEED.slice(200, 260));
});

it('counts a session as in use while its statement runs, and not after', async () => {
  const inUse = async () => (await neo4jSessionsInUse.get()).values.reduce((n, v) => n + v.value, 0);
  const before = await inUse();
  const running = db.executor.read('ping');
  expect(await inUse()).toBe(before + 1);
  await running;
  expect(await inUse()).toBe(before);
});
