/**
 * Neo4j going away in the middle of an ingest run, on a Neo4j of this test's own (started
 * and killed here, never the shared one): calls fail with DatabaseUnavailableError, no
 * article is half-written (after a restart on the same data directory each article is
 * either fully there or absent), and the same client ingests again once Neo4j is back.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateArticles, parsedArticle, TemplateExtractor } from '../../../synthetic/articles';
import { applyMigrations, createDriver, DatabaseUnavailableError, Executor, freePort, loadCypher, startLocalNeo4j, type LocalNeo4j } from '../../../src/db';
import { ingestArticle, ingestArticles, type IngestResult } from '../../../src/graph/ingest';
import { planArticleWrite } from '../../../src/graph/plan';
import { collectPeople, resolvePeople } from '../../../src/resolve/people';
import { nameTag } from './helpers';

jest.setTimeout(600_000);

describe('Neo4j going away', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-faults-'));
  let local: LocalNeo4j | undefined;
  let port = 0;
  const driver = () => createDriver(`bolt://127.0.0.1:${port}`, 'neo4j', undefined);
  const start = async () => {
    local = await startLocalNeo4j({ dataDir, port, heap: '512m', pageCache: '64m' });
  };

  beforeAll(async () => {
    port = await freePort();
    await start();
  });

  afterAll(async () => {
    await local?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('fails cleanly, writes no half article, and recovers', async () => {
    const d = driver();
    const db = new Executor(d, { database: 'neo4j', catalog: loadCypher() });
    try {
      await applyMigrations(db);
      const articles = generateArticles({ count: 60, stories: 20, seed: 99, tag: nameTag() });
      const extractor = new TemplateExtractor(articles);

      // Kill the JVM (no clean shutdown) once a few articles are in, while others are in flight.
      let done = 0;
      let killed = false;
      const run = ingestArticles(db, articles.map((a) => a.input), {
        extractor,
        concurrency: 4,
        onResult: () => {
          done += 1;
          if (done === 10 && local) {
            killed = true;
            process.kill(local.pid, 'SIGKILL');
          }
        },
      });
      const failure = await run.then(
        () => null,
        (e: unknown) => e,
      );
      expect(killed).toBe(true);
      expect(failure).toBeInstanceOf(DatabaseUnavailableError);
      await local?.exited;

      // While it is down, a single ingest fails the same way.
      await expect(ingestArticle(db, articles[0]!.input, { extractor })).rejects.toBeInstanceOf(DatabaseUnavailableError);

      // Back on the same data directory and port: every article is whole or absent.
      await start();
      const expected = await Promise.all(
        articles.map(async (a) => {
          const x = await extractor.extract(parsedArticle(a));
          const plan = planArticleWrite(x, resolvePeople(collectPeople(x), new Map()), { articleId: x.article.id, now: 'n' });
          return { id: x.article.id, evidence: plan.rows.evidence.length, mentions: plan.rows.states.length + plan.rows.people.length + plan.rows.events.length };
        }),
      );
      const check = await d.executeQuery(
        `UNWIND $ids AS id
         OPTIONAL MATCH (a:Article {id: id})
         RETURN id, a IS NOT NULL AS present,
                COUNT { (e:Evidence {articleId: id}) } AS evidence,
                COUNT { (:Article {id: id})-[:MENTIONS]->() } AS mentions`,
        { ids: expected.map((e) => e.id) },
      );
      const state = new Map(check.records.map((r) => [r.get('id') as string, { present: r.get('present') as boolean, evidence: Number(r.get('evidence')), mentions: Number(r.get('mentions')) }]));
      let present = 0;
      for (const e of expected) {
        const s = state.get(e.id);
        if (s?.present) {
          present += 1;
          expect({ id: e.id, evidence: s.evidence, mentions: s.mentions }).toEqual({ id: e.id, evidence: e.evidence, mentions: e.mentions });
        } else {
          expect({ id: e.id, evidence: s?.evidence, mentions: s?.mentions }).toEqual({ id: e.id, evidence: 0, mentions: 0 });
        }
      }
      expect(present).toBeGreaterThanOrEqual(10);
      expect(present).toBeLessThan(articles.length);

      // The same client, unchanged, ingests again: the rest is created, the rest unchanged.
      const again: IngestResult[] = await ingestArticles(db, articles.map((a) => a.input), { extractor, concurrency: 4 });
      expect(again.filter((r) => r.status === 'failed')).toEqual([]);
      expect(again.filter((r) => r.status === 'created')).toHaveLength(articles.length - present);
      expect(again.filter((r) => r.status === 'unchanged')).toHaveLength(present);
      const total = await d.executeQuery(`MATCH (a:Article) RETURN count(a) AS n`);
      expect(Number(total.records[0]?.get('n'))).toBe(articles.length);
    } finally {
      await d.close();
    }
  });
});
