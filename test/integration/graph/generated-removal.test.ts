/**
 * Removing articles from a generated graph (synthetic/graph.ts, the benchmark's) takes the
 * production path and leaves what production would: a statement no remaining article reports
 * is gone, a corroborated one keeps the count and report dates of the articles that remain;
 * each group of invitations and visits holds exactly the facts clustering its remaining
 * reports gives; facts the removed articles never reported are untouched. This holds only if
 * the generated evidence is what ingest writes (its kind names the fact's relationship type,
 * its reportKey orders the reports, its groupKey names its group), which is why the
 * generator builds it with the planner's own rows.
 */
import { toParams } from '../../../src/db';
import { removeArticle } from '../../../src/graph/ingest';
import { syntheticCypher } from '../../../synthetic/cypher';
import { groupReport } from '../../../src/graph/plan';
import { factGroupKey, reconcileGroup, type FactGroup, type GroupReport } from '../../../src/resolve/fact-groups';
import { generate, graphRows, reportEvidence, type GeneratedGraph } from '../../../synthetic/graph';
import { closeTestDriver, testDriver, testDatabase, testExecutor } from '../../support/neo4j';
import { query } from './helpers';

afterAll(closeTestDriver);

async function write(name: string, params: Record<string, unknown>): Promise<void> {
  const session = testDriver().session({ database: testDatabase() });
  try {
    await session.executeWrite((tx) => tx.run(syntheticCypher.get(name).text, toParams(params) as Record<string, unknown>));
  } finally {
    await session.close();
  }
}

interface StoredFact {
  id: string;
  sourceCount: number;
  firstReported: string;
  lastReported: string;
  status: string | null;
}

