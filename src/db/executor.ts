/**
 * The one place that runs Cypher. Queries are named files from the catalog; every
 * transaction is tagged `{app: 'diplograph', query: <name>}` (visible in Neo4j's query log
 * and `SHOW TRANSACTIONS`); sessions are closed in `finally`; values are converted at this
 * boundary (see values.ts); driver errors become the typed errors of errors.ts.
 */
import { isRetryableError, type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import type { CypherCatalog } from './cypher';
import { mapDriverError } from './errors';
import { toParams, toPlain, type Plain } from './values';

export type Row = Record<string, Plain>;

/**
 * Told of the duration of every named read, write and transaction (by its label, from the
 * session's opening to the commit, retries included); the server points it at its metrics.
 */
let queryObserver: ((name: string, seconds: number, ok: boolean) => void) | undefined;
export function setQueryObserver(observer: typeof queryObserver): void {
  queryObserver = observer;
}

/**
 * Told when a session opens (+1) and closes (-1). neo4j-driver keeps its connection pool
 * private, so the sessions held open are the closest honest measure of pool use: a session
 * holds one pooled connection while a statement or transaction runs in it.
 */
let sessionObserver: ((delta: 1 | -1) => void) | undefined;
export function setSessionObserver(observer: typeof sessionObserver): void {
  sessionObserver = observer;
}
export type Params = Record<string, unknown>;

/** Runs named statements inside one transaction. */
export interface TxRunner {
  run<T extends Row = Row>(name: string, params?: Params): Promise<T[]>;
}

export interface ExecutorOptions {
  database: string;
  catalog: CypherCatalog;
  /**
   * How long `read` keeps retrying a statement that failed with a retryable error (Neo4j
   * not reachable yet, leader switch, transient lock); default 5 s, as the driver's own
   * retry for transactions is configured (db/neo4j.ts).
   */
  readRetryMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class Executor {
  readonly database: string;
  readonly catalog: CypherCatalog;
  private readonly readRetryMs: number;

  constructor(
    readonly driver: Driver,
    options: ExecutorOptions,
  ) {
    this.database = options.database;
    this.catalog = options.catalog;
    this.readRetryMs = options.readRetryMs ?? 5_000;
  }

  /**
   * One named read statement, as an auto-commit query: one round trip (RUN + PULL) instead
   * of a managed transaction's BEGIN, RUN + PULL and COMMIT, which is a third of a small
   * API query's time. One statement gains nothing from an explicit transaction around it:
   * it reads the same committed data either way. Retryable failures are retried here, with
   * backoff, for `readRetryMs` (a read has no effects, so running it again is always safe).
   */
  async read<T extends Row = Row>(name: string, params: Params = {}): Promise<T[]> {
    const query = this.catalog.get(name);
    const parameters = toParams(params) as Params;
    const config = { metadata: { app: 'diplograph', query: name } };
    const deadline = Date.now() + this.readRetryMs;
    for (let delay = 50; ; delay = Math.min(delay * 2, 1_000)) {
      const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
      sessionObserver?.(1);
      const started = performance.now();
      try {
        const result = await session.run(query.text, parameters, config);
        queryObserver?.(name, (performance.now() - started) / 1000, true);
        return result.records.map((record) => toPlain(record.toObject()) as T);
      } catch (err) {
        queryObserver?.(name, (performance.now() - started) / 1000, false);
        if (!isRetryableError(err) || Date.now() + delay > deadline) throw mapDriverError(err, name);
      } finally {
        await session.close();
        sessionObserver?.(-1);
      }
      await sleep(delay);
    }
  }

  /**
   * One named read statement whose rows are handed out as they arrive: the driver pulls
   * the next batch (`fetchSize` rows) only when the consumer has taken the last, so memory
   * stays the same however many rows the statement returns. Not retried: a consumer may
   * already have written rows out.
   */
  async *stream<T extends Row = Row>(name: string, params: Params = {}, fetchSize = 1_000): AsyncGenerator<T> {
    const query = this.catalog.get(name);
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ', fetchSize });
    sessionObserver?.(1);
    try {
      const result = session.run(query.text, toParams(params) as Params, { metadata: { app: 'diplograph', query: name } });
      for await (const record of result) yield toPlain(record.toObject()) as T;
    } catch (err) {
      throw mapDriverError(err, name);
    } finally {
      await session.close();
      sessionObserver?.(-1);
    }
  }

  /** One named statement in a write transaction. */
  write<T extends Row = Row>(name: string, params: Params = {}): Promise<T[]> {
    return this.writeTransaction(name, (tx) => tx.run<T>(name, params));
  }

  /**
   * Several named statements in one read transaction. `work` may be re-run by the driver
   * on transient failures, so it must not have side effects outside the transaction.
   */
  readTransaction<T>(label: string, work: (tx: TxRunner) => Promise<T>): Promise<T> {
    return this.transaction('READ', label, work);
  }

  /** Several named statements in one write transaction: all of them commit, or none. */
  writeTransaction<T>(label: string, work: (tx: TxRunner) => Promise<T>): Promise<T> {
    return this.transaction('WRITE', label, work);
  }

  private async transaction<T>(
    mode: 'READ' | 'WRITE',
    label: string,
    work: (tx: TxRunner) => Promise<T>,
  ): Promise<T> {
    let session: Session | undefined;
    // Driver errors are mapped only out here: inside, the driver must still see its own
    // error types to retry transient failures. `failing` remembers which statement failed.
    const failing = { name: label };
    const started = performance.now();
    try {
      session = this.driver.session({ database: this.database, defaultAccessMode: mode });
      sessionObserver?.(1);
      const config = { metadata: { app: 'diplograph', query: label } };
      const body = (tx: ManagedTransaction) => work(this.runner(tx, failing));
      const result = mode === 'READ'
        ? await session.executeRead(body, config)
        : await session.executeWrite(body, config);
      queryObserver?.(label, (performance.now() - started) / 1000, true);
      return result;
    } catch (err) {
      queryObserver?.(label, (performance.now() - started) / 1000, false);
      throw mapDriverError(err, failing.name);
    } finally {
      if (session) {
        await session.close();
        sessionObserver?.(-1);
      }
    }
  }

  private runner(tx: ManagedTransaction, failing: { name: string }): TxRunner {
    return {
      run: async <T extends Row>(name: string, params: Params = {}): Promise<T[]> => {
        const query = this.catalog.get(name);
        try {
          const result = await tx.run(query.text, toParams(params) as Params);
          return result.records.map((record) => toPlain(record.toObject()) as T);
        } catch (err) {
          failing.name = name;
          throw err;
        }
      },
    };
  }
}
