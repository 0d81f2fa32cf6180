/**
 * The ingest entry points: raw article → parse → extract → write. Used by the GraphQL
 * mutations, the `ingest` CLI and start-up seeding.
 *
 * Articles are written in batches (up to `batchSize` articles per transaction, a few
 * batches at a time): a transaction's fixed cost in Neo4j is far larger than an article's
 * rows. A batch is atomic, and one article's failure must not take the others with it:
 * when the database refuses a batch for any reason but being unavailable, its articles are
 * written again one by one, so only the article at fault fails (code WRITE_FAILED).
 *
 * Failures of the article itself (unreadable, empty, not English, nothing to analyse) come
 * back as a 'failed' result with a code and write nothing. An unavailable database
 * (DatabaseUnavailableError, DatabaseAuthError) is thrown: the caller answers 503 or stops,
 * and may simply retry, since ingest is idempotent.
 */
import { articleFromInput, isArticleError, parseArticle } from '../article';
import type { Article, ArticleInput } from '../article/types';
import { DatabaseAuthError, DatabaseError, DatabaseUnavailableError } from '../db/errors';
import type { Executor } from '../db/executor';
import type { ArticleExtraction, Extractor } from '../extract/types';
import { defaultExtractor } from './extractor';
import type { ArticleCounts } from './plan';
import { withRetries } from './retry';
import { writeExtractions, type WriteResult } from './write';

export { removeArticle, type RemoveResult } from './remove';

export type IngestStatus = 'created' | 'updated' | 'unchanged' | 'failed';

export interface IngestResult {
  articleId: string | null;
  status: IngestStatus;
  counts: ArticleCounts;
  warnings: string[];
  error?: { code: string; message: string };
}

export interface IngestOptions {
  /** Name of the file the raw input came from: its extension decides the format. */
  filename?: string;
  extractor?: Extractor;
}

export interface IngestManyOptions {
  extractor?: Extractor;
  /** Batches written at the same time (default 2). */
  concurrency?: number;
  /** Articles per write transaction (default 32; 1 writes each article alone). */
  batchSize?: number;
  /**
   * Characters of article text held by all batches being filled or written at once (default
   * IN_FLIGHT_TEXT). An article that would pass it closes the batch being filled, and is not
   * extracted until other batches are written (one longer than the budget goes alone): a few
   * long articles are not held together.
   */
  inFlightText?: number;
  /** Called as each article finishes, in completion order. */
  onResult?: (result: IngestResult, index: number) => void;
}

export interface IngestEachOptions<T> extends Omit<IngestManyOptions, 'onResult'> {
  /** Called as each article finishes, in completion order, with its position in the input. */
  onResult?: (result: IngestResult, index: number, item: T) => void;
}

/** An item of a batch: an input record, raw text or bytes, or raw input with its file name. */
export type IngestItem = ArticleInput | string | Buffer | { raw: string | Buffer; filename?: string };

/** What a loader hands the pipeline: raw input to parse, an article already parsed, or a failure to report. */
export type Loaded = { item: IngestItem } | { article: Article } | { failure: IngestResult };

/**
 * Article counts alone bound memory poorly: an article may be up to 5 MB, and its extraction
 * and write rows grow with it. 2 Mi characters is some 90 wire articles, so ordinary batches
 * never reach it, while articles of several megabytes go one at a time.
 */
export const IN_FLIGHT_TEXT = 2 * 1024 * 1024;

const ZERO_COUNTS: ArticleCounts = { states: 0, people: 0, events: 0, invitations: 0, visits: 0, statements: 0 };

export function failed(articleId: string | null, code: string, message: string, warnings: string[] = []): IngestResult {
  return { articleId, status: 'failed', counts: { ...ZERO_COUNTS }, warnings, error: { code, message } };
}

function toArticle(raw: ArticleInput | string | Buffer, filename: string | undefined): Article {
  if (typeof raw === 'string' || Buffer.isBuffer(raw)) return parseArticle(raw, filename === undefined ? {} : { filename });
  return articleFromInput(raw);
}

/** What parsing and extraction made of an input: an extraction to write, or a failure. */
type Prepared = { extraction: ArticleExtraction } | { result: IngestResult };

async function prepare(raw: ArticleInput | string | Buffer, filename: string | undefined, extractor: Extractor): Promise<Prepared> {
  let article: Article;
  try {
    article = toArticle(raw, filename);
  } catch (err) {
    if (isArticleError(err)) return { result: failed(null, err.code, err.message) };
    throw err;
  }
  return extract(article, extractor);
}

