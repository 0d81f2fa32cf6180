/**
 * Builds the GraphQL server; `main` only listens, tests call `yoga.fetch` with no port.
 *
 * - Schema from schema/*.graphql, resolvers from ./resolvers; every Cypher file the API
 *   uses must exist at start-up.
 * - Errors are masked in every environment: expected failures (errors.ts) go out as they
 *   are; anything else becomes "Unexpected error." and is logged here, never sent (no stack,
 *   no Cypher). An unreachable Neo4j answers SERVICE_UNAVAILABLE with HTTP 503.
 * - graphql-armor bounds depth, aliases, tokens, directives and cost (armor.ts).
 * - A document run more than once is executed compiled (graphql-jit).
 * - GraphiQL is served at /graphql from inlined assets (no CDN) with example tabs.
 */
import { countingWriter, observeRequests } from './observe';
import { createYoga as createGraphQLYoga, maskError as yogaMaskError, type YogaServerInstance } from 'graphql-yoga';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { useGraphQlJit } from '@envelop/graphql-jit';
import type { DocumentNode } from 'graphql';
import type { Logger } from 'pino';
import { armorPlugins } from './armor';
import { contextFactory, type ApiContext } from './context';
import { graphiqlOptions } from './graphiql';
import type { Executor } from '../db/executor';
import * as corrections from '../graph/corrections';
import * as ingest from '../graph/ingest';
import type { ApiCurator, ApiWriter } from './ports';
import { buildSchema } from './schema';

/** Every Cypher file the API runs (checked against the catalog at start-up). */
export const API_QUERIES = [
  'find-actor-facts',
  'find-facts',
  'count-facts',
  'find-all-invitations',
  'count-all-invitations',
  'find-all-visits',
  'count-all-visits',
  'find-all-statements',
  'count-all-statements',
  'get-facts',
  'get-sources',
  'get-history',
  'get-invitation-visits',
  'get-states',
  'get-people',
  'get-events',
  'get-articles',
  'get-article-fact-ids',
  'get-representations',
  'get-state-representatives',
  'get-person-facts',
  'search-entities',
  'find-states',
  'count-states',
  'find-people',
  'count-people',
  'find-events',
  'count-events',
  'bilateral-facts',
  'paths-expand',
  'paths-steps',
  'neighbourhood-of',
];

export type ApiLogger = Pick<Logger, 'error' | 'warn' | 'info' | 'debug'>;

export interface CreateYogaOptions {
  /** The connected database (only its executor is used). */
  db: { executor: Executor };
  /** Article writes for the mutations; defaults to the graph module's ingest functions. */
  writer?: ApiWriter;
  /** Corrections; defaults to the graph module's. */
  curator?: ApiCurator;
  config: { apiKey?: string | null | undefined; http?: { corsOrigins?: string[] } };
  logger: ApiLogger;
  /** Default /graphql. */
  graphqlEndpoint?: string;
}

export type DiplographYoga = YogaServerInstance<Record<string, never>, ApiContext>;

export function createYoga(options: CreateYogaOptions): DiplographYoga {
  const { config, logger } = options;
  const executor = options.db.executor;
  executor.catalog.requireAll(API_QUERIES);
  const writer = countingWriter(options.writer ?? graphWriter(executor));
  const makeContext = contextFactory({ db: executor, writer, curator: options.curator ?? graphCurator(executor), apiKey: config.apiKey ?? null });

  return createGraphQLYoga<Record<string, never>, ApiContext>({
    schema: buildSchema(),
    graphqlEndpoint: options.graphqlEndpoint ?? '/graphql',
    context: (initial) => makeContext(initial),
    maskedErrors: {
      // Never dev mode: no environment may send original errors or stacks to clients.
      isDev: false,
      maskError(error) {
        const masked = yogaMaskError(error, 'Unexpected error.', false);
        if (masked !== error) logger.error({ err: unwrap(error) }, 'unexpected error in a GraphQL request');
        return masked;
      },
    },
    logging: {
      debug: (...args) => logger.debug({ args }, 'yoga'),
      info: (...args) => logger.info({ args }, 'yoga'),
      warn: (...args) => logger.warn({ args }, 'yoga'),
      error: (...args) => logger.error({ args }, 'yoga'),
    },
    graphiql: graphiqlOptions,
    renderGraphiQL,
    landingPage: false,
    // yoga's default answers every origin and allows credentials; here only the exact origins
    // configured may call from a browser, and never with credentials: the API key travels in
    // a header the caller sets, so no cookie or HTTP auth ever needs to cross origins.
    cors: corsOptions(config.http?.corsOrigins ?? []),
    plugins: [observeRequests(logger), ...armorPlugins(), jitForRepeatedDocuments()],
  });
}

export function corsOptions(origins: string[]) {
  if (origins.length === 0) return false as const;
  return { origin: origins, credentials: false, methods: ['GET', 'POST', 'OPTIONS'], allowedHeaders: ['content-type', 'x-api-key'], maxAge: 600 };
}

/**
 * Executes a document compiled by graphql-jit from its second run on. Compiled execution
 * skips graphql-js's per-field interpretation (a 100-fact bilateral page: ~0.6 ms of ~0.9 ms
 * spent executing); a one-off query would pay for compiling without gaining from it. Compiled
 * queries live as long as yoga's cache of parsed documents keeps the document.
 */
function jitForRepeatedDocuments() {
  return useGraphQlJit({}, { enableIf: fromSecondRun() });
}

/** True for a document (yoga hands out the same parsed object for the same text) already seen once. */
export function fromSecondRun(): (args: { document: DocumentNode }) => boolean {
  const seen = new WeakSet<DocumentNode>();
  return ({ document }) => {
    if (seen.has(document)) return true;
    seen.add(document);
    return false;
  };
}

export function graphCurator(executor: Executor): ApiCurator {
  return {
    mergePeople: (args) => corrections.mergePeople(executor, args),
    splitPerson: (args) => corrections.splitPerson(executor, args),
    moveFact: (args) => corrections.moveFact(executor, args),
    corrections: (first) => corrections.listCorrections(executor, first),
  };
}

export function graphWriter(executor: Executor): ApiWriter {
  return {
    ingestArticle: (raw) => ingest.ingestArticle(executor, raw),
    ingestArticles: (items) => ingest.ingestArticles(executor, items),
    removeArticle: (id) => ingest.removeArticle(executor, id),
  };
}

/** The error a GraphQL wrapper carries, for the log. */
function unwrap(error: unknown): unknown {
  const original = (error as { originalError?: unknown } | null)?.originalError;
  return original ?? error;
}
