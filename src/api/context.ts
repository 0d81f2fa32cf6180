/**
 * The API's only door to the database. Each request gets its own context: DataLoaders (so
 * nested fields batch into one query per field and level, and nothing is cached across
 * requests), a `rows` function that runs a named Cypher file with parameters, and the
 * write operations behind the API key. Database failures are mapped here: an unreachable
 * Neo4j becomes SERVICE_UNAVAILABLE (HTTP 503); anything else stays an internal error and
 * is masked by yoga.
 */
import DataLoader from 'dataloader';
import type { YogaInitialContext } from 'graphql-yoga';
import { DatabaseUnavailableError } from '../db/errors';
import { checkApiKey, type KeyCheck } from './auth';
import type { ApiCurator, ApiDatabase, ApiWriter } from './ports';
import { createHash } from 'node:crypto';
import { serviceUnavailable, unauthenticated } from './errors';
import {
  toArticle,
  toEntity,
  toEvent,
  toFact,
  toReport,
  toRepresentation,
  toSource,
  toState,
  type ArticleObject,
  type EntityObject,
  type EventObject,
  type FactObject,
  type PersonObject,
  type Plain,
  type ReportObject,
  type RepresentationObject,
  type SourceObject,
  type StateObject,
} from './records';

export type Row = Record<string, Plain>;

export interface ApiContext {
  /** Runs one named Cypher statement (read) with parameters; rows converted to plain values. */
  rows(name: string, params: Record<string, unknown>): Promise<Row[]>;
  loaders: Loaders;
  /**
   * Throws UNAUTHENTICATED unless the request carries the configured API key; returns the
   * key's label (`key:` and the start of its SHA-256), which names it without revealing it.
   */
  requireApiKey(): string;
  writer: ApiWriter;
  curator: ApiCurator;
}

export type FactType = 'INVITED' | 'VISITED' | 'STATED';

export interface Loaders {
  state: DataLoader<string, StateObject | null>;
  person: DataLoader<string, PersonObject | null>;
  event: DataLoader<string, EventObject | null>;
  article: DataLoader<string, ArticleObject | null>;
  fact: DataLoader<string, FactObject | null>;
  sources: DataLoader<string, SourceObject[]>;
  /** An invitation's or visit's readings, oldest report first. */
  history: DataLoader<string, ReportObject[]>;
  /** An invitation's resulting visit, when the graph holds one. */
  resultingVisit: DataLoader<string, FactObject | null>;
  articleFactIds: DataLoader<string, string[]>;
  representations: DataLoader<string, RepresentationObject[]>;
  /** Keyed by state code; one loader per `first`. */
  representatives(first: number): DataLoader<string, RepresentationObject[]>;
  /** Keyed by person id; one loader per (type, direction, first). */
  personFacts(type: FactType, dir: 'out' | 'in', first: number): DataLoader<string, FactObject[]>;
  /** An entity by its API key (a state code, a person's or an event's id), through the loaders above. */
  entity(key: string): Promise<EntityObject | null>;
}

/** The database module maps driver error codes to this class: "Neo4j is not there now". */
export function isUnavailable(err: unknown): boolean {
  return err instanceof DatabaseUnavailableError;
}

/** Groups rows by their key column into the order DataLoader asks for. */
function byKey<T>(keys: readonly string[], rows: Row[], keyCol: string, pick: (row: Row) => T, missing: T): T[] {
  const found = new Map<string, T>();
  for (const row of rows) found.set(String(row[keyCol]), pick(row));
  return keys.map((k) => (found.has(k) ? (found.get(k) as T) : missing));
}

const list = (v: Plain | undefined): Plain[] => (Array.isArray(v) ? v : []);

