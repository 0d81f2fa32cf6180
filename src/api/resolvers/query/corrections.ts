/** Query.corrections: the analysts' corrections, latest first. */
import type { ApiContext } from '../../context';
import { pageSize } from '../../paging';
import { correctionObject } from '../mutation/corrections';

export async function corrections(_: unknown, args: { first?: number | null }, ctx: ApiContext) {
  const first = pageSize(args.first);
  return (await ctx.curator.corrections(first)).map(correctionObject);
}
