/**
 * `npm run bench:api`: the API's main queries on the generated graph (npm run bench:generate),
 * each run N times through `yoga.fetch` (parse, validate, armor, resolvers, loaders, JSON)
 * and as the same Cypher statements through the driver, printing p50/p99 for both and their
 * ratio. `--profile` prints each statement's PROFILE (operators and db hits) to check that
 * filters are index-backed and cost follows the answer, not the graph. `--compare DIR` opens a
 * second generated graph (say 1M articles beside the default 100k) and runs every query on
 * both in turn, then prints each one's growth: the curve in one command and one window.
 *
 * Targets: single-fact queries p99 ≤ 20 ms; GraphQL ≤ 1.3× raw Cypher.
 */
import { Command } from 'commander';
import pino from 'pino';
import { toParams, type Executor } from '../src/db';
import { prepareGraph } from '../src/graph/prepare';
import { createYoga } from '../src/api/yoga';
import { dateRangeParams, sortKeyBands } from '../src/api/dates';
import { anchorSeekBounds, COUNT_CAP } from '../src/api/resolvers/query/fact-list';
import { HUB_DEGREE, INDEX_SCAN } from '../src/api/resolvers/query/neighbourhood';
import { findPaths } from '../src/api/resolvers/query/paths';
import { bilateralFactsParams } from '../src/api/resolvers/query/bilateral';
import { DEFAULT_BENCH_DATA_DIR, openBenchDatabase, type BenchDatabase } from './generate-graph';

interface Case {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /** The statements the resolvers run for this query, in the same order and grouping. */
  raw: (x: Executor) => Promise<unknown>;
  /** Statements to PROFILE (or a function that finds them, for a resolver whose statements depend on the data). */
  statements: [string, Record<string, unknown>][] | ((x: Executor) => Promise<[string, Record<string, unknown>][]>);
}

const noFilters = { ...dateRangeParams(null, null), statuses: null, negated: null };

