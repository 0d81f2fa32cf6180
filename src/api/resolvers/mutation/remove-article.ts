/** Mutation.removeArticle: removes an article and whatever no other article supports. */
import type { ApiContext } from '../../context';
import { badInput } from '../../errors';
import { removeResult } from './results';

export async function removeArticle(_: unknown, args: { id: string }, ctx: ApiContext) {
  ctx.requireApiKey();
  const id = args.id.trim();
  if (id.length === 0) throw badInput('`id` is empty.');
  return removeResult(id, await ctx.writer.removeArticle(id));
}
