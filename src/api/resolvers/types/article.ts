/** Article: the facts it supports, found through its evidence, in time order. */
import type { ApiContext } from '../../context';
import type { ArticleObject, FactObject } from '../../records';

// Code-unit order, as Cypher sorts strings ('~' after digits: undated last).
const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

export const Article = {
  facts: async (a: ArticleObject, _: unknown, ctx: ApiContext) => {
    const ids = await ctx.loaders.articleFactIds.load(a.id);
    const facts = await ctx.loaders.fact.loadMany(ids);
    return facts
      .filter((f): f is FactObject => f !== null && !(f instanceof Error))
      .sort((x, y) => compare(x.date ?? '~', y.date ?? '~') || compare(x.id, y.id));
  },
};
