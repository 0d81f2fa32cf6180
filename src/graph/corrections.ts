/**
 * Analysts' corrections of identity, made in the graph and recorded so that ingest applies
 * them again (docs/graph-model.md, "Corrections"):
 *  - mergePeople: two nodes are one person; every fact of `person` moves to `into`;
 *  - splitPerson: a person's facts from some articles are someone else's (named);
 *  - moveFact: one fact has another actor on one side.
 * Each is one write transaction: it bumps the corrections' version first (so an ingest
 * planned without it runs again, see write.ts), locks the people it changes, re-keys the
 * facts by moving their evidence (facts are re-derived from evidence as after a removal),
 * moves mentions, deletes what nothing holds any more, and records who, when and why.
 */
import { randomUUID } from 'node:crypto';
import type { Executor, TxRunner } from '../db/executor';
import type { Plain } from '../db/values';
import { rekeyFactId } from '../resolve/keys';
import { personKey, surnameKey } from '../resolve/names';
import { factGroupKey, parseFactGroupKey, type FactGroup, type GroupedType } from '../resolve/fact-groups';
import { emptyFactIds, FACT_TYPES, planRefresh, planStateEntries, type FactIds, type FactType } from './plan';
import { withRetries } from './retry';
import { regroup, runAll } from './write';

export type CorrectionKind = 'mergePeople' | 'splitPerson' | 'moveFact';

export interface Correction {
  id: string;
  kind: CorrectionKind;
  by: string;
  /** Label of the API key it was made with, when made through the API. */
  key: string | null;
  at: string;
  reason: string;
  person: string | null;
  into: string | null;
  articles: string[] | null;
  factId: string | null;
  side: 'from' | 'to' | null;
  actor: string | null;
  newFactId: string | null;
  /** moveFact of an invitation or visit: the readings of the reports it moved. */
  readings?: string[];
  factsMoved: number;
}

/** A correction refused before anything was written; `code` is the API's error code. */
export class CorrectionError extends Error {
  constructor(
    message: string,
    readonly code: 'BAD_USER_INPUT' | 'NOT_FOUND',
  ) {
    super(message);
    this.name = 'CorrectionError';
  }
}

export interface Who {
  /** The curator's name, or the label of the API key they used. */
  by: string;
  reason: string;
  key?: string | null;
}

/** One fact to re-key: its evidence (all, or only that of some articles) goes to `newId`
 * (invitations and visits: to the group of `from` and `to`, which decides their fact). */
interface Rekey {
  type: FactType;
  oldId: string;
  newId: string;
  oldFrom: string;
  oldTo: string;
  from: string;
  to: string;
}

/** What a re-key did: facts re-keyed, and the reports of invitations and visits it moved
 * with the fact each supports now. */
interface Rekeyed {
  count: number;
  moved: Array<{ id: string; articleId: string; factId: string }>;
}

const GROUPED = new Set<FactType>(['INVITED', 'VISITED']);

interface FactRow extends Record<string, Plain> {
  type: FactType;
  id: string;
  from: string;
  to: string;
}

function checkWho(who: Who): { by: string; reason: string; key: string | null } {
  const by = who.by.trim();
  const reason = who.reason.trim();
  if (by === '') throw new CorrectionError('`curator` is empty.', 'BAD_USER_INPUT');
  if (by.length > 200) throw new CorrectionError('`curator` is longer than 200 characters.', 'BAD_USER_INPUT');
  if (reason === '') throw new CorrectionError('`reason` is empty: say why, for whoever reads the corrections later.', 'BAD_USER_INPUT');
  if (reason.length > 2000) throw new CorrectionError('`reason` is longer than 2000 characters.', 'BAD_USER_INPUT');
  return { by, reason, key: who.key ?? null };
}

/** The fact ids of a person's facts, each with the id it gets when the person is `into`. */
function rekeysOf(facts: readonly FactRow[], person: string, into: string): Rekey[] {
  return facts.map((f) => {
    let newId = f.id;
    if (f.from === person) newId = rekeyFactId(newId, 'from', into);
    if (f.to === person && f.type !== 'REPRESENTS') newId = rekeyFactId(newId, 'to', into);
    return { type: f.type, oldId: f.id, newId, oldFrom: f.from, oldTo: f.to, from: f.from === person ? into : f.from, to: f.to === person ? into : f.to };
  });
}

