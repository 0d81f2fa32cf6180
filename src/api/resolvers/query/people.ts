/** Query.people: people in id order, optionally only leaders or those acting for a state. */
import type { ApiContext } from '../../context';
import { decodeCursor, encodeCursor } from '../../cursor';
import { connection, pageSize } from '../../paging';
import { toEntity, type PersonObject } from '../../records';

export async function people(
  _: unknown,
  args: { state?: string | null; leader?: boolean | null; first?: number | null; after?: string | null },
  ctx: ApiContext,
) {
  const first = pageSize(args.first);
  const [after] = args.after ? decodeCursor(args.after, 1) : [''];
  const filters = { state: args.state ?? null, leader: args.leader ?? null };
  const rows = await ctx.rows('find-people', { ...filters, after, limit: first + 1 });
  return connection(
    rows.map((r) => toEntity(r.person) as PersonObject),
    first,
    args.after,
    (p) => encodeCursor([p.id]),
    async () => Number((await ctx.rows('count-people', filters))[0]?.total ?? 0),
  );
}
