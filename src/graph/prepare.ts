/**
 * Start-up preparation of a graph: schema migrations, then the data a newer version derives
 * from what older versions wrote, which every write has kept since:
 *  - facts' fromKey, toKey and sortKey (find-actor-facts' indexes), in chunks: each fact
 *    gets all three at once, so an interrupted run leaves whole facts and the next start
 *    goes on;
 *  - the :DyadFact entries bilateral reads (one per fact and pair of states it joins), all
 *    in one transaction, so an interrupted backfill leaves none and runs again next time.
 */
import { applyMigrations, type MigrationOptions } from '../db/migrations';
import type { Executor } from '../db/executor';
import { emptyFactIds, planDyads } from './plan';

/** Facts per write-dyad-facts statement of the backfill. */
const BACKFILL_CHUNK = 5_000;
/** Facts per transaction of the fact-key backfill. */
const FACT_KEYS_CHUNK = 20_000;

export interface PreparedGraph {
  migrations: string[];
  /** Facts given fromKey, toKey and sortKey (0 for an up-to-date graph). */
  factKeysBackfilled: number;
  /** Facts whose dyad entries were backfilled (0 for an up-to-date graph). */
  dyadFactsBackfilled: number;
}

export async function prepareGraph(db: Executor, options: MigrationOptions = {}): Promise<PreparedGraph> {
  const migrations = await applyMigrations(db, options);
  const factKeysBackfilled = await backfillFactKeys(db);
  if (factKeysBackfilled > 0) options.log?.(`order keys backfilled for ${factKeysBackfilled} facts`);
  const dyadFactsBackfilled = await backfillDyadFacts(db);
  if (dyadFactsBackfilled > 0) options.log?.(`dyad entries backfilled for ${dyadFactsBackfilled} facts`);
  return { migrations, factKeysBackfilled, dyadFactsBackfilled };
}

/** Gives every fact written without them fromKey, toKey and sortKey; returns how many. */
export async function backfillFactKeys(db: Executor, chunk = FACT_KEYS_CHUNK): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await db.write<{ updated: number }>('backfill-fact-keys', { limit: chunk });
    const updated = Number(row?.updated ?? 0);
    total += updated;
    if (updated < chunk) return total;
  }
}

/** Writes every fact's dyad entries when the graph has none yet; returns how many facts it read. */
export async function backfillDyadFacts(db: Executor, chunk = BACKFILL_CHUNK): Promise<number> {
  const [row] = await db.read<{ invited: string[]; visited: string[]; stated: string[] }>('get-facts-without-dyads');
  if (row === undefined) return 0;
  const all = [...row.invited.map((id) => ['INVITED', id] as const), ...row.visited.map((id) => ['VISITED', id] as const), ...row.stated.map((id) => ['STATED', id] as const)];
  if (all.length === 0) return 0;
  await db.writeTransaction('backfill-dyad-facts', async (tx) => {
    for (let i = 0; i < all.length; i += chunk) {
      const facts = emptyFactIds();
      for (const [type, id] of all.slice(i, i + chunk)) facts[type].push(id);
      for (const s of planDyads(facts)) await tx.run(s.name, s.params);
    }
  });
  return all.length;
}
