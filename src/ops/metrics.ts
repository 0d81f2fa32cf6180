/**
 * Prometheus metrics (prom-client), one registry per process: HTTP requests by operation and
 * outcome with latency, GraphQL errors by code, ingest outcomes, Neo4j query latency, and
 * prom-client's process metrics (CPU, memory, event-loop lag, handles).
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'diplograph_' });

export const httpDuration = new Histogram({
  name: 'diplograph_http_request_duration_seconds',
  help: 'HTTP requests by GraphQL operation name (or route) and outcome, with their latency',
  labelNames: ['operation', 'outcome'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

export const graphqlErrors = new Counter({
  name: 'diplograph_graphql_errors_total',
  help: 'GraphQL errors returned to clients, by error code',
  labelNames: ['code'] as const,
  registers: [registry],
});

export const ingestArticles = new Counter({
  name: 'diplograph_ingest_articles_total',
  help: 'Articles ingested through the API, by outcome (created, updated, unchanged, failed)',
  labelNames: ['status'] as const,
  registers: [registry],
});

export const factsWritten = new Counter({
  name: 'diplograph_ingest_facts_written_total',
  help: 'Facts written by ingestion through the API',
  registers: [registry],
});

export const neo4jQueryDuration = new Histogram({
  name: 'diplograph_neo4j_query_duration_seconds',
  help: 'Named Cypher statements and transactions (reads, writes) run by the API, by name or transaction label and outcome',
  labelNames: ['query', 'outcome'] as const,
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
  registers: [registry],
});

/** Query names are a fixed set (the files in cypher/), so they are safe as label values. */
export function observeQuery(name: string, seconds: number, ok: boolean): void {
  neo4jQueryDuration.observe({ query: name, outcome: ok ? 'ok' : 'error' }, seconds);
}

export const neo4jSessionsInUse = new Gauge({
  name: 'diplograph_neo4j_sessions_in_use',
  help: 'Neo4j sessions open now; each holds one pooled Bolt connection while it runs (the driver does not expose its pool)',
  registers: [registry],
});

export const neo4jSessionsOpened = new Counter({
  name: 'diplograph_neo4j_sessions_opened_total',
  help: 'Neo4j sessions opened since start',
  registers: [registry],
});

export function observeSession(delta: 1 | -1): void {
  neo4jSessionsInUse.inc(delta);
  if (delta === 1) neo4jSessionsOpened.inc();
}