async function extract(article: Article, extractor: Extractor): Promise<Prepared> {
  let extraction: ArticleExtraction;
  try {
    extraction = await extractor.extract(article);
  } catch (err) {
    return { result: failed(article.id, 'EXTRACTION_FAILED', `extractor ${extractor.name} failed: ${err instanceof Error ? err.message : String(err)}`) };
  }
  if (extraction.skipped !== null) return { result: failed(article.id, 'ARTICLE_SKIPPED', `article not analysed: ${extraction.skipped}`, extraction.warnings) };
  return { extraction };
}

/** The database cannot be used at all: no point in trying the articles one by one. */
function databaseDown(err: unknown): boolean {
  return err instanceof DatabaseUnavailableError || err instanceof DatabaseAuthError;
}

/**
 * Writes a batch; if the database refuses it (not for being down), writes its articles one
 * by one so that only the one at fault fails. Results in batch order.
 */
async function writeBatch(db: Executor, batch: readonly ArticleExtraction[], extractor: Extractor): Promise<IngestResult[]> {
  const options = { extractor: `${extractor.name}@${extractor.version}` };
  const done = (written: WriteResult, extraction: ArticleExtraction): IngestResult => ({
    articleId: written.articleId,
    status: written.status,
    counts: written.counts,
    warnings: [...extraction.warnings, ...written.warnings],
  });
  try {
    const written = await withRetries(() => writeExtractions(db, batch, options));
    return written.map((w, i) => done(w, batch[i] as ArticleExtraction));
  } catch (err) {
    if (databaseDown(err)) throw err;
    if (batch.length > 1) {
      const results: IngestResult[] = [];
      for (const extraction of batch) results.push(...(await writeBatch(db, [extraction], extractor)));
      return results;
    }
    const extraction = batch[0] as ArticleExtraction;
    // The driver's messages can quote Cypher: a database refusal is named by its code only.
    const why = err instanceof DatabaseError ? `the database refused this article (${err.code})` : `this article could not be written: ${err instanceof Error ? err.message : String(err)}`;
    return [failed(extraction.article.id, 'WRITE_FAILED', why, extraction.warnings)];
  }
}

export async function ingestArticle(db: Executor, raw: ArticleInput | string | Buffer, opts: IngestOptions = {}): Promise<IngestResult> {
  const extractor = opts.extractor ?? (await defaultExtractor());
  const prepared = await prepare(raw, opts.filename, extractor);
  if ('result' in prepared) return prepared.result;
  const [result] = await writeBatch(db, [prepared.extraction], extractor);
  return result as IngestResult;
}

/** Characters of text a loaded item brings (raw input: its length, the best guess before parsing). */
function textLength(loaded: Loaded): number {
  if ('article' in loaded) return loaded.article.text.length;
  if (!('item' in loaded)) return 0;
  const { raw } = splitItem(loaded.item);
  if (typeof raw === 'string' || Buffer.isBuffer(raw)) return raw.length;
  return typeof raw.text === 'string' ? raw.text.length : 0;
}

function splitItem(item: IngestItem): { raw: ArticleInput | string | Buffer; filename: string | undefined } {
  if (typeof item === 'string' || Buffer.isBuffer(item)) return { raw: item, filename: undefined };
  if ('raw' in item && !('text' in item)) return { raw: item.raw, filename: item.filename };
  return { raw: item as ArticleInput, filename: undefined };
}

/** Many articles, in batches; results in input order. A database that is down is thrown. */
export async function ingestArticles(db: Executor, items: readonly IngestItem[], opts: IngestManyOptions = {}): Promise<IngestResult[]> {
  const results = new Array<IngestResult>(items.length);
  await ingestEach(db, items, async (item) => ({ item }), {
    ...opts,
    onResult: (result, index) => {
      results[index] = result;
      opts.onResult?.(result, index);
    },
  });
  return results;
}

/**
 * The batching pipeline behind every entry point: `concurrency` workers each take the next
 * items, load, parse and extract them until a batch is full (article failures are reported
 * at once and take no place in it), then write it. An article already in the batch being
 * filled closes that batch: a batch holds each article once.
 *
 * Items are pulled from `items` only when a worker has room for them, so an asynchronous
 * source (a file read line by line) is read no faster than Neo4j writes: at most
 * `concurrency` batches are in memory, whatever the size of the input, and together they
 * hold at most `inFlightText` characters of text, or one article alone when it is longer
 * (see IN_FLIGHT_TEXT). A written batch is dropped before the next is filled. Results are reported
 * through `onResult` and not kept. The first thrown error stops new work; batches already
 * being written are awaited, then it is rethrown.
 */
