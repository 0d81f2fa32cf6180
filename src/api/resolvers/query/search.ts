/**
 * Query.search: the full-text index over names and aliases. The user's text never reaches
 * Lucene's query language: lucene.ts escapes it into plain words, passed as a parameter.
 */
import type { ApiContext } from '../../context';
import { badInput } from '../../errors';
import { MAX_SEARCH_LENGTH, toLuceneQuery } from '../../lucene';
import { pageSize } from '../../paging';
import { toEntity } from '../../records';

const LABELS = { STATE: 'State', PERSON: 'Person', EVENT: 'Event' } as const;

export async function search(
  _: unknown,
  args: { text: string; kinds?: (keyof typeof LABELS)[] | null; first?: number | null },
  ctx: ApiContext,
) {
  const first = pageSize(args.first);
  if (args.text.length > MAX_SEARCH_LENGTH) throw badInput(`\`text\` must be at most ${MAX_SEARCH_LENGTH} characters.`);
  const query = toLuceneQuery(args.text);
  if (query === null) throw badInput('`text` has no letters or digits to search for.');
  const labels = args.kinds && args.kinds.length > 0 ? args.kinds.map((k) => LABELS[k]) : null;
  const rows = await ctx.rows('search-entities', { query, labels, limit: first });
  return rows.map((r) => ({ score: Number(r.score), entity: toEntity(r.entity) }));
}
