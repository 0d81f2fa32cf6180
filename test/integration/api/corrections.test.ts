/**
 * Curation through the API: the mutations are behind the API key, refuse bad input with a
 * clear error, record who (the curator, else the key's label), when and why, and the
 * `corrections` query lists them. Articles written here are this file's own.
 */
import { openApi, TEST_API_KEY, type Api } from './harness';

const tag = Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
const ids = [`test:curation:${tag}:1`, `test:curation:${tag}:2`];
const key = { 'x-api-key': TEST_API_KEY };

const MERGE = `mutation($p: ID!, $i: ID!, $r: String!, $c: String) { mergePeople(person: $p, into: $i, reason: $r, curator: $c) {
  id kind by key at reason person into factsMoved } }`;
const MOVE = `mutation($id: ID!, $a: ID!) { moveFact(id: $id, side: TO, actor: $a, reason: "wrong state") { kind side actor newFactId by } }`;
const LIST = `{ corrections(first: 100) { id kind by reason person into } }`;
const PERSON = `query($id: ID!) { person(id: $id) { id visits { destination { code } sourceCount } } }`;

// real ingest and corrections on a shared machine
jest.setTimeout(240_000);

let api: Api;

beforeAll(async () => {
  api = await openApi();
});

afterAll(async () => {
  for (const id of ids) await api.gql(`mutation($id: ID!) { removeArticle(id: $id) { ok } }`, { id }, key);
  await api?.close();
});

// one person written two ways by two articles of the same day
const article = (id: string, name: string) => ({
  id,
  publishedAt: '2016-04-20',
  source: 'Test Wire',
  text: `Norwegian Foreign Minister ${name} arrived in Tokyo on Wednesday for a three-day visit, the ministry said.`,
});

describe('curation mutations', () => {
  it('are refused without the API key', async () => {
    const res = await api.gql(MERGE, { p: 'person:a b', i: 'person:c d', r: 'x' });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const list = await api.gql(LIST);
    expect(list.body.errors).toBeUndefined();
  });

  it('merge two people, recorded with who, when and why, and listed', async () => {
    const a = `Eirik Vold${tag}`;
    const b = `Eirik Volden${tag}`;
    for (const [id, name] of [[ids[0]!, a], [ids[1]!, b]] as const) {
      const r = await api.gql(`mutation($i: ArticleInput!) { ingestArticle(input: $i) { ok } }`, { i: article(id, name) }, key);
      expect(r.body.data.ingestArticle.ok).toBe(true);
    }
    const kept = `person:eirik vold${tag}`;
    const merged = `person:eirik volden${tag}`;
    expect((await api.gql(PERSON, { id: merged })).body.data.person).not.toBeNull();

    const unknown = await api.gql(MERGE, { p: `person:nobody ${tag}`, i: kept, r: 'same man' }, key);
    expect(unknown.body.errors?.[0]).toMatchObject({ message: `No person person:nobody ${tag} in the graph.`, extensions: { code: 'NOT_FOUND' } });
    const noReason = await api.gql(MERGE, { p: merged, i: kept, r: ' ' }, key);
    expect(noReason.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const res = await api.gql(MERGE, { p: merged, i: kept, r: 'one minister, two spellings' }, key);
    expect(res.body.errors).toBeUndefined();
    const c = res.body.data.mergePeople;
    expect(c).toMatchObject({ kind: 'MERGE_PEOPLE', person: merged, into: kept, reason: 'one minister, two spellings' });
    // no curator given: the key's label, never the key
    expect(c.by).toMatch(/^key:[0-9a-f]{8}$/);
    expect(c.key).toBe(c.by);
    expect(JSON.stringify(c)).not.toContain(TEST_API_KEY);

    expect((await api.gql(PERSON, { id: merged })).body.data.person).toBeNull();
    const person = (await api.gql(PERSON, { id: kept })).body.data.person;
    expect(person.visits).toEqual([{ destination: { code: 'JPN' }, sourceCount: 2 }]);

    const list = (await api.gql(LIST)).body.data.corrections as Array<{ id: string }>;
    expect(list.find((x) => x.id === c.id)).toMatchObject({ kind: 'MERGE_PEOPLE', person: merged, into: kept });

    // a named curator is recorded as given
    const visit = (await api.gql(`query($id: ID!) { person(id: $id) { visits { id } } }`, { id: kept })).body.data.person.visits[0].id as string;
    const moved = await api.gql(MOVE.replace('reason: "wrong state"', 'reason: "wrong state", curator: "A. Analyst"'), { id: visit, a: 'NOR' }, key);
    expect(moved.body.errors).toBeUndefined();
    expect(moved.body.data.moveFact).toMatchObject({ kind: 'MOVE_FACT', side: 'TO', actor: 'NOR', by: 'A. Analyst' });
    const after = (await api.gql(PERSON, { id: kept })).body.data.person;
    expect(after.visits).toEqual([{ destination: { code: 'NOR' }, sourceCount: 2 }]);
    const toPerson = await api.gql(MOVE, { id: moved.body.data.moveFact.newFactId, a: kept }, key);
    expect(toPerson.body.errors?.[0]).toMatchObject({ message: 'A visit goes to a state: `actor` must be a state code.', extensions: { code: 'BAD_USER_INPUT' } });
  });
});
