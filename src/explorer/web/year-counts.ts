/** The bilateral chart's numbers: facts by year and kind. */
import type { Fact } from './facts';

export const KINDS = ['INVITATION', 'VISIT', 'STATEMENT'] as const;
export const UNDATED = 'undated';

export interface YearRow {
  year: string;
  counts: Record<(typeof KINDS)[number], number>;
}

/**
 * Counts by year and kind of the listed facts, every year from the first to the last shown
 * (a quiet year is a zero, not a gap), undated facts last. A fact without a date of its own
 * counts under its occasion's year (facts.ts, yearOf).
 */
export function countsByYear(facts: Pick<Fact, 'kind' | 'year'>[]): YearRow[] {
  const rows = new Map<string, YearRow>();
  const row = (year: string) => {
    let r = rows.get(year);
    if (!r) rows.set(year, (r = { year, counts: { INVITATION: 0, VISIT: 0, STATEMENT: 0 } }));
    return r;
  };
  const years = facts.map((f) => f.year).filter((y): y is number => y !== null);
  if (years.length) for (let y = Math.min(...years); y <= Math.max(...years); y++) row(String(y));
  for (const f of facts) row(f.year === null ? UNDATED : String(f.year)).counts[f.kind]++;
  return [...rows.values()].sort((a, b) => (a.year === UNDATED ? 1 : b.year === UNDATED ? -1 : Number(a.year) - Number(b.year)));
}
