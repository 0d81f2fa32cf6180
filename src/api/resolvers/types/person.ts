/** Person: roles and facts come through loaders batched across every person in the answer. */
import type { ApiContext, FactType } from '../../context';
import { pageSize } from '../../paging';
import type { PersonObject } from '../../records';

type Args = { first?: number | null };

const facts = (type: FactType, dir: 'out' | 'in') => (p: PersonObject, args: Args, ctx: ApiContext) =>
  ctx.loaders.personFacts(type, dir, pageSize(args.first)).load(p.id);

export const Person = {
  represents: (p: PersonObject, _: unknown, ctx: ApiContext) => ctx.loaders.representations.load(p.id),
  invited: facts('INVITED', 'out'),
  invitedBy: facts('INVITED', 'in'),
  visits: facts('VISITED', 'out'),
  statements: facts('STATED', 'out'),
};