function makeLoaders(rows: ApiContext['rows']): Loaders {
  const opts = { maxBatchSize: 500 };
  const representatives = new Map<number, DataLoader<string, RepresentationObject[]>>();
  const personFacts = new Map<string, DataLoader<string, FactObject[]>>();
  const loaders: Loaders = {
    state: new DataLoader(async (codes) => {
      const rs = await rows('get-states', { codes });
      return byKey(codes, rs, 'code', (r) => toState(r.state), null);
    }, opts),
    person: new DataLoader(async (ids) => {
      const rs = await rows('get-people', { ids });
      return byKey(ids, rs, 'id', (r) => toEntity(r.person) as PersonObject, null);
    }, opts),
    event: new DataLoader(async (ids) => {
      const rs = await rows('get-events', { ids });
      return byKey(ids, rs, 'id', (r) => toEvent(r.event), null);
    }, opts),
    article: new DataLoader(async (ids) => {
      const rs = await rows('get-articles', { ids });
      return byKey(ids, rs, 'id', (r) => toArticle(r.article), null);
    }, opts),
    fact: new DataLoader(async (ids) => {
      const rs = await rows('get-facts', { ids });
      return byKey(ids, rs, 'id', (r) => toFact(r.fact), null);
    }, opts),
    sources: new DataLoader(async (ids) => {
      const rs = await rows('get-sources', { ids });
      return byKey(ids, rs, 'id', (r) => list(r.sources).map(toSource), []);
    }, opts),
    history: new DataLoader(async (ids) => {
      const rs = await rows('get-history', { ids });
      return byKey(ids, rs, 'id', (r) => list(r.history).map(toReport), []);
    }, opts),
    resultingVisit: new DataLoader(async (ids) => {
      const rs = await rows('get-invitation-visits', { ids });
      return byKey(ids, rs, 'id', (r) => toFact(r.visit), null);
    }, opts),
    articleFactIds: new DataLoader(async (ids) => {
      const rs = await rows('get-article-fact-ids', { ids });
      return byKey(ids, rs, 'id', (r) => list(r.factIds).map(String), []);
    }, opts),
    representations: new DataLoader(async (ids) => {
      const rs = await rows('get-representations', { ids });
      return byKey(ids, rs, 'id', (r) => list(r.representations).map(toRepresentation), []);
    }, opts),
    representatives(first) {
      let loader = representatives.get(first);
      if (!loader) {
        loader = new DataLoader(async (codes) => {
          const rs = await rows('get-state-representatives', { codes, first });
          return byKey(codes, rs, 'code', (r) => list(r.representations).map(toRepresentation), []);
        }, opts);
        representatives.set(first, loader);
      }
      return loader;
    },
    personFacts(type, dir, first) {
      const key = `${type}|${dir}|${first}`;
      let loader = personFacts.get(key);
      if (!loader) {
        loader = new DataLoader(async (ids) => {
          const rs = await rows('get-person-facts', { ids, type, dir, first });
          return byKey(ids, rs, 'id', (r) => list(r.facts).map((f) => toFact(f)), []);
        }, opts);
        personFacts.set(key, loader);
      }
      return loader;
    },
    entity(key) {
      // The key forms of resolve/names.ts and resolve/keys.ts.
      if (key.startsWith('person:')) return loaders.person.load(key);
      if (key.startsWith('event:')) return loaders.event.load(key);
      return loaders.state.load(key);
    },
  };
  return loaders;
}

export interface ContextDeps {
  db: ApiDatabase;
  writer: ApiWriter;
  /** Absent: corrections are answered as unavailable (a server built without a graph). */
  curator?: ApiCurator;
  apiKey: string | null;
}

/** Yoga's `context` option: builds the per-request context. */
export function contextFactory(deps: ContextDeps) {
  const rows: ApiContext['rows'] = async (name, params) => {
    try {
      const result = await deps.db.read(name, params);
      return result as Row[];
    } catch (err) {
      if (isUnavailable(err)) throw serviceUnavailable();
      throw err;
    }
  };
  const guardedWriter: ApiWriter = {
    ingestArticle: (raw) => unavailableAware(() => deps.writer.ingestArticle(raw)),
    ingestArticles: (items) => unavailableAware(() => deps.writer.ingestArticles(items)),
    removeArticle: (id) => unavailableAware(() => deps.writer.removeArticle(id)),
  };
  const curator = deps.curator;
  const guardedCurator: ApiCurator = {
    mergePeople: (args) => unavailableAware(() => needCurator(curator).mergePeople(args)),
    splitPerson: (args) => unavailableAware(() => needCurator(curator).splitPerson(args)),
    moveFact: (args) => unavailableAware(() => needCurator(curator).moveFact(args)),
    corrections: (first) => unavailableAware(() => needCurator(curator).corrections(first)),
  };
  return (initial: YogaInitialContext): ApiContext => ({
    rows,
    loaders: makeLoaders(rows),
    writer: guardedWriter,
    curator: guardedCurator,
    requireApiKey() {
      const presented = initial.request.headers.get('x-api-key');
      const check: KeyCheck = checkApiKey(deps.apiKey, presented);
      if (check === 'disabled') {
        throw unauthenticated('Mutations are disabled: this server has no API key configured.');
      }
      if (check === 'missing') throw unauthenticated('This mutation needs an API key in the `x-api-key` header.');
      if (check === 'wrong') throw unauthenticated('The API key in the `x-api-key` header is not valid.');
      return `key:${createHash('sha256').update(presented ?? '', 'utf8').digest('hex').slice(0, 8)}`;
    },
  });
}

function needCurator(curator: ApiCurator | undefined): ApiCurator {
  if (curator === undefined) throw serviceUnavailable();
  return curator;
}

async function unavailableAware<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (isUnavailable(err)) throw serviceUnavailable();
    throw err;
  }
}
