/**
 * `npm run bench:generate -- --articles 100000`: writes the synthetic graph of
 * synthetic/graph.ts (the shape of docs/graph-model.md, hubs and corroboration like the
 * news, evidence as the production planner builds it) for the API and export benchmarks,
 * directly with batched parameterised UNWIND statements, not through the extractor, so a
 * 100k-article graph takes minutes.
 *
 * Without NEO4J_URI it starts a local Neo4j on its own data directory (default
 * .neo4j/bench, reused between runs: a marker records what was generated, so a second run
 * with the same options does nothing unless --force).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { loadConfig, PROJECT_ROOT } from '../src/config';
import { applyMigrations, connect, toParams, type Database } from '../src/db';
import { backfillStateEntries } from '../src/graph/prepare';
import { syntheticCypher } from '../synthetic/cypher';
import { generate, graphRows } from '../synthetic/graph';

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
async function writeBatches(db: BenchDatabase, name: string, rows: unknown[], size: number, label: string) {
  const query = syntheticCypher.get(name);
  const t0 = Date.now();
  for (let i = 0; i < rows.length; i += size) {
    await db.write(query.text, { rows: rows.slice(i, i + size) });
    process.stdout.write(`\r  ${label}: ${Math.min(i + size, rows.length)}/${rows.length}   `);
  }
  process.stdout.write(`(${((Date.now() - t0) / 1000).toFixed(1)} s)\n`);
}


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
    const statements = graphRows(g);
    console.log(
      `  in memory: ${statements.map((st) => `${st.rows.length} ${st.label}`).join(', ')} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
    for (const st of statements) await writeBatches(db, st.name, st.rows, st.name === 'fixture-states' ? 1000 : st.name === 'fixture-people' || st.name === 'fixture-represents' || st.name === 'fixture-events' ? 5000 : 10000, st.label);
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