/**
 * Moves the evidence of the given facts (of `articles` only, when given) to the re-keyed
 * facts, then re-derives both old and new facts from their evidence and their state
 * entries. Returns how many facts were re-keyed.
 */
async function rekey(tx: TxRunner, rekeys: readonly Rekey[], articles: readonly string[] | null, retargetMoves: boolean): Promise<Rekeyed> {
  const rows = rekeys.filter((r) => r.newId !== r.oldId);
  if (rows.length === 0) return { count: 0, moved: [] };
  const flat = rows.filter((r) => !GROUPED.has(r.type));
  const grouped = rows.filter((r) => GROUPED.has(r.type));
  const touched: FactIds = emptyFactIds();
  if (flat.length > 0) {
    await tx.run('rekey-facts', { rows: flat.map(({ oldFrom: _f, oldTo: _t, ...r }) => ({ ...r, articles, retargetMoves })) });
    for (const r of flat) touched[r.type].push(r.oldId, r.newId);
  }
  let moved: Rekeyed['moved'] = [];
  if (grouped.length > 0) {
    // an invitation's or visit's fact is decided by its group's reports together: the reports
    // join the group of the corrected endpoints, and both groups are clustered again
    const evidence = await tx.run<{ factId: string; id: string; articleId: string }>('move-group-evidence', {
      rows: grouped.map((r) => ({ factId: r.oldId, groupKey: factGroupKey(r.type as GroupedType, r.from, r.to), articles })),
    });
    const withdrawn = new Map<string, { group: FactGroup; factIds: string[] }>();
    for (const r of grouped) {
      for (const [from, to, ids] of [[r.oldFrom, r.oldTo, [r.oldId]], [r.from, r.to, []]] as const) {
        const group = parseFactGroupKey(factGroupKey(r.type as GroupedType, from, to));
        if (group === null) continue;
        const entry = withdrawn.get(group.key) ?? { group, factIds: [] };
        entry.factIds.push(...ids);
        withdrawn.set(group.key, entry);
      }
    }
    const regrouped = await regroup(tx, [], withdrawn);
    await runAll(tx, [...regrouped.statements, ...planStateEntries(regrouped.touched)]);
    const now = await tx.run<{ id: string; factId: string }>('get-evidence-facts', { ids: evidence.map((e) => e.id).sort() });
    const factOf = new Map(now.map((e) => [e.id, e.factId]));
    moved = evidence.map((e) => ({ id: e.id, articleId: e.articleId, factId: factOf.get(e.id) ?? e.factId }));
  }
  for (const type of FACT_TYPES) touched[type] = [...new Set(touched[type])].sort();
  await runAll(tx, planRefresh(touched));
  await runAll(tx, planStateEntries(touched));
  return { count: rows.length, moved };
}

/** The reading a report's evidence id carries ("<article>|<reading>|<span start>"): what
 * ingest keys an invitation's or visit's report by before its group decides its fact. */
function readingOf(e: { id: string; articleId: string }): string {
  return e.id.slice(e.articleId.length + 1, e.id.lastIndexOf('|'));
}

async function record(tx: TxRunner, c: Omit<Correction, 'id' | 'at'>, concerns: readonly string[]): Promise<Correction> {
  const correction: Correction = { ...c, id: randomUUID(), at: new Date().toISOString() };
  await tx.run('write-correction', { correction, concerns: [...new Set(concerns)] });
  return correction;
}

async function personFacts(tx: TxRunner, person: string, articles: readonly string[] | null): Promise<FactRow[]> {
  return tx.run<FactRow>('get-correction-facts', { person, articles });
}

/** Locks the people (a write on each) after bumping the version; returns those that exist. */
async function lockPeople(tx: TxRunner, ids: readonly string[]): Promise<Map<string, { name: string; state: string | null }>> {
  const rows = await tx.run<{ id: string; name: string; state: string | null }>('lock-corrected-people', { ids: [...new Set(ids)].sort() });
  return new Map(rows.map((r) => [r.id, { name: r.name, state: r.state }]));
}

