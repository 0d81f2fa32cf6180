/**
 * Removing an article takes back exactly what only it supported: its evidence; facts left
 * with no evidence (the others get sourceCount and attributes re-derived); REPRESENTS links
 * and mentions it alone gave; people and events nothing else holds. States always stay.
 */
import type { Executor } from '../db/executor';
import { mergeFactIds, planStateEntries, planRefresh } from './plan';
import { withRetries } from './retry';
import { orphanCheck, regroup, runAll, withdrawArticle } from './write';

export interface RemoveResult {
  removed: boolean;
  /** Facts (INVITED, VISITED, STATED) deleted because this article was their only source. */
  factsRemoved: number;
  /** Facts this article supported that other articles still support. */
  factsKept: number;
  /** People and events deleted because nothing else held them. */
  nodesRemoved: number;
}

export async function removeArticle(db: Executor, id: string): Promise<RemoveResult> {
  return withRetries(() => db.writeTransaction('remove-article', async (tx) => {
    const withdrawn = await withdrawArticle(tx, id);
    if (withdrawn === null) return { removed: false, factsRemoved: 0, factsKept: 0, nodesRemoved: 0 };
    const refresh = planRefresh(withdrawn.facts);
    const [refreshRows, grouped] = await Promise.all([
      Promise.all(refresh.map((s) => tx.run<{ removed: number; kept: number }>(s.name, s.params))),
      regroup(tx, [], withdrawn.groups),
    ]);
    let factsRemoved = 0;
    let factsKept = 0;
    refresh.forEach((s, i) => {
      if (s.name === 'write-refresh-represents') return;
      const row = refreshRows[i]?.[0];
      factsRemoved += row?.removed ?? 0;
      factsKept += row?.kept ?? 0;
    });
    // An invitation or visit is kept while another article's report still supports it, even
    // when losing this article's report gave it another id (a less precise date).
    for (const { reports, withdrawnFactIds } of grouped.stored) {
      for (const factId of new Set(withdrawnFactIds)) {
        if (reports.some((r) => r.factId === factId)) factsKept += 1;
        else factsRemoved += 1;
      }
    }
    const [, orphanRows, articleRows] = await Promise.all([
      runAll(tx, [...grouped.statements, ...planStateEntries(mergeFactIds(withdrawn.facts, grouped.touched))]),
      Promise.all(orphanCheck(withdrawn).map((s) => tx.run<{ removed: number }>(s.name, s.params))),
      tx.run<{ removed: number }>('remove-article', { articleId: id }),
    ]);
    const nodesRemoved = orphanRows.flat().reduce((n, r) => n + r.removed, 0);
    return { removed: (articleRows[0]?.removed ?? 0) > 0, factsRemoved, factsKept, nodesRemoved };
  }));
}
