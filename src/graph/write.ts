/**
 * Writing a batch of articles (distinct ids) in one write transaction: (1) create or check
 * each article node and ask the graph about bare surnames, (2) take back the old evidence
 * of the articles that changed, (3) lock the batch's groups of invitations and visits and
 * read their reports, (4) run the batch's merged UNWIND statements after the re-derivation
 * of every fact the changed articles had supported, with each invitation and visit placed
 * by its group's clustering. Statements of a step are pipelined (sent together), so a batch
 * costs three or four round trips and a handful of statements whatever its size; unchanged
 * articles cost one row of the first statement.
 *
 * Concurrency: nodes are MERGEd on constrained keys, fact relationships are MERGEd between
 * bound endpoints (which Neo4j locks before creating), every statement a batch adds to is
 * locked before its sourceCount is read and raised, and every group of invitations or
 * visits is locked before its reports are read and its facts decided; transient failures
 * (deadlocks) make the whole transaction run again, which is why nothing here has effects
 * outside it.
 */
import type { Executor, TxRunner } from '../db/executor';
import type { Plain } from '../db/values';
import type { ArticleExtraction } from '../extract/types';
import { contentHash } from '../resolve/keys';
import { correctedPerson, type Corrections } from '../resolve/corrections';
import { parseFactGroupKey, type FactGroup, type GroupReport } from '../resolve/fact-groups';
import { isSurnameOnly, personKey } from '../resolve/names';
import { batchMatches, collectPeople, lookupKey, resolvePeople, surnameLookups, type ResolvedPerson, type SurnameLookup } from '../resolve/people';
import { lateMerges } from './corrections';
import { CorrectionsChanged } from './retry';
import { byKey, emptyFactIds, FACT_TYPES, mergeFactIds, planArticleWrite, planBatchWrite, planGroupWrites, planStateEntries, planRefresh, type ArticleCounts, type FactIds, type FactType, type GroupWrites, type PlannedStatement, type StoredGroup, type WritePlan } from './plan';

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
  /** Groups of the invitations and visits it supported, with the ids of those facts. */
  groups: Map<string, { group: FactGroup; factIds: string[] }>;
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

