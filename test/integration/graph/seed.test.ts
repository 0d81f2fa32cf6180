/**
 * The reference case end to end: the seed story through the real parser, the rule-based
 * extractor and the writer. Its people are real and other test files may ingest the same
 * story at the same time, so this test looks only at its own article's evidence and never
 * assumes it is a fact's only source.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ingestArticle, removeArticle } from '../../../src/graph/ingest';
import { closeTestDriver, testExecutor, uniquePrefix } from '../../support/neo4j';
import { query, snapshot } from './helpers';

afterAll(closeTestDriver);

const SEED = fs.readFileSync(path.join(__dirname, '../../../seeds/yonhap-2015-01-22-kim-russia-visit.txt'), 'utf8');

interface Supported {
  type: string;
  from: string;
  to: string;
  text: string;
  start: number;
  end: number;
  sourceCount: number;
  /** As this article reports the fact (invitations and visits; statements have none). */
  status: string | null;
  date: string | null;
  quote: string | null;
}

/** The facts this article supports, each with its evidence span. */
function supported(articleId: string): Promise<Supported[]> {
  return query<Supported>(
    `MATCH (:Article {id: $id})-[:HAS_EVIDENCE]->(e:Evidence) WHERE e.kind IN ['INVITED', 'VISITED', 'STATED']
     CALL (e) {
       MATCH (a)-[r:INVITED {id: e.factId}]->(b) RETURN r, a, b
       UNION MATCH (a)-[r:VISITED {id: e.factId}]->(b) RETURN r, a, b
       UNION MATCH (a)-[r:STATED {id: e.factId}]->(b) RETURN r, a, b
     }
     RETURN type(r) AS type, coalesce(a.id, a.code) AS from, coalesce(b.id, b.code) AS to,
            e.text AS text, e.start AS start, e.end AS end, r.sourceCount AS sourceCount,
            e.status AS status, e.date AS date, e.quote AS quote`,
    { id: articleId },
  );
}

