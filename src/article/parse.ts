/**
 * Any accepted input (JSON record, plain-text wire story, HTML page) → one normalised Article.
 * Pure: no files, no clock, no network. Every refusal is an ArticleError with a code.
 *
 * Order matters for cost: size before decoding, decoding before parsing, parsing before the
 * language test, so bad input is refused by the cheapest check that catches it.
 */
import { createHash } from 'node:crypto';
import { ArticleError } from './errors';
import { checkSize, checkString, decodeBytes, DEFAULT_MAX_BYTES } from './decode';
import { normaliseText, oneLine } from './normalise';
import { assertEnglish } from './language';
import { normalisePublishedAt } from './dates';
import { readLayout } from './layout';
import { parseHtml } from './html';
import { parseJson, validateArticleInput } from './input';
import type { Article, ArticleInput } from './types';

export type ArticleFormat = 'json' | 'text' | 'html';

export interface ArticleHint {
  /** Name of the file it came from: its extension decides the format. */
  filename?: string;
  /** MIME type it was sent with (application/json, text/html, text/plain). */
  contentType?: string;
}

export interface ArticleOptions {
  /** Largest accepted input in bytes (default 5 MB). */
  maxBytes?: number;
}

export function detectFormat(text: string, hint: ArticleHint = {}): ArticleFormat {
  const ct = hint.contentType?.toLowerCase() ?? '';
  if (ct.includes('json')) return 'json';
  if (ct.includes('html')) return 'html';
  if (ct.startsWith('text/plain')) return 'text';
  const ext = /\.([a-z0-9]+)$/i.exec(hint.filename ?? '')?.[1]?.toLowerCase();
  if (ext === 'json' || ext === 'ndjson') return 'json';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'txt' || ext === 'text') return 'text';
  const head = text.slice(0, 1000).trimStart();
  if (head.startsWith('{')) return 'json';
  if (/^<(?:!doctype|html|head|body|article|div|p|section|main|meta|title|\?xml)[\s>]/i.test(head)) return 'html';
  return 'text';
}

export function articleId(explicitId: string | null | undefined, url: string | null | undefined, text: string): string {
  const id = explicitId?.trim();
  if (id) return id;
  const u = url?.trim();
  if (u) return u;
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

const blankToNull = (s: string | null | undefined): string | null => {
  const t = s == null ? '' : oneLine(s);
  return t ? t : null;
};

/** Fields known from outside the text (JSON fields, HTML meta); the text fills the gaps. */
interface Known {
  id?: string | null;
  url?: string | null;
  title?: string | null;
  source?: string | null;
  publishedAt?: string | null;
}

function build(rawText: string, known: Known, emptyMessage: string, emptyField: string | null = null): Article {
  const text = normaliseText(rawText);
  if (!text.trim()) throw new ArticleError('EMPTY', emptyMessage, emptyField);
  assertEnglish(text);
  const layout = readLayout(text);
  let publishedAt: string | null = null;
  if (known.publishedAt != null && known.publishedAt.trim()) {
    publishedAt = normalisePublishedAt(known.publishedAt);
    if (!publishedAt) {
      throw new ArticleError('INVALID_FIELD', `field "publishedAt": cannot read a date from "${known.publishedAt.slice(0, 60)}" (use YYYY-MM-DD or an ISO date-time)`, 'publishedAt');
    }
  }
  publishedAt ??= layout.dateLine ?? layout.dateline?.date ?? null;
  const dateline = layout.dateline?.dateline ?? null;
  return {
    id: articleId(known.id, known.url, text),
    url: blankToNull(known.url),
    title: blankToNull(known.title) ?? layout.headline,
    source: blankToNull(known.source) ?? dateline?.agency ?? null,
    publishedAt,
    dateline,
    text,
  };
}

/** An already-decoded record (an NDJSON line, a GraphQL input): validated, then normalised. */
export function articleFromInput(value: unknown, options: ArticleOptions = {}): Article {
  const input: ArticleInput = validateArticleInput(value);
  checkString(input.text, options.maxBytes ?? DEFAULT_MAX_BYTES);
  return build(input.text, input, 'field "text" is empty (whitespace only)', 'text');
}

export function parseArticle(raw: string | Uint8Array, hint: ArticleHint = {}, options: ArticleOptions = {}): Article {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const decoded = typeof raw === 'string' ? checkString(raw, maxBytes) : decodeBytes(raw, maxBytes);
  if (!decoded.trim()) throw new ArticleError('EMPTY', 'input is empty (whitespace only)');
  const format = detectFormat(decoded, hint);
  if (format === 'json') return articleFromInput(parseJson(decoded), options);
  if (format === 'html') {
    const page = parseHtml(decoded);
    // The headline opens the text, as in the plain-text form, unless the body already does.
    const text = page.body && page.title && !page.body.startsWith(page.title) ? `${page.title}\n\n${page.body}` : page.body;
    // A malformed date in a page's meta is the page's problem, not the caller's: it is ignored.
    const publishedAt = page.publishedTime ? normalisePublishedAt(page.publishedTime) : null;
    return build(text, { title: page.title, url: page.url, source: page.source, publishedAt }, 'the HTML page holds no text');
  }
  return build(decoded, {}, 'input is empty (whitespace only)');
}

export { checkSize };
