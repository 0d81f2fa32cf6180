/**
 * Text normalisation that keeps offsets meaningful: the result is exactly the text evidence
 * offsets point into, so nothing is reflowed, only encoding noise is removed.
 */

/** Byte-order mark; CRLF and lone CR → LF; Unicode NFC (so "é" is one code unit wherever it came from). */
export function normaliseText(s: string): string {
  let t = s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
  if (t.includes('\r')) t = t.replace(/\r\n?/g, '\n');
  return t.normalize('NFC');
}

/** Whitespace collapsed to single spaces, for titles, cities and other one-line fields. */
export const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();