async function storedFacts(ids: string[]): Promise<Map<string, StoredFact>> {
  const rows = await query<StoredFact>(
    `MATCH ()-[r:INVITED|VISITED|STATED]->() WHERE r.id IN $ids
     RETURN r.id AS id, r.sourceCount AS sourceCount, r.firstReported AS firstReported, r.lastReported AS lastReported, r.status AS status`,
    { ids },
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/** Every invitation and visit between the groups' ends, as "id count first last status date". */
async function groupFacts(groups: FactGroup[]): Promise<string[]> {
  const rows = await query<{ line: string }>(
    `UNWIND $groups AS g
     MATCH ()-[r:INVITED|VISITED]->() WHERE type(r) = g.type AND r.fromKey = g.from AND r.toKey = g.to
     RETURN r.id + ' ' + r.sourceCount + ' ' + r.firstReported + ' ' + r.lastReported + ' ' + coalesce(r.status, '-') + ' ' + coalesce(r.date, '-') AS line`,
    { groups },
  );
  return rows.map((r) => r.line).sort();
}

describe('removing articles from a generated graph', () => {
  const tag = `~${Math.random().toString(36).slice(2, 8)}`;
  let g: GeneratedGraph;

  beforeAll(async () => {
    g = generate(120, 11, { tag, people: 40 });
    for (const { name, rows } of graphRows(g)) await write(name, { rows });
  }, 120_000);

  afterAll(async () => {
    await write('fixture-cleanup', {
      articleIds: g.articles.map((a) => a.id),
      personIds: g.people.map((p) => p.id),
      eventIds: g.events.map((e) => e.id),
      stateCodes: g.states.map((s) => s.code),
      factIds: g.facts.map((f) => f.props.id),
    });
    await query(`MATCH (g:FactGroup) WHERE g.key CONTAINS $tag DELETE g`, { tag });
  });

  it('deletes the facts only they reported, recounts the corroborated ones and leaves the rest alone', async () => {
    const db = testExecutor();
    const ids = g.facts.map((f) => String(f.props.id));
    const before = await storedFacts(ids);
    expect(before.size).toBe(g.facts.length);

    // Every sixth article, so that some facts lose all their reports and others only some.
    const removed = new Set(g.articles.filter((_, i) => i % 6 === 0).map((a) => String(a.id)));

    // Invitations and visits: each group must end as clustering its remaining reports makes it.
    const groups = new Map<string, { group: FactGroup; left: GroupReport[]; lost: number }>();
    for (const f of g.facts) {
      if (f.type === 'STATED') continue;
      const key = factGroupKey(f.type, f.from, f.to);
      const entry = groups.get(key) ?? { group: { key, type: f.type, from: f.from, to: f.to }, left: [], lost: 0 };
      for (const rep of f.reports) {
        if (removed.has(rep.articleId)) entry.lost += 1;
        else entry.left.push(groupReport(reportEvidence(f, '', rep)));
      }
      groups.set(key, entry);
    }
    const line = (id: string, p: { sourceCount: number; firstReported: string | null; lastReported: string | null; status: string | null; date: string | null }) =>
      `${id} ${p.sourceCount} ${p.firstReported} ${p.lastReported} ${p.status ?? '-'} ${p.date ?? '-'}`;
    const groupsExpected = [...groups.values()].flatMap(({ group, left }) => reconcileGroup(group, left).facts.map((f) => line(f.id, f.props))).sort();
    const untouchedGroups = [...groups.values()].filter((e) => e.lost === 0).map((e) => e.group);
    const untouchedBefore = await groupFacts(untouchedGroups);
    expect(untouchedGroups.length).toBeGreaterThan(0);
    expect([...groups.values()].some((e) => e.lost > 0 && e.left.length > 0)).toBe(true);
    expect([...groups.values()].some((e) => e.lost > 0 && e.left.length === 0)).toBe(true);

    const expected = new Map<string, { sourceCount: number; firstReported: string; lastReported: string } | null>();
    const untouched: string[] = [];
    for (const f of g.facts) {
      if (f.type !== 'STATED') continue;
      const id = String(f.props.id);
      const left = f.reports.filter((r) => !removed.has(r.articleId));
      if (left.length === f.reports.length) untouched.push(id);
      else if (left.length === 0) expected.set(id, null);
      else {
        const dates = left.map((r) => r.publishedAt).sort();
        expected.set(id, { sourceCount: new Set(left.map((r) => r.articleId)).size, firstReported: dates[0]!, lastReported: dates.at(-1)! });
      }
    }
    const gone = [...expected].filter(([, v]) => v === null).map(([id]) => id);
    const recounted = [...expected].filter(([, v]) => v !== null).map(([id]) => id);
    // The choice of articles must exercise all three outcomes, or the test proves nothing.
    expect(gone.length).toBeGreaterThan(0);
    expect(recounted.length).toBeGreaterThan(0);
    expect(untouched.length).toBeGreaterThan(0);

    let factsRemoved = 0;
    for (const id of removed) {
      const result = await removeArticle(db, id);
      expect(result.removed).toBe(true);
      factsRemoved += result.factsRemoved;
    }
    expect(factsRemoved).toBeGreaterThanOrEqual(gone.length);

    await expect(groupFacts([...groups.values()].map((e) => e.group))).resolves.toEqual(groupsExpected);
    await expect(groupFacts(untouchedGroups)).resolves.toEqual(untouchedBefore);

    const after = await storedFacts(ids);
    expect(gone.filter((id) => after.has(id))).toEqual([]);
    for (const id of recounted) {
      expect({ id, ...after.get(id) }).toEqual({ id, ...before.get(id), ...expected.get(id) });
      expect(after.get(id)!.sourceCount).toBeLessThan(before.get(id)!.sourceCount);
    }
    for (const id of untouched) expect(after.get(id)).toEqual(before.get(id));

    // Evidence of the removed articles is gone; the others' is all there.
    const articleIds = g.articles.map((a) => String(a.id));
    const evidence = await query<{ articleId: string; n: number }>(
      `MATCH (e:Evidence) WHERE e.articleId IN $articleIds AND e.kind <> 'REPRESENTS' RETURN e.articleId AS articleId, count(*) AS n`,
      { articleIds },
    );
    expect(evidence.filter((e) => removed.has(e.articleId))).toEqual([]);
    const reportsLeft = g.facts.reduce((n, f) => n + f.reports.filter((r) => !removed.has(r.articleId)).length, 0);
    expect(evidence.reduce((n, e) => n + e.n, 0)).toBe(reportsLeft);
    // One transaction a removal, as in production: slow on a shared, busy database.
  }, 180_000);
});
