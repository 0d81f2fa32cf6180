/** Mutation.ingestArticles: written in batches (see graph/ingest), each article its own result. */
import type { ArticleInput } from '../../../article/types';
import type { ApiContext } from '../../context';
import { badInput } from '../../errors';
import { ingestResult } from './results';

export const MAX_ARTICLES_PER_CALL = 100;

export async function ingestArticles(_: unknown, args: { inputs: ArticleInput[] }, ctx: ApiContext) {
  ctx.requireApiKey();
  if (args.inputs.length === 0) throw badInput('`inputs` is empty.');
  if (args.inputs.length > MAX_ARTICLES_PER_CALL) {
    throw badInput(`At most ${MAX_ARTICLES_PER_CALL} articles per call (got ${args.inputs.length}).`);
  }
  return (await ctx.writer.ingestArticles(args.inputs)).map(ingestResult);
}
