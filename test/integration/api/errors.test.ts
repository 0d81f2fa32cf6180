/**
 * Failure behaviour: masked internal errors (no stack, no Cypher), Neo4j unreachable → 503,
 * depth / alias / token limits, and injection strings that stay plain data.
 */
import pino from 'pino';
import { loadConfig } from '../../../src/config';
import { CypherCatalog, createDriver, Executor, loadCypher } from '../../../src/db';
import { createYoga } from '../../../src/api/yoga';
import { seededApi, TEST_API_KEY, yogaFetcher } from './harness';

const ctx = seededApi();

function expectNoLeak(text: string) {
  expect(text).not.toMatch(/\bat .+\.(ts|js):\d+/); // stack frames
  expect(text).not.toMatch(/MATCH|RETURN|UNWIND|Neo4j|neo4j|Cypher/);
  expect(text).not.toMatch(/stack|originalError/);
}

describe('masked errors', () => {
  const previousEnv = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = previousEnv;
  });

  it.each(['development', 'production', 'test'])('hides a broken query’s error and Cypher when NODE_ENV=%s', async (env) => {
    process.env.NODE_ENV = env;
    // A catalog where get-states is broken Cypher: the database's own error (which quotes
    // the statement) is what must not reach the client.
    const real = loadCypher();
    const broken = new CypherCatalog(
      real.names().map((n) => (n === 'get-states' ? { ...real.get(n), text: 'MATCH (s:State) RETURN s.code AS code, secret_broken(' } : real.get(n))),
    );
    const executor = new Executor(ctx.api.db.driver, { database: ctx.api.db.executor.database, catalog: broken });
    const yoga = createYoga({ db: { executor }, config: {}, logger: pino({ level: 'silent' }) });
    const res = await yogaFetcher(yoga)(`query($c: StateCode!) { state(code: $c) { code } }`, { c: ctx.fx.codes.R });
    expect(res.body.errors).toEqual([
      expect.objectContaining({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
    ]);
    expect(res.body.data).toEqual({ state: null });
    expectNoLeak(res.text);
    expect(res.text).not.toMatch(/secret_broken/);
  });

  it('hides an exception thrown inside a mutation', async () => {
    const failing = async () => {
      throw new Error('writer exploded near MATCH (n) DETACH DELETE n with password hunter2');
    };
    const yoga = createYoga({
      db: ctx.api.db,
      config: { apiKey: TEST_API_KEY },
      logger: pino({ level: 'silent' }),
      writer: { ingestArticle: failing, ingestArticles: failing, removeArticle: failing },
    });
    const res = await yogaFetcher(yoga)(`mutation { removeArticle(id: "x") { ok } }`, {}, { 'x-api-key': TEST_API_KEY });
    expect(res.body.errors?.[0]).toMatchObject({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expectNoLeak(res.text);
    expect(res.text).not.toMatch(/hunter2|exploded/);
  });

  it('keeps expected errors as they are, with their code', async () => {
    const res = await ctx.api.gql(`{ paths(from: "RUS", to: "RUS") { length } }`);
    expect(res.body.errors?.[0]).toMatchObject({ message: '`from` and `to` must be two different actors.', extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('Neo4j unavailable', () => {
  it('answers SERVICE_UNAVAILABLE with HTTP 503 for reads and writes', async () => {
    // Port 9 (discard) has nothing listening: connections are refused at once.
    const driver = createDriver('bolt://127.0.0.1:9', 'neo4j', undefined);
    try {
      const executor = new Executor(driver, { database: 'neo4j', catalog: loadCypher() });
      const yoga = createYoga({ db: { executor }, config: { apiKey: TEST_API_KEY }, logger: pino({ level: 'silent' }) });
      const gql = yogaFetcher(yoga);
      const read = await gql(`{ state(code: "RUS") { code } }`);
      expect(read.status).toBe(503);
      expect(read.body.errors?.[0]).toMatchObject({
        message: 'The graph database is unavailable; try again shortly.',
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      });
      expectNoLeak(read.text);
      const write = await gql(`mutation { removeArticle(id: "x") { ok } }`, {}, { 'x-api-key': TEST_API_KEY });
      expect(write.status).toBe(503);
      expect(write.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await driver.close();
    }
  });
});

describe('query shape limits', () => {
  it('refuses a 20-deep query before running it', async () => {
    let q = '{ id }';
    for (let i = 0; i < 10; i++) q = `{ represents { person ${q} } }`;
    const res = await ctx.api.gql(`query { person(id: "person:x") ${q} }`);
    expect(res.body.data).toBeUndefined();
    const messages = (res.body.errors ?? []).map((e) => e.message);
    expect(messages).toEqual(expect.arrayContaining([expect.stringMatching(/Query depth limit of 10 exceeded/)]));
    expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'depth' });
  });

  it('refuses 1,000 aliases (token limit) and 31 aliases (alias limit)', async () => {
    const many = Array.from({ length: 1000 }, (_, i) => `a${i}: state(code: "RUS") { code }`).join(' ');
    const res = await ctx.api.gql(`{ ${many} }`);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors?.[0]?.message).toMatch(/Token limit of 2000 exceeded/);
    expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'tokens' });
    const some = Array.from({ length: 31 }, (_, i) => `a${i}: state(code: "RUS") { code }`).join(' ');
    const res31 = await ctx.api.gql(`{ ${some} }`);
    expect(res31.body.data).toBeUndefined();
    expect(res31.body.errors?.[0]?.message).toMatch(/Aliases limit of 30 exceeded/);
    expect(res31.body.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'aliases' });
    const ok = await ctx.api.gql(`{ ${Array.from({ length: 30 }, (_, i) => `a${i}: state(code: "RUS") { code }`).join(' ')} }`);
    expect(ok.body.errors).toBeUndefined();
  });

  it('refuses too many directives', async () => {
    const dirs = Array.from({ length: 25 }, () => '@include(if: true)').join(' ');
    const res = await ctx.api.gql(`{ __typename ${dirs} }`);
    expect(res.body.errors?.[0]?.message).toMatch(/Directives limit of 20 exceeded/);
    expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'directives' });
  });
});

describe('injection strings are plain data', () => {
  const NASTY = ['") RETURN 1 //', "' OR 1=1 //", '*:*', '\u0000', 'x}) DETACH DELETE n //', '`) MATCH (n) DETACH DELETE n //', 'AND OR NOT ~ ^ [ ] { }', '\\'];

  it.each(NASTY)('search(%j) answers or refuses cleanly and finds nothing odd', async (nasty) => {
    const res = await ctx.api.gql(`query($t: String!) { search(text: $t, first: 100) { entity { __typename } } }`, { t: nasty });
    if (res.body.errors) {
      expect(res.body.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    } else {
      expect(Array.isArray(res.body.data.search)).toBe(true);
    }
    // Appended to a real name, the string only narrows the search.
    const mixed = await ctx.api.gql(`query($t: String!) { search(text: $t, kinds: [PERSON], first: 100) { entity { ... on Person { id } } } }`, {
      t: `Chunying ${ctx.fx.tag} ${nasty}`,
    });
    expect(mixed.body.errors?.[0]?.extensions?.code ?? 'none').not.toBe('INTERNAL_SERVER_ERROR');
  });

  it.each(NASTY)('filters with %j match nothing and change nothing', async (nasty) => {
    const res = await ctx.api.gql(
      `query($a: ID!) { invitations(actor: $a) { totalCount edges { node { id } } } person(id: $a) { id } neighbourhood(actor: $a) { steps { kind } } bilateral: paths(from: $a, to: "RUS") { length } }`,
      { a: nasty },
    );
    if (nasty.trim() === '' || nasty === '\u0000') {
      // Empty-looking ids may be refused as input; they must never be internal errors.
      expect(res.body.errors?.every((e) => e.extensions?.code === 'BAD_USER_INPUT') ?? true).toBe(true);
    } else {
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.invitations).toEqual({ totalCount: 0, edges: [] });
      expect(res.body.data.person).toBeNull();
    }
    const state = await ctx.api.gql(`query($s: StateCode) { invitations(state: $s) { totalCount } }`, { s: nasty });
    expect(state.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // The fixture is intact.
    const still = await ctx.api.gql(`query($id: ID!) { person(id: $id) { id } }`, { id: ctx.fx.people.putin });
    expect(still.body.data.person).toEqual({ id: ctx.fx.people.putin });
  });
});

it('config is read from the environment for these tests', () => {
  expect(loadConfig().neo4j.uri).toBeTruthy();
});