describe('the seed article', () => {
  const id = `${uniquePrefix('seed')}yonhap`;
  const db = testExecutor();

  afterAll(async () => {
    await removeArticle(db, id);
  });

  it('yields the reference invitations, visits and statements, each with its evidence', async () => {
    const r = await ingestArticle(db, { id, text: SEED, source: 'Yonhap' }, { filename: 'seed.json' });
    expect(r).toMatchObject({ articleId: id, status: 'created' });
    const facts = await supported(id);
    // Each fact as this article reports it: endpoints, then status (invitations, visits),
    // date or quote, read from its evidence.
    const reading = (f: Supported): string => {
      const what = f.type === 'STATED' ? `${f.date} "${(f.quote ?? '').slice(0, 40)}"` : `${f.status} ${f.date ?? '-'}`;
      return `${f.type} ${f.from} -> ${f.to} ${what}`;
    };
    const readings = [...new Set(facts.map(reading))];
    expect(readings).toEqual(
      expect.arrayContaining([
        'INVITED person:vladimir putin -> person:kim jong un pending -',
        'INVITED RUS -> person:xi jinping unknown -',
        'INVITED RUS -> person:park geun hye pending -',
        'VISITED person:kim jong un -> RUS possible 2015-05',
        'VISITED person:xi jinping -> KOR occurred 2014',
      ]),
    );
    const said = (speaker: string) => facts.filter((f) => f.type === 'STATED' && f.from === speaker).map((f) => `${f.date} ${f.quote}`);
    expect(said('person:hua chunying')).toContainEqual(expect.stringMatching(/^2015-01-22 North Korea and Russia are both friendly neighbors of China\./));
    expect(said('person:sergei lavrov')).toContainEqual(expect.stringMatching(/^2015-01-21 Moscow received a positive signal from Pyongyang/));
    expect(said('person:min kyung wook')).toContainEqual(expect.stringMatching(/^2015-01-22 .*no decision has been made yet/));

    for (const f of facts) {
      expect(f.sourceCount).toBeGreaterThanOrEqual(1);
      // The evidence is the sentence the offsets point at in the article.
      expect(f.end).toBeGreaterThan(f.start);
      expect(SEED.slice(f.start, f.end)).toBe(f.text);
    }
  });

  it('records the state each person acts for', async () => {
    const links = await query<{ person: string; state: string }>(
      `MATCH (:Article {id: $id})-[:MENTIONS]->(p:Person)-[:REPRESENTS]->(s:State) RETURN p.id AS person, s.code AS state ORDER BY person`,
      { id },
    );
    expect(links).toEqual(
      expect.arrayContaining([
        { person: 'person:hua chunying', state: 'CHN' },
        { person: 'person:kim jong un', state: 'PRK' },
        { person: 'person:min kyung wook', state: 'KOR' },
        { person: 'person:park geun hye', state: 'KOR' },
        { person: 'person:sergei lavrov', state: 'RUS' },
        { person: 'person:vladimir putin', state: 'RUS' },
        { person: 'person:xi jinping', state: 'CHN' },
      ]),
    );
  });

  it('joins the Xinhua report of Xi arriving in Seoul and its own "last year" into one visit', async () => {
    const xinhua = `${uniquePrefix('seed')}xinhua`;
    const text = fs.readFileSync(path.join(__dirname, '../../../seeds/xinhua-2014-07-03-xi-arrives-seoul-state-visit.txt'), 'utf8');
    try {
      await expect(ingestArticle(db, { id: xinhua, text, source: 'Xinhua' }, { filename: 'xinhua.txt' })).resolves.toMatchObject({ status: 'created' });
      const readings = await query<{ articleId: string; factId: string; status: string; date: string; factDate: string; factStatus: string }>(
        `MATCH (e:Evidence {kind: 'VISITED', groupKey: 'vis|person:xi jinping|KOR'}) WHERE e.articleId IN $ids
         MATCH ()-[r:VISITED {id: e.factId}]->()
         RETURN DISTINCT e.articleId AS articleId, e.factId AS factId, e.status AS status, e.date AS date, r.date AS factDate, r.status AS factStatus
         ORDER BY e.date`,
        { ids: [id, xinhua] },
      );
      // Both readings, on one fact dated by the more precise; the later published report's status.
      expect(readings.map((r) => `${r.articleId === id ? 'yonhap' : 'xinhua'} ${r.status} ${r.date}`)).toEqual(['yonhap occurred 2014', 'xinhua ongoing 2014-07-03']);
      expect(new Set(readings.map((r) => r.factId))).toEqual(new Set(['vis|person:xi jinping|KOR|2014-07-03']));
      expect(readings[0]).toMatchObject({ factDate: '2014-07-03', factStatus: 'occurred' });
    } finally {
      await removeArticle(db, xinhua);
    }
  });

  it('changes nothing when ingested again', async () => {
    const before = await snapshot([id]);
    const r = await ingestArticle(db, { id, text: SEED, source: 'Yonhap' }, { filename: 'seed.json' });
    expect(r.status).toBe('unchanged');
    // Facts and people shared with other tests' copies of the story may gain or lose sources
    // and spellings (aliases) meanwhile: compare this article's own part of the graph.
    type Snapshot = { mentions: { props: Record<string, unknown> }[] } & Record<string, unknown>;
    const strip = (s: unknown) => {
      const { mentions, ...rest } = s as Snapshot;
      return { ...rest, facts: undefined, mentions: mentions.map((m) => ({ ...m, props: { ...m.props, aliases: undefined } })) };
    };
    expect(strip(await snapshot([id]))).toEqual(strip(before));
  });

  it('takes back all its evidence when removed', async () => {
    const removed = await removeArticle(db, id);
    expect(removed.removed).toBe(true);
    expect(removed.factsRemoved + removed.factsKept).toBeGreaterThanOrEqual(8);
    await expect(query(`MATCH (e:Evidence {articleId: $id}) RETURN e.id`, { id })).resolves.toEqual([]);
    await expect(query(`MATCH (a:Article {id: $id}) RETURN a.id`, { id })).resolves.toEqual([]);
  });
});
