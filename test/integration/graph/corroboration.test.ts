/**
 * Provenance through the real write path: the same fact from two articles is one edge with
 * two sources; attributes follow the most recently published report; removal takes back
 * exactly one article's support; re-ingest is a no-op and changed content replaces evidence.
 */
import type { Article } from '../../../src/article/types';
import { ingestArticle, ingestArticles, removeArticle } from '../../../src/graph/ingest';
import type { Invitation } from '../../../src/extract/types';
import { closeTestDriver, testExecutor, uniquePrefix } from '../../support/neo4j';
import { cap, cleanupTag, emptyFacts, factsById, FixtureExtractor, input, nameTag, query, snapshot } from './helpers';

afterAll(closeTestDriver);

/** Two reports of one invitation: "invited" (pending) and, later, "accepted". */
function story() {
  const tag = nameTag();
  const prefix = uniquePrefix('corr');
  const inviter = `Anton Velk${tag}`;
  const invitee = `Maris Dorn${tag}`;
  const forum = `${cap(tag)} forum`;
  const texts = {
    a: `Russian President ${inviter} invited French President ${invitee} to the ${forum}, officials in Moscow said on Monday.`,
    b: `French President ${invitee} accepted an invitation from Russian President ${inviter} to attend the ${forum}, Paris said.`,
  };
  const extractor = new FixtureExtractor((article: Article) => {
    const status: Invitation['status'] = article.text.includes('accepted') ? 'accepted' : 'pending';
    const sentence = article.text.split('\n').find((l) => l.includes(invitee)) ?? article.text;
    const start = article.text.indexOf(sentence);
    return {
      ...emptyFacts(),
      states: [
        { code: 'RUS', name: 'Russia', mentions: ['Russian', 'Moscow'] },
        { code: 'FRA', name: 'France', mentions: ['French', 'Paris'] },
      ],
      people: [
        { name: inviter, aliases: [], state: 'RUS', role: 'president', leader: true },
        { name: invitee, aliases: [], state: 'FRA', role: 'president', leader: true },
      ],
      events: [{ key: 'forum', kind: 'forum', name: forum, date: null, place: 'RUS' }],
      invitations: [
        {
          inviter: { kind: 'person', name: inviter, state: 'RUS' },
          invitee: { kind: 'person', name: invitee, state: 'FRA' },
          event: 'forum',
          status,
          negated: false,
          date: null,
          evidence: [{ text: sentence, start, end: start + sentence.length }],
        },
      ],
    };
  });
  const ids = { a: `${prefix}a`, b: `${prefix}b` };
  const factId = `inv|person:anton velk${tag}|person:maris dorn${tag}|event:forum||RUS|${tag} forum`;
  return { tag, prefix, texts, extractor, ids, factId };
}

