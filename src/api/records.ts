/**
 * Rows from the database (already plain values: see db/values.ts), turned into the objects
 * resolvers return; entity and fact shapes follow docs/graph-model.md.
 */
import type { Plain } from '../db/values';

export type { Plain };

export interface StateObject {
  __typename: 'State';
  code: string;
  name: string;
  aliases: string[];
  bloc: boolean;
}

export interface PersonObject {
  __typename: 'Person';
  id: string;
  name: string;
  aliases: string[];
  leader: boolean;
}

export interface EventObject {
  __typename: 'Event';
  id: string;
  kind: string;
  name: string;
  date: string | null;
  place: string | null;
}

export type EntityObject = StateObject | PersonObject | EventObject;

export interface ArticleObject {
  id: string;
  url: string | null;
  title: string | null;
  source: string | null;
  publishedAt: string | null;
  ingestedAt: string | null;
  extractor: string | null;
}

export type FactTypename = 'Invitation' | 'Visit' | 'Statement';

export interface FactObject {
  __typename: FactTypename;
  id: string;
  date: string | null;
  eventId: string | null;
  eventName: string | null;
  sourceCount: number;
  firstReported: string | null;
  lastReported: string | null;
  status: string | null;
  negated: boolean;
  quote: string | null;
  /** The ends' API keys (entityKey): always there. */
  fromKey: string;
  toKey: string;
  /**
   * The ends themselves, when the row carried them; otherwise the endpoint fields load them
   * by key (a row leaves them out when the query did not select them).
   */
  from?: EntityObject;
  to?: EntityObject;
}

export interface RepresentationObject {
  person: PersonObject;
  state: StateObject;
  role: string | null;
  asOf: string | null;
  office: string | null;
  termStart: string | null;
  termEnd: string | null;
  sourceCount: number;
}

/** One article's reading of an invitation or visit: a step of its history. */
export interface ReportObject {
  status: string | null;
  negated: boolean;
  date: string | null;
  reportedAt: string | null;
  article: ArticleObject;
}

export interface SourceObject {
  article: ArticleObject;
  evidence: { text: string; start: number; end: number };
  reportedStatus: string | null;
  reportedDate: string | null;
  reportedNegated: boolean | null;
}

type Props = Record<string, Plain>;

const str = (v: Plain | undefined): string | null => (v === null || v === undefined ? null : String(v));
const num = (v: Plain | undefined): number => (typeof v === 'number' ? v : Number(v ?? 0) || 0);
const strs = (v: Plain | undefined): string[] => (Array.isArray(v) ? v.map(String) : []);
const asProps = (v: Plain | undefined): Props =>
  v !== null && v !== undefined && typeof v === 'object' && !Array.isArray(v) ? v : {};

export function toState(p: Plain | undefined): StateObject {
  const props = asProps(p);
  return {
    __typename: 'State',
    code: String(props.code),
    name: str(props.name) ?? String(props.code),
    aliases: strs(props.aliases),
    bloc: props.bloc === true,
  };
}

export function toPerson(props: Props, labels: string[]): PersonObject {
  return {
    __typename: 'Person',
    id: String(props.id),
    name: str(props.name) ?? String(props.id),
    aliases: strs(props.aliases),
    leader: labels.includes('Leader'),
  };
}

export function toEvent(p: Plain | undefined): EventObject {
  const props = asProps(p);
  return {
    __typename: 'Event',
    id: String(props.id),
    kind: str(props.kind) ?? 'other',
    name: str(props.name) ?? String(props.id),
    date: str(props.date),
    place: str(props.place),
  };
}

/** A `{labels, props}` map from Cypher → the entity it is. */
export function toEntity(v: Plain | undefined): EntityObject {
  const m = asProps(v);
  const labels = strs(m.labels);
  const props = asProps(m.props);
  if (labels.includes('State')) return toState(props);
  if (labels.includes('Person')) return toPerson(props, labels);
  if (labels.includes('Event')) return toEvent(props);
  throw new Error(`Unexpected node labels in a result: ${labels.join(',')}`);
}

/** The key an entity is addressed by in the API (state code, person id, event id). */
export function entityKey(e: EntityObject): string {
  return e.__typename === 'State' ? e.code : e.id;
}

const FACT_TYPENAMES: Record<string, FactTypename> = {
  INVITED: 'Invitation',
  VISITED: 'Visit',
  STATED: 'Statement',
};

/** Entities by their API key (entityKey), for rows that name a fact's ends by key. */
export type EntitiesByKey = ReadonlyMap<string, EntityObject>;

/** `{labels, props}` maps from Cypher → the entities, by key. */
export function entitiesByKey(nodes: Plain | undefined): EntitiesByKey {
  const out = new Map<string, EntityObject>();
  for (const n of Array.isArray(nodes) ? nodes : []) {
    const e = toEntity(n);
    out.set(entityKey(e), e);
  }
  return out;
}

