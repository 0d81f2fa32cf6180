/** Query.invitations: a page of INVITED facts, filtered (see fact-list.ts and the SDL). */
import type { ApiContext } from '../../context';
import { listFacts, type FactListArgs } from './fact-list';

export function invitations(_: unknown, args: FactListArgs, ctx: ApiContext) {
  return listFacts('INVITED', args, ctx);
}
