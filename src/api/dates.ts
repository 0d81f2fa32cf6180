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

/**
 * How bilateral counts a pair's facts by year over a range: the years the range covers whole
 * are read from per-(pair, year, type) counters (`yearsLo`..`yearsHi`, inclusive; none when
 * lo > hi; '~' is the undated, counted only with no range), and the years it covers in part from the
 * entries themselves, one sortKey band per such year (`bands`, inclusive, to be read with the
 * range's own overlap rule). So a count costs the years asked plus at most two years' entries.
 * A year is whole when every date in it overlaps the range: from "2015", "2015-01" or
 * "2015-01-01" takes all of 2015 (a fact dated "2015" overlaps either), to "2015", "2015-12"
 * or "2015-12-31" likewise.
 */
export function yearCountPlan(range: DateRangeParams): { yearsLo: string; yearsHi: string; bands: { lo: string; hi: string }[] } {
  const to = range.toEnd === null ? null : range.toEnd.slice(0, -1);
  if (range.from === null && to === null) return { yearsLo: '', yearsHi: UNDATED, bands: [] };
  const year = (n: number) => String(n).padStart(4, '0');
  const fromYear = range.from === null ? null : Number(range.from.slice(0, 4));
  const toYear = to === null ? null : Number(to.slice(0, 4));
  const fromWhole = range.from === null || /^\d{4}(-01(-01)?)?$/.test(range.from);
  const toWhole = to === null || /^\d{4}(-12(-31)?)?$/.test(to);
  const firstWhole = fromYear === null ? null : fromWhole ? fromYear : fromYear + 1;
  const lastWhole = toYear === null ? null : toWhole ? toYear : toYear - 1;
  const { lo, hi } = seekBounds(range);
  // Each part year's band, within the range's own bounds (one band when both are one year).
  const spans: [string, string][] = [];
  if (fromYear !== null && !fromWhole) spans.push([lo, `${year(fromYear)}~`]);
  if (toYear !== null && !toWhole) spans.push([year(toYear), hi]);
  const bands = spans
    .map(([a, b]) => ({ lo: a > lo ? a : lo, hi: b < hi ? b : hi }))
    .filter((b, i, all) => b.lo <= b.hi && !all.slice(0, i).some((o) => o.lo === b.lo && o.hi === b.hi));
  return { yearsLo: firstWhole === null ? '' : year(firstWhole), yearsHi: lastWhole === null ? '9999' : year(lastWhole), bands };
}
