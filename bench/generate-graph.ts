/**
 * `npm run bench:generate -- --articles 100000`: builds a synthetic diplograph graph for the
 * API benchmark, in the exact shape of docs/graph-model.md (states, ~5k people with
 * REPRESENTS, events HELD_IN states, articles, INVITED/VISITED/STATED facts with evidence,
 * sourceCount / firstReported / lastReported, MENTIONS), written directly with batched
 * parameterised UNWIND statements — the same ones the API tests seed with — not through the
 * extractor, so a 100k-article graph takes minutes.
 *
 * Activity is skewed like the news: a few states and leaders (RUS, PRK, CHN, KOR, USA; Putin,
 * Kim Jong Un…) appear in far more facts than the rest, so the benchmark sees hubs. Some facts
 * are reported by several articles (corroboration). Generation is deterministic (--seed).
 *
 * Without NEO4J_URI it starts a local Neo4j on its own data directory (default
 * .neo4j/bench, reused between runs: a marker records what was generated, so a second run
 * with the same options does nothing unless --force).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import countries from 'world-countries';
import { loadConfig, PROJECT_ROOT } from '../src/config';
import { applyMigrations, connect, loadCypher, toParams, type Database } from '../src/db';
import { backfillStateEntries } from '../src/graph/prepare';
import { rng as seededRandom } from './random';
import { personKey } from '../src/resolve/names';

export const DEFAULT_BENCH_DATA_DIR = path.join(PROJECT_ROOT, '.neo4j', 'bench');

export interface BenchDatabase extends Database {
  /** One statement in its own write transaction (or auto-commit, for IN TRANSACTIONS). */
  write(text: string, params: Record<string, unknown>, autocommit?: boolean): Promise<void>;
}

/**
 * NEO4J_URI when set; otherwise a local Neo4j on `dataDir`, with more memory than the
 * service default since the benchmark graph is large.
 */
export async function openBenchDatabase(dataDir: string): Promise<BenchDatabase> {
  const config = loadConfig({
    NEO4J_LOCAL_HEAP: '2g',
    NEO4J_LOCAL_PAGECACHE: '1g',
    ...process.env,
    NEO4J_LOCAL_DATA_DIR: dataDir,
  });
  const db = await connect(config);
  const write = async (text: string, params: Record<string, unknown>, autocommit = false) => {
    const session = db.driver.session({ database: db.executor.database });
    try {
      if (autocommit) await session.run(text, toParams(params) as Record<string, unknown>);
      else await session.executeWrite((tx) => tx.run(text, toParams(params) as Record<string, unknown>));
    } finally {
      await session.close();
    }
  };
  return Object.assign(db, { write });
}

const MARKER = 'diplograph-bench-graph.json';
const STATUS_INV = ['accepted', 'declined', 'pending', 'pending', 'unknown', 'withdrawn'];
const STATUS_VIS = ['occurred', 'occurred', 'planned', 'possible', 'cancelled', 'postponed', 'ongoing'];
const ROLES = ['foreign minister', 'defence minister', 'ambassador', 'spokesperson', 'prime minister', 'envoy', 'trade minister'];
const EVENT_KINDS = ['ceremony', 'parade', 'summit', 'talks', 'meeting', 'conference', 'forum', 'celebration'];
const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'sa', 'to', 'vik', 'an', 'dre', 'li', 'ng', 'zhu', 'pa', 'ri', 'ol', 'ga', 'mun', 'es', 'ta', 'yu', 'bo', 'in', 'ke', 'ra'];
const HUB_STATES = ['RUS', 'PRK', 'CHN', 'KOR', 'USA', 'JPN'];
const HUB_PEOPLE: [string, string, string, boolean][] = [
  ['Vladimir Putin', 'RUS', 'president', true],
  ['Sergei Lavrov', 'RUS', 'foreign minister', false],
  ['Kim Jong Un', 'PRK', 'leader', true],
  ['Xi Jinping', 'CHN', 'president', true],
  ['Hua Chunying', 'CHN', 'foreign ministry spokeswoman', false],
  ['Park Geun Hye', 'KOR', 'president', true],
  ['Joe Biden', 'USA', 'president', true],
  ['Fumio Kishida', 'JPN', 'prime minister', true],
];

