/**
 * Concurrent ingest of overlapping articles: 200 generated articles whose facts recur across
 * articles, written by 8 clients at once (each with its own driver). Afterwards: no
 * duplicate node or fact, every article present, every statement's sourceCount equal to the
 * number of articles that report it, the invitations and visits exactly the facts their
 * groups' clustering makes of all the reports (as if written one by one), and the
 * state-pair entries equal to what the graph says. Then all 200 are removed, again by 8
 * clients at once.
 */
import { generateArticles, parsedArticle, TemplateExtractor } from '../../../synthetic/articles';
import { loadConfig } from '../../../src/config';
import { createDriver, Executor, loadCypher } from '../../../src/db';
import { ingestArticles, removeArticle } from '../../../src/graph/ingest';
import { groupReport, planArticleWrite, type EvidenceRow } from '../../../src/graph/plan';
import { parseFactGroupKey, reconcileGroup, type GroupReport } from '../../../src/resolve/fact-groups';
import { collectPeople, resolvePeople } from '../../../src/resolve/people';
import { closeTestDriver, testExecutor } from '../../support/neo4j';
import { cleanupTag, dyadEntries, factsById, nameTag, query, stateFactEntries } from './helpers';

afterAll(closeTestDriver);

const CLIENTS = 8;

function clients(): { executors: Executor[]; close: () => Promise<void> } {
  const c = loadConfig(process.env).neo4j;
  const catalog = loadCypher();
  const drivers = Array.from({ length: CLIENTS }, () => createDriver(c.uri!, c.user, c.password));
  return {
    executors: drivers.map((d) => new Executor(d, { database: c.database, catalog })),
    close: async () => {
      await Promise.all(drivers.map((d) => d.close()));
    },
  };
}

