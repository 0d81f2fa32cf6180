/** Query.visits: a page of VISITED facts, filtered (see fact-list.ts and the SDL). */
import type { ApiContext } from '../../context';
import { listFacts, type FactListArgs } from './fact-list';

export function visits(_: unknown, args: FactListArgs, ctx: ApiContext) {
  return listFacts('VISITED', args, ctx);
}
