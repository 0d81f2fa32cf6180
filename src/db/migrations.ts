/**
 * Schema migrations: every `cypher/migrations/*.cypher` file, in name order, each its own
 * transaction. They are all `IF NOT EXISTS` statements, so running them again is a no-op
 * and no record of what ran is kept: the schema itself is the record. A future migration
 * that changes data must be idempotent too (MERGE, guarded SET) for the same reason.
 */
import type { Executor } from './executor';

export const MIGRATION_PREFIX = 'migrations/';

export interface MigrationOptions {
  /** How long to wait for new indexes to come online. */
  awaitIndexesSeconds?: number;
  log?: (message: string) => void;
}

/** Applies every migration and waits until all indexes are online; returns their names. */
export async function applyMigrations(executor: Executor, options: MigrationOptions = {}): Promise<string[]> {
  const names = executor.catalog.names(MIGRATION_PREFIX);
  for (const name of names) {
    // Schema changes cannot share a transaction with other statements: one each.
    await executor.write(name);
    options.log?.(`migration ${name} applied`);
  }
  await executor.read('await-indexes', { timeoutSeconds: options.awaitIndexesSeconds ?? 300 });
  return names;
}
