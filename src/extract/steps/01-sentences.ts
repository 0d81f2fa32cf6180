/**
 * Step 1 — sentences and tokens.
 *
 * A hand-written splitter rather than a general NLP pipeline: news prose needs only a few
 * rules, and a single left-to-right pass keeps the cost linear in the text (a megabyte of
 * input is split in milliseconds). Rules, each for a case news text has:
 *  - blank lines always end a sentence (paragraphs, headlines, captions);
 *  - a single line break ends one unless the text is hard-wrapped (wire copy) and the next
 *    line goes on in lower case;
 *  - ".", "!" and "?" end one before a capital, a digit or a quote — but not after titles
 *    and initials ("Mr.", "U.S.", "S. Korea") and not inside an open quotation, so a quoted
 *    passage stays with the "…, he said" that attributes it.
 */

export interface Token {
  /** Surface text with curly apostrophes straightened. */
  text: string;
  /** The same in lower case (computed once: the steps compare it often). */
  lower: string;
  start: number;
  end: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
}

// Words with internal apostrophes, hyphens or dots stay whole ("Jong-un", "U.S.", "won't");
// every other non-space character is a token of its own. No nested ambiguity: linear time.
const TOKEN_RE = /[\p{L}\p{M}\p{N}]+(?:[.'’\-‐][\p{L}\p{M}\p{N}]+)*\.?|\S/gu;

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'gen', 'lt', 'col', 'sen', 'rep', 'gov', 'prof', 'rev', 'capt', 'adm',
  'maj', 'sgt', 'cpl', 'corp', 'inc', 'co', 'ltd', 'vs', 'etc', 'no', 'mt', 'ft', 'pres', 'amb', 'dept', 'est',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'messrs', 'hon', 'gov',
]);

/** Tokenises a span of text; offsets are relative to `base`. */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const raw = m[0];
    const start = base + m.index;
    if (raw.length === 1) {
      const one = raw === '’' ? "'" : raw;
      // "Honduras' Xiomara Castro": a bare apostrophe closing a word in s, before a capitalised
      // word, is the possessive, read like "'s"
      const prev = out[out.length - 1];
      if (one === "'" && prev && prev.end === start && /s$/i.test(prev.text) && /^\s+\p{Lu}/u.test(text.slice(m.index + 1, m.index + 4))) {
        out.push({ text: "'s", lower: "'s", start, end: start + 1 });
        continue;
      }
      out.push({ text: one, lower: one.toLowerCase(), start, end: start + 1 });
      continue;
    }
    // a trailing dot belongs to the word only for abbreviations and initials ("U.S.", "J.")
    if (raw.endsWith('.')) {
      const stem = raw.slice(0, -1);
      const keep = ABBREVIATIONS.has(stem.toLowerCase()) || /^\p{Lu}$/u.test(stem) || /^(?:\p{L}\.)+\p{L}$/u.test(stem);
      if (!keep) {
        pushWord(out, stem, start);
        out.push({ text: '.', lower: '.', start: start + stem.length, end: start + raw.length });
        continue;
      }
    }
    pushWord(out, raw, start);
  }
  return out;
}

/** Splits a possessive "'s" off its word ("Russia's" → "Russia", "'s"). */
function pushWord(out: Token[], raw: string, start: number): void {
  const text = raw.includes('’') || raw.includes('‐') ? raw.replace(/[’]/g, "'").replace(/‐/g, '-') : raw;
  if (text.length > 2 && text.charCodeAt(text.length - 2) === 39 && (text.endsWith("'s") || text.endsWith("'S"))) {
    const stem = text.slice(0, -2);
    out.push({ text: stem, lower: stem.toLowerCase(), start, end: start + raw.length - 2 });
    out.push({ text: "'s", lower: "'s", start: start + raw.length - 2, end: start + raw.length });
    return;
  }
  out.push({ text, lower: text.toLowerCase(), start, end: start + raw.length });
}

/** Longest sentence kept whole (news sentences run to ~60 tokens; quoted passages longer). */
const SOFT_MAX_TOKENS = 250;
const MAX_TOKENS = 400;

