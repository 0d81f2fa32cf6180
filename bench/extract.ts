/**
 * `npm run bench:extract` — extraction speed on one core.
 *
 * Builds a corpus of varied diplomatic articles from the templates in bench/fixtures, then, in
 * this one process and one thread, normalises and extracts each article in turn (resources
 * loaded once, outside the timing) and prints articles/s, MB/s and per-article p50/p99; then
 * times one article of 1 MB (its first run, then the median of three more). Options: --articles N (default 1000), --seed N, --large-mb N.
 */
import { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { parseArticle, type Article } from '../src/article';
import { extractArticle, loadExtractionResources } from '../src/extract';
import type { ArticleExtraction } from '../src/extract/types';
import { loadCorpus, makeArticles, makeLargeArticle } from './fixtures/corpus';

const opts = new Command('bench:extract')
  .option('--articles <n>', 'articles in the corpus', (v) => Number.parseInt(v, 10), 1000)
  .option('--seed <n>', 'corpus seed', (v) => Number.parseInt(v, 10), 42)
  .option('--large-mb <n>', 'size of the single large article, in MB', Number, 1)
  .parse(process.argv)
  .opts<{ articles: number; seed: number; largeMb: number }>();

const ms = (ns: bigint) => Number(ns) / 1e6;
const now = () => process.hrtime.bigint();

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

async function main(): Promise<void> {
  const corpus = loadCorpus();
  const docs = makeArticles(corpus, opts.articles, opts.seed);
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  console.log(
    `corpus: ${docs.length} articles from ${corpus.templates.length} templates × ${corpus.states.length} states, ` +
      `${(bytes / 1e6).toFixed(2)} MB (mean ${(bytes / docs.length / 1024).toFixed(1)} KB)`,
  );

  let t = now();
  const resources = await loadExtractionResources();
  console.log(`resources loaded once in ${ms(now() - t).toFixed(0)} ms (not counted below)`);

  const run = async (
    text: string,
    name: string,
  ): Promise<{ article: Article; x: ArticleExtraction; parseNs: bigint; totalNs: bigint; cpuMs: number }> => {
    const c0 = process.cpuUsage();
    const t0 = now();
    const article = parseArticle(text, { filename: `${name}.txt` });
    const t1 = now();
    const x = await extractArticle(article, resources);
    const totalNs = now() - t0;
    const c = process.cpuUsage(c0);
    return { article, x, parseNs: t1 - t0, totalNs, cpuMs: (c.user + c.system) / 1000 };
  };

  // Warm-up: let the JIT see every template before timing.
  for (const d of docs.slice(0, Math.min(40, docs.length))) await run(d.text, d.name);

  const bar = process.stdout.isTTY ? new SingleBar({ format: 'extracting {bar} {value}/{total} articles' }, Presets.shades_classic) : null;
  bar?.start(docs.length, 0);
  const per: number[] = [];
  const perCpu: number[] = [];
  let parseTotal = 0n;
  const facts = { invitations: 0, visits: 0, statements: 0, people: 0 };
  const cpu0 = process.cpuUsage();
  t = now();
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i]!;
    const r = await run(d.text, d.name);
    per.push(ms(r.totalNs));
    perCpu.push(r.cpuMs);
    parseTotal += r.parseNs;
    facts.invitations += r.x.invitations.length;
    facts.visits += r.x.visits.length;
    facts.statements += r.x.statements.length;
    facts.people += r.x.people.length;
    if (bar && i % 25 === 0) bar.update(i);
  }
  const wallMs = ms(now() - t);
  const cpu = process.cpuUsage(cpu0);
  bar?.update(docs.length);
  bar?.stop();

  per.sort((a, b) => a - b);
  perCpu.sort((a, b) => a - b);
  const cpuSec = (cpu.user + cpu.system) / 1e6;
  // Wall time is what a user waits; CPU time shows the cost when other work shares the core.
  console.log(`articles/s: ${((docs.length / wallMs) * 1000).toFixed(0)} (per CPU-second: ${(docs.length / cpuSec).toFixed(0)})`);
  console.log(`MB/s:       ${(bytes / 1e6 / (wallMs / 1000)).toFixed(2)} (per CPU-second: ${(bytes / 1e6 / cpuSec).toFixed(2)})`);
  console.log(
    `per article: p50 ${percentile(per, 50).toFixed(2)} ms · p99 ${percentile(per, 99).toFixed(2)} ms · max ${per[per.length - 1]!.toFixed(2)} ms ` +
      `(normalisation ${((Number(parseTotal) / 1e6 / wallMs) * 100).toFixed(0)}% of the time)`,
  );
  // CPU time per article: what the article costs, whatever else the machine is doing.
  console.log(`per article (CPU time): p50 ${percentile(perCpu, 50).toFixed(2)} ms · p99 ${percentile(perCpu, 99).toFixed(2)} ms`);
  console.log(`wall ${(wallMs / 1000).toFixed(2)} s, CPU ${cpuSec.toFixed(2)} s (one thread)`);
  console.log(
    `facts: ${facts.invitations} invitations, ${facts.visits} visits, ${facts.statements} statements, ${facts.people} people ` +
      `(${(facts.invitations / docs.length).toFixed(1)}/${(facts.visits / docs.length).toFixed(1)}/${(facts.statements / docs.length).toFixed(1)} per article)`,
  );

  if (opts.largeMb > 0) {
    const large = makeLargeArticle(corpus, Math.round(opts.largeMb * 1024 * 1024), opts.seed);
    const size = Buffer.byteLength(large);
    // The first pass also pays for compiling the long-input paths and a major GC; the
    // steady state is what a long-running ingest sees, so report both.
    const runs = [];
    for (let i = 0; i < 4; i++) runs.push(await run(large, 'large'));
    const [first, ...warm] = runs as [(typeof runs)[number], ...(typeof runs)[number][]];
    warm.sort((a, b) => Number(a.totalNs - b.totalNs));
    const median = warm[Math.floor(warm.length / 2)]!;
    const sec = Number(median.totalNs) / 1e9;
    console.log(
      `large article: ${(size / 1024 / 1024).toFixed(2)} MB: first run ${ms(first.totalNs).toFixed(0)} ms (CPU ${first.cpuMs.toFixed(0)} ms); ` +
        `median of ${warm.length} more ${(sec * 1000).toFixed(0)} ms (CPU ${median.cpuMs.toFixed(0)} ms, ${(size / 1e6 / sec).toFixed(2)} MB/s; ` +
        `normalisation ${ms(median.parseNs).toFixed(0)} ms) → ` +
        `${median.x.invitations.length} invitations, ${median.x.visits.length} visits, ${median.x.statements.length} statements`,
    );
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
