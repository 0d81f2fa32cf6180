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

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  /** Run by the `totalCount` field (connectionTypes), so the count query runs only when asked for. */
  count: () => Promise<number>;
}

/** `rows` were fetched with limit first + 1, so one extra row means another page exists. */
export function connection<T>(
  rows: T[],
  first: number,
  after: string | null | undefined,
  cursorOf: (row: T) => string,
  count: () => Promise<number>,
): Connection<T> {
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
    count,
  };
}

const totalCount = { totalCount: (c: Connection<unknown>) => c.count() };

/** The connection types' resolvers: each counts only when its `totalCount` is selected. */
export const connectionTypes = {
  StateConnection: totalCount,
  PersonConnection: totalCount,
  EventConnection: totalCount,
  InvitationConnection: totalCount,
  VisitConnection: totalCount,
  StatementConnection: totalCount,
};