/** Seeded helpers over the shared PRNG. */
function rng(seed: number) {
  const next = seededRandom(seed);
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T,
    /** Index in [0, n) skewed towards 0 (roughly Zipf-like). */
    skewed: (n: number) => Math.min(n - 1, Math.floor(n * Math.pow(next(), 2.2))),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

interface Fact {
  type: 'INVITED' | 'VISITED' | 'STATED';
  from: string;
  to: string;
  props: Record<string, unknown>;
  reports: { articleId: string; publishedAt: string; start: number; text: string; attrs: Record<string, unknown> }[];
}

export function generate(articles: number, seed: number) {
  const r = rng(seed);
  const all = countries.filter((c) => c.cca3 !== 'ATA');
  const states = all.map((c) => ({ code: c.cca3, name: c.name.common, aliases: [c.name.official, ...(c.capital ?? [])], bloc: false }));
  // Hubs first so the skewed picks land on them.
  states.sort((a, b) => {
    const ia = HUB_STATES.indexOf(a.code);
    const ib = HUB_STATES.indexOf(b.code);
    return (ia === -1 ? 99 : ia) - (ib === -1 ? 99 : ib);
  });

  const people: { id: string; name: string; state: string; role: string; leader: boolean }[] = HUB_PEOPLE.map(([name, state, role, leader]) => ({
    id: personKey(name),
    name,
    state,
    role,
    leader,
  }));
  const seen = new Set(people.map((p) => p.id));
  const target = 5000;
  for (let i = 0; people.length < target; i++) {
    const word = () => {
      const w = Array.from({ length: 2 + r.int(2) }, () => r.pick(SYLLABLES)).join('');
      return w[0]!.toUpperCase() + w.slice(1);
    };
    const name = `${word()} ${word()}`;
    const id = personKey(name);
    if (seen.has(id)) continue;
    seen.add(id);
    const state = states[r.skewed(states.length)]!.code;
    people.push({ id, name, state, role: r.pick(ROLES), leader: r.next() < 0.04 });
  }

  const events: { id: string; kind: string; name: string; date: string; place: string }[] = [];
  const eventCount = Math.max(10, Math.floor(articles / 25));
  for (let i = 0; i < eventCount; i++) {
    const kind = r.pick(EVENT_KINDS);
    const date = `${2000 + r.int(25)}-${pad(1 + r.int(12))}-${pad(1 + r.int(28))}`;
    const place = states[r.skewed(states.length)]!.code;
    const id = `event:${kind}|${date}|${place}`;
    if (events.some((e) => e.id === id)) continue;
    events.push({ id, kind, name: `${kind} in ${place} ${date}`, date, place });
  }

  const facts = new Map<string, Fact>();
  const factList: Fact[] = [];
  const articleRows: Record<string, unknown>[] = [];
  const mentions: { articleId: string; key: string }[] = [];
  const actor = () => (r.next() < 0.35 ? states[r.skewed(states.length)]!.code : people[r.skewed(people.length)]!.id);

  for (let a = 0; a < articles; a++) {
    const articleId = `https://bench.diplograph.test/article/${a}`;
    const year = 2000 + r.int(25);
    const publishedAt = `${year}-${pad(1 + r.int(12))}-${pad(1 + r.int(28))}`;
    articleRows.push({
      id: articleId,
      url: articleId,
      title: `Synthetic report ${a}`,
      source: r.pick(['Yonhap', 'TASS', 'Xinhua', 'Kyodo', 'AP']),
      publishedAt,
      contentHash: `bench-${a}`,
      ingestedAt: '2026-01-01T00:00:00Z',
      extractor: 'bench@1',
    });
    const n = 2 + r.int(3);
    const keys = new Set<string>();
    for (let k = 0; k < n; k++) {
      let fact: Fact;
      if (factList.length > 100 && r.next() < 0.3) {
        // Corroboration: another article reporting a known fact.
        fact = factList[factList.length - 1 - r.skewed(Math.min(factList.length, 5000))]!;
      } else {
        const roll = r.next();
        const from = actor();
        let to = roll < 0.66 ? actor() : states[r.skewed(states.length)]!.code;
        // A visit's destination is a state (docs/graph-model.md); a person drawn here is
        // replaced, or the API meets a Visit whose destination has no code.
        if (roll >= 0.33 && roll < 0.66 && to.startsWith('person:')) to = states[r.skewed(states.length)]!.code;
        if (to === from) to = states[(states.findIndex((s) => s.code === from) + 1) % states.length]!.code;
        const ev = r.next() < 0.3 ? r.pick(events) : null;
        const date = r.next() < 0.1 ? null : r.next() < 0.5 ? `${year}-${pad(1 + r.int(12))}` : `${year}-${pad(1 + r.int(12))}-${pad(1 + r.int(28))}`;
        let type: Fact['type'];
        let id: string;
        let props: Record<string, unknown>;
        if (roll < 0.33) {
          type = 'INVITED';
          const negated = r.next() < 0.05;
          id = `inv|${from}|${to}|${ev?.id ?? ''}|${negated}`;
          props = { status: r.pick(STATUS_INV), negated, date, eventId: ev?.id ?? null, eventName: ev?.name ?? null };
        } else if (roll < 0.66) {
          type = 'VISITED';
          const negated = r.next() < 0.05;
          id = `vis|${from}|${to}|${ev?.id ?? date?.slice(0, 7) ?? ''}|${negated}`;
          props = { status: r.pick(STATUS_VIS), negated, date, eventId: ev?.id ?? null };
        } else {
          type = 'STATED';
          const quote = `Synthetic remark ${a}-${k}.`;
          id = `stm|${from}|${to}|${date ?? ''}|q${a}x${k}`;
          props = { quote, date, eventId: ev?.id ?? null };
        }
        const existing = facts.get(`${type}|${id}`);
        if (existing) fact = existing;
        else {
          fact = { type, from, to, props: { id, ...props }, reports: [] };
          facts.set(`${type}|${id}`, fact);
          factList.push(fact);
        }
      }
      if (fact.reports.some((rep) => rep.articleId === articleId)) continue;
      const text = `Sentence ${k} of article ${a} reporting ${String(fact.props.id).slice(0, 40)}.`;
      fact.reports.push({ articleId, publishedAt, start: k * 200, text, attrs: { ...fact.props } });
      keys.add(fact.from);
      keys.add(fact.to);
    }
    for (const key of keys) mentions.push({ articleId, key });
  }

  // Relationship attributes follow the latest published report, as the writer does.
  for (const f of factList) {
    const dates = f.reports.map((x) => x.publishedAt).sort();
    f.props.sourceCount = f.reports.length;
    f.props.firstReported = dates[0];
    f.props.lastReported = dates[dates.length - 1];
  }
  return { states, people, events, articles: articleRows, facts: factList, mentions };
}

async function writeBatches(db: BenchDatabase, name: string, rows: unknown[], size: number, label: string) {
  const query = fixtureCatalog.get(name);
  const t0 = Date.now();
  for (let i = 0; i < rows.length; i += size) {
    await db.write(query.text, { rows: rows.slice(i, i + size) });
    process.stdout.write(`\r  ${label}: ${Math.min(i + size, rows.length)}/${rows.length}   `);
  }
  process.stdout.write(`(${((Date.now() - t0) / 1000).toFixed(1)} s)\n`);
}

// The same parameterised statements the API tests seed their fixtures with.
const fixtureCatalog = loadCypher(path.join(PROJECT_ROOT, 'test', 'integration', 'api', 'fixtures'));

async function main() {
  const program = new Command()
    .name('bench:generate')
    .option('--articles <n>', 'number of articles', '100000')
    .option('--seed <n>', 'random seed', '42')
    .option('--data-dir <dir>', 'local Neo4j data directory (without NEO4J_URI)', DEFAULT_BENCH_DATA_DIR)
    .option('--force', 'regenerate even if the data directory already holds this graph')
    .parse();
  const opts = program.opts<{ articles: string; seed: string; dataDir: string; force?: boolean }>();
  const articles = Number(opts.articles);
  const seed = Number(opts.seed);
  if (!Number.isInteger(articles) || articles < 1) throw new Error('--articles must be a positive integer');

  const db = await openBenchDatabase(opts.dataDir);
  try {
    const markerPath = path.join(opts.dataDir, MARKER);
    const wanted = { articles, seed };
    if (!process.env.NEO4J_URI && !opts.force && fs.existsSync(markerPath)) {
      const have = JSON.parse(fs.readFileSync(markerPath, 'utf8'));
      if (have.articles === articles && have.seed === seed) {
        console.log(`Graph of ${articles} articles (seed ${seed}) already in ${opts.dataDir}; --force to rebuild.`);
        return;
      }
    }
    const started = Date.now();
    console.log(`Generating ${articles} articles (seed ${seed}) into ${db.uri}`);
    await db.write('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS', {}, true);
    await applyMigrations(db.executor);
    const g = generate(articles, seed);
    const evidence = g.facts.flatMap((f) =>
      f.reports.map((rep) => ({
        id: `${rep.articleId}|${String(f.props.id)}|${rep.start}`,
        factId: f.props.id,
        kind: f.type === 'INVITED' ? 'invitation' : f.type === 'VISITED' ? 'visit' : 'statement',
        text: rep.text,
        start: rep.start,
        end: rep.start + rep.text.length,
        articleId: rep.articleId,
        publishedAt: rep.publishedAt,
        status: rep.attrs.status ?? null,
        date: rep.attrs.date ?? null,
        negated: rep.attrs.negated ?? null,
        quote: rep.attrs.quote ?? null,
      })),
    );
    console.log(
      `  in memory: ${g.states.length} states, ${g.people.length} people, ${g.events.length} events, ${g.articles.length} articles, ` +
        `${g.facts.length} facts, ${evidence.length} evidence (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
    await writeBatches(db, 'fixture-states', g.states, 1000, 'states');
    await writeBatches(
      db,
      'fixture-people',
      g.people.map((p) => ({ leader: p.leader, props: { id: p.id, name: p.name, aliases: [p.name], surnameKey: p.name.split(' ').pop()!.toLowerCase() } })),
      5000,
      'people',
    );
    await writeBatches(
      db,
      'fixture-represents',
      g.people.map((p) => ({ person: p.id, state: p.state, props: { id: `rep|${p.id}|${p.state}`, role: p.role, asOf: '2024-12-31', sourceCount: 1, leader: p.leader } })),
      5000,
      'represents',
    );
    await writeBatches(db, 'fixture-events', g.events, 5000, 'events');
    await writeBatches(db, 'fixture-articles', g.articles, 10000, 'articles');
    for (const type of ['INVITED', 'VISITED', 'STATED'] as const) {
      const rows = g.facts.filter((f) => f.type === type).map((f) => ({ from: f.from, to: f.to, props: f.props }));
      await writeBatches(db, `fixture-${type.toLowerCase()}`, rows, 10000, type);
    }
    await writeBatches(db, 'fixture-evidence', evidence, 10000, 'evidence');
    await writeBatches(db, 'fixture-mentions', g.mentions, 10000, 'mentions');
    // The facts were written directly, not through ingest: their state entries come from the
    // start-up backfill, as an older graph's would.
    const t0 = Date.now();
    const backfilled = await backfillStateEntries(db.executor);
    console.log(`  state entries of ${backfilled} facts (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    if (!process.env.NEO4J_URI) fs.writeFileSync(markerPath, JSON.stringify({ ...wanted, generatedAt: new Date().toISOString() }));
    console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await db.close();
  }
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