/** Several articles (distinct ids) in one transaction; results in input order. */
export async function writeExtractions(db: Executor, extractions: readonly ArticleExtraction[], opts: WriteOptions): Promise<WriteResult[]> {
  const ids = extractions.map((e) => e.article.id);
  if (new Set(ids).size !== ids.length) throw new Error('a write batch must not hold the same article twice');
  if (extractions.length === 0) return [];
  const now = (opts.now?.() ?? new Date()).toISOString();
  const people = extractions.map(collectPeople);
  const lookups = new Map<string, SurnameLookup>();
  for (const lookup of people.flatMap(surnameLookups)) lookups.set(lookupKey(lookup), lookup);
  const articles = extractions.map((e) => ({ id: e.article.id, props: articleProps(e, opts.extractor) })).sort(byKey((a) => a.id));

  return db.writeTransaction('ingest-articles', async (tx) => {
    const fullNames = [...new Set(people.flat().filter((p) => !isSurnameOnly(p.name)).map((p) => personKey(p.name)))].sort();
    const [found, answers, correctionRows, existing] = await Promise.all([
      tx.run<{ id: string; created: boolean; changed: boolean }>('write-articles', { articles, now }),
      lookups.size === 0 ? [] : tx.run<{ surnameKey: string; state: string | null; ids: string[] }>('resolve-surnames', { lookups: [...lookups.values()] }),
      tx.run<CorrectionRow>('get-corrections', { articleIds: ids }),
      fullNames.length === 0 ? [] : tx.run<{ id: string }>('get-existing-people', { ids: fullNames }),
    ]);
    const known = new Set(existing.map((r) => r.id));
    const statusOf = new Map(found.map((r): [string, WriteStatus] => [r.id, r.created ? 'created' : r.changed ? 'updated' : 'unchanged']));
    const corrections = toCorrections(correctionRows[0]);
    const matches = batchMatches(people, new Map(answers.map((r) => [lookupKey(r), r.ids])));
    const plans = extractions.map((e, i) => {
      const resolved = correctPeople(resolvePeople(people[i] ?? [], matches[i] ?? new Map()), corrections, e.article.id);
      return planArticleWrite(e, resolved, { articleId: e.article.id, now, corrections });
    });
    const results = plans.map((plan): WriteResult => {
      const status = statusOf.get(plan.articleId);
      if (status === undefined) throw new Error(`write-articles returned no row for ${plan.articleId}`);
      return { articleId: plan.articleId, status, counts: plan.counts, warnings: plan.warnings };
    });
    const toWrite = plans.filter((_, i) => results[i]?.status !== 'unchanged');
    if (toWrite.length === 0) return results;

    // Changed articles first take back their old reading (re-deriving the facts it supported
    // from what other articles say); then every new or changed article is added.
    const changed = results.filter((r) => r.status === 'updated').map((r) => r.articleId);
    const withdrawn = (await Promise.all(changed.map((id) => withdrawArticle(tx, id)))).filter((w): w is Withdrawn => w !== null);
    const union = withdrawn.reduce<Withdrawn>(
      (all, w) => ({ facts: mergeFactIds(all.facts, w.facts), groups: mergeGroups(all.groups, w.groups), people: [...all.people, ...w.people], events: [...all.events, ...w.events] }),
      { facts: emptyFactIds(), groups: new Map(), people: [], events: [] },
    );
    const grouped = await regroup(tx, toWrite, union.groups);
    const touched = mergeFactIds(toWrite.reduce((all, plan) => mergeFactIds(all, plan.facts), union.facts), grouped.touched);
    const keys = lateMergeKeys(toWrite, known);
    const lateMerge: PlannedStatement[] = keys.length === 0 ? [] : [{ name: 'lock-surnames', params: { keys } }, { name: 'find-late-merges', params: { keys } }];
    const answersAfter = await runAll(tx, [...planRefresh(union.facts), ...planBatchWrite(grouped.plans), ...grouped.statements, ...planStateEntries(touched), ...orphanCheck(union), ...lateMerge, { name: 'get-corrections-version', params: {} }]);
    // people first known by a bare surname whom this batch's full names now identify
    if (lateMerge.length > 0) await lateMerges(tx, (answersAfter[answersAfter.length - 2] ?? []) as Array<{ bare: string; into: string }>);
    // A correction committed while this batch was planned (its people or facts may be among
    // them): plan again with it rather than write around it.
    const versionAfter = Number((answersAfter[answersAfter.length - 1]?.[0] as { version?: unknown } | undefined)?.version ?? 0);
    if (versionAfter !== corrections.version) throw new CorrectionsChanged();
    return results;
  });
}

/**
 * Surname keys whose bare-surname nodes this batch may now identify: those of full names
 * new to the graph, and of the bare surnames the batch writes as nodes of their own (a full
 * name written concurrently may be what they are). A person already known changes nothing.
 */
function lateMergeKeys(plans: readonly WritePlan[], known: ReadonlySet<string>): string[] {
  const keys = new Set<string>();
  for (const plan of plans) {
    for (const p of plan.rows.people) {
      if (p.surnameKey === '' || !p.named || known.has(p.id)) continue;
      keys.add(p.surnameKey);
    }
  }
  return [...keys].sort();
}

/** What get-corrections returns: every person correction, fact move and the current version. */
export type CorrectionRow = Record<string, Plain> & {
  version: number | null;
  people: Array<{ from: string; into: string; articles: string[] | null }>;
  moves: Array<{ factId: string; side: 'from' | 'to'; actor: string; readings?: string[] }>;
};

