/**
 * The one place that runs Cypher. Queries are named files from the catalog; every
 * transaction is tagged `{app: 'diplograph', query: <name>}` (visible in Neo4j's query log
 * and `SHOW TRANSACTIONS`); sessions are closed in `finally`; values are converted at this
 * boundary (see values.ts); driver errors become the typed errors of errors.ts.
 */
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import type { CypherCatalog } from './cypher';
import { mapDriverError } from './errors';
import { toParams, toPlain, type Plain } from './values';

export type Row = Record<string, Plain>;
export type Params = Record<string, unknown>;

/** Runs named statements inside one transaction. */
export interface TxRunner {
  run<T extends Row = Row>(name: string, params?: Params): Promise<T[]>;
}

export interface ExecutorOptions {
  database: string;
  catalog: CypherCatalog;
}

export class Executor {
  readonly database: string;
  readonly catalog: CypherCatalog;

  constructor(
    readonly driver: Driver,
    options: ExecutorOptions,
  ) {
    this.database = options.database;
    this.catalog = options.catalog;
  }

  /** One named statement in a read transaction (retried by the driver on transient errors). */
  read<T extends Row = Row>(name: string, params: Params = {}): Promise<T[]> {
    return this.readTransaction(name, (tx) => tx.run<T>(name, params));
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
    try {
      session = this.driver.session({ database: this.database, defaultAccessMode: mode });
      const config = { metadata: { app: 'diplograph', query: label } };
      const body = (tx: ManagedTransaction) => work(this.runner(tx, failing));
      return mode === 'READ'
        ? await session.executeRead(body, config)
        : await session.executeWrite(body, config);
    } catch (err) {
      throw mapDriverError(err, failing.name);
    } finally {
      await session?.close();
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
