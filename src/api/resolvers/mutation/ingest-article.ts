/** Mutation.ingestArticle: one article, one transaction, behind the API key. */
import type { ArticleInput } from '../../../article/types';
import type { ApiContext } from '../../context';
import { ingestResult } from './results';

export async function ingestArticle(_: unknown, args: { input: ArticleInput }, ctx: ApiContext) {
  ctx.requireApiKey();
  return ingestResult(await ctx.writer.ingestArticle(args.input));
}
