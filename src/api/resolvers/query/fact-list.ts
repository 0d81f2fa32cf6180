/**
 * The shared machinery behind `invitations`, `visits` and `statements`: turns the filter
 * arguments into parameters for find-facts (anchored on an actor or a state) or
 * find-all-<kind> (no anchor), and the rows into a Relay connection with a lazy totalCount.
 */
import type { ApiContext, FactType } from '../../context';
import { decodeCursor, encodeCursor } from '../../cursor';
import { dateRangeParams, seekBounds } from '../../dates';
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
  const name = anchored ? 'facts' : ALL_QUERIES[type];
  const params = anchored ? { ...anchor, ...filters } : { ...filters, ...seekBounds(filters) };

  const rows = await ctx.rows(`find-${name}`, { ...params, afterKey, afterId, limit: first + 1 });
  const page: Row[] = rows.map((r) => ({ sortKey: String(r.sortKey), fact: toFact(r.fact) }));
  const conn = connection(
    page,
    first,
    args.after,
    (r) => encodeCursor([r.sortKey, r.fact.id]),
    async () => {
      const [row] = await ctx.rows(`count-${name}`, params);
      return Number(row?.total ?? 0);
    },
  );
  return { ...conn, edges: conn.edges.map((e) => ({ cursor: e.cursor, node: e.node.fact })) };
}
