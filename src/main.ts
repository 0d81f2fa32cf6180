/**
 * `npm start`: configuration → Neo4j (NEO4J_URI, or a local one started here) → migrations
 * → seed articles → HTTP. Ctrl-C / SIGTERM stop the HTTP server, the driver and the local Neo4j in that
 * order and exit with 0.
 */
import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { ConfigError, loadConfig, PROJECT_ROOT } from './config';
import {
  connect,
  CypherCatalogError,
  DatabaseError,
  loadCypher,
  LocalNeo4jSetupError,
  type Database,
} from './db';
import { createYoga } from './api/yoga';
import { checkApiKey } from './api/auth';
import { httpDuration, observeQuery, observeSession, registry } from './ops/metrics';
import { setQueryObserver, setSessionObserver } from './db/executor';
import { chooseLogFormat, createLogger } from './ops/logger';
import { ingestInputs } from './graph/ingest-inputs';
import { readInputs } from './input/read';
import { prepareGraph } from './graph/prepare';
import { createExplorer } from './explorer/serve';
import { closeServer, createHttpServer, listen, type Readiness } from './server';

/** Articles ingested at every start (idempotent: unchanged ones are left alone). */
const SEEDS_DIR = path.join(PROJECT_ROOT, 'seeds');

const READINESS_TIMEOUT_MS = 2_000;
/** Longer than the local Neo4j's own stop (which may write its class-data archive). */
const SHUTDOWN_TIMEOUT_MS = 150_000;

async function main(): Promise<void> {
  const envFile = path.join(PROJECT_ROOT, '.env');
  if (fs.existsSync(envFile)) process.loadEnvFile(envFile);
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel, format: chooseLogFormat(config.logFormat, Boolean(process.stdout.isTTY)) });
  setQueryObserver(observeQuery);
  setSessionObserver(observeSession);

  let db: Database | undefined;
  let server: ReturnType<typeof createHttpServer> | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS).unref();
    try {
      if (server) await closeServer(server);
      // Before `db` exists the local Neo4j is still starting; it sees its stdin close
      // when this process exits and stops by itself.
      if (db) await db.close();
      logger.info('stopped');
      process.exit(0);
    } catch (err) {
      logger.error({ err }, 'unclean shutdown');
      process.exit(1);
    }
  };
  // `on`, not `once`: wrappers (npm, tsx) relay the terminal's Ctrl-C, so the same signal
  // can arrive twice, and the second must not kill the process mid-shutdown.
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  const catalog = loadCypher();
  catalog.requireAll(['ping', 'await-indexes']);

  if (config.neo4j.uri === undefined) {
    logger.info({ dataDir: config.neo4j.local.dataDir }, 'NEO4J_URI is unset: starting a local Neo4j');
  }
  db = await connect(config, { catalog, log: (message) => logger.debug({ neo4j: 'local' }, message) });
  if (stopping) return;
  logger.info({ uri: db.uri, local: db.local !== undefined, pid: db.local?.pid }, 'Neo4j connected');
  void db.local?.exited.then((code) => {
    // Nothing restarts the local Neo4j: from here on /ready and the API answer 503.
    if (!stopping) logger.error({ code }, 'the local Neo4j exited unexpectedly');
  });

  let migrated = false;
  const prepared = await prepareGraph(db.executor);
  migrated = true;
  logger.info({ count: prepared.migrations.length, factKeysBackfilled: prepared.factKeysBackfilled, stateEntriesBackfilled: prepared.stateEntriesBackfilled, dyadCountsBackfilled: prepared.dyadCountsBackfilled, evidenceGroupsBackfilled: prepared.evidenceGroupsBackfilled }, 'migrations applied');

  const seeded = await ingestInputs(db.executor, readInputs([SEEDS_DIR]), { keepResults: true });
  for (const { source, result } of seeded.results) {
    if (result.error) logger.warn({ source, error: result.error }, 'seed article not ingested');
  }
  logger.info(
    { created: seeded.created, updated: seeded.updated, unchanged: seeded.unchanged, failed: seeded.failed, facts: seeded.factsWritten },
    'seed articles ingested',
  );

  const database = db;
  const readiness = async (): Promise<Readiness> => {
    const answering = await Promise.race([
      database.ping(),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), READINESS_TIMEOUT_MS).unref()),
    ]);
    const checks: Readiness['checks'] = {
      neo4j: answering || 'Neo4j does not answer',
      migrations: migrated || 'migrations not applied',
    };
    return { ready: Object.values(checks).every((c) => c === true), checks };
  };

  server = createHttpServer({
    graphql: createYoga({ db, config, logger }),
    readiness,
    explorer: createExplorer((err) => logger.error({ err }, 'explorer build failed')),
    onError: (err) => logger.error({ err }, 'request failed'),
    bodyLimit: config.http.bodyLimit,
    ingestBodyLimit: config.http.ingestBodyLimit,
    isIngestCaller: (req) => checkApiKey(config.apiKey, req.headers['x-api-key'] as string | undefined) === 'ok',
    requestTimeoutMs: config.http.requestTimeoutMs,
    metrics: { contentType: registry.contentType, text: () => registry.metrics() },
    onAnswered: ({ route, status, seconds }) => {
      const outcome = status < 400 ? 'ok' : status === 413 ? 'refused' : 'error';
      httpDuration.observe({ operation: route, outcome }, seconds);
      logger.info({ route, status, durationMs: Math.round(seconds * 10_000) / 10, outcome }, 'http request');
    },
  });
  const url = await listen(server, config.http.host, config.http.port);
  logger.info({ url, explorer: `${url}/`, graphql: `${url}/graphql`, mutations: config.apiKey ? 'enabled' : 'disabled (no DIPLOGRAPH_API_KEY)' }, 'listening');
}

main().catch((err: unknown) => {
  // Expected start-up failures say what to do; their stack would only hide that.
  if (
    err instanceof ConfigError ||
    err instanceof LocalNeo4jSetupError ||
    err instanceof CypherCatalogError ||
    err instanceof DatabaseError
  ) {
    process.stderr.write(`diplograph failed to start: ${err.message}\n`);
  } else {
    process.stderr.write(`diplograph failed to start: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  }
  // Exiting closes the local Neo4j's stdin, which stops it.
  process.exit(1);
});
