/**
 * Publication dates: an explicit field, a date line under the headline, or the dateline. Read
 * with chrono-node so every written form ("January 22, 2015", "06th June, 2022",
 * "Wednesday, June 13, 2018, 12:23") goes through one tested parser.
 */
import * as chrono from 'chrono-node';
import type { ParsedComponents } from 'chrono-node';

/** YYYY, YYYY-MM or YYYY-MM-DD from what chrono is certain of; null without a certain year. */
export function partialDate(c: ParsedComponents, need: 'year' | 'month' | 'day' = 'year'): string | null {
  if (!c.isCertain('year')) return null;
  const y = String(c.get('year')).padStart(4, '0');
  if (!c.isCertain('month')) return need === 'year' ? y : null;
  const m = String(c.get('month')).padStart(2, '0');
  if (!c.isCertain('day')) return need === 'day' ? null : `${y}-${m}`;
  return `${y}-${m}-${String(c.get('day')).padStart(2, '0')}`;
}

function validYmd(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * A publishedAt field to YYYY[-MM[-DD]]. ISO forms keep the calendar date they were written
 * with (a time zone would move "2015-01-22T23:00-05:00" to another day in UTC: the publisher's
 * local date is the one the article's "on Wednesday" counts from). Other forms go to chrono.
 * Returns null when no date with a certain year can be read.
 */
export function normalisePublishedAt(value: string): string | null {
  const v = value.trim();
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  if (compact) return validYmd(Number(compact[1]), Number(compact[2]), Number(compact[3])) ? `${compact[1]}-${compact[2]}-${compact[3]}` : null;
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(v);
  if (iso) {
    const [, y, m, d] = iso;
    if (!m) return y!;
    if (!d) return Number(m) >= 1 && Number(m) <= 12 ? `${y}-${m}` : null;
    return validYmd(Number(y), Number(m), Number(d)) ? `${y}-${m}-${d}` : null;
  }
  const hit = chrono.en.strict.parse(v)[0];
  if (hit) return partialDate(hit.start);
  // chrono wants a day; "December 2019" is a month.
  const my = MONTH_YEAR.exec(v);
  if (my) return `${my[2]}-${String(MONTHS.indexOf(my[1]!.slice(0, 3).toLowerCase()) + 1).padStart(2, '0')}`;
  return null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_YEAR = /^((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?,?\s+(\d{4})$/i;

/**
 * A line that is (mostly) a date: "January 22, 2015", "  • March 6, 2020",
 * "March 10, 2020 Updated: March 10, 2020", "Wednesday, June 13, 2018, 12:23 By Xinhua".
 * A headline that merely contains a date ("Putin to visit Pyongyang on June 18, 2024") is not.
 */
export function dateLineDate(line: string): string | null {
  const t = line.trim();
  if (!t || t.length > 100 || !/\d{4}/.test(t)) return null;
  const hits = chrono.en.strict.parse(t);
  if (!hits.length) return null;
  const covered = hits.reduce((n, h) => n + h.text.length, 0);
  const rest = t.replace(/[^A-Za-z0-9]/g, '').length;
  if (covered < t.length * 0.5 && covered < rest * 0.6) return null;
  for (const h of hits) {
    const d = partialDate(h.start, 'month');
    if (d) return d;
  }
  return null;
}

/** A date written inside a dateline ("May 12", "06th June, 2022"); needs a year to be useful. */
export function datelineDate(s: string): string | null {
  const hit = chrono.en.strict.parse(s)[0];
  return hit ? partialDate(hit.start, 'month') : null;
}
