/**
 * A graph written before the state-pair (:DyadFact) entries existed, on a Neo4j of this
 * test's own (its entries are all deleted, which the shared one's other tests would see):
 * start-up preparation backfills them once, equal to what ingest writes, and then leaves an
 * up-to-date graph alone.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateArticles, TemplateExtractor } from '../../../bench/ingest';
import { createDriver, Executor, freePort, loadCypher, startLocalNeo4j, toPlain, type LocalNeo4j } from '../../../src/db';
import { ingestArticles } from '../../../src/graph/ingest';
import { prepareGraph } from '../../../src/graph/prepare';
import { dyadEntries, nameTag } from './helpers';

jest.setTimeout(300_000);

describe('upgrading a graph without dyad entries', () => {
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

  it('backfills every entry once, as ingest writes them', async () => {
    const driver = createDriver(`bolt://127.0.0.1:${port}`, 'neo4j', undefined);
    const db = new Executor(driver, { database: 'neo4j', catalog: loadCypher() });
    const run = async <T,>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> =>
      (await driver.executeQuery(cypher, params, { database: 'neo4j' })).records.map((r) => toPlain(r.toObject()) as T);
    try {
      // A new, empty graph: nothing to backfill.
      await expect(prepareGraph(db)).resolves.toMatchObject({ dyadFactsBackfilled: 0 });

      const articles = generateArticles({ count: 40, stories: 15, seed: 77, tag: nameTag() });
      const results = await ingestArticles(db, articles.map((a) => a.input), { extractor: new TemplateExtractor(articles) });
      expect(results.filter((r) => r.status !== 'created')).toEqual([]);
      const written = await dyadEntries('', run);
      expect(written.actual.length).toBeGreaterThan(10);
      expect(written.actual).toEqual(written.expected);

      // As an older version would have left it: facts, no entries.
      await run('MATCH (d:DyadFact) DELETE d');
      const [counted] = await run<{ facts: number }>('MATCH ()-[r:INVITED|VISITED|STATED]->() RETURN count(r) AS facts');
      await expect(prepareGraph(db)).resolves.toMatchObject({ dyadFactsBackfilled: counted?.facts });
      await expect(dyadEntries('', run)).resolves.toEqual(written);

      // Up to date: the next start reads one index entry and writes nothing.
      await expect(prepareGraph(db)).resolves.toMatchObject({ dyadFactsBackfilled: 0 });
      await expect(dyadEntries('', run)).resolves.toEqual(written);
    } finally {
      await driver.close();
    }
  });
});
