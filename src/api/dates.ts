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

/** The sortKey of an undated fact: after every date. */
const UNDATED = '~';
/** After every date and before UNDATED: the end of a range open at the end. */
const AFTER_EVERY_DATE = '9999~';

/**
 * One seek of a time-ordered sortKey index (fact lists with no anchor): with `hi` null, the
 * facts whose sortKey is `key` and whose id is after `afterId`; otherwise those whose sortKey
 * is after `key` and at most `hi`. `status` (or null) names the one status a band reads.
 */
export interface SortKeyBand {
  key: string;
  afterId: string;
  hi: string | null;
  status: string | null;
}

/**
 * The bands, in sortKey order, that hold exactly the facts of a date range after a cursor:
 * one per coarser prefix of `from` ("2015" overlaps from "2015-05-09"), then the range
 * itself; '' .. '~' (no range) takes in the undated, whose sortKey is '~'. Each span is split
 * at its first key into that key's band (ids after the cursor's when the cursor is there) and
 * the keys after it, so every band is one index seek read in order. Several statuses give
 * these bands once per status.
 */
export function sortKeyBands(
  range: DateRangeParams,
  afterKey: string | null,
  afterId: string | null,
  statuses: string[] | null = null,
): SortKeyBand[] {
  const ranged = range.from !== null || range.toEnd !== null;
  const hi = range.toEnd ?? (ranged ? AFTER_EVERY_DATE : UNDATED);
  const spans: [string, string][] = [...range.fromPrefixes.map((p): [string, string] => [p, p]), [range.from ?? '', hi]];
  const bands: Omit<SortKeyBand, 'status'>[] = [];
  for (const [lo, top] of spans) {
    if (lo > top || (afterKey !== null && top < afterKey)) continue;
    const cursorHere = afterKey !== null && afterKey >= lo;
    const first = cursorHere ? afterKey : lo;
    // No sortKey is '': a range open at the start has no first key of its own.
    if (first !== '') bands.push({ key: first, afterId: cursorHere ? (afterId ?? '') : '', hi: null });
    if (first < top) bands.push({ key: first, afterId: '', hi: top });
  }
  return (statuses ?? [null]).flatMap((status) => bands.map((b) => ({ ...b, status })));
}
