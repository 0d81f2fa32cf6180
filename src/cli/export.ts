/**
 * `npm run export -- --format <format> [--from D] [--to D] [--state CODE] [--out FILE]` —
 * streams the graph's facts as CAMEO TSV, PLOVER JSON, NDJSON, GraphML or CSV, one row per
 * fact and direction (see the README for the columns). Writes to stdout unless --out; a
 * progress bar on a terminal, and a summary with rows/s on stderr.
 */
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { Command, InvalidArgumentError, Option } from 'commander';
import cliProgress from 'cli-progress';
import { loadConfig } from '../config';
import { connect, type Database } from '../db';
import { prepareGraph } from '../graph/prepare';
import { exportFacts } from '../export/export';
import { FORMATS, type FormatName } from '../export/formats';

interface CliOptions {
  format: FormatName;
  from?: string;
  to?: string;
  state?: string;
  out?: string;
  quiet: boolean;
}

function partialDate(value: string): string {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) throw new InvalidArgumentError('expected YYYY, YYYY-MM or YYYY-MM-DD');
  return value;
}

function stateCode(value: string): string {
  if (!/^[A-Za-z]{3}$/.test(value)) throw new InvalidArgumentError('expected a three-letter state code, e.g. RUS');
  return value.toUpperCase();
}

async function run(options: CliOptions): Promise<number> {
  const err = process.stderr;
  let db: Database | undefined;
  const out = options.out ? createWriteStream(options.out) : process.stdout;
  // The bar goes to stderr, so a terminal shows it even when stdout is redirected to a file.
  const tty = Boolean(err.isTTY) && !options.quiet;
  const bar = tty ? new cliProgress.SingleBar({ format: 'export [{bar}] {value}/{total} facts | {rows} rows | {eta_formatted} left', stream: err, hideCursor: true }, cliProgress.Presets.shades_classic) : null;
  try {
    db = await connect(loadConfig(), { log: options.quiet ? undefined : (m) => err.write(`${m}\n`) });
    await prepareGraph(db.executor);
    const filters = { from: options.from ?? null, to: options.to ?? null, state: options.state ?? null };
    if (bar) {
      const [count] = await db.executor.read<{ facts: number }>('count-export-facts', filters);
      bar.start(count?.facts ?? 0, 0, { rows: 0 });
    }
    const started = Date.now();
    const summary = await exportFacts(db.executor, out, {
      format: options.format,
      ...filters,
      onProgress: (facts, rows) => {
        if (bar && facts % 200 === 0) bar.update(facts, { rows });
      },
    });
    bar?.update(summary.facts, { rows: summary.rows });
    bar?.stop();
    if (out !== process.stdout) {
      out.end();
      await finished(out);
    }
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? ` (${Math.round(summary.rows / seconds)} rows/s)` : '';
    err.write(`export: ${summary.facts} facts, ${summary.rows} ${options.format} rows in ${seconds.toFixed(1)} s${rate}\n`);
    return 0;
  } catch (e) {
    bar?.stop();
    err.write(`export: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  } finally {
    await db?.close();
  }
}

const program = new Command()
  .name('export')
  .description('Export the graph\'s facts with their CAMEO / PLOVER codes, one row per fact and direction.')
  .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).makeOptionMandatory())
  .option('--from <date>', 'facts whose date overlaps this or later (YYYY[-MM[-DD]])', partialDate)
  .option('--to <date>', 'facts whose date overlaps this or earlier (YYYY[-MM[-DD]])', partialDate)
  .option('--state <code>', 'facts that involve this state, directly or through its people', stateCode)
  .option('-o, --out <file>', 'write here instead of stdout')
  .option('-q, --quiet', 'no progress bar or start-up messages', false)
  .action(async (options: CliOptions) => {
    process.exitCode = await run(options);
  });

program.parseAsync(process.argv).catch((e: unknown) => {
  process.stderr.write(`export: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
});