describe('corroboration and removal', () => {
  it('counts one fact from two articles once, with two sources, and takes them back one by one', async () => {
    const db = testExecutor();
    const s = story();
    try {
      const ra = await ingestArticle(db, input(s.ids.a, s.texts.a, '2015-01-10'), { extractor: s.extractor });
      const rb = await ingestArticle(db, input(s.ids.b, s.texts.b, '2015-02-01'), { extractor: s.extractor });
      expect([ra.status, rb.status]).toEqual(['created', 'created']);
      expect(ra.counts).toEqual({ states: 2, people: 2, events: 1, invitations: 1, visits: 0, statements: 0 });

      let [fact] = await factsById([s.factId]);
      expect(fact).toMatchObject({ type: 'INVITED', from: `person:anton velk${s.tag}`, to: `person:maris dorn${s.tag}` });
      expect(fact?.props).toMatchObject({ sourceCount: 2, status: 'accepted', firstReported: '2015-01-10', lastReported: '2015-02-01', eventName: `${cap(s.tag)} forum` });
      const evidence = await query<{ articleId: string; status: string }>(`MATCH (e:Evidence {factId: $id}) RETURN e.articleId AS articleId, e.status AS status ORDER BY articleId`, { id: s.factId });
      expect(evidence).toEqual([{ articleId: s.ids.a, status: 'pending' }, { articleId: s.ids.b, status: 'accepted' }]);

      // The later report goes: the fact stays, with the earlier report's reading.
      await expect(removeArticle(db, s.ids.b)).resolves.toEqual({ removed: true, factsRemoved: 0, factsKept: 1, nodesRemoved: 0 });
      [fact] = await factsById([s.factId]);
      expect(fact?.props).toMatchObject({ sourceCount: 1, status: 'pending', firstReported: '2015-01-10', lastReported: '2015-01-10' });

      // The last source goes: the fact, both people and the event go with it; states stay.
      await expect(removeArticle(db, s.ids.a)).resolves.toEqual({ removed: true, factsRemoved: 1, factsKept: 0, nodesRemoved: 3 });
      await expect(factsById([s.factId])).resolves.toEqual([]);
      await expect(query(`MATCH (n) WHERE (n:Person OR n:Event) AND n.id CONTAINS $tag RETURN n.id`, { tag: s.tag })).resolves.toEqual([]);
      await expect(query(`MATCH (e:Evidence) WHERE e.articleId IN $ids RETURN e.id`, { ids: [s.ids.a, s.ids.b] })).resolves.toEqual([]);
      await expect(query(`MATCH (s:State) WHERE s.code IN ['RUS', 'FRA'] RETURN s.code AS code ORDER BY code`)).resolves.toEqual([{ code: 'FRA' }, { code: 'RUS' }]);
      await expect(removeArticle(db, s.ids.a)).resolves.toEqual({ removed: false, factsRemoved: 0, factsKept: 0, nodesRemoved: 0 });
    } finally {
      await removeArticle(db, s.ids.a);
      await removeArticle(db, s.ids.b);
      await cleanupTag(s.tag);
    }
  });

  it('takes the attributes of the most recently published report, whatever the ingest order', async () => {
    const db = testExecutor();
    const s = story();
    try {
      await ingestArticle(db, input(s.ids.b, s.texts.b, '2015-02-01'), { extractor: s.extractor });
      await ingestArticle(db, input(s.ids.a, s.texts.a, '2015-01-10'), { extractor: s.extractor });
      const [fact] = await factsById([s.factId]);
      expect(fact?.props).toMatchObject({ sourceCount: 2, status: 'accepted', firstReported: '2015-01-10', lastReported: '2015-02-01' });
    } finally {
      await removeArticle(db, s.ids.a);
      await removeArticle(db, s.ids.b);
      await cleanupTag(s.tag);
    }
  });

  it('writes the same fact in one batch as one article at a time; an undated report counts but never leads', async () => {
    const db = testExecutor();
    const s = story();
    const c = `${s.prefix}c`;
    const inputs = [input(s.ids.b, s.texts.b, '2015-02-01'), input(s.ids.a, s.texts.a, '2015-01-10'), input(c, `${s.texts.a}\nNo date was given.`, null as unknown as string)];
    const expected = { sourceCount: 3, status: 'accepted', firstReported: '2015-01-10', lastReported: '2015-02-01' };
    const takeBack = async () => {
      for (const id of [s.ids.a, s.ids.b, c]) await removeArticle(db, id);
    };
    try {
      const batch = await ingestArticles(db, inputs, { extractor: s.extractor, batchSize: 3, concurrency: 1 });
      expect(batch.map((r) => r.status)).toEqual(['created', 'created', 'created']);
      const [together] = await factsById([s.factId]);
      expect(together?.props).toMatchObject(expected);
      await takeBack();
      await expect(factsById([s.factId])).resolves.toEqual([]);
      for (const one of [...inputs].reverse()) await ingestArticle(db, one, { extractor: s.extractor });
      const [alone] = await factsById([s.factId]);
      expect(alone?.props).toMatchObject(expected);
    } finally {
      await takeBack();
      await cleanupTag(s.tag);
    }
  });

  it('changes nothing when the same articles are ingested again', async () => {
    const db = testExecutor();
    const s = story();
    try {
      await ingestArticle(db, input(s.ids.a, s.texts.a, '2015-01-10'), { extractor: s.extractor });
      await ingestArticle(db, input(s.ids.b, s.texts.b, '2015-02-01'), { extractor: s.extractor });
      const before = await snapshot([s.ids.a, s.ids.b]);
      const again = [
        await ingestArticle(db, input(s.ids.a, s.texts.a, '2015-01-10'), { extractor: s.extractor }),
        await ingestArticle(db, input(s.ids.b, s.texts.b, '2015-02-01'), { extractor: s.extractor }),
      ];
      expect(again.map((r) => r.status)).toEqual(['unchanged', 'unchanged']);
      const after = await snapshot([s.ids.a, s.ids.b]);
      expect(after).toEqual(before);
      // and the snapshot is not vacuous
      expect(before).toMatchObject({ articles: [{}, {}], evidence: [{}, {}, {}, {}, {}, {}] });
      expect((before as { facts: unknown[] }).facts).toHaveLength(3);
    } finally {
      await removeArticle(db, s.ids.a);
      await removeArticle(db, s.ids.b);
      await cleanupTag(s.tag);
    }
  });

  it('replaces an article’s evidence when its content changes', async () => {
    const db = testExecutor();
    const s = story();
    try {
      await ingestArticle(db, input(s.ids.a, s.texts.a, '2015-01-10'), { extractor: s.extractor });
      await ingestArticle(db, input(s.ids.b, s.texts.b, '2015-02-01'), { extractor: s.extractor });
      const [firstArticle] = await query<{ ingestedAt: string }>(`MATCH (a:Article {id: $id}) RETURN a.ingestedAt AS ingestedAt`, { id: s.ids.a });
      const revised = `${s.texts.a}\nA spokesman confirmed the invitation on Tuesday.`;
      const r = await ingestArticle(db, input(s.ids.a, revised, '2015-01-10'), { extractor: s.extractor });
      expect(r.status).toBe('updated');
      const evidence = await query<{ text: string }>(`MATCH (:Article {id: $id})-[:HAS_EVIDENCE]->(e:Evidence) WHERE e.kind = 'INVITED' RETURN e.text AS text`, { id: s.ids.a });
      expect(evidence).toHaveLength(1);
      const [fact] = await factsById([s.factId]);
      expect(fact?.props).toMatchObject({ sourceCount: 2, status: 'accepted' });
      const [article] = await query<{ ingestedAt: string; updatedAt: string | null }>(`MATCH (a:Article {id: $id}) RETURN a.ingestedAt AS ingestedAt, a.updatedAt AS updatedAt`, { id: s.ids.a });
      expect(article?.ingestedAt).toBe(firstArticle?.ingestedAt);
      expect(article?.updatedAt).not.toBeNull();
      await expect(query(`MATCH (e:Evidence {articleId: $id}) RETURN count(e) AS n`, { id: s.ids.a })).resolves.toEqual([{ n: 3 }]);
    } finally {
      await removeArticle(db, s.ids.a);
      await removeArticle(db, s.ids.b);
      await cleanupTag(s.tag);
    }
  });
});
