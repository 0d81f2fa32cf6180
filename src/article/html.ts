/**
 * HTML page → headline, metadata and body text. Readability (Firefox's reader view) finds the
 * article among navigation, adverts and footers; linkedom gives it a DOM without a browser.
 * Paragraphs stay separate lines (blank line between), so sentences never run together and
 * the dateline still opens its own paragraph.
 */
import { Readability } from '@mozilla/readability';
import { oneLine } from './normalise';

// linkedom's published types describe only its ES module build, which a CommonJS file cannot
// import; its CommonJS build is the same API, so it is required and typed by the little used.
// It is pinned to 0.18.12: later releases depend on ES-module-only css-select 7, which jest's
// CommonJS runtime cannot load on Node 20.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseHTML } = require('linkedom') as { parseHTML(html: string): unknown };

export interface HtmlParts {
  title: string | null;
  url: string | null;
  source: string | null;
  /** Raw publication time as the page gives it (meta, <time datetime>, JSON-LD). */
  publishedTime: string | null;
  body: string;
}

/** The minimal DOM surface used here (linkedom's types are wider and differ from lib.dom's). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
}
interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  remove(): void;
}
interface DomDocument extends DomNode {
  title: string;
  body: DomNode | null;
  querySelector(sel: string): DomElement | null;
  querySelectorAll(sel: string): ArrayLike<DomElement>;
}

const BLOCKS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'BLOCKQUOTE', 'PRE', 'UL', 'OL', 'LI',
  'DL', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'TR', 'TD', 'TH', 'FIGURE', 'FIGCAPTION', 'HR', 'BR',
  'ADDRESS', 'DETAILS', 'SUMMARY', 'FORM', 'NAV',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'TEXTAREA']);

const MAX_READABILITY_ELEMENTS = 20000;

/** Block-level elements end a paragraph; inline ones and text nodes join with single spaces. */
export function paragraphsOf(root: DomNode): string[] {
  const out: string[] = [];
  let buf = '';
  const flush = () => {
    const p = oneLine(buf);
    if (p) out.push(p);
    buf = '';
  };
  const walk = (n: DomNode) => {
    if (n.nodeType === 3) {
      buf += n.textContent ?? '';
      return;
    }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) return;
    const tag = n.nodeName.toUpperCase();
    if (SKIP.has(tag)) return;
    const block = BLOCKS.has(tag);
    if (block) flush();
    // Sibling links, not childNodes: linkedom builds a fresh childNodes array on every access.
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
    if (block) flush();
  };
  walk(root);
  flush();
  return out;
}

function meta(doc: DomDocument, selectors: string[]): string | null {
  for (const sel of selectors) {
    const el = doc.querySelector(sel);
    const v = el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? el?.getAttribute('href');
    if (v && v.trim()) return v.trim();
  }
  return null;
}

/** JSON-LD NewsArticle datePublished, without trusting the block to be well-formed. */
function jsonLdDate(doc: DomDocument): string | null {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    const m = /"datePublished"\s*:\s*"([^"]{4,40})"/.exec(scripts[i]!.textContent ?? '');
    if (m) return m[1]!;
  }
  return null;
}

/** linkedom builds a broken tree from a bare fragment ("<p>…</p>"): give it a whole page. */
function asPage(html: string): string {
  return /<(?:html|body)[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
}

export function parseHtml(input: string): HtmlParts {
  const html = asPage(input);
  const { document } = parseHTML(html) as unknown as { document: DomDocument };
  // Metadata first: Readability rewrites the document as it works.
  const publishedTime =
    meta(document, [
      'meta[property="article:published_time"]',
      'meta[name="article:published_time"]',
      'meta[itemprop="datePublished"]',
      'meta[name="pubdate"]',
      'meta[name="publishdate"]',
      'meta[name="date"]',
      'meta[name="dc.date"]',
      'time[datetime]',
    ]) ?? jsonLdDate(document);
  const url = meta(document, ['link[rel="canonical"]', 'meta[property="og:url"]']);
  const source = meta(document, ['meta[property="og:site_name"]']);
  const metaTitle = meta(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']);
  const h1 = document.querySelector('h1')?.textContent ?? null;
  const docTitle = document.title || null;

  let body = '';
  // Readability's scoring grows with the page: past this many elements the plain walk below is
  // used on the same document, so a huge page costs one parse, not a minute.
  const large = document.querySelectorAll('*').length > MAX_READABILITY_ELEMENTS;
  if (!large) {
    try {
      const reader = new Readability<DomNode>(document as never, { serializer: (n) => n as unknown as DomNode });
      const parsed = reader.parse();
      if (parsed?.content) body = paragraphsOf(parsed.content).join('\n\n');
    } catch {
      body = '';
    }
  }
  // Readability gives up on very short pages; the whole body, minus scripts, is then the text
  // (from a fresh parse when Readability has already rewritten the document).
  if (!body) {
    const doc = large ? document : (parseHTML(html) as { document: DomDocument }).document;
    body = paragraphsOf(doc.body ?? doc).join('\n\n');
  }
  const title = [h1, metaTitle, docTitle].map((t) => (t ? oneLine(t) : '')).find((t) => t) ?? null;
  return { title, url, source, publishedTime, body };
}