export async function ingestEach<T>(db: Executor, items: Iterable<T> | AsyncIterable<T>, load: (item: T) => Promise<Loaded>, opts: IngestEachOptions<T> = {}): Promise<void> {
  const extractor = opts.extractor ?? (await defaultExtractor());
  const batchSize = Math.max(1, Math.floor(opts.batchSize ?? 32));
  const textBudget = Math.max(1, Math.floor(opts.inFlightText ?? IN_FLIGHT_TEXT));
  // Text of the articles in batches being filled or written, and who waits for it to fall.
  let inFlight = 0;
  let waiting: Array<() => void> = [];
  const release = (chars: number): void => {
    inFlight -= chars;
    const wake = waiting;
    waiting = [];
    for (const w of wake) w();
  };
  const source: Iterator<T> | AsyncIterator<T> = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items[Symbol.iterator]();
  let exhausted = false;
  let next = 0;
  let failure: { error: unknown } | null = null;
  type Pulled = { index: number; item: T; loaded: Loaded; chars: number };
  type Ready = { index: number; item: T; extraction: ArticleExtraction; chars: number };
  const finish = (index: number, item: T, result: IngestResult): void => opts.onResult?.(result, index, item);
  /** The next item, loaded; null when it failed (reported at once) or none is left. */
  const pull = async (): Promise<Pulled | null> => {
    // Numbered before the await: concurrent pulls are served in call order.
    const index = next++;
    const step = await source.next();
    if (step.done) {
      exhausted = true;
      return null;
    }
    const item = step.value;
    let loaded: Loaded;
    try {
      loaded = await load(item);
    } catch (err) {
      // A file that vanished or cannot be read since it was listed fails alone.
      finish(index, item, failed(null, 'UNREADABLE', err instanceof Error ? err.message : String(err)));
      return null;
    }
    if ('failure' in loaded) {
      finish(index, item, loaded.failure);
      return null;
    }
    return { index, item, loaded, chars: textLength(loaded) };
  };
  /** A pulled item parsed and extracted; null when that failed (reported at once). */
  const ready = async (p: Pulled): Promise<Ready | null> => {
    let prepared: Prepared;
    if ('article' in p.loaded) prepared = await extract(p.loaded.article, extractor);
    else {
      const { raw, filename } = splitItem((p.loaded as { item: IngestItem }).item);
      prepared = await prepare(raw, filename, extractor);
    }
    if ('result' in prepared) {
      finish(p.index, p.item, prepared.result);
      return null;
    }
    return { index: p.index, item: p.item, extraction: prepared.extraction, chars: p.chars };
  };
  const worker = async (): Promise<void> => {
    // An extracted article met twice in one batch opens the next; a pulled one over the budget waits for it.
    let carried: Ready | null = null;
    let pending: Pulled | null = null;
    while (failure === null && (carried !== null || pending !== null || !exhausted)) {
      let batch: Ready[] = carried === null ? [] : [carried];
      // A carried article's text was counted when it was extracted.
      let held = carried === null ? 0 : carried.chars;
      carried = null;
      try {
        while (batch.length < batchSize && failure === null) {
          const p: Pulled | null = pending ?? (exhausted ? null : await pull());
          pending = null;
          if (p === null) {
            if (exhausted) break;
            continue;
          }
          // Extraction is what costs memory, so the budget is taken before it. An article
          // that would pass it waits until other batches are written; one larger than the
          // whole budget is thus extracted and written with nothing else in flight.
          if (inFlight > 0 && inFlight + p.chars > textBudget) {
            if (batch.length > 0) {
              pending = p;
              break;
            }
            while (inFlight > 0 && inFlight + p.chars > textBudget && failure === null) await new Promise<void>((resolve) => waiting.push(resolve));
            if (failure !== null) break;
          }
          inFlight += p.chars;
          const r = await ready(p);
          if (r === null) {
            release(p.chars);
            continue;
          }
          if (batch.some((b) => b.extraction.article.id === r.extraction.article.id)) {
            carried = r;
            break;
          }
          batch.push(r);
          held += r.chars;
        }
        if (batch.length === 0) continue;
        const written = await writeBatch(db, batch.map((b) => b.extraction), extractor);
        written.forEach((result, i) => {
          const b = batch[i] as Ready;
          finish(b.index, b.item, result);
        });
      } catch (error) {
        failure ??= { error };
      } finally {
        // The batch is written: its texts and extractions go before the next is filled.
        batch = [];
        release(held);
      }
    }
  };
  const width = Math.max(1, Math.floor(opts.concurrency ?? 2) || 1);
  await Promise.all(Array.from({ length: width }, worker));
  // Stopped early by a failure: let the source close what it holds open (a file being read).
  if (!exhausted) await source.return?.();
  if (failure !== null) throw (failure as { error: unknown }).error;
}
