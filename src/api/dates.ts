/**
 * Time-range filters over partial dates (YYYY, YYYY-MM, YYYY-MM-DD) stored as strings.
 *
 * A fact matches when its date's span overlaps [from, to]. Because the stored form sorts
 * lexicographically in time order, both bounds become plain string comparisons the
 * relationship date index can serve:
 *  - upper: date <= to + '~'  ('~' sorts after every digit and '-', so "2015-05" as `to`
 *    keeps "2015-05-31" and "2015" but not "2015-06");
 *  - lower: date >= from, or date is a coarser prefix of from ("2015" overlaps "2015-05-09").
 */
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for YYYY, YYYY-MM or YYYY-MM-DD naming a real calendar month/day. */
export function isPartialDate(value: string): boolean {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

export interface DateRangeParams {
  from: string | null;
  fromPrefixes: string[];
  toEnd: string | null;
}

export function dateRangeParams(from: string | null | undefined, to: string | null | undefined): DateRangeParams {
  const fromPrefixes: string[] = [];
  if (from) {
    if (from.length >= 7) fromPrefixes.push(from.slice(0, 4));
    if (from.length >= 10) fromPrefixes.push(from.slice(0, 7));
  }
  return { from: from ?? null, fromPrefixes, toEnd: to ? `${to}~` : null };
}

/**
 * Bounds for a range seek on a sort key or date index (fact lists, bilateral's entries): from
 * the coarsest prefix of `from` (a fact dated "2015" overlaps from "2015-05-09") to `to`'s
 * end; '' .. '~' spans every date. Undated facts join only when no range is asked.
 */
export function seekBounds(range: DateRangeParams) {
  return {
    lo: range.fromPrefixes[0] ?? range.from ?? '',
    hi: range.toEnd ?? '~',
    undated: range.from === null && range.toEnd === null,
  };
}

/** Whether a stored partial date overlaps [from, to]; the same rule as the Cypher filters. */
export function overlaps(date: string | null, range: DateRangeParams): boolean {
  if (range.from === null && range.toEnd === null) return true;
  if (date === null) return false;
  if (range.from !== null && !(date >= range.from || range.fromPrefixes.includes(date))) return false;
  if (range.toEnd !== null && !(date <= range.toEnd)) return false;
  return true;
}
