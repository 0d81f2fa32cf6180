/** Page-size bounds and Relay connection assembly. */
import { badInput } from './errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Rejects rather than clamps: a caller asking for 10,000 rows should learn the limit. */
export function pageSize(first: number | null | undefined, max = MAX_PAGE_SIZE, name = 'first'): number {
  const n = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw badInput(`\`${name}\` must be between 1 and ${max} (got ${n}).`);
  }
  return n;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** A count that may have stopped at a cap (then `total` is a lower bound). */
export interface Count {
  total: number;
  exact: boolean;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  /**
   * Run by the `totalCount` and `totalCountExact` fields (connectionTypes), so the count
   * query runs only when one is asked for, and once when both are.
   */
  count: () => Promise<Count>;
}

/** `rows` were fetched with limit first + 1, so one extra row means another page exists. */
export function connection<T>(
  rows: T[],
  first: number,
  after: string | null | undefined,
  cursorOf: (row: T) => string,
  count: () => Promise<number | Count>,
): Connection<T> {
  let counted: Promise<Count> | undefined;
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: after != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    count: () =>
      (counted ??= count().then((n) => (typeof n === 'number' ? { total: n, exact: true } : n))),
  };
}

const totalCount = { totalCount: async (c: Connection<unknown>) => (await c.count()).total };
const factCounts = { ...totalCount, totalCountExact: async (c: Connection<unknown>) => (await c.count()).exact };

/** The connection types' resolvers: each counts only when a count field is selected. */
export const connectionTypes = {
  StateConnection: totalCount,
  PersonConnection: totalCount,
  EventConnection: totalCount,
  InvitationConnection: factCounts,
  VisitConnection: factCounts,
  StatementConnection: factCounts,
};