function toEnd(v: Plain | undefined, ends: EntitiesByKey | undefined): EntityObject {
  if (typeof v !== 'string') return toEntity(v);
  const e = ends?.get(v);
  if (!e) throw new Error(`A fact names an entity the result does not carry: ${v}`);
  return e;
}

/**
 * A `{type, props, from, to}` map from Cypher → a fact. `from` / `to` are `{labels, props}`
 * maps, or entity keys looked up in `ends` (statements that send each endpoint once).
 */
export function toFact(v: Plain | undefined, ends?: EntitiesByKey): FactObject {
  const m = asProps(v);
  const props = asProps(m.props);
  const from = toEnd(m.from, ends);
  const to = toEnd(m.to, ends);
  return { ...factOf(m.type, (column) => props[column], entityKey(from), entityKey(to)), from, to };
}

/**
 * The columns of a fact row, as bilateral-facts returns them: a list rather than a map
 * because the driver builds every map it decodes key by key with Object.defineProperty,
 * which on a page of 100 facts costs more than the database takes to find them.
 */
export const FACT_ROW_COLUMNS = [
  'type',
  'id',
  'date',
  'eventId',
  'eventName',
  'sourceCount',
  'firstReported',
  'lastReported',
  'status',
  'negated',
  'quote',
  'fromKey',
  'toKey',
] as const;

type FactColumn = (typeof FACT_ROW_COLUMNS)[number];
const COLUMN_INDEX = new Map<FactColumn, number>(FACT_ROW_COLUMNS.map((c, i) => [c, i]));

/**
 * A fact row (FACT_ROW_COLUMNS, in that order) → a fact. Its ends are taken from `ends` when
 * given (they must be there), else left for the endpoint fields to load by key.
 */
export function toFactRow(v: Plain | undefined, ends?: EntitiesByKey): FactObject {
  const row = Array.isArray(v) ? v : [];
  if (row.length !== FACT_ROW_COLUMNS.length) {
    throw new Error(`A fact row has ${row.length} columns, not ${FACT_ROW_COLUMNS.length}`);
  }
  const column = (name: FactColumn) => row[COLUMN_INDEX.get(name)!];
  const fact = factOf(column('type'), column, String(column('fromKey')), String(column('toKey')));
  if (ends) {
    fact.from = toEnd(fact.fromKey, ends);
    fact.to = toEnd(fact.toKey, ends);
  }
  return fact;
}

/** A fact's attributes, read column by column from whichever shape the row has. */
function factOf(type: Plain | undefined, column: (name: FactColumn) => Plain | undefined, fromKey: string, toKey: string): FactObject {
  const typename = FACT_TYPENAMES[String(type)];
  if (!typename) throw new Error(`Unexpected relationship type in a result: ${String(type)}`);
  return {
    __typename: typename,
    id: String(column('id')),
    date: str(column('date')),
    eventId: str(column('eventId')),
    eventName: str(column('eventName')),
    sourceCount: num(column('sourceCount')),
    firstReported: str(column('firstReported')),
    lastReported: str(column('lastReported')),
    status: str(column('status')),
    negated: column('negated') === true,
    quote: str(column('quote')),
    fromKey,
    toKey,
  };
}

export function toArticle(p: Plain | undefined): ArticleObject {
  const props = asProps(p);
  return {
    id: String(props.id),
    url: str(props.url),
    title: str(props.title),
    source: str(props.source),
    publishedAt: str(props.publishedAt),
    ingestedAt: str(props.ingestedAt),
    extractor: str(props.extractor),
  };
}

export function toRepresentation(v: Plain | undefined): RepresentationObject {
  const m = asProps(v);
  const props = asProps(m.props);
  const person = toEntity(m.person);
  if (person.__typename !== 'Person') throw new Error('REPRESENTS must start at a Person');
  return {
    person,
    state: toState(m.state),
    role: str(props.role),
    asOf: str(props.asOf),
    office: str(props.office),
    termStart: str(props.termStart),
    termEnd: str(props.termEnd),
    sourceCount: num(props.sourceCount),
  };
}

export function toSource(v: Plain | undefined): SourceObject {
  const m = asProps(v);
  const e = asProps(m.evidence);
  const article = m.article === null ? { id: String(e.articleId) } : asProps(m.article);
  return {
    article: toArticle(article),
    evidence: { text: str(e.text) ?? '', start: num(e.start), end: num(e.end) },
    reportedStatus: str(e.status),
    reportedDate: str(e.date),
    reportedNegated: typeof e.negated === 'boolean' ? e.negated : null,
  };
}

export function toReport(v: Plain | undefined): ReportObject {
  const m = asProps(v);
  const article = m.article === null || m.article === undefined ? { id: String(m.articleId) } : asProps(m.article);
  return {
    status: str(m.status),
    negated: m.negated === true,
    date: str(m.date),
    reportedAt: str(m.reportedAt),
    article: toArticle(article),
  };
}
