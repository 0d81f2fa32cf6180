/**
 * `npm run --silent bench:ndjson -- --bytes 1g > articles.ndjson`: synthetic articles as
 * NDJSON on stdout, about the size asked for, to measure ingest and extraction on inputs far
 * larger than memory. Each thousand articles get a tag of their own, so the graph keeps
 * growing as a real feed's would instead of corroborating the same stories forever.
 */
import { once } from 'node:events';
import { Command, InvalidArgumentError } from 'commander';
import { generateArticles } from './articles';

function size(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)b?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected a size such as 1g, 200m or 1048576');
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(m[2] ?? '').toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Math.floor(Number(m[1]) * unit);
}

/** 0 → "a", 25 → "z", 26 → "ba": a tag of letters only, since a digit in a name makes it no name to the extractor. */
function letters(n: number): string {
  let out = '';
  do {
    out = String.fromCharCode(97 + (n % 26)) + out;
    n = Math.floor(n / 26);
  } while (n > 0);
  return out;
}

async function main(): Promise<void> {
  const opts = new Command('bench:ndjson').option('--bytes <size>', 'approximate output size', size, 1024 ** 3).option('--seed <n>', 'random seed', '7').parse().opts<{ bytes: number; seed: string }>();
  const out = process.stdout;
  // A reader that stops early (`| head`) is not an error.
  out.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  let written = 0;
  for (let round = 0; written < opts.bytes; round++) {
    const lines = generateArticles({ count: 1000, seed: Number(opts.seed) + round, tag: letters(round) }).map((a) => `${JSON.stringify(a.input)}\n`);
    for (const line of lines) {
      if (written >= opts.bytes) break;
      written += Buffer.byteLength(line);
      // Wait for the pipe to drain: a slow reader must not make this process buffer the file.
      if (!out.write(line)) await once(out, 'drain');
    }
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:ndjson: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
