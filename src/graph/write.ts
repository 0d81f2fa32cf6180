/**
 * Writing one article: a single write transaction that (1) creates or checks the article
 * node and asks the graph about bare surnames, (2) if the article changed, takes back its
 * old evidence, (3) runs the planned UNWIND statements and re-derives every touched fact.
 * Statements of a step are pipelined (sent together), so an article costs two or three
 * round trips whatever its size.
 *
 * Concurrency: nodes are MERGEd on constrained keys, fact relationships are MERGEd between
 * bound endpoints (which Neo4j locks before creating), and every fact an article adds to is
 * locked before its sourceCount is read and raised; transient failures (deadlocks) make the
 * driver re-run the whole transaction, which is why nothing here has effects outside it.
 */
import { randomUUID } from 'node:crypto';
import type { Executor, TxRunner } from '../db/executor';
import type { ArticleExtraction } from '../extract/types';
import { contentHash } from '../resolve/keys';
import { collectPeople, lookupKey, resolvePeople, surnameLookups, type ResolvedPerson } from '../resolve/people';
import { emptyFactIds, FACT_TYPES, planArticleWrite, planRefresh, type ArticleCounts, type FactIds, type FactType, type PlannedStatement } from './plan';

export type WriteStatus = 'created' | 'updated' | 'unchanged';

export interface WriteResult {
  articleId: string;
  status: WriteStatus;
  counts: ArticleCounts;
  warnings: string[];
}

export interface WriteOptions {
  /** "name@version" of the extractor: a new extractor re-derives an article's facts. */
  extractor: string;
  /** Clock, for tests; the time is taken once, outside the (retryable) transaction. */
  now?: () => Date;
}

/** What an article had put in the graph, as returned by remove-article-evidence. */
export interface Withdrawn {
  facts: FactIds;
  people: string[];
  events: string[];
}

export function articleProps(extraction: ArticleExtraction, extractor: string): Record<string, string | null> {
  const a = extraction.article;
  return {
    url: a.url,
    title: a.title,
    source: a.source,
    publishedAt: a.publishedAt,
    contentHash: contentHash(a),
    extractor,
  };
}

export async function writeExtraction(db: Executor, extraction: ArticleExtraction, opts: WriteOptions): Promise<WriteResult> {
  const now = (opts.now?.() ?? new Date()).toISOString();
  const articleId = extraction.article.id;
  const people = collectPeople(extraction);
  const lookups = surnameLookups(people);
  const props = articleProps(extraction, opts.extractor);
  // One revision per outcome: the statements planned for a new article must not run when
  // the article turns out to exist already with other content (that needs its old evidence
  // taken back first), so "new" and "changed" stamp different values.
  const created = randomUUID();
  const updated = randomUUID();

  return db.writeTransaction('ingest-article', async (tx) => {
    const articleStatement = tx.run<{ created: boolean; changed: boolean }>('write-article', { id: articleId, props, now, created, updated });
    let resolved: ResolvedPerson[] = [];
    let sent: Promise<unknown>;
    if (lookups.length === 0) {
      // Common case: nothing to ask the graph, so the whole plan goes out with write-article
      // and applies only if the article was new: one round trip for a new article.
      resolved = resolvePeople(people, new Map());
      sent = runAll(tx, planArticleWrite(extraction, resolved, { articleId, now, revision: created }).statements);
    } else {
      sent = tx.run<{ surnameKey: string; state: string | null; ids: string[] }>('resolve-surnames', { lookups }).then((rows) => {
        resolved = resolvePeople(people, new Map(rows.map((r) => [lookupKey(r), r.ids])));
      });
    }
    // Awaited together, so a failure of either is handled (and the other never left dangling).
    const [[article]] = await Promise.all([articleStatement, sent]);
    if (article === undefined) throw new Error(`write-article returned no row for ${articleId}`);

    const status: WriteStatus = article.created ? 'created' : article.changed ? 'updated' : 'unchanged';
    const plan = planArticleWrite(extraction, resolved, { articleId, now, revision: article.created ? created : updated });
    const result = { articleId, status, counts: plan.counts, warnings: plan.warnings };
    if (status === 'unchanged' || (status === 'created' && lookups.length === 0)) return result;
    if (status === 'created') {
      await runAll(tx, plan.statements);
      return result;
    }
    // An update first takes back the old reading (re-deriving the facts it supported from
    // what other articles say), then adds the new one as for a new article.
    const withdrawn = await withdrawArticle(tx, articleId);
    const before = withdrawn === null ? [] : planRefresh(withdrawn.facts);
    const after = withdrawn === null ? [] : orphanCheck(withdrawn);
    await runAll(tx, [...before, ...plan.statements, ...after]);
    return result;
  });
}

/** Pipelined: every statement is sent before the first answer is awaited; order is kept. */
export async function runAll(tx: TxRunner, statements: readonly PlannedStatement[]): Promise<Array<Record<string, unknown>[]>> {
  return Promise.all(statements.map((s) => tx.run(s.name, s.params)));
}

/** Takes back the article's evidence and mentions; null when the article is not there. */
export async function withdrawArticle(tx: TxRunner, articleId: string): Promise<Withdrawn | null> {
  const rows = await tx.run<{ facts: Array<{ factId: string | null; kind: string | null }>; people: string[]; events: string[] }>('remove-article-evidence', { articleId });
  const row = rows[0];
  if (row === undefined) return null;
  const facts = emptyFactIds();
  for (const f of row.facts) {
    if (f.factId !== null && FACT_TYPES.includes(f.kind as FactType)) facts[f.kind as FactType].push(f.factId);
  }
  return { facts, people: row.people, events: row.events };
}

export function orphanCheck(withdrawn: Withdrawn): PlannedStatement[] {
  if (withdrawn.people.length === 0 && withdrawn.events.length === 0) return [];
  return [{ name: 'remove-orphans', params: { people: [...withdrawn.people].sort(), events: [...withdrawn.events].sort() } }];
}