function cases(ids: { hub: string; median: string; factId: string }): Case[] {
  const hubInvites = { type: 'INVITED', actor: ids.hub, anchorState: null, other: null, side: 'from', ...noFilters, ...anchorSeekBounds(noFilters, null), afterKey: null, afterId: null, limit: 21 };
  const medianInvites = { ...hubInvites, actor: ids.median, side: 'either' };
  const stateInvites = { ...hubInvites, actor: null, anchorState: 'RUS', side: 'either' };
  const allTime = dateRangeParams(null, null);
  const bilateral = bilateralFactsParams('RUS', 'PRK', allTime, 100, false);
  const may = dateRangeParams('2015-05', '2015-05');
  const mayParams = { bands: sortKeyBands(may, null, null), negated: null, limit: 21 };
  const mayCount = { bands: sortKeyBands(may, null, null), negated: null, cap: COUNT_CAP, everything: false };
  const mayDeclined = { bands: sortKeyBands(may, null, null, ['declined']), negated: null, limit: 21 };
  const neighbourhoodRus = { actor: 'RUS', depth: 1, limit: 26, hubDegree: HUB_DEGREE, scan: INDEX_SCAN };
  const putinKim = { from: 'person:vladimir putin', to: 'person:kim jong un', maxHops: 3, first: 5 };
  const factIdsOf = (rows: Record<string, unknown>[]) => rows.map((r) => (r.fact as { props: { id: string } }).props.id);
  return [
    {
      name: 'who invited whom (hub person, 20)',
      query: `query($a: ID!) { invitations(actor: $a, side: INVITER, first: 20) { edges { cursor node { id date status negated sourceCount invitee { id name } } } pageInfo { hasNextPage endCursor } } }`,
      variables: { a: ids.hub },
      raw: (x) => x.read('find-actor-facts', hubInvites),
      statements: [['find-actor-facts', hubInvites]],
    },
    {
      name: 'invitations of a person + sources',
      query: `query($a: ID!) { invitations(actor: $a, first: 20) { edges { node { id date status inviter { id } invitee { id } sources { article { id title publishedAt } evidence { text start end } } } } } }`,
      variables: { a: ids.median },
      raw: async (x) => {
        const rows = await x.read('find-actor-facts', medianInvites);
        const factIds = factIdsOf(rows).slice(0, 20);
        return factIds.length ? x.read('get-sources', { ids: factIds }) : [];
      },
      statements: [['find-actor-facts', medianInvites]],
    },
    {
      name: 'bilateral RUS–PRK (100 + counts)',
      query: `query { bilateral(a: "RUS", b: "PRK", first: 100) { totalCount byKind { kind count } byYear { year count } facts { id kind date sourceCount } } }`,
      variables: {},
      raw: (x) => x.read('bilateral-facts', bilateral),
      statements: [['bilateral-facts', bilateral]],
    },
    {
      name: 'one fact by id + sources',
      query: `query($id: ID!) { fact(id: $id) { id kind date sourceCount sources { article { id title url publishedAt } evidence { text start end } reportedStatus } } }`,
      variables: { id: ids.factId },
      // The resolver starts the sources with the fact (both need only the id): concurrently.
      raw: (x) => Promise.all([x.read('get-facts', { ids: [ids.factId] }), x.read('get-sources', { ids: [ids.factId] })]),
      statements: [
        ['get-facts', { ids: [ids.factId] }],
        ['get-sources', { ids: [ids.factId] }],
      ],
    },
    {
      name: 'person profile (roles + 5 invitations)',
      query: `query($id: ID!) { person(id: $id) { id name leader represents { state { code } role asOf } invitedBy(first: 5) { id status } } }`,
      variables: { id: ids.hub },
      // The resolver starts the roles and the invitations with the person: all concurrently.
      raw: (x) =>
        Promise.all([
          x.read('get-people', { ids: [ids.hub] }),
          x.read('get-representations', { ids: [ids.hub] }),
          x.read('get-person-facts', { ids: [ids.hub], type: 'INVITED', dir: 'in', first: 5 }),
        ]),
      statements: [['get-person-facts', { ids: [ids.hub], type: 'INVITED', dir: 'in', first: 5 }]],
    },
    {
      name: 'search "Kim"',
      query: `query { search(text: "Kim", first: 10) { score entity { __typename ... on Person { id name } ... on State { code } } } }`,
      variables: {},
      raw: (x) => x.read('search-entities', { query: 'kim*', labels: null, limit: 10 }),
      statements: [['search-entities', { query: 'kim*', labels: null, limit: 10 }]],
    },
    {
      name: 'invitations in May 2015 (no anchor)',
      query: `query { invitations(from: "2015-05", to: "2015-05", first: 20) { edges { node { id date inviter { id } invitee { id } } } } }`,
      variables: {},
      raw: (x) => x.read('find-all-invitations', mayParams),
      statements: [['find-all-invitations', mayParams]],
    },
    {
      name: 'invitations in May 2015, counted',
      query: `query { invitations(from: "2015-05", to: "2015-05", first: 20) { totalCount totalCountExact edges { node { id date } } } }`,
      variables: {},
      // The count field resolves after the page, as in the resolver.
      raw: async (x) => {
        await x.read('find-all-invitations', mayParams);
        return x.read('count-all-invitations', mayCount);
      },
      statements: [['count-all-invitations', mayCount]],
    },
    {
      name: 'declined invitations in May 2015',
      query: `query { invitations(from: "2015-05", to: "2015-05", status: [DECLINED], first: 20) { edges { node { id date status inviter { id } invitee { id } } } } }`,
      variables: {},
      raw: (x) => x.read('find-all-invitations', mayDeclined),
      statements: [['find-all-invitations', mayDeclined]],
    },
    {
      name: 'invitations of a state and its people (RUS, 20)',
      query: `query { invitations(state: "RUS", first: 20) { edges { node { id date status inviter { id } invitee { id } } } } }`,
      variables: {},
      raw: (x) => x.read('find-facts', stateInvites),
      statements: [['find-facts', stateInvites]],
    },
    {
      name: 'neighbourhood RUS (depth 1, 25)',
      query: `query { neighbourhood(actor: "RUS", depth: 1, first: 25) { truncated steps { kind fact { id } } } }`,
      variables: {},
      raw: (x) => x.read('neighbourhood-of', neighbourhoodRus),
      statements: [['neighbourhood-of', neighbourhoodRus]],
    },
    {
      name: 'paths Putin → Kim (≤ 3 hops, 5)',
      query: `query { paths(from: "person:vladimir putin", to: "person:kim jong un", maxHops: 3, first: 5) { length steps { kind } } }`,
      variables: {},
      raw: (x) => findPaths((name, params) => x.read(name, params), putinKim),
      // One paths-expand per round of the search, then paths-steps: recorded from a run.
      statements: async (x) => {
        const run: [string, Record<string, unknown>][] = [];
        await findPaths((name, params) => (run.push([name, params]), x.read(name, params)), putinKim);
        return run;
      },
    },
  ];
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** Runs the two sides alternately, so that background load falls on both alike. */
async function timePair(n: number, a: () => Promise<unknown>, b: () => Promise<unknown>) {
  const sa: number[] = [];
  const sb: number[] = [];
  const once = async (fn: () => Promise<unknown>, into: number[]) => {
    const t = process.hrtime.bigint();
    await fn();
    into.push(Number(process.hrtime.bigint() - t) / 1e6);
  };
  for (let i = 0; i < n; i++) {
    if (i % 2 === 0) {
      await once(a, sa);
      await once(b, sb);
    } else {
      await once(b, sb);
      await once(a, sa);
    }
  }
  const stats = (xs: number[]) => {
    xs.sort((x, y) => x - y);
    return { p50: percentile(xs, 50), p99: percentile(xs, 99) };
  };
  return [stats(sa), stats(sb)] as const;
}

/** One generated graph, opened for measuring: its store, its API, and the ids its cases use. */
interface Target {
  label: string;
  db: BenchDatabase;
  articles: number;
  cases: Case[];
  gql: (query: string, variables: Record<string, unknown>) => Promise<unknown>;
}

async function openTarget(dataDir: string, only: string | undefined): Promise<Target> {
  const db = await openBenchDatabase(dataDir);
  const x = db.executor;
  const pick = async (cypher: string) => {
    const s = db.driver.session({ database: x.database });
    try {
      return String((await s.run(cypher)).records[0]?.get(0));
    } finally {
      await s.close();
    }
  };
  // A graph generated before a newer migration lacks its indexes and derived data (the
  // service prepares them at start-up too): without them the plans below would not be the
  // service's.
  await prepareGraph(x);
  const articles = Number(await pick('MATCH (a:Article) RETURN count(a)'));
  if (articles === 0) throw new Error(`The graph in ${dataDir} is empty: run \`npm run bench:generate\` first.`);
  // A hub (a leader with many facts), a typical person and a fact, from the graph itself.
  const hub = 'person:vladimir putin';
  const median = await pick("MATCH (p:Person)-[:INVITED]-() WHERE p.id >= 'person:m' RETURN p.id ORDER BY p.id LIMIT 1");
  const factId = await pick("MATCH (:Person {id: 'person:kim jong un'})-[r:INVITED]-() RETURN r.id LIMIT 1");
  console.log(`Graph ${dataDir}: ${articles} articles. Hub ${hub}, typical ${median}, fact ${factId}.`);
  const yoga = createYoga({ db, config: {}, logger: pino({ level: 'error' }) });
  const gql = async (query: string, variables: Record<string, unknown>) => {
    const res = await yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body;
  };
  const cases_ = cases({ hub, median, factId }).filter((c) => !only || c.name.includes(only));
  return { label: `${articles}`, db, articles, cases: cases_, gql };
}

async function printProfile(t: Target, c: Case) {
  const x = t.db.executor;
  for (const [name, params] of typeof c.statements === 'function' ? await c.statements(x) : c.statements) {
    const s = t.db.driver.session({ database: x.database });
    try {
      const r = await s.run(`PROFILE ${x.catalog.get(name).text}`, toParams(params) as Record<string, unknown>);
      const ops: string[] = [];
      let hits = 0;
      const walk = (p: { operatorType: string; dbHits: number; rows: number; children: unknown[] }) => {
        ops.push(`${p.operatorType}(${p.rows})`);
        hits += p.dbHits;
        p.children.forEach((ch) => walk(ch as typeof p));
      };
      if (r.summary.profile) walk(r.summary.profile as never);
      console.log(`PROFILE ${name} [${c.name}, ${t.label} articles]: ${hits} db hits, ${r.records.length} rows\n  ${ops.join(' ← ')}\n`);
    } finally {
      await s.close();
    }
  }
}

async function measure(t: Target, c: Case, n: number, warmup: number) {
  // With --expose-gc (NODE_OPTIONS), start each case on a clean heap so that one case's
  // garbage is not collected inside the next case's timings.
  (globalThis as { gc?: () => void }).gc?.();
  for (let i = 0; i < warmup; i++) {
    await t.gql(c.query, c.variables);
    await c.raw(t.db.executor);
  }
  const [g, r] = await timePair(
    n,
    () => t.gql(c.query, c.variables),
    () => c.raw(t.db.executor),
  );
  console.log(`${c.name} [${t.label}]: GraphQL p50 ${g.p50.toFixed(2)} ms p99 ${g.p99.toFixed(2)} ms | Cypher p50 ${r.p50.toFixed(2)} ms p99 ${r.p99.toFixed(2)} ms`);
  return { g, r };
}

function table(head: string[], rows: string[][]) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  ');
  return `${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.map(line).join('\n')}`;
}

