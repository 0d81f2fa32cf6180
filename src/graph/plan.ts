/**
 * Write planning: an article's extraction plus its resolved people become rows (states,
 * people, events, evidence, then the facts); the rows of a batch of articles are merged into
 * a handful of UNWIND statements (`cypher/write-*.cypher`) that write them all in one
 * transaction. Pure, so plans are tested without a database; `write.ts` sends them together
 * (pipelined).
 */
import type { ActorRef, ArticleExtraction, Evidence as Span, InvitationStatus, VisitStatus } from '../extract/types';
import type { ResolvedPerson } from '../resolve/people';
import { eventKey, invitationReadingKey, representsFactId, statementFactId, visitReadingKey } from '../resolve/keys';
import { factGroupKey, reconcileGroup, type FactGroup, type GroupedType, type GroupFact, type GroupReport } from '../resolve/fact-groups';
import { normaliseName } from '../names/normalise';
import { correctedFact, NO_CORRECTIONS, type Corrections } from '../resolve/corrections';

export interface PlannedStatement {
  /** A file of `cypher/`, without its extension. */
  name: string;
  params: Record<string, unknown>;
}

export type FactType = 'INVITED' | 'VISITED' | 'STATED' | 'REPRESENTS';
export const FACT_TYPES: readonly FactType[] = ['REPRESENTS', 'INVITED', 'VISITED', 'STATED'];

/** Fact ids by relationship type. */
export type FactIds = Record<FactType, string[]>;

export interface ArticleCounts {
  states: number;
  people: number;
  events: number;
  invitations: number;
  visits: number;
  statements: number;
}

/**
 * What one article puts in the graph, as rows: nodes, evidence, then facts. Sorted by key.
 * `named` marks people rows that carry the person's own full name (not only a bare surname
 * joined to them), so a batch knows which name to create the node with.
 */
export interface GraphRows {
  states: Array<{ code: string; name: string; aliases: string[]; bloc: boolean }>;
  people: Array<{ id: string; name: string; surnameKey: string; aliases: string[]; named: boolean }>;
  events: Array<{ id: string; kind: string; name: string; date: string | null; place: string | null }>;
  evidence: Array<Record<string, unknown>>;
  represents: Array<{ id: string; person: string; state: string; attrs: RepresentsAttrs; leader: boolean; publishedAt: string | null; reportKey: string }>;
  stated: FactRow[];
}

/** A person → state link as one article reports it: the role, and the office's term when known. */
export interface RepresentsAttrs {
  role: string | null;
  office: string | null;
  termStart: string | null;
  termEnd: string | null;
}

/**
 * Fact parts with a statement each (`write-<part>`), in the order they run. Invitations and
 * visits are not among them: which fact a report of theirs joins depends on the other
 * reports of its group (write.ts, resolve/fact-groups.ts).
 */
const FACT_PARTS = ['represents', 'stated'] as const;

export interface FactRow {
  id: string;
  from: string;
  to: string;
  /** The fact as this article reports it. */
  attrs: Record<string, string | boolean | null>;
  publishedAt: string | null;
  /** This article's place among the fact's reports (see planArticleWrite). */
  reportKey: string;
}

export interface WritePlan {
  articleId: string;
  rows: GraphRows;
  /**
   * The statements and REPRESENTS links this article supports. Its invitations and visits
   * are decided at write time, by group (`groups`); until then their evidence carries the
   * article's reading key as factId.
   */
  facts: FactIds;
  /** The invitation and visit groups (inviter and invitee, visitor and destination) it reports. */
  groups: FactGroup[];
  counts: ArticleCounts;
  warnings: string[];
}

export interface PlanContext {
  articleId: string;
  /** ISO date-time of this write; stamped on the evidence so ties of publication date resolve. */
  now: string;
  /** Analysts' fact moves, applied to every fact this article reports (people come corrected). */
  corrections?: Corrections;
}

const BLOCS = new Set(['EU', 'UN', 'NATO', 'AU', 'ASEAN']);

const INVITATION_RANK: Record<InvitationStatus, number> = { unknown: 0, pending: 1, withdrawn: 2, declined: 2, accepted: 2 };
const VISIT_RANK: Record<VisitStatus, number> = { possible: 0, planned: 1, postponed: 2, cancelled: 2, ongoing: 2, occurred: 3 };

