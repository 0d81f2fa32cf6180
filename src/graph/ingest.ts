/**
 * The ingest entry points: raw article → parse → extract → write, one transaction per
 * article. Used by the GraphQL mutations, the `ingest` CLI and start-up seeding.
 *
 * Failures of the article itself (unreadable, empty, not English, nothing to analyse) come
 * back as a 'failed' result with a code and write nothing. Failures of the database
 * (DatabaseUnavailableError and the other DatabaseError classes) are thrown: the caller
 * answers 503 or stops, and may simply retry, since ingest is idempotent.
 */
import { articleFromInput, isArticleError, parseArticle } from '../article';
import type { Article, ArticleInput } from '../article/types';
import type { Executor } from '../db/executor';
import type { ArticleExtraction, Extractor } from '../extract/types';
import { defaultExtractor } from './extractor';
import type { ArticleCounts } from './plan';
import { mapPool } from './pool';
import { withRetries } from './retry';
import { writeExtraction } from './write';

export { removeArticle, type RemoveResult } from './remove';
export { ingestPaths, type IngestPathsOptions, type IngestSummary, type IngestProgress } from './sources';

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
  /** Articles written at the same time (default 4). */
  concurrency?: number;
  /** Called as each article finishes, in completion order. */
  onResult?: (result: IngestResult, index: number) => void;
}

/** An item of a batch: an input record, raw text or bytes, or raw input with its file name. */
export type IngestItem = ArticleInput | string | Buffer | { raw: string | Buffer; filename?: string };

export const ZERO_COUNTS: ArticleCounts = { states: 0, people: 0, events: 0, invitations: 0, visits: 0, statements: 0 };

function failed(articleId: string | null, code: string, message: string, warnings: string[] = []): IngestResult {
  return { articleId, status: 'failed', counts: { ...ZERO_COUNTS }, warnings, error: { code, message } };
}

function toArticle(raw: ArticleInput | string | Buffer, filename: string | undefined): Article {
  if (typeof raw === 'string' || Buffer.isBuffer(raw)) return parseArticle(raw, filename === undefined ? {} : { filename });
  return articleFromInput(raw);
}

export async function ingestArticle(db: Executor, raw: ArticleInput | string | Buffer, opts: IngestOptions = {}): Promise<IngestResult> {
  let article: Article;
  try {
    article = toArticle(raw, opts.filename);
  } catch (err) {
    if (isArticleError(err)) return failed(null, err.code, err.message);
    throw err;
  }
  const extractor = opts.extractor ?? (await defaultExtractor());
  let extraction: ArticleExtraction;
  try {
    extraction = await extractor.extract(article);
  } catch (err) {
    return failed(article.id, 'EXTRACTION_FAILED', `extractor ${extractor.name} failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (extraction.skipped !== null) return failed(article.id, 'ARTICLE_SKIPPED', `article not analysed: ${extraction.skipped}`, extraction.warnings);

  const written = await withRetries(() => writeExtraction(db, extraction, { extractor: `${extractor.name}@${extractor.version}` }));
  return { articleId: written.articleId, status: written.status, counts: written.counts, warnings: [...extraction.warnings, ...written.warnings] };
}

function splitItem(item: IngestItem): { raw: ArticleInput | string | Buffer; filename: string | undefined } {
  if (typeof item === 'string' || Buffer.isBuffer(item)) return { raw: item, filename: undefined };
  if ('raw' in item && !('text' in item)) return { raw: item.raw, filename: item.filename };
  return { raw: item as ArticleInput, filename: undefined };
}

/** Many articles, `concurrency` at a time; results in input order. A database failure is thrown. */
export async function ingestArticles(db: Executor, items: readonly IngestItem[], opts: IngestManyOptions = {}): Promise<IngestResult[]> {
  const extractor = opts.extractor ?? (await defaultExtractor());
  return mapPool(items, opts.concurrency ?? 4, async (item, index) => {
    const { raw, filename } = splitItem(item);
    const result = await ingestArticle(db, raw, { extractor, ...(filename === undefined ? {} : { filename }) });
    opts.onResult?.(result, index);
    return result;
  });
}
