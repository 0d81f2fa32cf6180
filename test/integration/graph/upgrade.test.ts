/**
 * A graph written before the facts' order keys (fromKey, toKey, sortKey), the state entries
 * (:StateFact, :DyadFact) and the pairs' counters (:DyadCount) existed, on a Neo4j of this test's own (every fact is rewritten, which
 * the shared one's other tests would see): start-up preparation backfills both once, equal
 * to what ingest writes, and then leaves an up-to-date graph alone.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateArticles, TemplateExtractor } from '../../../synthetic/articles';
import { createDriver, Executor, freePort, loadCypher, startLocalNeo4j, toPlain, type LocalNeo4j } from '../../../src/db';
import { ingestArticles } from '../../../src/graph/ingest';
import { backfillFactKeys, prepareGraph } from '../../../src/graph/prepare';
import { dyadCounts, dyadEntries, nameTag, stateFactEntries } from './helpers';

jest.setTimeout(300_000);

describe('upgrading a graph without order keys and state entries', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-upgrade-'));
  let local: LocalNeo4j | undefined;
  let port = 0;

  beforeAll(async () => {
    port = await freePort();
    local = await startLocalNeo4j({ dataDir, port, heap: '512m', pageCache: '64m' });
  });

  afterAll(async () => {
    await local?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('backfills order keys and state entries once, as ingest writes them', async () => {
    const driver = createDriver(`bolt://127.0.0.1:${port}`, 'neo4j', undefined);
    const db = new Executor(driver, { database: 'neo4j', catalog: loadCypher() });
    const run = async <T,>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> =>
      (await driver.executeQuery(cypher, params, { database: 'neo4j' })).records.map((r) => toPlain(r.toObject()) as T);
    try {
      // A new, empty graph: nothing to backfill.
      await expect(prepareGraph(db)).resolves.toMatchObject({ factKeysBackfilled: 0, stateEntriesBackfilled: 0 });

      const articles = generateArticles({ count: 40, stories: 15, seed: 77, tag: nameTag() });
      const results = await ingestArticles(db, articles.map((a) => a.input), { extractor: new TemplateExtractor(articles) });
      expect(results.filter((r) => r.status !== 'created')).toEqual([]);
      const written = await dyadEntries('', run);
      expect(written.actual.length).toBeGreaterThan(10);
      expect(written.actual).toEqual(written.expected);
      const writtenCounts = await dyadCounts('', run);
      expect(writtenCounts.actual.length).toBeGreaterThan(5);
      expect(writtenCounts.actual).toEqual(writtenCounts.expected);
      const writtenStates = await stateFactEntries('', run);
      expect(writtenStates.actual.length).toBeGreaterThan(written.actual.length);
      expect(writtenStates.actual).toEqual(writtenStates.expected);

      const factKeys = () => run<{ id: string; keys: unknown[] }>('MATCH ()-[r:INVITED|VISITED|STATED]->() RETURN r.id AS id, [r.fromKey, r.toKey, r.sortKey] AS keys ORDER BY id');
      const keysWritten = await factKeys();
      expect(keysWritten.filter((f) => f.keys.includes(null))).toEqual([]);

      // As an older version would have left it: facts without order keys, no entries.
      await run('MATCH ()-[r:INVITED|VISITED|STATED]->() REMOVE r.fromKey, r.toKey, r.sortKey');
      await run('MATCH (n) WHERE n:DyadFact OR n:StateFact OR n:DyadCount OR n:DataMigration DELETE n');
      const facts = keysWritten.length;
      // In chunks smaller than the graph, as a large graph's would be.
      await expect(backfillFactKeys(db, 7)).resolves.toBe(facts);
      await run('MATCH ()-[r:INVITED|VISITED|STATED]->() REMOVE r.fromKey, r.toKey, r.sortKey');
      await expect(prepareGraph(db)).resolves.toMatchObject({ factKeysBackfilled: facts, stateEntriesBackfilled: facts, dyadCountsBackfilled: writtenCounts.actual.length });
      await expect(dyadCounts('', run)).resolves.toEqual(writtenCounts);
      await expect(factKeys()).resolves.toEqual(keysWritten);
      await expect(dyadEntries('', run)).resolves.toEqual(written);
      await expect(stateFactEntries('', run)).resolves.toEqual(writtenStates);

      // A backfill interrupted before its record (here: state entries gone, no record) runs again.
      await run('MATCH (n) WHERE n:StateFact OR n:DataMigration DELETE n');
      await expect(prepareGraph(db)).resolves.toMatchObject({ factKeysBackfilled: 0, stateEntriesBackfilled: facts });
      await expect(stateFactEntries('', run)).resolves.toEqual(writtenStates);
      await expect(dyadEntries('', run)).resolves.toEqual(written);
      // Counters that drifted from the entries are rewritten from them, not added to.
      await run(`MATCH (c:DyadCount) SET c.n = c.n + 3`);
      await run(`MATCH (m:DataMigration {name: 'dyad-counts@1'}) DELETE m`);
      await expect(prepareGraph(db)).resolves.toMatchObject({ dyadCountsBackfilled: writtenCounts.actual.length });
      await expect(dyadCounts('', run)).resolves.toEqual(writtenCounts);

      // Evidence of invitations and visits from before groups: given its group, once.
      const groupKeys = () => run<{ id: string; groupKey: string | null }>(`MATCH (e:Evidence) WHERE e.kind IN ['INVITED', 'VISITED'] RETURN e.id AS id, e.groupKey AS groupKey ORDER BY id`);
      const groupsWritten = await groupKeys();
      expect(groupsWritten.length).toBeGreaterThan(10);
      expect(groupsWritten.filter((e) => !/^(inv|vis)\|[^|]+\|[^|]+$/.test(e.groupKey ?? ''))).toEqual([]);
      await run(`MATCH (e:Evidence) REMOVE e.groupKey`);
      await run(`MATCH (m:DataMigration {name: 'evidence-groups@1'}) DELETE m`);
      await expect(prepareGraph(db)).resolves.toMatchObject({ evidenceGroupsBackfilled: groupsWritten.length });
      await expect(groupKeys()).resolves.toEqual(groupsWritten);

      // Done and recorded: the next start writes nothing.
      await expect(prepareGraph(db)).resolves.toMatchObject({ factKeysBackfilled: 0, stateEntriesBackfilled: 0, dyadCountsBackfilled: 0, evidenceGroupsBackfilled: 0 });
      await expect(dyadCounts('', run)).resolves.toEqual(writtenCounts);
      await expect(factKeys()).resolves.toEqual(keysWritten);
      await expect(dyadEntries('', run)).resolves.toEqual(written);
      await expect(stateFactEntries('', run)).resolves.toEqual(writtenStates);
    } finally {
      await driver.close();
    }
  });
});
