/**
 * What the plain-text layout of a wire story tells about it: the headline on the first line,
 * a date line under it, caption lines, then the body opening with a dateline.
 *
 *   China says Kim’s possible visit to Russia ‘conducive to peace’     ← headline
 *   January 22, 2015                                                   ← date line
 *   Vladimir Putin, left, and Kim Jong-un. (Korea Times file)          ← caption
 *   BEIJING (Yonhap) — China said Thursday that …                      ← dateline + body
 */
import { dateLineDate } from './dates';
import { findDateline, type DatelineMatch } from './dateline';
import { oneLine } from './normalise';

export interface Layout {
  headline: string | null;
  /** Date from a date line between the headline and the body. */
  dateLine: string | null;
  dateline: DatelineMatch | null;
}

const MAX_HEADLINE = 250;
/** How many lines under the headline may hold the date line (bylines and captions come first sometimes). */
const DATE_LINE_WINDOW = 8;

export function readLayout(text: string): Layout {
  const dateline = findDateline(text);
  const lines: Array<{ text: string; start: number }> = [];
  let pos = 0;
  while (pos < text.length && lines.length < DATE_LINE_WINDOW + 1) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(pos, end);
    if (line.trim()) lines.push({ text: line, start: pos });
    if (nl < 0) break;
    pos = nl + 1;
  }
  const bodyStart = dateline?.lineStart ?? Infinity;
  const first = lines[0];
  // A headline is a short first line that is not itself the opening of the body.
  const headline =
    first && lines.length > 1 && first.start < bodyStart && first.text.trim().length <= MAX_HEADLINE && !dateLineDate(first.text)
      ? oneLine(first.text)
      : null;
  let dateLine: string | null = null;
  for (const line of lines.slice(headline ? 1 : 0)) {
    if (line.start >= bodyStart) break;
    dateLine = dateLineDate(line.text);
    if (dateLine) break;
  }
  return { headline, dateLine, dateline };
}
