/**
 * Connects diplograph to Neo4j: to NEO4J_URI when set (neo4j://, neo4j+s://, bolt://…),
 * otherwise to a local Neo4j started for this process. Either way the caller gets a driver,
 * an executor and one `close()` that releases everything it started.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config';
import { loadCypher, type CypherCatalog } from './cypher';
import { DatabaseUnavailableError, mapDriverError } from './errors';
import { Executor } from './executor';
import { startLocalNeo4j, type LocalNeo4j } from './local-neo4j';

export interface Database {
  uri: string;
  driver: Driver;
  executor: Executor;
  /** Present when this process started its own Neo4j. */
  local: LocalNeo4j | undefined;
  /** True when a `RETURN 1` goes through now. */
  ping(): Promise<boolean>;
  /** Closes the driver, then stops the local Neo4j if one was started. Idempotent. */
  close(): Promise<void>;
}

export interface ConnectOptions {
  catalog?: CypherCatalog;
  log?: (message: string) => void;
  /** How long to keep trying a remote Neo4j that does not answer yet. */
  connectTimeoutMs?: number;
}

export function createDriver(uri: string, user: string, password: string | undefined): Driver {
  const auth = password === undefined ? undefined : neo4j.auth.basic(user, password);
  return neo4j.driver(uri, auth, {
    // Fail over to a clear 503 within seconds when Neo4j is gone, instead of the driver's
    // default 30 s of retries and 60 s waiting for a pooled connection.
    maxTransactionRetryTime: 5_000,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    userAgent: 'diplograph',
  });
}

export async function connect(config: Config, options: ConnectOptions = {}): Promise<Database> {
  const { neo4j: db } = config;
  const catalog = options.catalog ?? loadCypher();
  let local: LocalNeo4j | undefined;
  let uri = db.uri;
  if (uri === undefined) {
    local = await startLocalNeo4j({
      dataDir: db.local.dataDir,
      port: db.local.port,
      heap: db.local.heap,
      pageCache: db.local.pageCache,
      user: db.user,
      password: db.password,
      cacheDir: db.local.cacheDir,
      javaHome: db.local.javaHome,
      log: options.log,
    });
    uri = local.uri;
  }
  const driver = createDriver(uri, db.user, db.password);
  const executor = new Executor(driver, { database: db.database, catalog });
  const ping = async () => {
    try {
      await executor.read('ping');
      return true;
    } catch {
      return false;
    }
  };
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      await driver.close();
      await local?.stop();
    })();
    return closing;
  };
  try {
    await waitUntilAnswering(executor, options.connectTimeoutMs ?? 60_000);
  } catch (err) {
    await close();
    throw err;
  }
  return { uri, driver, executor, local, ping, close };
}

/** A remote Neo4j may still be starting (compose, restarts): retry until the deadline. */
async function waitUntilAnswering(executor: Executor, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await executor.read('ping');
      return;
    } catch (err) {
      const mapped = mapDriverError(err);
      if (!(mapped instanceof DatabaseUnavailableError) || Date.now() > deadline) throw mapped;
      await new Promise((r) => setTimeout(r, 1_000));
    }
  }
}
