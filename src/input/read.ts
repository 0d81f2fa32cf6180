/**
 * The one reader of articles for every command (`extract`, `ingest`, start-up seeding):
 * files (.json, .txt, .html), directories (every such file inside, recursively, in code-point
 * order of names, so the order does not depend on the locale), NDJSON files (.ndjson, .jsonl)
 * and `-` for NDJSON on standard input. A .json file may hold one article or an array of them.
 *
 * Articles come out one at a time as the caller asks for them: NDJSON is read line by line
 * and a slow consumer pauses the stream, so memory stays flat whatever the input's size. Each
 * item is parsed here, so a bad one becomes an error item and the rest go on. Sizes are
 * checked from the file system before a byte is read; a line longer than the limit is
 * skipped as it streams past.
 */
import { createReadStream, promises as fs } from 'node:fs';
import { extname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { ArticleError, articleFromInput, checkSize, DEFAULT_MAX_BYTES, formatBytes, parseArticle, type Article } from '../article';

/** Codes beyond ArticleError's: the input could not be read, or the extractor failed on it. */
export type InputErrorCode = ArticleError['code'] | 'NOT_FOUND' | 'UNREADABLE' | 'EXTRACTION_FAILED';

export interface InputFailure {
  code: InputErrorCode;
  message: string;
  field?: string;
}

export type InputItem =
  | { ok: true; source: string; article: Article }
  /** `id`: the article's own id when it could be read before the failure, else the source. */
  | { ok: false; source: string; id: string; error: InputFailure };

export interface InputOptions {
  maxBytes?: number;
  stdin?: Readable;
}

export const ARTICLE_EXTENSIONS = new Set(['.json', '.txt', '.html', '.htm']);
const STREAM_EXTENSIONS = new Set(['.ndjson', '.jsonl']);

export function toFailure(e: unknown): InputFailure {
  if (e instanceof ArticleError) return e.toJSON();
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ENOENT') return { code: 'NOT_FOUND', message: 'no such file or directory' };
  if (err?.code === 'EACCES' || err?.code === 'EISDIR') return { code: 'UNREADABLE', message: err.message };
  return { code: 'UNREADABLE', message: err?.message ?? String(e) };
}

/** The id a failed JSON record claimed for itself (its id, else its url, as for a good one). */
function claimedId(raw: string): string | null {
  if (!raw.trimStart().startsWith('{')) return null;
  try {
    const v = JSON.parse(raw) as { id?: unknown; url?: unknown };
    if (typeof v.id === 'string' && v.id.trim()) return v.id.trim();
    if (typeof v.id === 'number') return String(v.id);
    return typeof v.url === 'string' && v.url.trim() ? v.url.trim() : null;
  } catch {
    return null;
  }
}

function failure(source: string, e: unknown, raw: string | null): InputItem {
  return { ok: false, source, id: (raw !== null ? claimedId(raw) : null) ?? source, error: toFailure(e) };
}

/** The elements of a .json file holding an array, or null when it holds anything else. */
function jsonArray(path: string, buf: Buffer): unknown[] | null {
  if (extname(path).toLowerCase() !== '.json') return null;
  const text = buf.toString('utf8');
  if (!text.trimStart().startsWith('[')) return null;
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value : null;
  } catch {
    // Not valid JSON: parseArticle reports it in the same words as for any .json file.
    return null;
  }
}

async function* readArticleFile(path: string, maxBytes: number): AsyncGenerator<InputItem> {
  let buf: Buffer;
  try {
    const st = await fs.stat(path);
    checkSize(st.size, maxBytes);
    buf = await fs.readFile(path);
  } catch (e) {
    yield failure(path, e, null);
    return;
  }
  const batch = jsonArray(path, buf);
  if (batch !== null) {
    for (const [i, value] of batch.entries()) {
      const source = `${path}[${i}]`;
      try {
        yield { ok: true, source, article: articleFromInput(value, { maxBytes }) };
      } catch (e) {
        yield failure(source, e, JSON.stringify(value) ?? null);
      }
    }
    return;
  }
  try {
    yield { ok: true, source: path, article: parseArticle(buf, { filename: path }, { maxBytes }) };
  } catch (e) {
    // Only small inputs are worth re-reading for an id: others failed on size or encoding.
    yield failure(path, e, e instanceof ArticleError && (e.code === 'TOO_LARGE' || e.code === 'BINARY') ? null : buf.toString('utf8'));
  }
}

/**
 * Lines of a stream, each at most `maxBytes`: a longer line is skipped as it streams past and
 * reported as `null`, so one giant line cannot fill memory before its size is checked.
 */
export async function* boundedLines(stream: Readable, maxBytes: number): AsyncGenerator<string | null> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  const finish = (): string | null => {
    const line = tooLong ? null : Buffer.concat(parts).toString('utf8').replace(/\r$/, '');
    parts = [];
    size = 0;
    tooLong = false;
    return line;
  };
  for await (const chunk of stream) {
    let buf: Buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Buffer);
    for (let nl = buf.indexOf(0x0a); ; nl = buf.indexOf(0x0a)) {
      const piece = nl < 0 ? buf : buf.subarray(0, nl);
      if (!tooLong) {
        size += piece.length;
        if (size > maxBytes) {
          tooLong = true;
          parts = [];
        } else parts.push(piece);
      }
      if (nl < 0) break;
      yield finish();
      buf = buf.subarray(nl + 1);
    }
  }
  if (size > 0 || tooLong) yield finish();
}

/** NDJSON: one article record a line; blank lines are skipped; line numbers name failures. */
async function* readNdjson(stream: Readable, name: string, maxBytes: number): AsyncGenerator<InputItem> {
  let n = 0;
  for await (const line of boundedLines(stream, maxBytes)) {
    n++;
    const source = `${name}:${n}`;
    if (line === null) {
      yield failure(source, new ArticleError('TOO_LARGE', `line is over the ${formatBytes(maxBytes)} limit for one article`), null);
      continue;
    }
    if (!line.trim()) continue;
    try {
      yield { ok: true, source, article: parseArticle(line, { contentType: 'application/json' }, { maxBytes }) };
    } catch (e) {
      yield failure(source, e, line);
    }
  }
}

async function listDirectory(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listDirectory(p)));
    else if (ARTICLE_EXTENSIONS.has(extname(e.name).toLowerCase()) || STREAM_EXTENSIONS.has(extname(e.name).toLowerCase())) out.push(p);
  }
  return out;
}

/** Every article the arguments name, in order; never throws for a bad input. */
export async function* readInputs(args: string[], options: InputOptions = {}): AsyncGenerator<InputItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const arg of args) {
    if (arg === '-') {
      yield* readNdjson(options.stdin ?? process.stdin, 'stdin', maxBytes);
      continue;
    }
    let paths: string[];
    try {
      paths = (await fs.stat(arg)).isDirectory() ? await listDirectory(arg) : [arg];
    } catch (e) {
      yield failure(arg, e, null);
      continue;
    }
    for (const p of paths) {
      if (STREAM_EXTENSIONS.has(extname(p).toLowerCase())) {
        try {
          await fs.access(p);
        } catch (e) {
          yield failure(p, e, null);
          continue;
        }
        yield* readNdjson(createReadStream(p), p, maxBytes);
      } else yield* readArticleFile(p, maxBytes);
    }
  }
}