const OPEN_QUOTES = new Set(['“']);
const CLOSE_QUOTES = new Set(['”']);

/** Is the text hard-wrapped (most single line breaks fall mid-sentence)? */
function isHardWrapped(text: string): boolean {
  let breaks = 0;
  let midSentence = 0;
  const re = /([^\n])\n(?!\n)\s*(\S)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    breaks++;
    if (!/[.!?:"”’)]/.test(m[1]!)) midSentence++;
  }
  return breaks >= 4 && midSentence / breaks > 0.5;
}

/** `cutBefore`: an offset where a new sentence starts whatever the punctuation, the first body
 * character after a dateline ("BRASILIA, Dec 1 (Reuters) - The presidents of …"): the city and
 * agency are no part of the first sentence's subject. */
export function splitSentences(text: string, cutBefore: number | null = null): Sentence[] {
  const tokens = tokenize(text);
  const wrapped = isHardWrapped(text);
  const sentences: Sentence[] = [];
  let cur: Token[] = [];
  let inQuote = false;
  let quoteTokens = 0;
  let nextNl = -1;

  const flush = (): void => {
    if (!cur.length) return;
    const start = cur[0]!.start;
    const end = cur[cur.length - 1]!.end;
    sentences.push({ index: sentences.length, start, end, text: text.slice(start, end), tokens: cur });
    cur = [];
    inQuote = false;
    quoteTokens = 0;
  };

  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const prev = cur[cur.length - 1];
    // the next line break at or after the previous token (moves forward only: linear time)
    if (prev && nextNl < prev.end) {
      nextNl = text.indexOf('\n', prev.end);
      if (nextNl === -1) nextNl = Infinity;
    }
    if (prev && nextNl < tok.start) {
      const gap = text.slice(prev.end, tok.start);
      {
        const blank = /\n[ \t\r]*\n/.test(gap);
        const lowerNext = /^\p{Ll}/u.test(tok.text);
        const prevEnds = /^[.!?:]$/.test(prev.text) || CLOSE_QUOTES.has(prev.text) || prev.text === '"';
        if (blank || (!lowerNext && (!wrapped || prevEnds))) flush();
      }
    }
    if (tok.start === cutBefore) flush();
    cur.push(tok);
    // a run-on "sentence" (a table, a list, text without stops) is cut into bounded pieces, so
    // that no later step ever works on an unbounded sentence
    if (cur.length >= MAX_TOKENS || (cur.length >= SOFT_MAX_TOKENS && (tok.text === ',' || tok.text === ';'))) {
      flush();
      continue;
    }
    if (OPEN_QUOTES.has(tok.text)) inQuote = true;
    else if (CLOSE_QUOTES.has(tok.text)) inQuote = false;
    else if (tok.text === '"') inQuote = !inQuote;
    if (inQuote && ++quoteTokens > 400) inQuote = false; // an unclosed quote must not swallow the article
    const isEnd = tok.text === '.' || tok.text === '!' || tok.text === '?';
    if (isEnd && !inQuote) {
      // take closing quotes and brackets with the sentence
      let j = i + 1;
      while (j < tokens.length && /^["”’')\]]$/.test(tokens[j]!.text) && tokens[j]!.start === tokens[j - 1]!.end) {
        cur.push(tokens[j]!);
        j++;
      }
      i = j - 1;
      const next = tokens[j];
      if (!next || /^[\p{Lu}\p{N}"“‘(]/u.test(next.text)) flush();
    } else if (isEnd && inQuote) {
      // ". " inside a quote that is immediately closed: `… it."` — handled by the close quote
      const next = tokens[i + 1];
      if (next && /^["”]$/.test(next.text) && next.start === tok.end) {
        cur.push(next);
        i++;
        inQuote = false;
        const after = tokens[i + 1];
        if (!after || /^[\p{Lu}\p{N}"“‘(]/u.test(after.text)) flush();
      }
    }
  }
  flush();
  return sentences;
}
