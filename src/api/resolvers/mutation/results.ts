/** Writer outcomes → the schema's result objects (`ok` first, so callers can branch). */
import type { IngestResult, RemoveResult } from '../../ports';

export function ingestResult(o: IngestResult) {
  return {
    ok: o.status !== 'failed',
    articleId: o.articleId || null,
    status: o.status,
    counts: o.counts,
    warnings: o.warnings,
    error: o.error ?? null,
  };
}

export function removeResult(articleId: string, o: RemoveResult) {
  return { ok: true, articleId, ...o };
}