/** One fact as this article reports it: its endpoints, attributes and evidence spans. */
interface FactDraft {
  type: Exclude<FactType, 'REPRESENTS'>;
  /** A statement's fact id; an invitation's or visit's reading key, unique in the article. */
  id: string;
  /** Invitations and visits: the group whose clustering decides the fact. */
  group: FactGroup | null;
  from: string;
  to: string;
  attrs: Record<string, string | boolean | null>;
  rank: number;
  spans: Span[];
}

export function emptyFactIds(): FactIds {
  return { REPRESENTS: [], INVITED: [], VISITED: [], STATED: [] };
}

/** A comparator by a string key (code-unit order, as Neo4j compares strings). */
export const byKey = <T>(key: (t: T) => string) => (a: T, b: T): number => {
  const x = key(a);
  const y = key(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

/** An article as one report among a fact's reports: what its evidence rows carry. */
export interface ArticleReport {
  articleId: string;
  publishedAt: string | null;
  /** ISO date-time of the write. */
  ingestedAt: string;
  /** Its place in "which report is the latest" (see articleReport). */
  reportKey: string;
}

/**
 * The article's place in "which report is the latest": publication date, then ingest time,
 * then id. Fixed-width parts, so the strings compare in that order; an undated article
 * ranks below every dated one ("0000" sorts before any year), never as the latest.
 */
export function articleReport(articleId: string, publishedAt: string | null, now: string): ArticleReport {
  return { articleId, publishedAt, ingestedAt: now, reportKey: `${publishedAt ?? '0000'}|${now}|${articleId}` };
}

export type EvidenceRow = Record<string, unknown> & { id: string; factId: string; kind: FactType };

/**
 * One Evidence node: a span of the article supporting a fact (null: the fact has none) with
 * the fact's attributes as this article reports them and the article's place among the
 * reports, so that facts can be re-derived from evidence alone (write-refresh-*). Its kind
 * is the fact's relationship type, which is how removal finds the facts to re-derive.
 */
export function evidenceRow(report: ArticleReport, fact: { type: Exclude<FactType, 'REPRESENTS'>; id: string; attrs: Record<string, unknown>; group?: FactGroup | null }, span: Span | null): EvidenceRow {
  const id = `${report.articleId}|${fact.id}|${span === null ? '-' : span.start}`;
  const group = fact.group ? { groupKey: fact.group.key } : {};
  return { id, factId: fact.id, kind: fact.type, text: span?.text ?? null, start: span?.start ?? null, end: span?.end ?? null, ...fact.attrs, ...group, ...report };
}

/** The Evidence node of a REPRESENTS fact: its support is the article itself. */
export function representsEvidenceRow(report: ArticleReport, fact: { id: string; leader: boolean } & RepresentsAttrs): EvidenceRow {
  const { role, office, termStart, termEnd } = fact;
  return { id: `${report.articleId}|${fact.id}`, factId: fact.id, kind: 'REPRESENTS', text: null, start: null, end: null, role, office, termStart, termEnd, leader: fact.leader, ...report };
}

/** Plan the writes of one article, as data. */
export function planArticleWrite(extraction: ArticleExtraction, people: readonly ResolvedPerson[], ctx: PlanContext): WritePlan {
  const warnings: string[] = [];
  const personByRef = new Map(people.map((p) => [p.ref, p]));
  const states = new Map<string, { code: string; name: string; aliases: string[]; bloc: boolean }>();
  const addState = (code: string, name?: string, aliases: readonly string[] = []): void => {
    const row = states.get(code) ?? { code, name: name ?? code, aliases: [], bloc: BLOCS.has(code) };
    if (name && row.name === code) row.name = name;
    for (const alias of aliases) if (alias.trim() && !row.aliases.includes(alias)) row.aliases.push(alias);
    states.set(code, row);
  };
  for (const s of extraction.states) addState(s.code, s.name, [s.name, ...s.mentions]);

  // People: several article names may land on one node (a bare surname joined to a full name).
  const personRows = new Map<string, GraphRows['people'][number]>();
  for (const p of people) {
    const row = personRows.get(p.id) ?? { id: p.id, name: p.name, surnameKey: p.surnameKey, aliases: [], named: false };
    if (p.joinedTo === null) {
      row.name = p.name;
      row.surnameKey = p.surnameKey;
      row.named = true;
    }
    for (const alias of [p.name, ...p.aliases]) if (alias.trim() && !row.aliases.includes(alias)) row.aliases.push(alias);
    personRows.set(p.id, row);
    if (p.state !== null) addState(p.state);
  }

  const events = new Map<string, { id: string; kind: string; name: string; date: string | null; place: string | null }>();
  const eventIdByKey = new Map<string, string>();
  for (const e of extraction.events) {
    const id = eventKey(e);
    eventIdByKey.set(e.key, id);
    if (!events.has(id)) events.set(id, { id, kind: e.kind, name: e.name, date: e.date, place: e.place });
    if (e.place !== null) addState(e.place);
  }
  const eventOf = (key: string | null): { eventId: string | null; eventName: string | null } => {
    const id = key === null ? undefined : eventIdByKey.get(key);
    if (key !== null && id === undefined) warnings.push(`fact refers to unknown event key "${key}"`);
    return { eventId: id ?? null, eventName: id === undefined ? null : (events.get(id)?.name ?? null) };
  };
  /** An occasion's own date travels with the reading: invitations and visits are placed by it. */
  const eventDateOf = (eventId: string | null): { eventDate: string | null } => ({ eventDate: eventId === null ? null : (events.get(eventId)?.date ?? null) });

  const actorKey = (actor: ActorRef): string | null => {
    if (actor.kind === 'state') {
      addState(actor.code);
      return actor.code;
    }
    const person = personByRef.get(normaliseName(actor.name));
    if (person === undefined) warnings.push(`person "${actor.name}" could not be resolved`);
    return person?.id ?? null;
  };

  const drafts = new Map<string, FactDraft>();
  const addDraft = (draft: FactDraft): void => {
    const current = drafts.get(draft.id);
    if (current === undefined) {
      drafts.set(draft.id, draft);
      return;
    }
    // The same fact twice in one article: keep the most definite reading, fill gaps, pool spans.
    if (draft.rank > current.rank) {
      current.attrs = { ...draft.attrs, date: draft.attrs.date ?? current.attrs.date ?? null };
      current.rank = draft.rank;
    } else if (current.attrs.date === null && draft.attrs.date !== null) {
      current.attrs.date = draft.attrs.date ?? null;
    }
    current.spans.push(...draft.spans);
  };

  const corrections = ctx.corrections ?? NO_CORRECTIONS;
  /** Endpoints and id after the analysts' moves; a state an actor was moved to is written like any other. */
  const corrected = (from: string, to: string, idOf: (from: string, to: string) => string): { from: string; to: string; id: string } => {
    const c = correctedFact(corrections, from, to, idOf);
    for (const key of [c.from, c.to]) if (key !== from && key !== to && !key.startsWith('person:') && !key.startsWith('event:')) addState(key);
    return c;
  };

  for (const inv of extraction.invitations) {
    const inviter = actorKey(inv.inviter);
    const invitee = actorKey(inv.invitee);
    if (inviter === null || invitee === null) continue;
    const event = eventOf(inv.event);
    const { from, to, id } = corrected(inviter, invitee, (f, t) => invitationReadingKey(f, t, event.eventId, inv.negated));
    if (from === to) {
      warnings.push(`invitation of ${from} by itself skipped`);
      continue;
    }
    addDraft({
      type: 'INVITED',
      id,
      group: { key: factGroupKey('INVITED', from, to), type: 'INVITED', from, to },
      from,
      to,
      attrs: { status: inv.status, negated: inv.negated, date: inv.date, ...event, ...eventDateOf(event.eventId) },
      rank: INVITATION_RANK[inv.status],
      spans: [...inv.evidence],
    });
  }
  for (const visit of extraction.visits) {
    const visitor = actorKey(visit.visitor);
    const destination = actorKey(visit.destination);
    if (visitor === null || destination === null) continue;
    const event = eventOf(visit.event);
    const { from, to, id } = corrected(visitor, destination, (f, t) => visitReadingKey(f, t, event.eventId, visit.date, visit.negated));
    addDraft({
      type: 'VISITED',
      id,
      group: { key: factGroupKey('VISITED', from, to), type: 'VISITED', from, to },
      from,
      to,
      attrs: { status: visit.status, negated: visit.negated, date: visit.date, ...event, ...eventDateOf(event.eventId) },
      rank: VISIT_RANK[visit.status],
      spans: [...visit.evidence],
    });
  }
  for (const stm of extraction.statements) {
    const speaker = actorKey(stm.speaker);
    if (speaker === null) continue;
    const event = eventOf(stm.event);
    const targets = stm.about.map(actorKey).filter((k): k is string => k !== null);
    if (targets.length === 0) targets.push(statementDefaultTarget(stm.speaker, speaker, personByRef, event.eventId));
    for (const target of new Set(targets)) {
      const { from, to, id } = corrected(speaker, target, (f, t) => statementFactId(f, t, stm.date, stm.quote));
      addDraft({
        type: 'STATED',
        id,
        group: null,
        from,
        to,
        attrs: { quote: stm.quote, date: stm.date, ...event },
        rank: 0,
        spans: [...stm.evidence],
      });
    }
  }

  // REPRESENTS is a fact too: its support is the article, so removal can be exact.
  const represents = new Map<string, { id: string; person: string; state: string; leader: boolean } & RepresentsAttrs>();
  for (const p of people) {
    if (p.state === null) continue;
    const id = representsFactId(p.id, p.state);
    const current = represents.get(id);
    // the first name of the article that knows the office gives the whole term
    const term = current?.office ? current : { office: p.term?.office ?? null, termStart: p.term?.start ?? null, termEnd: p.term?.end ?? null };
    represents.set(id, {
      id,
      person: p.id,
      state: p.state,
      role: current?.role ?? p.role,
      office: term.office,
      termStart: term.termStart,
      termEnd: term.termEnd,
      leader: (current?.leader ?? false) || p.leader,
    });
  }

  const publishedAt = extraction.article.publishedAt;
  const report = articleReport(ctx.articleId, publishedAt, ctx.now);
  const reportKey = report.reportKey;
  const factRows = (type: FactDraft['type']): FactRow[] =>
    [...drafts.values()]
      .filter((d) => d.type === type)
      .map(({ id, from, to, attrs }) => ({ id, from, to, attrs, publishedAt, reportKey }))
      .sort(byKey((r) => r.id));

  const evidence = new Map<string, EvidenceRow>();
  for (const d of drafts.values()) {
    for (const span of d.spans) {
      const row = evidenceRow(report, d, span);
      if (!evidence.has(row.id)) evidence.set(row.id, row);
    }
    if (d.spans.length === 0) {
      const row = evidenceRow(report, d, null);
      evidence.set(row.id, row);
      warnings.push(`fact ${d.id} has no evidence span`);
    }
  }
  for (const r of represents.values()) {
    const row = representsEvidenceRow(report, r);
    evidence.set(row.id, row);
  }

  const rows: GraphRows = {
    states: [...states.values()].sort(byKey((r) => r.code)),
    people: [...personRows.values()].sort(byKey((r) => r.id)),
    events: [...events.values()].sort(byKey((r) => r.id)),
    evidence: [...evidence.values()].sort(byKey((r) => String(r.id))),
    represents: [...represents.values()]
      .map(({ id, person, state, role, office, termStart, termEnd, leader }) => ({ id, person, state, attrs: { role, office, termStart, termEnd }, leader, publishedAt, reportKey }))
      .sort(byKey((r) => r.id)),
    stated: factRows('STATED'),
  };
  const facts = emptyFactIds();
  facts.REPRESENTS = [...represents.keys()].sort();
  const groups = new Map<string, FactGroup>();
  for (const d of drafts.values()) {
    if (d.group === null) facts[d.type].push(d.id);
    else groups.set(d.group.key, d.group);
  }
  for (const type of FACT_TYPES) facts[type].sort();

  return {
    articleId: ctx.articleId,
    rows,
    facts,
    groups: [...groups.values()].sort(byKey((g) => g.key)),
    counts: {
      states: states.size,
      people: personRows.size,
      events: events.size,
      invitations: [...drafts.values()].filter((d) => d.type === 'INVITED').length,
      visits: [...drafts.values()].filter((d) => d.type === 'VISITED').length,
      statements: facts.STATED.length,
    },
    warnings,
  };
}

/** A fact as a batch reports it: all its reports of the batch folded into one row. */
export interface BatchFactRow {
  id: string;
  from: string;
  to: string;
  /** Articles of the batch reporting the fact (each reports it once: see planArticleWrite). */
  sources: number;
  /** Earliest and latest publication date among them (undated reports do not count). */
  firstReported: string | null;
  lastReported: string | null;
  /** The latest report's attributes and place (reportKey). */
  attrs: Record<string, string | boolean | null>;
  latestReport: string;
}

/**
 * The statements that write the plans of several articles (distinct ids, each new or
 * changed) in one transaction: `write-nodes` for every node, mention and evidence, then one
 * statement per fact type that has rows. Per-statement cost in Neo4j, far more than rows,
 * is what ingest time comes down to, so a batch costs little more than one article.
 *
 * Rows are merged so that each node and fact appears once per statement: rows of one
 * UNWIND do not see each other's writes in a fixed order, so two reports of one fact in
 * one statement could both read the old sourceCount. Rows are sorted by key so that
 * concurrent transactions take their locks in the same order, which keeps deadlocks (and
 * retries) rare.
 */
export function planBatchWrite(plans: readonly WritePlan[]): PlannedStatement[] {
  const states = new Map<string, GraphRows['states'][number] & { articles: string[] }>();
  const people = new Map<string, GraphRows['people'][number] & { articles: string[] }>();
  const events = new Map<string, GraphRows['events'][number] & { articles: string[] }>();
  const evidence: Array<Record<string, unknown>> = [];
  const facts = { represents: new Map<string, BatchFactRow & { person: string; state: string; leader: boolean }>(), stated: new Map<string, BatchFactRow>() };
  const addAliases = (into: string[], from: readonly string[]): void => {
    for (const alias of from) if (!into.includes(alias)) into.push(alias);
  };
  const fold = <T extends BatchFactRow>(into: Map<string, T>, row: FactRow, make: () => T): T => {
    const current = into.get(row.id);
    if (current === undefined) {
      const made = make();
      into.set(row.id, made);
      return made;
    }
    current.sources += 1;
    if (row.publishedAt !== null) {
      if (current.firstReported === null || row.publishedAt < current.firstReported) current.firstReported = row.publishedAt;
      if (current.lastReported === null || row.publishedAt > current.lastReported) current.lastReported = row.publishedAt;
    }
    if (row.reportKey > current.latestReport) {
      current.attrs = row.attrs;
      current.latestReport = row.reportKey;
    }
    return current;
  };
  const factRow = (row: FactRow): BatchFactRow => ({
    id: row.id,
    from: row.from,
    to: row.to,
    sources: 1,
    firstReported: row.publishedAt,
    lastReported: row.publishedAt,
    attrs: row.attrs,
    latestReport: row.reportKey,
  });

  for (const plan of plans) {
    const { rows, articleId } = plan;
    for (const row of rows.states) {
      const current = states.get(row.code);
      if (current === undefined) {
        states.set(row.code, { ...row, aliases: [...row.aliases], articles: [articleId] });
        continue;
      }
      if (current.name === current.code) current.name = row.name;
      addAliases(current.aliases, row.aliases);
      current.articles.push(articleId);
    }
    for (const row of rows.people) {
      const current = people.get(row.id);
      if (current === undefined) {
        people.set(row.id, { ...row, aliases: [...row.aliases], articles: [articleId] });
        continue;
      }
      // A node created by this batch takes the name of an article that names the person in
      // full, not that of one that only joined a bare surname to them.
      if (row.named && !current.named) Object.assign(current, { name: row.name, surnameKey: row.surnameKey, named: true });
      addAliases(current.aliases, row.aliases);
      current.articles.push(articleId);
    }
    for (const row of rows.events) {
      const current = events.get(row.id);
      if (current === undefined) events.set(row.id, { ...row, articles: [articleId] });
      else current.articles.push(articleId);
    }
    evidence.push(...rows.evidence);
    for (const row of rows.represents) {
      // A link's "as of" is its latest report's date: it travels with the other attributes.
      const fact: FactRow = { id: row.id, from: row.person, to: row.state, attrs: { ...row.attrs, asOf: row.publishedAt }, publishedAt: row.publishedAt, reportKey: row.reportKey };
      const folded = fold(facts.represents, fact, () => ({ ...factRow(fact), person: row.person, state: row.state, leader: false }));
      folded.leader ||= row.leader;
    }
    for (const row of rows.stated) fold(facts.stated, row, () => factRow(row));
  }

  const sorted = <T>(map: Map<string, T>): T[] => [...map.entries()].sort(byKey(([k]) => k)).map(([, v]) => v);
  const statements: PlannedStatement[] = [];
  if (states.size + people.size + events.size + evidence.length > 0) {
    statements.push({
      name: 'write-nodes',
      params: {
        states: sorted(states),
        people: sorted(people).map(({ named: _named, ...row }) => row),
        events: sorted(events),
        evidence: evidence.sort(byKey((r) => String(r.id))),
      },
    });
  }
  for (const part of FACT_PARTS) {
    const rows = sorted<BatchFactRow>(facts[part]);
    if (rows.length > 0) statements.push({ name: `write-${part}`, params: { rows } });
  }
  return statements;
}

/** Who a statement naming no subject addresses: the speaker's state, else its occasion, else the speaker. */
function statementDefaultTarget(speaker: ActorRef, speakerKey: string, personByRef: ReadonlyMap<string, ResolvedPerson>, eventId: string | null): string {
  if (speaker.kind === 'person') {
    const state = speaker.state ?? personByRef.get(normaliseName(speaker.name))?.state ?? null;
    if (state !== null) return state;
  }
  return eventId ?? speakerKey;
}

/**
 * Re-derive the given statements and REPRESENTS links from their evidence: sourceCount, the
 * latest report's attributes, and deletion of facts no evidence supports any more. Used
 * after an article's evidence was taken back (removal, or before an update writes the new
 * reading). Invitations and visits are re-derived by group instead (planGroupWrites).
 */
export function planRefresh(facts: FactIds): PlannedStatement[] {
  const statements: PlannedStatement[] = [];
  const represents = [...new Set(facts.REPRESENTS)].sort().map(parseRepresentsId).filter((r) => r !== null);
  if (represents.length > 0) statements.push({ name: 'write-refresh-represents', params: { rows: represents } });
  const stated = [...new Set(facts.STATED)].sort();
  if (stated.length > 0) statements.push({ name: 'write-refresh-stated', params: { ids: stated } });
  return statements;
}

/**
 * Bring the state entries (:StateFact, :DyadFact) of the given facts up to date, and those of
 * every fact of a person whose state links changed in the same transaction (the people of the
 * REPRESENTS ids; write-state-entries recomputes only those it finds marked). Runs after every
 * other write of the transaction, since it reads the facts and links they leave.
 */
export function planStateEntries(facts: FactIds): PlannedStatement[] {
  const ids = (type: FactType) => [...new Set(facts[type])].sort();
  const people = [...new Set(facts.REPRESENTS.map(parseRepresentsId).flatMap((r) => (r === null ? [] : [r.person])))].sort();
  const params = { invited: ids('INVITED'), visited: ids('VISITED'), stated: ids('STATED'), people };
  if (params.invited.length + params.visited.length + params.stated.length + people.length === 0) return [];
  return [{ name: 'write-state-entries', params }];
}

/** `rep|<person id>|<state code>` → its endpoints (ids never contain "|"). */
export function parseRepresentsId(id: string): { id: string; person: string; state: string } | null {
  const parts = id.split('|');
  if (parts.length !== 3 || parts[0] !== 'rep' || !parts[1] || !parts[2]) return null;
  return { id, person: parts[1], state: parts[2] };
}

export function mergeFactIds(a: FactIds, b: FactIds): FactIds {
  const out = emptyFactIds();
  for (const type of FACT_TYPES) out[type] = [...new Set([...a[type], ...b[type]])].sort();
  return out;
}

/** A new evidence row of an invitation or visit as one report of its group (not yet placed). */
export function groupReport(row: EvidenceRow): GroupReport {
  const s = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
  return {
    id: row.id,
    articleId: String(row.articleId),
    reportKey: String(row.reportKey),
    publishedAt: s(row.publishedAt),
    status: s(row.status),
    negated: row.negated === true,
    date: s(row.date),
    eventId: s(row.eventId),
    eventName: s(row.eventName),
    eventDate: s(row.eventDate),
    factId: null,
  };
}

/** What the graph holds of a group before this write: its reports, and the facts of those just taken back. */
export interface StoredGroup {
  group: FactGroup;
  reports: GroupReport[];
  /** Facts of the group whose evidence this transaction took back (they may now have none). */
  withdrawnFactIds: string[];
}

export interface GroupWrites {
  /** The plans, their invitation and visit evidence now carrying the fact each report joins. */
  plans: WritePlan[];
  statements: PlannedStatement[];
  /** Invitations and visits created, changed or deleted: their state entries need a look. */
  touched: FactIds;
}

/**
 * Cluster every touched group over its stored reports plus the batch's new ones, and plan
 * the writes that make the graph say so: the new evidence with its fact ids, stored evidence
 * that moves to another fact, each fact of the group with attributes derived from its
 * reports (created if new), facts left without reports deleted, and groups left empty
 * deleted. Facts are written whole, from all their reports, so nothing depends on what the
 * relationship held before.
 */
export function planGroupWrites(plans: readonly WritePlan[], stored: readonly StoredGroup[]): GroupWrites {
  const added = new Map<string, GroupReport[]>();
  for (const plan of plans) {
    for (const row of plan.rows.evidence as EvidenceRow[]) {
      if (typeof row.groupKey !== 'string') continue;
      added.set(row.groupKey, [...(added.get(row.groupKey) ?? []), groupReport(row)]);
    }
  }
  const factOf = new Map<string, string>();
  const moves: Array<{ id: string; factId: string }> = [];
  const empty: string[] = [];
  const rows: Record<GroupedType, GroupFact[]> = { INVITED: [], VISITED: [] };
  const removed: Record<GroupedType, string[]> = { INVITED: [], VISITED: [] };
  const touched = emptyFactIds();
  for (const { group, reports, withdrawnFactIds } of [...stored].sort(byKey((s) => s.group.key))) {
    const outcome = reconcileGroup(group, [...reports, ...(added.get(group.key) ?? [])], withdrawnFactIds);
    for (const r of reports) {
      const to = outcome.factOf.get(r.id);
      if (to !== undefined && to !== r.factId) moves.push({ id: r.id, factId: to });
    }
    for (const [id, fact] of outcome.factOf) factOf.set(id, fact);
    if (outcome.facts.length === 0) empty.push(group.key);
    rows[group.type].push(...outcome.facts);
    removed[group.type].push(...outcome.removed);
    touched[group.type].push(...outcome.facts.map((f) => f.id), ...outcome.removed);
  }
  const placed = plans.map((plan): WritePlan => ({
    ...plan,
    rows: {
      ...plan.rows,
      evidence: plan.rows.evidence.map((row) => {
        const fact = typeof row.groupKey === 'string' ? factOf.get(String(row.id)) : undefined;
        return fact === undefined ? row : { ...row, factId: fact };
      }),
    },
  }));
  const statements: PlannedStatement[] = [];
  if (moves.length + empty.length > 0) {
    statements.push({ name: 'write-fact-groups', params: { moves: moves.sort(byKey((m) => m.id)), empty: empty.sort() } });
  }
  for (const type of ['INVITED', 'VISITED'] as const) {
    if (rows[type].length + removed[type].length === 0) continue;
    statements.push({ name: `write-${type.toLowerCase()}`, params: { rows: rows[type].sort(byKey((f) => f.id)), removed: [...new Set(removed[type])].sort() } });
  }
  for (const type of FACT_TYPES) touched[type] = [...new Set(touched[type])].sort();
  return { plans: placed, statements, touched };
}
