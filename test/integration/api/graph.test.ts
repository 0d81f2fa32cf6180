/** bilateral, paths and neighbourhood on the fixture graph. */
import { ApiFixture } from './fixture';
import { openApi, type Api } from './harness';

let api: Api;
let fx: ApiFixture;

beforeAll(async () => {
  api = await openApi();
  fx = await new ApiFixture(api.db.executor).seed();
});

afterAll(async () => {
  await fx?.cleanup();
  await api?.close();
});

const BILATERAL = `query($a: StateCode!, $b: StateCode!, $from: PartialDate, $to: PartialDate, $first: Int) {
  bilateral(a: $a, b: $b, from: $from, to: $to, first: $first) {
    a { code } b { code } totalCount truncated
    byKind { kind count } byYear { year count }
    facts { __typename id date sourceCount sources { article { id } } }
  }
}`;

describe('bilateral', () => {
  it('gathers facts between two states directly and through their people, both directions, in time order', async () => {
    const res = await api.gql(BILATERAL, { a: fx.codes.R, b: fx.codes.K });
    expect(res.body.errors).toBeUndefined();
    const b = res.body.data.bilateral;
    expect(b.a).toEqual({ code: fx.codes.R });
    // putin→kim (2014-11), lavrov→K statement (2015-01-21), kim→R visit (2015-05).
    expect(b.facts.map((f: any) => f.id)).toEqual([fx.facts.putinKim, fx.facts.lavrovK, fx.facts.kimVisit]);
    expect(b.totalCount).toBe(3);
    expect(b.truncated).toBe(false);
    expect(b.byKind).toEqual([
      { kind: 'INVITATION', count: 1 },
      { kind: 'VISIT', count: 1 },
      { kind: 'STATEMENT', count: 1 },
    ]);
    expect(b.byYear).toEqual([
      { year: 2014, count: 1 },
      { year: 2015, count: 2 },
    ]);
    for (const f of b.facts) expect(f.sources.length).toBe(f.sourceCount);
    // Same facts whichever state comes first.
    const swapped = await api.gql(BILATERAL, { a: fx.codes.K, b: fx.codes.R });
    expect(swapped.body.data.bilateral.facts.map((f: any) => f.id)).toEqual(b.facts.map((f: any) => f.id));
  });

  it('puts undated facts last and counts them under a null year', async () => {
    const res = await api.gql(BILATERAL, { a: fx.codes.R, b: fx.codes.C });
    const b = res.body.data.bilateral;
    expect(b.facts.map((f: any) => f.id)).toEqual([fx.facts.rXi]);
    expect(b.byYear).toEqual([{ year: null, count: 1 }]);
  });

  it('restricts to a time range and truncates the list but not the counts', async () => {
    const ranged = await api.gql(BILATERAL, { a: fx.codes.R, b: fx.codes.K, from: '2015' });
    expect(ranged.body.data.bilateral.facts.map((f: any) => f.id)).toEqual([fx.facts.lavrovK, fx.facts.kimVisit]);
    const cut = await api.gql(BILATERAL, { a: fx.codes.R, b: fx.codes.K, first: 1 });
    expect(cut.body.data.bilateral.facts).toHaveLength(1);
    expect(cut.body.data.bilateral.totalCount).toBe(3);
    expect(cut.body.data.bilateral.truncated).toBe(true);
  });

  it('refuses the same state twice and oversized lists', async () => {
    const same = await api.gql(BILATERAL, { a: fx.codes.R, b: fx.codes.R });
    expect(same.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const big = await api.gql(BILATERAL, { a: fx.codes.R, b: fx.codes.K, first: 501 });
    expect(big.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

const PATHS = `query($from: ID!, $to: ID!, $maxHops: Int) {
  paths(from: $from, to: $to, maxHops: $maxHops, first: 20) {
    length
    entities { __typename ... on State { code } ... on Person { id } ... on Event { id } }
    steps { kind role from { ... on Person { id } ... on State { code } } to { ... on Person { id } ... on State { code } } fact { id } }
  }
}`;

const key = (e: any) => e.code ?? e.id;

describe('paths', () => {
  it('finds the shortest chains of facts and REPRESENTS between two states', async () => {
    const res = await api.gql(PATHS, { from: fx.codes.C, to: fx.codes.K, maxHops: 3 });
    expect(res.body.errors).toBeUndefined();
    const paths = res.body.data.paths;
    // C ←REPRESENTS− hua −STATED→ K is the only 2-step path.
    expect(paths).toHaveLength(1);
    const [p] = paths;
    expect(p.length).toBe(2);
    expect(p.entities.map(key)).toEqual([fx.codes.C, fx.people.hua, fx.codes.K]);
    expect(p.steps.map((s: any) => s.kind)).toEqual(['REPRESENTS', 'STATED']);
    // Steps keep their own direction: the person represents the state.
    expect(p.steps[0]).toMatchObject({ from: { id: fx.people.hua }, to: { code: fx.codes.C }, role: 'foreign ministry spokeswoman', fact: null });
    expect(p.steps[1].fact).toEqual({ id: fx.facts.huaK });
  });

  it('respects maxHops and its bound', async () => {
    // S to K: S ← park ← R … needs more than one step.
    const one = await api.gql(PATHS, { from: fx.codes.S, to: fx.codes.K, maxHops: 1 });
    expect(one.body.data.paths).toEqual([]);
    for (const maxHops of [0, 5]) {
      const res = await api.gql(PATHS, { from: fx.codes.S, to: fx.codes.K, maxHops });
      expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('connects people too', async () => {
    const res = await api.gql(PATHS, { from: fx.people.putin, to: fx.people.kim, maxHops: 2 });
    expect(res.body.data.paths).toHaveLength(1);
    expect(res.body.data.paths[0].steps[0]).toMatchObject({ kind: 'INVITED', fact: { id: fx.facts.putinKim } });
  });
});

describe('neighbourhood', () => {
  const Q = `query($actor: ID!, $depth: Int, $first: Int) { neighbourhood(actor: $actor, depth: $depth, first: $first) {
    center { ... on Person { id } ... on State { code } }
    entities { __typename ... on Person { id } ... on State { code } ... on Event { id } }
    steps { kind from { ... on Person { id } ... on State { code } } to { ... on Person { id } ... on State { code } } fact { id } }
    truncated } }`;

  it('returns the steps one step out, most corroborated first', async () => {
    const res = await api.gql(Q, { actor: fx.people.kim, depth: 1 });
    expect(res.body.errors).toBeUndefined();
    const n = res.body.data.neighbourhood;
    expect(n.center).toEqual({ id: fx.people.kim });
    expect(n.truncated).toBe(false);
    const facts = n.steps.map((s: any) => s.fact?.id ?? s.kind).sort();
    expect(facts).toEqual([fx.facts.kimVisit, fx.facts.putinKim, fx.facts.xiKimNeg, 'REPRESENTS'].sort());
    expect(n.steps[0].fact.id).toBe(fx.facts.putinKim); // sourceCount 2
    expect(n.entities.map(key).sort()).toEqual([fx.people.kim, fx.codes.K, fx.codes.R, fx.people.putin, fx.people.xi].sort());
  });

  it('goes two steps out within the bound and says when it cut', async () => {
    const two = await api.gql(Q, { actor: fx.people.kim, depth: 2, first: 100 });
    const keys = two.body.data.neighbourhood.entities.map(key);
    // Through K: hua and lavrov spoke about it; through putin: R.
    expect(keys).toEqual(expect.arrayContaining([fx.people.hua, fx.people.lavrov, fx.people.putin]));
    const cut = await api.gql(Q, { actor: fx.people.lavrov, depth: 1, first: 5 });
    expect(cut.body.data.neighbourhood.steps).toHaveLength(5);
    expect(cut.body.data.neighbourhood.truncated).toBe(true);
    const deep = await api.gql(Q, { actor: fx.people.kim, depth: 3 });
    expect(deep.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('returns an empty neighbourhood for an unknown actor', async () => {
    const res = await api.gql(Q, { actor: 'person:nobody here' });
    expect(res.body.data.neighbourhood).toEqual({ center: null, entities: [], steps: [], truncated: false });
  });
});
