/** State: its people come through a per-request loader, batched across all states asked. */
import type { ApiContext } from '../../context';
import { pageSize } from '../../paging';
import type { StateObject } from '../../records';

export const State = {
  id: (s: StateObject) => s.code,
  representatives: (s: StateObject, args: { first?: number | null }, ctx: ApiContext) =>
    ctx.loaders.representatives(pageSize(args.first)).load(s.code),
};