/**
 * Merges `person` into `into` inside a transaction that has locked both (lockPeople):
 * facts re-keyed with their evidence, mentions and names moved, `person` deleted. Returns
 * how many facts were re-keyed.
 */
async function mergeLocked(tx: TxRunner, person: string, into: string, retargetMoves: boolean): Promise<number> {
  const facts = await personFacts(tx, person, null);
  const moved = (await rekey(tx, rekeysOf(facts, person, into), null, retargetMoves)).count;
  await tx.run('move-mentions', { from: person, into, articles: null, name: null, surnameKey: null });
  await runAll(tx, [{ name: 'remove-orphans', params: { people: [person], events: [] } }]);
  return moved;
}

/**
 * Late merges inside an ingest's transaction (see write.ts): each bare-surname person that
 * now has exactly one full-named person to be is merged into them. Both are locked first,
 * so facts written to the bare node by concurrent batches are either seen or wait; a bare
 * node a concurrent batch deleted first is simply not there any more.
 */
export async function lateMerges(tx: TxRunner, pairs: ReadonlyArray<{ bare: string; into: string }>): Promise<number> {
  let merged = 0;
  for (const { bare, into } of pairs) {
    const found = await tx.run<{ id: string }>('lock-people', { ids: [bare, into].sort() });
    if (found.length !== 2) continue;
    await mergeLocked(tx, bare, into, true);
    merged += 1;
  }
  return merged;
}

export async function mergePeople(db: Executor, args: { person: string; into: string } & Who): Promise<Correction> {
  const who = checkWho(args);
  const person = args.person.trim();
  const into = args.into.trim();
  if (!person.startsWith('person:') || !into.startsWith('person:')) throw new CorrectionError('Both `person` and `into` must be person ids (`person:…`).', 'BAD_USER_INPUT');
  if (person === into) throw new CorrectionError('`person` and `into` are the same person.', 'BAD_USER_INPUT');
  return withRetries(() =>
    db.writeTransaction('merge-people', async (tx) => {
      const found = await lockPeople(tx, [person, into]);
      for (const id of [person, into]) if (!found.has(id)) throw new CorrectionError(`No person ${id} in the graph.`, 'NOT_FOUND');
      const moved = await mergeLocked(tx, person, into, true);
      return record(tx, { kind: 'mergePeople', ...who, person, into, articles: null, factId: null, side: null, actor: null, newFactId: null, factsMoved: moved }, [into]);
    }),
  );
}

export async function splitPerson(db: Executor, args: { person: string; name: string; articles: string[] } & Who): Promise<Correction> {
  const who = checkWho(args);
  const person = args.person.trim();
  const name = args.name.trim().replace(/\s+/g, ' ');
  const articles = [...new Set(args.articles.map((a) => a.trim()).filter((a) => a !== ''))].sort();
  if (!person.startsWith('person:')) throw new CorrectionError('`person` must be a person id (`person:…`).', 'BAD_USER_INPUT');
  if (name === '' || personKey(name) === 'person:') throw new CorrectionError('`name` is empty.', 'BAD_USER_INPUT');
  if (articles.length === 0) throw new CorrectionError('`articles` is empty: name the articles whose mentions are the other person.', 'BAD_USER_INPUT');
  const into = personKey(name);
  if (into === person) throw new CorrectionError(`"${name}" is the person being split (${person}); give the other person's name.`, 'BAD_USER_INPUT');
  return withRetries(() =>
    db.writeTransaction('split-person', async (tx) => {
      const found = await lockPeople(tx, [person]);
      const current = found.get(person);
      if (current === undefined) throw new CorrectionError(`No person ${person} in the graph.`, 'NOT_FOUND');
      const facts = await personFacts(tx, person, articles);
      const supported = new Set((await tx.run<{ articleId: string }>('get-person-articles', { person, articles })).map((r) => r.articleId));
      const missing = articles.filter((a) => !supported.has(a));
      if (missing.length > 0) throw new CorrectionError(`${person} has nothing from ${missing.join(', ')}: list only articles that mention the person.`, 'BAD_USER_INPUT');
      await tx.run('move-mentions', { from: person, into, articles, name, surnameKey: surnameKey(name, current.state) });
      const moved = (await rekey(tx, rekeysOf(facts, person, into), articles, false)).count;
      await runAll(tx, [{ name: 'remove-orphans', params: { people: [person], events: [] } }]);
      return record(tx, { kind: 'splitPerson', ...who, person, into, articles, factId: null, side: null, actor: null, newFactId: null, factsMoved: moved }, [into]);
    }),
  );
}

