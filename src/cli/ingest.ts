/**
 * `npm run ingest -- [options] <file|dir|->...` — parse, extract and write articles into the
 * graph; inputs are read as by `extract` (src/input/read.ts), streaming, so an NDJSON input
 * of any size is ingested in constant memory.
 * Uses NEO4J_URI when set, else starts the local Neo4j (data in NEO4J_LOCAL_DATA_DIR).
 * Prints a progress bar on a terminal (plain lines otherwise) and a summary; exits 1 when
 * any article failed, 2 when the run itself could not proceed.
 */
import { Command, InvalidArgumentError } from 'commander';
import cliProgress from 'cli-progress';
import { loadConfig } from '../config';
import { connect, DatabaseUnavailableError, type Database } from '../db';
import { ingestInputs, type IngestProgress, type IngestSummary } from '../graph/ingest-inputs';
import { readInputs } from '../input/read';
import { prepareGraph } from '../graph/prepare';

interface CliOptions {
  concurrency: number;
  batchSize: number;
  quiet: boolean;
  json: boolean;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('expected a whole number from 1 to 64');
  return n;
}

function describe(p: IngestProgress): string {
  const r = p.result;
  const what = r.status === 'failed' ? `failed ${r.error?.code ?? ''}: ${r.error?.message ?? ''}` : `${r.status} ${r.articleId ?? ''}`;
  return `[${p.done}] ${p.source}: ${what}`;
}

function summaryText(s: IngestSummary, seconds: number): string {
  const rate = seconds > 0 ? ` (${(s.total / seconds).toFixed(1)} articles/s)` : '';
  return (
    `${s.total} articles in ${seconds.toFixed(1)} s${rate}: ` +
    `${s.created} created, ${s.updated} updated, ${s.unchanged} unchanged, ${s.failed} failed; ` +
    `${s.factsWritten} facts written`
  );
}

async function run(paths: string[], options: CliOptions): Promise<number> {
  const err = process.stderr;
  const config = loadConfig();
  let db: Database | undefined;
  const started = Date.now();
  const tty = Boolean(err.isTTY) && !options.quiet;
  // The input is streamed, so its length is unknown: the bar counts articles, with no total.
  const bar = tty ? new cliProgress.SingleBar({ format: 'ingest {value} articles | {duration_formatted} | {failed} failed', stream: err, hideCursor: true }, cliProgress.Presets.shades_classic) : null;
  let failedSoFar = 0;
  try {
    db = await connect(config, { log: options.quiet ? undefined : (m) => err.write(`${m}\n`) });
    await prepareGraph(db.executor);
    // The rate counts ingest only, not starting or migrating Neo4j.
    const ingestStarted = Date.now();
    let barStarted = false;
    const summary = await ingestInputs(db.executor, readInputs(paths), {
      concurrency: options.concurrency,
      batchSize: options.batchSize,
      keepResults: options.json,
      onProgress: (p) => {
        if (p.result.status === 'failed') failedSoFar += 1;
        if (bar !== null) {
          if (!barStarted) {
            bar.start(0, 0, { failed: 0 });
            barStarted = true;
          }
          bar.update(p.done, { failed: failedSoFar });
          if (p.result.status === 'failed') {
            bar.stop();
            err.write(`${describe(p)}\n`);
            bar.start(0, p.done, { failed: failedSoFar });
          }
        } else if (!options.quiet || p.result.status === 'failed') {
          err.write(`${describe(p)}\n`);
        }
      },
    });
    bar?.stop();
    const seconds = (Date.now() - ingestStarted) / 1000;
    if (options.json) process.stdout.write(`${JSON.stringify({ ...summary, seconds })}\n`);
    err.write(`${summaryText(summary, seconds)} (${((Date.now() - started) / 1000).toFixed(1)} s with start-up)\n`);
    return summary.failed > 0 ? 1 : 0;
  } catch (e) {
    bar?.stop();
    if (e instanceof DatabaseUnavailableError) err.write(`ingest: Neo4j is unavailable (${e.code}); nothing more was written. Re-run when it is back: ingest is idempotent.\n`);
    else err.write(`ingest: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  } finally {
    await db?.close();
  }
}

const program = new Command()
  .name('ingest')
  .description('Ingest news articles into the diplograph graph (idempotent: re-running changes nothing).')
  .argument('<paths...>', 'files (.txt, .json, .html, .ndjson, .jsonl), directories, or - for NDJSON on stdin')
  .option('-c, --concurrency <n>', 'batches written at the same time', positiveInt, 2)
  .option('-b, --batch-size <n>', 'articles per write transaction', positiveInt, 32)
  .option('-q, --quiet', 'only failures and the summary', false)
  .option('--json', 'print the summary (with every result, kept in memory until the end) as JSON on stdout', false)
  .action(async (paths: string[], options: CliOptions) => {
    process.exitCode = await run(paths, options);
  });

program.parseAsync(process.argv).catch((e: unknown) => {
  process.stderr.write(`ingest: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
});
