/**
 * The shared machinery behind `invitations`, `visits` and `statements`: turns the filter
 * arguments into parameters for find-actor-facts (one actor), find-facts (a state and its
 * people) or find-all-<kind> (no anchor), and the rows into a Relay connection with a lazy
 * totalCount.
 */
import type { ApiContext, FactType } from '../../context';
import { decodeCursor, encodeCursor } from '../../cursor';
import { dateRangeParams, seekBounds, type DateRangeParams } from '../../dates';
import { badInput } from '../../errors';
import { connection, pageSize } from '../../paging';
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
  // The count is over the same anchor and filters, without the cursor.
  const countName = anchored ? 'count-facts' : `count-${ALL_QUERIES[type]}`;
  const params = anchored ? { ...anchor, ...filters } : { ...filters, ...seekBounds(filters) };
  const cursor = { afterKey, afterId, limit: first + 1 };

  const rows = anchored
    ? await ctx.rows(actor !== null ? 'find-actor-facts' : 'find-facts', { ...params, ...anchorSeekBounds(filters, afterKey), ...cursor })
    : await ctx.rows(`find-${ALL_QUERIES[type]}`, { ...params, ...cursor });
  const page: Row[] = rows.map((r) => ({ sortKey: String(r.sortKey), fact: toFact(r.fact) }));
  const conn = connection(
    page,
    first,
    args.after,
    (r) => encodeCursor([r.sortKey, r.fact.id]),
    async () => {
      const [row] = await ctx.rows(countName, params);
      return Number(row?.total ?? 0);
    },
  );
  return { ...conn, edges: conn.edges.map((e) => ({ cursor: e.cursor, node: e.node.fact })) };
}