export async function moveFact(db: Executor, args: { factId: string; side: 'from' | 'to'; actor: string } & Who): Promise<Correction> {
  const who = checkWho(args);
  const factId = args.factId.trim();
  const actor = args.actor.trim();
  if (actor === '' || actor.includes('|')) throw new CorrectionError('`actor` must be a state code or a person id.', 'BAD_USER_INPUT');
  return withRetries(() =>
    db.writeTransaction('move-fact', async (tx) => {
      await lockPeople(tx, actor.startsWith('person:') ? [actor] : []);
      const [fact] = await tx.run<FactRow & { actorKind: string | null }>('get-correction-fact', { factId, actor });
      if (fact === undefined) throw new CorrectionError(`No invitation, visit or statement ${factId} in the graph.`, 'NOT_FOUND');
      if (fact.actorKind === null) throw new CorrectionError(`No state or person ${actor} in the graph.`, 'NOT_FOUND');
      if (actor.startsWith('event:') || (fact.actorKind !== 'Person' && fact.actorKind !== 'State')) throw new CorrectionError('`actor` must be a state or a person.', 'BAD_USER_INPUT');
      if (fact.type === 'VISITED' && args.side === 'to' && fact.actorKind !== 'State') throw new CorrectionError('A visit goes to a state: `actor` must be a state code.', 'BAD_USER_INPUT');
      const from = args.side === 'from' ? actor : fact.from;
      const to = args.side === 'to' ? actor : fact.to;
      if (from === fact.from && to === fact.to) throw new CorrectionError(`${actor} is already on that side of the fact.`, 'BAD_USER_INPUT');
      if (from === to) throw new CorrectionError('A fact cannot have the same actor on both sides.', 'BAD_USER_INPUT');
      const rekeyed = rekeyFactId(factId, args.side, actor);
      const done = await rekey(tx, [{ type: fact.type, oldId: factId, newId: rekeyed, oldFrom: fact.from, oldTo: fact.to, from, to }], null, true);
      // an invitation or visit: its group decided its new fact; ingest finds the move again
      // by the readings of the reports it moved
      const grouped = GROUPED.has(fact.type);
      const newFactId = grouped ? (done.moved[0]?.factId ?? rekeyed) : rekeyed;
      const readings = grouped ? [...new Set(done.moved.map(readingOf))].sort() : [];
      return record(tx, { kind: 'moveFact', ...who, person: null, into: null, articles: null, factId, side: args.side, actor, newFactId, readings, factsMoved: done.count }, [actor]);
    }),
  );
}

export async function listCorrections(db: Executor, first: number): Promise<Correction[]> {
  const rows = await db.read<{ correction: Plain }>('list-corrections', { first });
  return rows.map((r) => toCorrection(r.correction as Record<string, unknown>));
}

function toCorrection(p: Record<string, unknown>): Correction {
  const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  return {
    id: String(p.id),
    kind: p.kind as CorrectionKind,
    by: String(p.by),
    key: str(p.key),
    at: String(p.at),
    reason: String(p.reason),
    person: str(p.person),
    into: str(p.into),
    articles: Array.isArray(p.articles) ? p.articles.map(String) : null,
    factId: str(p.factId),
    side: p.side === 'from' || p.side === 'to' ? p.side : null,
    actor: str(p.actor),
    newFactId: str(p.newFactId),
    factsMoved: Number(p.factsMoved ?? 0),
  };
}
