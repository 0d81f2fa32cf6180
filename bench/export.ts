/**
 * `npm run bench:export -- [--articles N] [--formats a,b]`: exports the generated benchmark
 * graph (npm run bench:generate, reused when it already holds N articles) once per format,
 * each in its own `npm run export` process writing to bench/out/, and prints rows, rows/s and
 * the peak resident memory of that process. The export must stay flat in memory however
 * large the graph: the issue's bound is 300 MB for the 100k-article graph.
 *
 * Neo4j: NEO4J_URI when set (its graph is exported as it is), else the local benchmark
 * Neo4j of bench:generate, started once here and shared by the export processes.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { PROJECT_ROOT } from '../src/config';
import { FORMATS, type FormatName } from '../src/export/formats';
import { DEFAULT_BENCH_DATA_DIR, openBenchDatabase } from './generate-graph';

const OUT_DIR = path.join(PROJECT_ROOT, 'bench', 'out');

interface Figures {
  format: FormatName;
  facts: number;
  rows: number;
  seconds: number;
  peakRssMb: number;
  bytes: number;
}

/** One export in a process of its own, so its peak memory is the export's alone. */
function runExport(format: FormatName, env: NodeJS.ProcessEnv): Promise<Figures> {
  const out = path.join(OUT_DIR, `export.${format}`);
  const args = ['--require', path.join(__dirname, 'max-rss.cjs'), '--import', 'tsx', path.join(PROJECT_ROOT, 'src', 'cli', 'export.ts'), '--format', format, '--out', out, '--quiet'];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let rss = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d));
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (d: Buffer) => (rss += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const summary = /export: (\d+) facts, (\d+) \S+ rows in ([\d.]+) s/.exec(stderr);
      if (code !== 0 || !summary) return reject(new Error(`export --format ${format} failed (exit ${code}): ${stderr.trim()}`));
      resolve({
        format,
        facts: Number(summary[1]),
        rows: Number(summary[2]),
        // The export's own timing: from its first query to the last row written, without the
        // process start-up and migration check that precede it.
        seconds: Number(summary[3]) || seconds,
        peakRssMb: Number(rss) / 1024,
        bytes: fs.statSync(out).size,
      });
    });
  });
}

async function main() {
  const program = new Command()
    .name('bench:export')
    .option('--articles <n>', 'size of the generated graph (bench:generate)', '20000')
    .option('--formats <list>', 'comma-separated formats', FORMATS.join(','))
    .option('--data-dir <dir>', 'local Neo4j data directory (without NEO4J_URI)', DEFAULT_BENCH_DATA_DIR)
    .parse();
  const opts = program.opts<{ articles: string; formats: string; dataDir: string }>();
  const formats = opts.formats.split(',').map((f) => f.trim()) as FormatName[];
  for (const f of formats) if (!FORMATS.includes(f)) throw new Error(`unknown format ${f}; one of ${FORMATS.join(', ')}`);

  if (!process.env.NEO4J_URI) {
    // The generator does nothing when the data directory already holds this graph.
    const gen = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'generate-graph.ts'), '--articles', opts.articles, '--data-dir', opts.dataDir], { cwd: PROJECT_ROOT, stdio: 'inherit' });
    if (gen.status !== 0) throw new Error('bench:generate failed');
  }
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const db = await openBenchDatabase(opts.dataDir);
  try {
    const env = { ...process.env, NEO4J_URI: process.env.NEO4J_URI ?? db.uri };
    console.log(`Exporting from ${db.uri} (${process.env.NEO4J_URI ? 'NEO4J_URI' : `${opts.articles}-article benchmark graph`}), node ${process.version}`);
    console.log('format       facts      rows   seconds    rows/s   peak RSS   output');
    for (const format of formats) {
      const f = await runExport(format, env);
      console.log(
        `${f.format.padEnd(11)} ${String(f.facts).padStart(6)} ${String(f.rows).padStart(9)} ${f.seconds.toFixed(1).padStart(9)} ` +
          `${String(Math.round(f.rows / f.seconds)).padStart(9)} ${`${f.peakRssMb.toFixed(0)} MB`.padStart(10)}   ${(f.bytes / 1e6).toFixed(1)} MB`,
      );
    }
  } finally {
    await db.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
