/** Query.events: events in id order, optionally of one kind and overlapping a time range. */
import type { ApiContext } from '../../context';
import { decodeCursor, encodeCursor } from '../../cursor';
import { dateRangeParams } from '../../dates';
import { connection, pageSize } from '../../paging';
import { toEvent } from '../../records';

export async function events(
  _: unknown,
  args: { kind?: string | null; from?: string | null; to?: string | null; first?: number | null; after?: string | null },
  ctx: ApiContext,
) {
  const first = pageSize(args.first);
  const [after] = args.after ? decodeCursor(args.after, 1) : [''];
  const filters = { kind: args.kind ?? null, ...dateRangeParams(args.from, args.to) };
  const rows = await ctx.rows('find-events', { ...filters, after, limit: first + 1 });
  return connection(
    rows.map((r) => toEvent(r.event)),
    first,
    args.after,
    (e) => encodeCursor([e.id]),
    async () => Number((await ctx.rows('count-events', filters))[0]?.total ?? 0),
  );
}
