/**
 * A bad article fails alone, with a clear error code, and writes nothing: refused input,
 * an article the extractor skips, and a write the database refuses half-way through.
 */
import type { Article } from '../../../src/article/types';
import { ingestArticle, ingestArticles, removeArticle } from '../../../src/graph/ingest';
import { closeTestDriver, testExecutor, uniquePrefix } from '../../support/neo4j';
import { cleanupTag, emptyFacts, FixtureExtractor, input, nameTag, query } from './helpers';

afterAll(closeTestDriver);

const articleCount = (id: string) => query<{ n: number }>(`MATCH (a:Article {id: $id}) RETURN count(a) AS n`, { id }).then((r) => r[0]?.n);

/**
 * One statement by a tagged RUS minister per article; where `refused` says so, its date is a
 * map, a property value Neo4j refuses: people, states and the article are written first, the
 * evidence fails later in the same transaction.
 */
function statementExtractor(tag: string, refused: (article: Article) => boolean): FixtureExtractor {
  return new FixtureExtractor((article: Article) => ({
    ...emptyFacts(),
    states: [{ code: 'RUS', name: 'Russia', mentions: [] }],
    people: [{ name: `Oleg Brask${tag}`, aliases: [], state: 'RUS', role: 'minister', leader: false }],
    statements: [
      {
        speaker: { kind: 'person', name: `Oleg Brask${tag}`, state: 'RUS' },
        date: refused(article) ? ({ nested: 'not a string' } as unknown as string) : '2015-03-03',
        quote: 'Things about Russia.',
        about: [],
        event: null,
        evidence: [{ text: article.text, start: 0, end: article.text.length }],
      },
    ],
  }));
}

describe('bad input', () => {
  it.each([
    ['binary bytes', Buffer.from([0x00, 0xff, 0x10, 0x80, 0x00, 0x01, 0x02, 0xfe])],
    ['an empty string', '   \n  '],
    ['malformed JSON', '{"text": "unterminated'],
  ])('refuses %s with a code', async (_label, raw) => {
    const r = await ingestArticle(testExecutor(), raw as string | Buffer, { extractor: new FixtureExtractor(() => emptyFacts()) });
    expect(r.status).toBe('failed');
    expect(r.articleId).toBeNull();
    expect(r.error?.code).toMatch(/^[A-Z_]+$/);
    expect(r.error?.message.length).toBeGreaterThan(5);
  });

  it('writes nothing for a record with an invalid field', async () => {
    const id = `${uniquePrefix('bad')}a`;
    const r = await ingestArticle(testExecutor(), input(id, 'Russia invited China to a summit in Moscow on Tuesday, officials said.', 'not a date'));
    expect(r).toMatchObject({ status: 'failed', error: { code: 'INVALID_FIELD' } });
    await expect(articleCount(id)).resolves.toBe(0);
  });

  it('writes nothing for an article the extractor skips', async () => {
    const id = `${uniquePrefix('skip')}a`;
    const extractor = new FixtureExtractor(() => ({ ...emptyFacts(), skipped: 'not a news story' }));
    const r = await ingestArticle(testExecutor(), input(id, 'Russia invited China to a summit in Moscow on Tuesday, officials said.'), { extractor });
    expect(r).toMatchObject({ status: 'failed', error: { code: 'ARTICLE_SKIPPED' } });
    await expect(articleCount(id)).resolves.toBe(0);
  });

  it('leaves nothing half-written when the database refuses a statement mid-transaction', async () => {
    const db = testExecutor();
    const tag = nameTag();
    const id = `${uniquePrefix('half')}a`;
    const extractor = statementExtractor(tag, () => true);
    const r = await ingestArticle(db, input(id, 'Oleg Brask said things about Russia on Tuesday in Moscow.'), { extractor });
    expect(r).toMatchObject({ articleId: id, status: 'failed', error: { code: 'WRITE_FAILED', message: expect.stringContaining('Neo.ClientError.Statement') } });
    await expect(articleCount(id)).resolves.toBe(0);
    await expect(query(`MATCH (p:Person) WHERE p.id CONTAINS $tag RETURN p.id`, { tag })).resolves.toEqual([]);
    await expect(query(`MATCH (e:Evidence {articleId: $id}) RETURN e.id`, { id })).resolves.toEqual([]);
    await cleanupTag(tag);
  });

  it('fails the article the database refuses alone, though it was written in a batch', async () => {
    const db = testExecutor();
    const tag = nameTag();
    const prefix = uniquePrefix('refused');
    const ids = [0, 1, 2, 3, 4].map((i) => `${prefix}${i}`);
    const badId = ids[2]!;
    const extractor = statementExtractor(tag, (article) => article.id === badId);
    try {
      const results = await ingestArticles(db, ids.map((id) => input(id, 'Oleg Brask said things about Russia on Tuesday in Moscow.')), { extractor, batchSize: 5, concurrency: 1 });
      expect(results.map((r) => r.status)).toEqual(['created', 'created', 'failed', 'created', 'created']);
      expect(results[2]?.error?.code).toBe('WRITE_FAILED');
      await expect(articleCount(badId)).resolves.toBe(0);
      await expect(query(`MATCH (e:Evidence {articleId: $id}) RETURN e.id`, { id: badId })).resolves.toEqual([]);
      // The four others' shared fact counts exactly their four reports.
      await expect(query(`MATCH (:Person {id: $person})-[r:STATED]->() RETURN r.sourceCount AS n`, { person: `person:oleg brask${tag}` })).resolves.toEqual([{ n: 4 }]);
    } finally {
      for (const id of ids) await removeArticle(db, id);
      await cleanupTag(tag);
    }
  });

  it('fails the bad article of a batch alone', async () => {
    const db = testExecutor();
    const prefix = uniquePrefix('batch');
    const extractor = new FixtureExtractor(() => ({ ...emptyFacts(), states: [{ code: 'CHN', name: 'China', mentions: [] }] }));
    const good = input(`${prefix}good`, 'China said on Thursday that the talks in Beijing had gone well for both sides.');
    try {
      const results = await ingestArticles(db, [good, Buffer.from([0, 0, 0, 255]), input(`${prefix}bad`, 'x', 'never')], { extractor, concurrency: 3 });
      expect(results.map((r) => r.status)).toEqual(['created', 'failed', 'failed']);
      await expect(articleCount(`${prefix}good`)).resolves.toBe(1);
      await expect(articleCount(`${prefix}bad`)).resolves.toBe(0);
    } finally {
      await removeArticle(db, `${prefix}good`);
    }
  });
});