describe('concurrent ingest', () => {
  it('creates no duplicates, loses no article and counts every source', async () => {
    const tag = nameTag(6);
    const articles = generateArticles({ count: 200, stories: 40, seed: 4242, tag });
    const extractor = new TemplateExtractor(articles);
    const ids = articles.map((a) => parsedArticle(a).id);

    // What each fact's sourceCount must be: for statements and links, the number of articles
    // whose plan includes it; for invitations and visits, what clustering all the reports of
    // their group gives.
    const expected = new Map<string, number>();
    const groups = new Map<string, GroupReport[]>();
    for (const a of articles) {
      const x = await extractor.extract(parsedArticle(a));
      const plan = planArticleWrite(x, resolvePeople(collectPeople(x), new Map()), { articleId: x.article.id, now: 'n' });
      for (const id of [...plan.facts.STATED, ...plan.facts.REPRESENTS]) expected.set(id, (expected.get(id) ?? 0) + 1);
      for (const row of plan.rows.evidence as EvidenceRow[]) {
        if (typeof row.groupKey === 'string') groups.set(row.groupKey, [...(groups.get(row.groupKey) ?? []), groupReport(row)]);
      }
    }
    let merged = 0;
    for (const [key, reports] of groups) {
      const outcome = reconcileGroup(parseFactGroupKey(key)!, reports);
      for (const f of outcome.facts) expected.set(f.id, f.props.sourceCount);
      merged += reports.length - outcome.facts.length;
    }
    expect(groups.size).toBeGreaterThan(10);
    // Reports of invitations and visits must meet, or the test proves nothing about them.
    expect(merged).toBeGreaterThan(0);
    expect([...expected.values()].some((n) => n > 1)).toBe(true);

    const { executors, close } = clients();
    try {
      const slices = executors.map((_, i) => articles.filter((_, j) => j % CLIENTS === i).map((a) => a.input));
      const results = (await Promise.all(executors.map((db, i) => ingestArticles(db, slices[i]!, { extractor, concurrency: 1 })))).flat();
      expect(results.filter((r) => r.status !== 'created')).toEqual([]);

      await expect(query(`MATCH (a:Article) WHERE a.id IN $ids RETURN count(a) AS n`, { ids })).resolves.toEqual([{ n: 200 }]);
      const dupNodes = await query(
        `MATCH (n) WHERE (n:Person OR n:Event OR n:State) AND (n.id CONTAINS $tag OR n:State OR n:Event)
         WITH labels(n)[0] AS label, coalesce(n.id, n.code) AS key, count(*) AS copies WHERE copies > 1
         RETURN label, key, copies`,
        { tag },
      );
      expect(dupNodes).toEqual([]);

      const facts = await query<{ id: string; copies: number; sourceCount: number; evidenceArticles: number }>(
        `UNWIND $ids AS fid
         CALL (fid) {
           MATCH ()-[r:INVITED {id: fid}]->() RETURN r
           UNION ALL MATCH ()-[r:VISITED {id: fid}]->() RETURN r
           UNION ALL MATCH ()-[r:STATED {id: fid}]->() RETURN r
           UNION ALL MATCH (:Person)-[r:REPRESENTS {id: fid}]->() RETURN r
         }
         WITH fid, collect(r) AS rs
         OPTIONAL MATCH (e:Evidence {factId: fid})
         RETURN fid AS id, size(rs) AS copies, rs[0].sourceCount AS sourceCount, count(DISTINCT e.articleId) AS evidenceArticles`,
        { ids: [...expected.keys()] },
      );
      expect(facts).toHaveLength(expected.size);
      const wrong = facts.filter((f) => f.copies !== 1 || f.sourceCount !== expected.get(f.id) || f.evidenceArticles !== f.sourceCount);
      expect(wrong).toEqual([]);
      // No other invitation or visit in these groups: nothing created twice under another id.
      const inGroups = await query<{ id: string }>(
        `UNWIND $keys AS key
         MATCH (e:Evidence {groupKey: key})
         RETURN DISTINCT e.factId AS id`,
        { keys: [...groups.keys()] },
      );
      const groupFacts = [...expected.keys()].filter((id) => id.startsWith('inv|') || id.startsWith('vis|'));
      expect(inGroups.map((r) => r.id).sort()).toEqual(groupFacts.sort());
      const strays = await query<{ id: string }>(
        `UNWIND $keys AS key
         WITH split(key, '|') AS k
         MATCH ()-[r:INVITED|VISITED]->() WHERE r.fromKey = k[1] AND r.toKey = k[2] AND NOT r.id IN $ids
         RETURN r.id AS id`,
        { keys: [...groups.keys()], ids: groupFacts },
      );
      expect(strays).toEqual([]);

      // The state-pair entries bilateral reads match the graph, though people's state links
      // and their facts were written by different clients at once.
      const dyads = await dyadEntries(tag);
      expect(dyads.expected.length).toBeGreaterThan(20);
      expect(dyads.actual).toEqual(dyads.expected);
      const states = await stateFactEntries(tag);
      expect(states.expected.length).toBeGreaterThan(dyads.expected.length);
      expect(states.actual).toEqual(states.expected);

      // Remove everything, concurrently too: nothing of this run may remain.
      const removed = await Promise.all(executors.map(async (db, i) => {
        const out = [];
        for (const id of ids.filter((_, j) => j % CLIENTS === i)) out.push(await removeArticle(db, id));
        return out;
      }));
      expect(removed.flat().filter((r) => !r.removed)).toEqual([]);
      await expect(query(`MATCH (p:Person) WHERE p.id CONTAINS $tag RETURN p.id`, { tag })).resolves.toEqual([]);
      await expect(query(`MATCH (e:Evidence) WHERE e.articleId IN $ids RETURN e.id`, { ids })).resolves.toEqual([]);
      await expect(factsById([...expected.keys()])).resolves.toEqual([]);
      await expect(query(`MATCH (g:FactGroup) WHERE g.key IN $keys RETURN g.key`, { keys: [...groups.keys()] })).resolves.toEqual([]);
      await expect(dyadEntries(tag)).resolves.toEqual({ expected: [], actual: [] });
      await expect(stateFactEntries(tag)).resolves.toEqual({ expected: [], actual: [] });
    } finally {
      await close();
      const db = testExecutor();
      for (const id of ids) await removeArticle(db, id);
      await cleanupTag(tag);
    }
  }, 300_000);
});