/** Growth targets of --compare: p50 on the larger graph within this factor of the smaller's… */
const MAX_GROWTH = 1.5;
/** …and its p99 at most this (ms). */
const MAX_LARGE_P99 = 50;

async function main() {
  const opts = new Command()
    .name('bench:api')
    .option('-n, --iterations <n>', 'timed runs per query and side', '200')
    .option('--warmup <n>', 'untimed runs first', '20')
    .option('--data-dir <dir>', 'local Neo4j data directory (without NEO4J_URI)', DEFAULT_BENCH_DATA_DIR)
    .option('--compare <dir>', 'a second generated graph (a larger one): each query runs on both in turn and the growth is printed')
    .option('--profile', 'print PROFILE of each statement')
    .option('--only <text>', 'only the cases whose name contains this')
    .parse()
    .opts<{ iterations: string; warmup: string; dataDir: string; compare?: string; profile?: boolean; only?: string }>();
  const n = Number(opts.iterations);
  const warmup = Number(opts.warmup);
  if (opts.compare && process.env.NEO4J_URI) throw new Error('--compare starts a local Neo4j for each graph: unset NEO4J_URI.');

  const targets: Target[] = [];
  try {
    // Both graphs stay open and each query runs on one, then the other, so that whatever
    // else the machine does falls on both alike: one window, one curve.
    targets.push(await openTarget(opts.dataDir, opts.only));
    if (opts.compare) targets.push(await openTarget(opts.compare, opts.only));
    console.log(`${n} runs (+${warmup} warm-up) per side.\n`);
    const results = targets[0]!.cases.map((c, i) => ({ name: c.name, at: [] as Awaited<ReturnType<typeof measure>>[], i }));
    for (const res of results) {
      for (const t of targets) {
        const c = t.cases[res.i]!;
        if (opts.profile) await printProfile(t, c);
        res.at.push(await measure(t, c, n, warmup));
      }
    }
    const f = (v: number) => v.toFixed(2);
    for (const [k, t] of targets.entries()) {
      const rows = results.map(({ name, at }) => [name, f(at[k]!.g.p50), f(at[k]!.g.p99), f(at[k]!.r.p50), f(at[k]!.r.p99), (at[k]!.g.p50 / at[k]!.r.p50).toFixed(2), (at[k]!.g.p99 / at[k]!.r.p99).toFixed(2)]);
      console.log(`\n${t.articles} articles\n${table(['query', 'GraphQL p50', 'GraphQL p99', 'Cypher p50', 'Cypher p99', 'ratio p50', 'ratio p99'], rows)}`);
    }
    console.log('\nTargets: single-fact queries p99 ≤ 20 ms; GraphQL ≤ 1.3× raw Cypher (times in ms).');
    if (targets.length === 2) {
      const [small, large] = targets as [Target, Target];
      const rows = results.map(({ name, at }) => {
        const growth = at[1]!.g.p50 / at[0]!.g.p50;
        const ok = growth <= MAX_GROWTH && at[1]!.g.p99 <= MAX_LARGE_P99;
        return [name, f(at[0]!.g.p50), f(at[1]!.g.p50), `${growth.toFixed(2)}×`, f(at[1]!.g.p99), ok ? 'yes' : 'NO'];
      });
      console.log(`\nGrowth, GraphQL, ${small.articles} → ${large.articles} articles\n${table(['query', 'p50 small', 'p50 large', 'growth', 'p99 large', 'flat'], rows)}`);
      console.log(`\nFlat: p50 on the larger graph ≤ ${MAX_GROWTH}× the smaller's and its p99 ≤ ${MAX_LARGE_P99} ms.`);
    }
  } finally {
    for (const t of targets) await t.db.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
