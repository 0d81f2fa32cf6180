/** Query.state / person / event / article / fact: single look-ups by key, through the loaders. */
import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext, FactType } from '../../context';
import { badInput } from '../../errors';
import { pageSize } from '../../paging';
import { childArgs, childFields, start } from '../../prefetch';

const MAX_KEY_LENGTH = 2000;

function key(value: string, name: string): string {
  const k = value.trim();
  if (k.length === 0 || k.length > MAX_KEY_LENGTH) throw badInput(`\`${name}\` must be 1 to ${MAX_KEY_LENGTH} characters.`);
  return k;
}

/** Person fields backed by the per-person fact loader, by field name. */
const PERSON_FACTS: Record<string, [FactType, 'out' | 'in']> = {
  invited: ['INVITED', 'out'],
  invitedBy: ['INVITED', 'in'],
  visits: ['VISITED', 'out'],
  statements: ['STATED', 'out'],
};

/** Starts a person's roles and fact lists alongside the person itself (see prefetch.ts). */
function prefetchPerson(id: string, info: GraphQLResolveInfo, ctx: ApiContext): void {
  for (const field of childFields(info)) {
    const name = field.name.value;
    if (name === 'represents') start(ctx.loaders.representations.load(id));
    const kind = PERSON_FACTS[name];
    if (!kind) continue;
    const args = childArgs(info, field);
    const first = args?.first;
    if (first !== null && first !== undefined && (typeof first !== 'number' || !Number.isInteger(first))) continue;
    let size: number;
    try {
      size = pageSize(first);
    } catch {
      continue; // the field resolver reports the bad argument itself
    }
    start(ctx.loaders.personFacts(kind[0], kind[1], size).load(id));
  }
}

/** Starts a fact's sources alongside the fact itself (see prefetch.ts). */
function prefetchFact(id: string, info: GraphQLResolveInfo, ctx: ApiContext): void {
  if (childFields(info).some((f) => f.name.value === 'sources')) start(ctx.loaders.sources.load(id));
}

export const lookups = {
  state: (_: unknown, args: { code: string }, ctx: ApiContext) => ctx.loaders.state.load(args.code),
  person: (_: unknown, args: { id: string }, ctx: ApiContext, info: GraphQLResolveInfo) => {
    const id = key(args.id, 'id');
    const person = ctx.loaders.person.load(id);
    prefetchPerson(id, info, ctx);
    return person;
  },
  event: (_: unknown, args: { id: string }, ctx: ApiContext) => ctx.loaders.event.load(key(args.id, 'id')),
  article: (_: unknown, args: { id: string }, ctx: ApiContext) => ctx.loaders.article.load(key(args.id, 'id')),
  fact: (_: unknown, args: { id: string }, ctx: ApiContext, info: GraphQLResolveInfo) => {
    const id = key(args.id, 'id');
    const fact = ctx.loaders.fact.load(id);
    prefetchFact(id, info, ctx);
    return fact;
  },
};
