/**
 * Mutations: refused without the API key (or when the server has none), and, with it, real
 * ingest of the seed article through the extractor and writer, then its removal.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { createYoga } from '../../../src/api/yoga';
import { openApi, TEST_API_KEY, yogaFetcher, type Api } from './harness';

const SEED = readFileSync(path.join(__dirname, '../../../seeds/yonhap-2015-01-22-kim-russia-visit.txt'), 'utf8');
const tag = Math.random().toString(36).slice(2, 8);
const ids = { seed: `test:api:${tag}:seed`, copy: `test:api:${tag}:copy`, unauth: `test:api:${tag}:unauth` };

const INGEST = `mutation($i: ArticleInput!) { ingestArticle(input: $i) {
  ok articleId status counts { states people events invitations visits statements } warnings error { code message } } }`;
const ARTICLE = `query($id: ID!) { article(id: $id) { id title facts { __typename id
  ... on Invitation { inviter { id } invitee { id } status }
  sources { article { id } evidence { text start end } } } } }`;

let api: Api;
const key = { 'x-api-key': TEST_API_KEY };

beforeAll(async () => {
  api = await openApi();
});

afterAll(async () => {
  // Whatever a failed test left behind.
  for (const id of Object.values(ids)) {
    await api.gql(`mutation($id: ID!) { removeArticle(id: $id) { ok } }`, { id }, key);
  }
  await api?.close();
});

const seedInput = (id: string) => ({ id, title: `Seed ${tag}`, publishedAt: '2015-01-22', source: 'Yonhap', text: SEED });

describe('without the API key', () => {
  it('refuses every mutation and writes nothing', async () => {
    const none = await api.gql(INGEST, { i: seedInput(ids.unauth) });
    expect(none.body.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(none.body.errors?.[0]?.message).toMatch(/x-api-key/);
    const wrong = await api.gql(INGEST, { i: seedInput(ids.unauth) }, { 'x-api-key': `${TEST_API_KEY}x` });
    expect(wrong.body.errors?.[0]).toMatchObject({ message: 'The API key in the `x-api-key` header is not valid.', extensions: { code: 'UNAUTHENTICATED' } });
    const many = await api.gql(`mutation($i: [ArticleInput!]!) { ingestArticles(inputs: $i) { ok } }`, { i: [seedInput(ids.unauth)] });
    expect(many.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const remove = await api.gql(`mutation { removeArticle(id: "anything") { ok } }`);
    expect(remove.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const after = await api.gql(ARTICLE, { id: ids.unauth });
    expect(after.body.data.article).toBeNull();
  });

  it('refuses mutations with a clear message when the server has no key configured', async () => {
    const yoga = createYoga({ db: api.db, config: { apiKey: undefined }, logger: pino({ level: 'silent' }) });
    const res = await yogaFetcher(yoga)(INGEST, { i: seedInput(ids.unauth) }, key);
    expect(res.body.errors?.[0]).toMatchObject({
      message: 'Mutations are disabled: this server has no API key configured.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect((await api.gql(ARTICLE, { id: ids.unauth })).body.data.article).toBeNull();
  });
});

describe('with the API key', () => {
  it('ingests the seed article; its facts carry this article as a source', async () => {
    const res = await api.gql(INGEST, { i: seedInput(ids.seed) }, key);
    expect(res.body.errors).toBeUndefined();
    const r = res.body.data.ingestArticle;
    expect(r).toMatchObject({ ok: true, articleId: ids.seed, status: 'CREATED', error: null });
    expect(r.counts).toMatchObject({ invitations: 3, visits: 2 });

    const article = (await api.gql(ARTICLE, { id: ids.seed })).body.data.article;
    expect(article.title).toBe(`Seed ${tag}`);
    expect(article.facts.length).toBeGreaterThan(0);
    for (const f of article.facts) {
      expect(f.sources.map((s: any) => s.article.id)).toContain(ids.seed);
      // The evidence is the text its offsets point at in the article.
      for (const s of f.sources.filter((x: any) => x.article.id === ids.seed)) expect(SEED.slice(s.evidence.start, s.evidence.end)).toBe(s.evidence.text);
    }
    // The reference case: Putin's invitation of Kim Jong-un.
    const putinKim = article.facts.find(
      (f: any) => f.__typename === 'Invitation' && f.inviter.id === 'person:vladimir putin' && f.invitee.id === 'person:kim jong un',
    );
    expect(putinKim).toBeDefined();
    const own = putinKim.sources.find((s: any) => s.article.id === ids.seed);
    expect(own.evidence.text).toMatch(/Putin invited Kim/);

    // Found through the query API too.
    const who = await api.gql(`{ invitations(actor: "person:vladimir putin", side: INVITER, first: 100) { edges { node { id } } } }`);
    expect(who.body.data.invitations.edges.map((e: any) => e.node.id)).toContain(putinKim.id);

    // Re-ingesting the same article changes nothing.
    const again = await api.gql(INGEST, { i: seedInput(ids.seed) }, key);
    expect(again.body.data.ingestArticle).toMatchObject({ ok: true, status: 'UNCHANGED' });
  });

  it('ingests a batch with one result per article, failures included', async () => {
    const res = await api.gql(
      `mutation($i: [ArticleInput!]!) { ingestArticles(inputs: $i) { ok articleId status error { code message } } }`,
      { i: [{ id: `test:api:${tag}:empty`, text: '   ' }, seedInput(ids.copy)] },
      key,
    );
    expect(res.body.errors).toBeUndefined();
    const [bad, good] = res.body.data.ingestArticles;
    expect(bad.ok).toBe(false);
    expect(bad.status).toBe('FAILED');
    expect(bad.error.code).toMatch(/\w+/);
    expect(good).toMatchObject({ ok: true, articleId: ids.copy, status: 'CREATED', error: null });
    expect((await api.gql(ARTICLE, { id: `test:api:${tag}:empty` })).body.data.article).toBeNull();

    const tooMany = await api.gql(
      `mutation($i: [ArticleInput!]!) { ingestArticles(inputs: $i) { ok } }`,
      { i: Array.from({ length: 101 }, (_, n) => ({ id: `test:api:${tag}:n${n}`, text: 'x' })) },
      key,
    );
    expect(tooMany.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('removes an article and only what it alone supported', async () => {
    const res = await api.gql(
      `mutation($id: ID!) { removeArticle(id: $id) { ok articleId removed factsRemoved factsKept nodesRemoved } }`,
      { id: ids.copy },
      key,
    );
    expect(res.body.errors).toBeUndefined();
    // The seed copy supports the same facts as the seed article, which stays: nothing goes.
    expect(res.body.data.removeArticle).toMatchObject({ ok: true, articleId: ids.copy, removed: true, factsRemoved: 0 });
    expect(res.body.data.removeArticle.factsKept).toBeGreaterThan(0);
    expect((await api.gql(ARTICLE, { id: ids.copy })).body.data.article).toBeNull();
    const seed = (await api.gql(ARTICLE, { id: ids.seed })).body.data.article;
    for (const f of seed.facts) expect(f.sources.map((s: any) => s.article.id)).not.toContain(ids.copy);

    const gone = await api.gql(`mutation($id: ID!) { removeArticle(id: $id) { ok removed } }`, { id: ids.copy }, key);
    expect(gone.body.data.removeArticle).toEqual({ ok: true, removed: false });
  });
});
