/** Query.state / person / event / article / fact: single look-ups by key, through the loaders. */
import type { ApiContext } from '../../context';
import { badInput } from '../../errors';

const MAX_KEY_LENGTH = 2000;

function key(value: string, name: string): string {
  const k = value.trim();
  if (k.length === 0 || k.length > MAX_KEY_LENGTH) throw badInput(`\`${name}\` must be 1 to ${MAX_KEY_LENGTH} characters.`);
  return k;
}

export const lookups = {
  state: (_: unknown, args: { code: string }, ctx: ApiContext) => ctx.loaders.state.load(args.code),
  person: (_: unknown, args: { id: string }, ctx: ApiContext) => ctx.loaders.person.load(key(args.id, 'id')),
  event: (_: unknown, args: { id: string }, ctx: ApiContext) => ctx.loaders.event.load(key(args.id, 'id')),
  article: (_: unknown, args: { id: string }, ctx: ApiContext) => ctx.loaders.article.load(key(args.id, 'id')),
  fact: (_: unknown, args: { id: string }, ctx: ApiContext) => ctx.loaders.fact.load(key(args.id, 'id')),
};
