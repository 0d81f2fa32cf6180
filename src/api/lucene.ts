/**
 * Turns free text from a user into a Lucene query for the full-text index that can only
 * ever mean "these words": every character Lucene gives meaning to is escaped, the
 * operators AND/OR/NOT lose their capitals, control characters go. Each word must match,
 * the last as a prefix so that "Kim Jong" finds "Kim Jong-un" while typing.
 */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
// Control characters (NUL included) mean nothing in a name and upset the query parser.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/g;
const OPERATORS = new Set(['AND', 'OR', 'NOT', 'TO']);

export const MAX_SEARCH_LENGTH = 200;

/** null when nothing searchable is left. */
export function toLuceneQuery(text: string): string | null {
  const words = text
    .replace(CONTROL, ' ')
    .split(/\s+/)
    .map((w) => (OPERATORS.has(w) ? w.toLowerCase() : w))
    .map((w) => w.replace(SPECIAL, (c) => `\\${c}`))
    .filter((w) => w.length > 0 && /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0) return null;
  // Wildcard terms skip the analyser, so only a plain word may become a prefix.
  return words.map((w, i) => (i === words.length - 1 && /^[\p{L}\p{N}]+$/u.test(w) ? `${w.toLowerCase()}*` : w)).join(' AND ');
}
