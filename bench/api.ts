/**
 * `npm run bench:api`: the API's main queries on the generated graph (npm run bench:generate),
 * each run N times through `yoga.fetch` (parse, validate, armor, resolvers, loaders, JSON)
 * and as the same Cypher statements through the driver, printing p50/p99 for both and their
 * ratio. `--profile` prints each statement's PROFILE (operators and db hits) to check that
 * filters are index-backed and cost follows the answer, not the graph.
 *
 * Targets: single-fact queries p99 ≤ 20 ms; GraphQL ≤ 1.3× raw Cypher.
 */
import { Command } from 'commander';
import pino from 'pino';
import { toParams, type Executor } from '../src/db';
import { prepareGraph } from '../src/graph/prepare';
import { dyadKey } from '../src/resolve/keys';
import { createYoga } from '../src/api/yoga';
import { dateRangeParams, seekBounds } from '../src/api/dates';
import { anchorSeekBounds } from '../src/api/resolvers/query/fact-list';
import { HUB_DEGREE, INDEX_SCAN } from '../src/api/resolvers/query/neighbourhood';
import { findPaths } from '../src/api/resolvers/query/paths';
import { DEFAULT_BENCH_DATA_DIR, openBenchDatabase } from './generate-graph';

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
  const bilateral = { dyad: dyadKey('RUS', 'PRK'), first: 100, ends: false, ...allTime, ...seekBounds(allTime) };
  const may = dateRangeParams('2015-05', '2015-05');
  const mayParams = { ...may, ...seekBounds(may), statuses: null, negated: null, afterKey: null, afterId: null, limit: 21 };
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

async function main() {
  const opts = new Command()
    .name('bench:api')
    .option('-n, --iterations <n>', 'timed runs per query and side', '200')
    .option('--warmup <n>', 'untimed runs first', '20')
    .option('--data-dir <dir>', 'local Neo4j data directory (without NEO4J_URI)', DEFAULT_BENCH_DATA_DIR)
    .option('--profile', 'print PROFILE of each statement')
    .option('--only <text>', 'only the cases whose name contains this')
    .parse()
    .opts<{ iterations: string; warmup: string; dataDir: string; profile?: boolean; only?: string }>();
  const n = Number(opts.iterations);
  const warmup = Number(opts.warmup);

  const db = await openBenchDatabase(opts.dataDir);
  try {
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
    if (articles === 0) throw new Error('The graph is empty: run `npm run bench:generate` first.');
    // A hub (a leader with many facts), a typical person and a fact, from the graph itself.
    const hub = 'person:vladimir putin';
    const median = await pick("MATCH (p:Person)-[:INVITED]-() WHERE p.id >= 'person:m' RETURN p.id ORDER BY p.id LIMIT 1");
    const factId = await pick("MATCH (:Person {id: 'person:kim jong un'})-[r:INVITED]-() RETURN r.id LIMIT 1");
    console.log(`Graph: ${articles} articles. Hub ${hub}, typical ${median}, fact ${factId}. ${n} runs (+${warmup} warm-up) per side.\n`);

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

    const list = cases({ hub, median, factId }).filter((c) => !opts.only || c.name.includes(opts.only));
    const rows: string[][] = [];
    for (const c of list) {
      if (opts.profile) {
        for (const [name, params] of typeof c.statements === 'function' ? await c.statements(x) : c.statements) {
          const s = db.driver.session({ database: x.database });
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
            console.log(`PROFILE ${name} [${c.name}]: ${hits} db hits, ${r.records.length} rows\n  ${ops.join(' ← ')}\n`);
          } finally {
            await s.close();
          }
        }
      }
      // With --expose-gc (NODE_OPTIONS), start each case on a clean heap so that one case's
      // garbage is not collected inside the next case's timings.
      (globalThis as { gc?: () => void }).gc?.();
      for (let i = 0; i < warmup; i++) {
        await gql(c.query, c.variables);
        await c.raw(x);
      }
      const [g, r] = await timePair(
        n,
        () => gql(c.query, c.variables),
        () => c.raw(x),
      );
      rows.push([c.name, g.p50.toFixed(2), g.p99.toFixed(2), r.p50.toFixed(2), r.p99.toFixed(2), (g.p50 / r.p50).toFixed(2), (g.p99 / r.p99).toFixed(2)]);
      console.log(`${c.name}: GraphQL p50 ${g.p50.toFixed(2)} ms p99 ${g.p99.toFixed(2)} ms | Cypher p50 ${r.p50.toFixed(2)} ms p99 ${r.p99.toFixed(2)} ms`);
    }
    const head = ['query', 'GraphQL p50', 'GraphQL p99', 'Cypher p50', 'Cypher p99', 'ratio p50', 'ratio p99'];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (r: string[]) => r.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  ');
    console.log(`\n${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.map(line).join('\n')}`);
    console.log('\nTargets: single-fact queries p99 ≤ 20 ms; GraphQL ≤ 1.3× raw Cypher (times in ms).');
  } finally {
    await db.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
