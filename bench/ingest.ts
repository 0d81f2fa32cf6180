/**
 * `npm run bench:ingest -- [--articles N] [--concurrency C] [--batch-size B] [--warmup W] [--extractor rules|template]`
 *
 * Generates N distinct wire-style articles from templates (invented people of real states,
 * varied dates and wording; the same invitations, visits and statements recur across
 * articles so facts are corroborated), ingests them into Neo4j in batches of B articles per transaction, C batches at a time,
 * and prints articles/s, facts/s and the final node and relationship counts. W other
 * articles (default 300) are ingested first and not measured: a cold JVM and Neo4j's first
 * query plans cost the first few hundred articles several times their steady-state time.
 *
 * Neo4j: NEO4J_URI when set (the graph there is added to, not wiped), else a fresh local
 * Neo4j in a temporary data directory, removed afterwards.
 *
 * --extractor rules (default) runs the whole pipeline, parse → rule-based extraction → write;
 * --extractor template skips extraction (the generator knows each article's facts) to
 * measure the write path alone.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '../src/config';
import { connect, type Database } from '../src/db';
import { prepareGraph } from '../src/graph/prepare';
import type { Extractor } from '../src/extract/types';
import { defaultExtractor } from '../src/graph/extractor';
import { ingestArticles, type IngestResult } from '../src/graph/ingest';
import { retryCount } from '../src/graph/retry';
import { generateArticles, TemplateExtractor } from '../synthetic/articles';

interface BenchOptions {
  articles: number;
  warmup: number;
  concurrency: number;
  batchSize: number;
  extractor: 'rules' | 'template';
  seed: number;
  again: boolean;
}

async function countGraph(db: Database): Promise<Record<string, number>> {
  const q = async (cypher: string) => {
    const res = await db.driver.executeQuery(cypher, {}, { routing: 'READ' });
    return Object.fromEntries(res.records.map((r) => [String(r.get(0)), Number(r.get(1))]));
  };
  return {
    ...(await q('MATCH (n) UNWIND labels(n) AS label RETURN label, count(*)')),
    ...(await q('MATCH ()-[r]->() RETURN type(r), count(*)')),
  };
}

async function bench(options: BenchOptions): Promise<void> {
  const log = (m: string) => process.stderr.write(`${m}\n`);
  const env = { ...process.env };
  let tempDir: string | undefined;
  if (!env.NEO4J_URI) {
    tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-bench-'));
    env.NEO4J_LOCAL_DATA_DIR = tempDir;
    env.NEO4J_LOCAL_HEAP ??= '1g';
    env.NEO4J_LOCAL_PAGECACHE ??= '256m';
  }
  const db = await connect(loadConfig(env), { log });
  try {
    await prepareGraph(db.executor);
    const t0 = Date.now();
    const articles = generateArticles({ count: options.articles, seed: options.seed, tag: options.seed === 2015 ? '' : String(options.seed) });
    const extractor: Extractor = options.extractor === 'template' ? new TemplateExtractor(articles) : await defaultExtractor();
    log(`generated ${articles.length} articles in ${Date.now() - t0} ms; extractor ${extractor.name}@${extractor.version}; ${options.concurrency} writers, batches of ${options.batchSize}`);

    const run = async (label: string) => {
      let done = 0;
      const retriesBefore = retryCount();
      const started = process.hrtime.bigint();
      const results: IngestResult[] = await ingestArticles(db.executor, articles.map((a) => a.input), {
        extractor,
        concurrency: options.concurrency,
        batchSize: options.batchSize,
        onResult: () => {
          done += 1;
          if (done % 500 === 0) log(`  ${label}: ${done}/${articles.length} after ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(1)} s`);
        },
      });
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const by = (s: IngestResult['status']) => results.filter((r) => r.status === s).length;
      const facts = results.reduce((n, r) => n + r.counts.invitations + r.counts.visits + r.counts.statements, 0);
      const failures = results.filter((r) => r.status === 'failed').slice(0, 3).map((r) => r.error?.message);
      const retried = retryCount() - retriesBefore;
      console.log(
        `${label}: ${results.length} articles in ${seconds.toFixed(2)} s = ${(results.length / seconds).toFixed(1)} articles/s, ` +
          `${facts} facts = ${(facts / seconds).toFixed(1)} facts/s ` +
          `(created ${by('created')}, updated ${by('updated')}, unchanged ${by('unchanged')}, failed ${by('failed')}; ` +
          `${retried} transactions re-run after deadlocks)` +
          (failures.length > 0 ? `\n  first failures: ${failures.join(' | ')}` : ''),
      );
    };
    if (options.warmup > 0) {
      // The JVM compiles its hot paths and Neo4j plans each statement on first use: a warm-up
      // batch of other articles (other people, same states) keeps that out of the figures.
      const warm = generateArticles({ count: options.warmup, seed: options.seed + 1, tag: 'warmup' });
      const t = Date.now();
      await ingestArticles(db.executor, warm.map((a) => a.input), {
        extractor: options.extractor === 'template' ? new TemplateExtractor(warm) : extractor,
        concurrency: options.concurrency,
        batchSize: options.batchSize,
      });
      log(`warm-up: ${warm.length} other articles in ${((Date.now() - t) / 1000).toFixed(1)} s (not counted)`);
    }
    await run('ingest');
    if (options.again) await run('re-ingest (idempotent)');
    const counts = await countGraph(db);
    console.log(`graph: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  } finally {
    await db.close();
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const program = new Command()
    .name('bench:ingest')
    .option('-n, --articles <n>', 'articles to generate', (v) => Number.parseInt(v, 10), 2000)
    .option('-c, --concurrency <n>', 'batches written at the same time', (v) => Number.parseInt(v, 10), 2)
    .option('-b, --batch-size <n>', 'articles per write transaction', (v) => Number.parseInt(v, 10), 32)
    .option('-w, --warmup <n>', 'articles ingested first and not measured (0: measure a cold start)', (v) => Number.parseInt(v, 10), 300)
    .option('-e, --extractor <kind>', 'rules (whole pipeline) or template (write path only)', 'rules')
    .option('--seed <n>', 'generator seed', (v) => Number.parseInt(v, 10), 2015)
    .option('--no-again', 'skip the second (idempotent) pass')
    .action(async (o: BenchOptions) => {
      if (o.extractor !== 'rules' && o.extractor !== 'template') throw new Error('--extractor must be rules or template');
      await bench(o);
    });
  program.parseAsync(process.argv).catch((e: unknown) => {
    process.stderr.write(`bench:ingest: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  });
}
