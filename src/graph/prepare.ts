/**
 * Start-up preparation of a graph: schema migrations, then the data a newer version derives
 * from what older versions wrote, which every write has kept since:
 *  - facts' fromKey, toKey and sortKey (find-actor-facts' indexes), in chunks: each fact
 *    gets all three at once, so an interrupted run leaves whole facts and the next start
 *    goes on;
 *  - the state entries fact lists and bilateral read (:StateFact, one per fact, side and
 *    state; :DyadFact, one per fact and pair of states it joins), a chunk of facts per
 *    transaction, then a :DataMigration record; until the record is there, each start
 *    recomputes them all again (idempotent), so an interrupted backfill is finished later;
 *  - the per-(pair, year, type) counters bilateral counts whole years from (:DyadCount),
 *    rewritten from the :DyadFact entries (after their own backfill), then a record;
 *  - the groupKey of invitations' and visits' evidence (the group a write locks and clusters
 *    again), from the fact each supports, in chunks, then a :DataMigration record. Facts
 *    keep the ids an older version gave them until their group is next written.
 */
import { applyMigrations, type MigrationOptions } from '../db/migrations';
import type { Executor } from '../db/executor';
import { emptyFactIds, planStateEntries } from './plan';

/** The record of the state-entry backfill; a new name makes every graph recompute them. */
const STATE_ENTRIES = 'state-entries@1';
/** Facts per transaction of the state-entry backfill. */
const BACKFILL_CHUNK = 5_000;
/** Facts per transaction of the fact-key backfill. */
const FACT_KEYS_CHUNK = 20_000;
/** The record of the dyad counter backfill. */
const DYAD_COUNTS = 'dyad-counts@1';
/** Counters per transaction of the dyad counter backfill. */
const DYAD_COUNTS_CHUNK = 20_000;
/** The record of the evidence group backfill. */
const EVIDENCE_GROUPS = 'evidence-groups@1';
/** Evidence nodes per transaction of the evidence group backfill. */
const EVIDENCE_GROUPS_CHUNK = 20_000;

export interface PreparedGraph {
  migrations: string[];
  /** Facts given fromKey, toKey and sortKey (0 for an up-to-date graph). */
  factKeysBackfilled: number;
  /** Facts whose state entries were backfilled (0 for an up-to-date graph). */
  stateEntriesBackfilled: number;
  /** Dyad counters written from the entries (0 for an up-to-date graph). */
  dyadCountsBackfilled: number;
  /** Evidence of invitations and visits given its groupKey (0 for an up-to-date graph). */
  evidenceGroupsBackfilled: number;
}

export async function prepareGraph(db: Executor, options: MigrationOptions = {}): Promise<PreparedGraph> {
  const migrations = await applyMigrations(db, options);
  const factKeysBackfilled = await backfillFactKeys(db);
  if (factKeysBackfilled > 0) options.log?.(`order keys backfilled for ${factKeysBackfilled} facts`);
  const stateEntriesBackfilled = await backfillStateEntries(db);
  if (stateEntriesBackfilled > 0) options.log?.(`state entries backfilled for ${stateEntriesBackfilled} facts`);
  const dyadCountsBackfilled = await backfillDyadCounts(db);
  if (dyadCountsBackfilled > 0) options.log?.(`${dyadCountsBackfilled} dyad counters backfilled`);
  const evidenceGroupsBackfilled = await backfillEvidenceGroups(db);
  if (evidenceGroupsBackfilled > 0) options.log?.(`groups backfilled for ${evidenceGroupsBackfilled} evidence nodes`);
  return { migrations, factKeysBackfilled, stateEntriesBackfilled, dyadCountsBackfilled, evidenceGroupsBackfilled };
}

/**
 * Gives the evidence of invitations and visits its groupKey unless that was recorded as
 * done (an up-to-date graph then costs one look-up, not a scan of its evidence); returns how
 * many it updated.
 */
export async function backfillEvidenceGroups(db: Executor, chunk = EVIDENCE_GROUPS_CHUNK): Promise<number> {
  const done = await db.read<{ n: number }>('count-data-migration', { name: EVIDENCE_GROUPS });
  if (Number(done[0]?.n ?? 0) > 0) return 0;
  let total = 0;
  for (;;) {
    const [row] = await db.write<{ updated: number }>('backfill-evidence-groups', { limit: chunk });
    const updated = Number(row?.updated ?? 0);
    total += updated;
    if (updated < chunk) break;
  }
  await db.write('mark-data-migration', { name: EVIDENCE_GROUPS, now: new Date().toISOString() });
  return total;
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

/**
 * Recomputes every fact's state entries unless that was recorded as done; returns how many
 * facts it recomputed. A chunk per transaction (a large graph's entries do not fit in one
 * transaction's memory), then the record.
 */
export async function backfillStateEntries(db: Executor, chunk = BACKFILL_CHUNK): Promise<number> {
  const [row] = await db.read<{ invited: string[]; visited: string[]; stated: string[] }>('get-facts-without-entries', { migration: STATE_ENTRIES });
  if (row === undefined) return 0;
  const all = [...row.invited.map((id) => ['INVITED', id] as const), ...row.visited.map((id) => ['VISITED', id] as const), ...row.stated.map((id) => ['STATED', id] as const)];
  for (let i = 0; i < all.length; i += chunk) {
    const facts = emptyFactIds();
    for (const [type, id] of all.slice(i, i + chunk)) facts[type].push(id);
    for (const s of planStateEntries(facts)) await db.write(s.name, s.params);
  }
  await db.write('mark-data-migration', { name: STATE_ENTRIES, now: new Date().toISOString() });
  return all.length;
}

/**
 * Rewrites every :DyadCount counter from the :DyadFact entries unless that was recorded as
 * done; returns how many counters it wrote. The counters are cleared first (a chunk per
 * transaction), so counters an interrupted run left are never added to. Like the other
 * backfills it runs at start-up, before this process writes: a writer in another process
 * meanwhile could leave a counter off by its own changes.
 */
export async function backfillDyadCounts(db: Executor, chunk = DYAD_COUNTS_CHUNK): Promise<number> {
  const done = await db.read<{ n: number }>('count-data-migration', { name: DYAD_COUNTS });
  if (Number(done[0]?.n ?? 0) > 0) return 0;
  const groups = await db.read<{ dyad: string; year: string; type: string; n: number }>('get-dyad-counts', {});
  for (;;) {
    const [row] = await db.write<{ removed: number }>('remove-dyad-counts', { limit: chunk });
    if (Number(row?.removed ?? 0) < chunk) break;
  }
  const rows = groups.map((g) => [g.dyad, g.year, g.type, Number(g.n)]);
  for (let i = 0; i < rows.length; i += chunk) await db.write('write-dyad-counts', { rows: rows.slice(i, i + chunk) });
  await db.write('mark-data-migration', { name: DYAD_COUNTS, now: new Date().toISOString() });
  return rows.length;
}
