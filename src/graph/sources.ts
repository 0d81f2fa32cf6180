/**
 * Ingest from the file system: files and directories (recursively: .txt, .json, .html,
 * .htm, .ndjson, .jsonl), and `-` for NDJSON on standard input. A .json file holding an
 * array is a batch; .ndjson/.jsonl and stdin hold one JSON article per line.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Executor } from '../db/executor';
import type { Extractor } from '../extract/types';
import { defaultExtractor } from './extractor';
import { failed, ingestEach, type IngestResult } from './ingest';

const ARTICLE_EXTENSIONS = new Set(['.txt', '.json', '.html', '.htm', '.ndjson', '.jsonl']);
const LINE_EXTENSIONS = new Set(['.ndjson', '.jsonl']);

export interface IngestProgress {
  done: number;
  total: number;
  source: string;
  result: IngestResult;
}

export interface IngestPathsOptions {
  extractor?: Extractor;
  /** Batches written at the same time, and articles per batch (see ingestEach). */
  concurrency?: number;
  batchSize?: number;
  onProgress?: (progress: IngestProgress) => void;
  /** Where `-` reads from (default process.stdin). */
  stdin?: NodeJS.ReadableStream;
}

export interface IngestSummary {
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  /** Facts (invitations, visits, statements) in the articles created or updated. */
  factsWritten: number;
  results: Array<{ source: string; result: IngestResult }>;
}

/** One article to ingest and where it came from ("file.ndjson:3" for a line). */
interface Source {
  label: string;
  filename?: string;
  load: () => Promise<string | Buffer>;
}

class SourceError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function listFiles(target: string): Promise<string[]> {
  const stat = await fs.stat(target).catch(() => null);
  if (stat === null) throw new SourceError('NOT_FOUND', `no such file or directory: ${target}`);
  if (stat.isFile()) return [target];
  if (!stat.isDirectory()) return [];
  const entries = await fs.readdir(target, { withFileTypes: true });
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(target, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full)));
    else if (entry.isFile() && ARTICLE_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) out.push(full);
  }
  return out;
}

function lineSources(label: string, text: string): Source[] {
  const out: Source[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    out.push({ label: `${label}:${i + 1}`, filename: 'line.json', load: async () => line });
  });
  return out;
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

async function expand(paths: readonly string[], stdin: NodeJS.ReadableStream): Promise<{ sources: Source[]; problems: Array<{ source: string; result: IngestResult }> }> {
  const sources: Source[] = [];
  const problems: Array<{ source: string; result: IngestResult }> = [];
  for (const p of paths) {
    if (p === '-') {
      sources.push(...lineSources('stdin', await readStream(stdin)));
      continue;
    }
    let files: string[];
    try {
      files = await listFiles(p);
    } catch (err) {
      const code = err instanceof SourceError ? err.code : 'UNREADABLE';
      problems.push({ source: p, result: failed(null, code, err instanceof Error ? err.message : String(err)) });
      continue;
    }
    for (const file of files) {
      const ext = path.extname(file).toLowerCase();
      if (LINE_EXTENSIONS.has(ext)) {
        sources.push(...lineSources(file, await fs.readFile(file, 'utf8')));
      } else if (ext === '.json') {
        const text = await fs.readFile(file, 'utf8');
        const batch = text.trimStart().startsWith('[') ? parseArray(text) : null;
        if (batch === null) sources.push({ label: file, filename: file, load: async () => text });
        else batch.forEach((item, i) => sources.push({ label: `${file}[${i}]`, filename: 'item.json', load: async () => JSON.stringify(item) }));
      } else {
        sources.push({ label: file, filename: file, load: () => fs.readFile(file) });
      }
    }
  }
  return { sources, problems };
}

function parseArray(text: string): unknown[] | null {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}

/** Ingest every article under `paths`; database failures are thrown, article failures counted. */
export async function ingestPaths(db: Executor, paths: readonly string[], opts: IngestPathsOptions = {}): Promise<IngestSummary> {
  const extractor = opts.extractor ?? (await defaultExtractor());
  const { sources, problems } = await expand(paths, opts.stdin ?? process.stdin);
  const total = sources.length + problems.length;
  let done = 0;
  const report = (source: string, result: IngestResult): void => {
    done += 1;
    opts.onProgress?.({ done, total, source, result });
  };
  problems.forEach((p) => report(p.source, p.result));
  const written = await ingestEach(db, sources, async (source) => ({ raw: await source.load(), ...(source.filename === undefined ? {} : { filename: source.filename }) }), {
    extractor,
    ...(opts.concurrency === undefined ? {} : { concurrency: opts.concurrency }),
    ...(opts.batchSize === undefined ? {} : { batchSize: opts.batchSize }),
    onResult: (result, index) => report(sources[index]?.label ?? '?', result),
  });
  const all = [...problems, ...written.map((result, i) => ({ source: sources[i]?.label ?? '?', result }))];
  const count = (status: IngestResult['status']) => all.filter((r) => r.result.status === status).length;
  return {
    total: all.length,
    created: count('created'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    failed: count('failed'),
    factsWritten: all
      .filter((r) => r.result.status === 'created' || r.result.status === 'updated')
      .reduce((n, r) => n + r.result.counts.invitations + r.result.counts.visits + r.result.counts.statements, 0),
    results: all,
  };
}
