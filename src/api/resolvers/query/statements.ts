/** Query.statements: a page of STATED facts, filtered (see fact-list.ts and the SDL). */
import type { ApiContext } from '../../context';
import { listFacts, type FactListArgs } from './fact-list';

export function statements(_: unknown, args: FactListArgs, ctx: ApiContext) {
  return listFacts('STATED', args, ctx);
}