export function toCorrections(row: CorrectionRow | undefined): Corrections {
  return {
    version: Number(row?.version ?? 0),
    people: (row?.people ?? []).map((p) => ({ from: p.from, into: p.into, articles: p.articles ?? null })),
    // an invitation's or visit's move is found by the readings of the reports it moved (their
    // fact id is decided later, by their group); a statement's by its fact id
    moves: new Map((row?.moves ?? []).flatMap((m) => [m.factId, ...(m.readings ?? [])].map((k) => [k, { factId: m.factId, side: m.side, actor: m.actor }] as const))),
  };
}

/** People as the analysts' merges and splits say they are; a corrected person is not named by this article. */
function correctPeople(people: ResolvedPerson[], corrections: Corrections, articleId: string): ResolvedPerson[] {
  if (corrections.people.length === 0) return people;
  return people.map((p) => {
    const id = correctedPerson(corrections, articleId, p.id);
    return id === p.id ? p : { ...p, id, joinedTo: 'graph' };
  });
}

/** Pipelined: every statement is sent before the first answer is awaited; order is kept. */
export async function runAll(tx: TxRunner, statements: readonly PlannedStatement[]): Promise<Array<Record<string, unknown>[]>> {
  return Promise.all(statements.map((s) => tx.run(s.name, s.params)));
}

/** Takes back the article's evidence and mentions; null when the article is not there. */
export async function withdrawArticle(tx: TxRunner, articleId: string): Promise<Withdrawn | null> {
  const rows = await tx.run<{ facts: Array<{ factId: string | null; kind: string | null; groupKey: string | null }>; people: string[]; events: string[] }>('remove-article-evidence', { articleId });
  const row = rows[0];
  if (row === undefined) return null;
  const facts = emptyFactIds();
  const groups = new Map<string, { group: FactGroup; factIds: string[] }>();
  for (const f of row.facts) {
    if (f.factId === null) continue;
    const group = f.groupKey === null ? null : parseFactGroupKey(f.groupKey);
    if (group !== null) {
      const entry = groups.get(group.key) ?? { group, factIds: [] };
      entry.factIds.push(f.factId);
      groups.set(group.key, entry);
    } else if (FACT_TYPES.includes(f.kind as FactType)) {
      facts[f.kind as FactType].push(f.factId);
    }
  }
  return { facts, groups, people: row.people, events: row.events };
}

function mergeGroups(a: Withdrawn['groups'], b: Withdrawn['groups']): Withdrawn['groups'] {
  const out = new Map(a);
  for (const [key, entry] of b) {
    const current = out.get(key);
    out.set(key, current === undefined ? entry : { group: entry.group, factIds: [...current.factIds, ...entry.factIds] });
  }
  return out;
}

/**
 * Locks the groups of invitations and visits the plans report and those whose evidence was
 * just taken back, reads what they hold, and plans their clustering with the plans' reports.
 */
export async function regroup(tx: TxRunner, plans: readonly WritePlan[], withdrawn: Withdrawn['groups']): Promise<GroupWrites & { stored: StoredGroup[] }> {
  const groups = new Map<string, FactGroup>();
  for (const plan of plans) for (const g of plan.groups) groups.set(g.key, g);
  for (const [key, entry] of withdrawn) groups.set(key, entry.group);
  if (groups.size === 0) return { ...planGroupWrites(plans, []), stored: [] };
  const rows = await tx.run<{ key: string; reports: Plain[] }>('lock-fact-groups', { groups: [...groups.keys()].sort() });
  const stored = rows.map((row): StoredGroup => {
    const group = groups.get(row.key);
    if (group === undefined) throw new Error(`lock-fact-groups returned a group not asked for: ${row.key}`);
    // Shaped by lock-fact-groups' map projection.
    return { group, reports: row.reports as unknown as GroupReport[], withdrawnFactIds: withdrawn.get(row.key)?.factIds ?? [] };
  });
  return { ...planGroupWrites(plans, stored), stored };
}

export function orphanCheck(withdrawn: Withdrawn): PlannedStatement[] {
  if (withdrawn.people.length === 0 && withdrawn.events.length === 0) return [];
  return [{ name: 'remove-orphans', params: { people: [...new Set(withdrawn.people)].sort(), events: [...new Set(withdrawn.events)].sort() } }];
}
