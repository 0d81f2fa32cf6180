/** Query.states: states and blocs in code order, keyset-paginated on the code index. */
import type { ApiContext } from '../../context';
import { decodeCursor, encodeCursor } from '../../cursor';
import { connection, pageSize } from '../../paging';
import { toState } from '../../records';

export async function states(_: unknown, args: { first?: number | null; after?: string | null }, ctx: ApiContext) {
  const first = pageSize(args.first);
  const [after] = args.after ? decodeCursor(args.after, 1) : [''];
  const rows = await ctx.rows('find-states', { after, limit: first + 1 });
  return connection(
    rows.map((r) => toState(r.state)),
    first,
    args.after,
    (s) => encodeCursor([s.code]),
    async () => Number((await ctx.rows('count-states', {}))[0]?.total ?? 0),
  );
}
