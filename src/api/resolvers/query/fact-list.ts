/**
 * The shared machinery behind `invitations`, `visits` and `statements`: turns the filter
 * arguments into parameters for find-actor-facts (one actor), find-facts (a state and its
 * people) or find-all-<kind> (no anchor: seeks of its time-ordered index, cut into bands),
 * and the rows into a Relay connection with a lazy totalCount.
 */
import type { ApiContext, FactType, Row as ApiRow } from '../../context';
import { decodeCursor, encodeCursor } from '../../cursor';
import { dateRangeParams, seekBounds, sortKeyBands, type DateRangeParams } from '../../dates';
import { badInput } from '../../errors';
import { connection, pageSize, type Count } from '../../paging';
import { toFact, type FactObject } from '../../records';

export interface FactListArgs {
  actor?: string | null;
  state?: string | null;
  side?: 'from' | 'to' | 'either' | null;
  from?: string | null;
  to?: string | null;
  status?: string[] | null;
  negated?: boolean | null;
  first?: number | null;
  after?: string | null;
}

const ALL_QUERIES: Record<FactType, string> = {
  INVITED: 'all-invitations',
  VISITED: 'all-visits',
  STATED: 'all-statements',
};

const MAX_ACTOR_LENGTH = 300;

/**
 * How far a list with no actor or state counts: beyond it `totalCount` is this lower bound
 * and `totalCountExact` false, so that counting costs at most this many index entries
 * however large the graph (an actor's or a state's lists count exactly: their cost follows
 * the actor, not the graph).
 */
export const COUNT_CAP = 10_000;

/** An anchor's seek bounds (one actor's, or a state's): the date range's, starting at the cursor's key when that is later. */
export function anchorSeekBounds(range: DateRangeParams, afterKey: string | null) {
  const bounds = seekBounds(range);
  return { ...bounds, lo: afterKey !== null && afterKey > bounds.lo ? afterKey : bounds.lo };
}

interface Row {
  sortKey: string;
  fact: FactObject;
}

export async function listFacts(type: FactType, args: FactListArgs, ctx: ApiContext) {
  const first = pageSize(args.first);
  const actor = args.actor?.trim() || null;
  if (actor !== null && actor.length > MAX_ACTOR_LENGTH) throw badInput('`actor` is too long to be an actor id.');
  if (args.from && args.to && args.from.slice(0, args.to.length) > args.to) {
    throw badInput('`from` must not be after `to`.');
  }
  const [afterKey, afterId] = args.after ? decodeCursor(args.after, 2) : [null, null];
  const filters = {
    ...dateRangeParams(args.from, args.to),
    // An empty status list would match nothing: read it as "no status filter".
    statuses: args.status && args.status.length > 0 ? args.status : null,
    negated: args.negated ?? null,
  };
  const anchored = actor !== null || args.state != null;
  const anchor = {
    type,
    actor,
    // With an actor, the state names the far end; alone, it is the anchor.
    anchorState: actor === null ? (args.state ?? null) : null,
    other: actor !== null ? (args.state ?? null) : null,
    side: args.side ?? 'either',
  };
  // Each count is over the same anchor (or none) and filters, without the cursor.
  let rows: ApiRow[];
  let count: () => Promise<number | Count>;
  if (anchored) {
    const params = { ...anchor, ...filters };
    const cursor = { afterKey, afterId, limit: first + 1 };
    rows = await ctx.rows(actor !== null ? 'find-actor-facts' : 'find-facts', { ...params, ...anchorSeekBounds(filters, afterKey), ...cursor });
    count = async () => Number((await ctx.rows('count-facts', params))[0]?.total ?? 0);
  } else {
    const name = ALL_QUERIES[type];
    rows = await ctx.rows(`find-${name}`, { bands: sortKeyBands(filters, afterKey, afterId, filters.statuses), negated: filters.negated, limit: first + 1 });
    count = async () => {
      const everything = args.from == null && args.to == null && filters.statuses === null && filters.negated === null;
      const [row] = await ctx.rows(`count-${name}`, { bands: sortKeyBands(filters, null, null, filters.statuses), negated: filters.negated, cap: COUNT_CAP, everything });
      return { total: Number(row?.total ?? 0), exact: row?.exact === true };
    };
  }
  const page: Row[] = rows.map((r) => ({ sortKey: String(r.sortKey), fact: toFact(r.fact) }));
  const conn = connection(page, first, args.after, (r) => encodeCursor([r.sortKey, r.fact.id]), count);
  return { ...conn, edges: conn.edges.map((e) => ({ cursor: e.cursor, node: e.node.fact })) };
}
