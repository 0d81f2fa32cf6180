/**
 * Query.bilateral: every fact between two states (directly or through their people), both
 * directions, in time order, with counts by kind and year over all of them. One Cypher
 * statement over the pair's dyad entries and counters returns the counts by (type, year), the total and
 * the first `first` facts as rows, with their endpoints once each beside them when the
 * selection asks for an end field (otherwise the end fields load them by key).
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../../context';
import { dateRangeParams, seekBounds, yearCountPlan, type DateRangeParams } from '../../dates';
import { badInput } from '../../errors';
import { pageSize } from '../../paging';
import { grandchildNames } from '../../prefetch';
import { entitiesByKey, toFactRow } from '../../records';
import { dyadKey } from '../../../resolve/keys';

const KINDS = { INVITED: 'INVITATION', VISITED: 'VISIT', STATED: 'STATEMENT' } as const;
export const MAX_BILATERAL_FACTS = 500;
/** The fact fields that read a fact's ends: the page carries the ends only when one is asked for. */
const END_FIELDS = ['inviter', 'invitee', 'visitor', 'destination', 'speaker', 'subject'];

/** The parameters of bilateral-facts for a pair of states (either order), a range, a page size. */
export function bilateralFactsParams(a: string, b: string, range: DateRangeParams, first: number, ends: boolean) {
  return { dyad: dyadKey(a, b), first, ends, ...range, ...seekBounds(range), ...yearCountPlan(range) };
}

export async function bilateral(
  _: unknown,
  args: { a: string; b: string; from?: string | null; to?: string | null; first?: number | null },
  ctx: ApiContext,
  info: GraphQLResolveInfo,
) {
  if (args.a === args.b) throw badInput('`a` and `b` must be two different states.');
  const first = pageSize(args.first ?? 100, MAX_BILATERAL_FACTS);
  const range = dateRangeParams(args.from, args.to);
  const selected = grandchildNames(info, 'facts');
  const ends = END_FIELDS.some((f) => selected.has(f));
  const [row] = await ctx.rows('bilateral-facts', bilateralFactsParams(args.a, args.b, range, first, ends));
  const counts = (Array.isArray(row?.counts) ? row.counts : []) as [string, string | null, number][];
  const total = Number(row?.total ?? 0);
  const nodes = ends ? entitiesByKey(row?.nodes) : undefined;
  const facts = (Array.isArray(row?.facts) ? row.facts : []).map((f) => toFactRow(f, nodes));

  const byKind = new Map<string, number>(Object.values(KINDS).map((k) => [k, 0]));
  const byYear = new Map<number | null, number>();
  for (const [type, yearText, n] of counts) {
    const kind = KINDS[type as keyof typeof KINDS];
    byKind.set(kind, (byKind.get(kind) ?? 0) + n);
    const year = yearText ? Number(yearText) : null;
    byYear.set(year, (byYear.get(year) ?? 0) + n);
  }
  return {
    // Codes: the Bilateral type loads the states only when asked for.
    aCode: args.a,
    bCode: args.b,
    totalCount: total,
    byKind: [...byKind].map(([kind, count]) => ({ kind, count })),
    // Years ascending, undated last: the same order as the facts.
    byYear: [...byYear]
      .sort(([x], [y]) => (x === null ? 1 : y === null ? -1 : x - y))
      .map(([year, count]) => ({ year, count })),
    facts,
    truncated: total > facts.length,
  };
}

/** The Bilateral type: its two states, loaded only when selected. */
export const Bilateral = {
  a: (b: { aCode: string }, _: unknown, ctx: ApiContext) => ctx.loaders.state.load(b.aCode),
  b: (b: { bCode: string }, _: unknown, ctx: ApiContext) => ctx.loaders.state.load(b.bCode),
};
