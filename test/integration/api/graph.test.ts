/** bilateral, paths and neighbourhood on the fixture graph. */
import { dateRangeParams } from '../../../src/api/dates';
import { bilateralFactsParams } from '../../../src/api/resolvers/query/bilateral';
import type { YogaInitialContext } from 'graphql-yoga';
import { entitiesByKey, toFactRow } from '../../../src/api/records';
import { contextFactory } from '../../../src/api/context';
import type { ApiWriter } from '../../../src/api/ports';
import { resolvers } from '../../../src/api/resolvers';
import { profile, seededApi } from './harness';

const ctx = seededApi();

const BILATERAL = `query($a: StateCode!, $b: StateCode!, $from: PartialDate, $to: PartialDate, $first: Int) {
  bilateral(a: $a, b: $b, from: $from, to: $to, first: $first) {
    a { code } b { code } totalCount truncated
    byKind { kind count } byYear { year count }
    facts { __typename id date sourceCount sources { article { id } } }
  }
}`;

describe('bilateral', () => {
  it('gathers facts between two states directly and through their people, both directions, in time order', async () => {
    const res = await ctx.api.gql(BILATERAL, { a: ctx.fx.codes.R, b: ctx.fx.codes.K });
    expect(res.body.errors).toBeUndefined();
    const b = res.body.data.bilateral;
    expect(b.a).toEqual({ code: ctx.fx.codes.R });
    // putin→kim (2014-11), lavrov→K statement (2015-01-21), kim→R visit (2015-05).
    expect(b.facts.map((f: any) => f.id)).toEqual([ctx.fx.facts.putinKim, ctx.fx.facts.lavrovK, ctx.fx.facts.kimVisit]);
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
    const swapped = await ctx.api.gql(BILATERAL, { a: ctx.fx.codes.K, b: ctx.fx.codes.R });
    expect(swapped.body.data.bilateral.facts.map((f: any) => f.id)).toEqual(b.facts.map((f: any) => f.id));
  });

  it('puts undated facts last and counts them under a null year', async () => {
    const res = await ctx.api.gql(BILATERAL, { a: ctx.fx.codes.R, b: ctx.fx.codes.C });
    const b = res.body.data.bilateral;
    expect(b.facts.map((f: any) => f.id)).toEqual([ctx.fx.facts.rXi]);
    expect(b.byYear).toEqual([{ year: null, count: 1 }]);
  });

  it('restricts to a time range and truncates the list but not the counts', async () => {
    const ranged = await ctx.api.gql(BILATERAL, { a: ctx.fx.codes.R, b: ctx.fx.codes.K, from: '2015' });
    expect(ranged.body.data.bilateral.facts.map((f: any) => f.id)).toEqual([ctx.fx.facts.lavrovK, ctx.fx.facts.kimVisit]);
    const cut = await ctx.api.gql(BILATERAL, { a: ctx.fx.codes.R, b: ctx.fx.codes.K, first: 1 });
    expect(cut.body.data.bilateral.facts).toHaveLength(1);
    expect(cut.body.data.bilateral.totalCount).toBe(3);
    expect(cut.body.data.bilateral.truncated).toBe(true);
  });

  it('takes month bounds at their word, with the same overlap rule as the fact lists', async () => {
    const january = await ctx.api.gql(BILATERAL, { a: ctx.fx.codes.K, b: ctx.fx.codes.R, from: '2015-01', to: '2015-01' });
    expect(january.body.data.bilateral.facts.map((f: any) => f.id)).toEqual([ctx.fx.facts.lavrovK]);
    expect(january.body.data.bilateral.byYear).toEqual([{ year: 2015, count: 1 }]);
    const before = await ctx.api.gql(BILATERAL, { a: ctx.fx.codes.R, b: ctx.fx.codes.K, to: '2014-12' });
    expect(before.body.data.bilateral.facts.map((f: any) => f.id)).toEqual([ctx.fx.facts.putinKim]);
  });

  it('reads the pair from its dyad entries in index order, expanding neither state', async () => {
    const all = dateRangeParams(null, null);
    const params = bilateralFactsParams(ctx.fx.codes.R, ctx.fx.codes.K, all, 2, true);
    const ops = (await profile(ctx.api, 'bilateral-facts', params)).operators.map((o) => `${o.name} ${o.details}`);
    // Counts and page both seek the pair's entries; the page stops after `first` of them.
    expect(ops.filter((o) => o.startsWith('NodeIndexSeek') && o.includes('DyadFact(dyad, sortKey, factId, type)'))).toHaveLength(2);
    expect(ops.some((o) => o.startsWith('Limit'))).toBe(true);
    // No state's or person's relationships are expanded, and nothing is sorted but the page.
    expect(ops.filter((o) => /^(Expand|VarLengthExpand|OptionalExpand|Top|NodeByLabelScan|AllNodesScan)/.test(o))).toEqual([]);
  });

  it('gives each fact its ends, read with the page when selected and loaded by key otherwise', async () => {
    const ends = `... on Invitation { inviter { ...End } invitee { ...End } }
      ... on Visit { visitor { ...End } destination { code } }
      ... on Statement { speaker { ...End } subject { ...End } }`;
    const query = (select: string) => `query($a: StateCode!, $b: StateCode!) { bilateral(a: $a, b: $b) { facts { id ${select} } } }
      fragment End on Entity { __typename ... on State { code } ... on Person { id name leader } ... on Event { id } }`;
    const res = await ctx.api.gql(query(ends), { a: ctx.fx.codes.R, b: ctx.fx.codes.K });
    expect(res.body.errors).toBeUndefined();
    const P = ctx.fx.people;
    const person = (id: string, name: string, leader: boolean) => ({ __typename: 'Person', id, name, leader });
    expect(res.body.data.bilateral.facts).toEqual([
      { id: ctx.fx.facts.putinKim, inviter: person(P.putin, 'Vladimir Putin', true), invitee: person(P.kim, 'Kim Jong-un', true) },
      { id: ctx.fx.facts.lavrovK, speaker: person(P.lavrov, 'Sergei Lavrov', false), subject: { __typename: 'State', code: ctx.fx.codes.K } },
      { id: ctx.fx.facts.kimVisit, visitor: person(P.kim, 'Kim Jong-un', true), destination: { code: ctx.fx.codes.R } },
    ]);
    // A page without them (no end field selected) reads the same ends by key, one batched
    // look-up per kind of entity, when a field asks for one after all.
    const all = dateRangeParams(null, null);
    const [bare] = await ctx.api.db.executor.read('bilateral-facts', bilateralFactsParams(ctx.fx.codes.R, ctx.fx.codes.K, all, 10, false));
    const api = contextFactory({ db: ctx.api.db.executor, writer: {} as ApiWriter, apiKey: null })({ request: new Request('http://test') } as YogaInitialContext);
    const facts = (bare!.facts as string[][]).map((f) => toFactRow(f));
    expect(facts.every((f) => f.from === undefined && f.to === undefined)).toBe(true);
    const loaded = await Promise.all(
      facts.map(async (f) => {
        const type = resolvers[f.__typename] as unknown as Record<string, (f: unknown, a: unknown, c: unknown) => unknown>;
        const [a, b] = ({ Invitation: ['inviter', 'invitee'], Visit: ['visitor', 'destination'], Statement: ['speaker', 'subject'] } as const)[f.__typename];
        return { id: f.id, [a]: await type[a]!(f, {}, api), [b]: await type[b]!(f, {}, api) };
      }),
    );
    const pick = (e: any) => (e.__typename === 'Person' ? person(e.id, e.name, e.leader) : { __typename: e.__typename, code: e.code });
    expect(loaded.map((f) => Object.fromEntries(Object.entries(f).map(([k, v]) => [k, k === 'id' ? v : pick(v)])))).toEqual(
      res.body.data.bilateral.facts.map((f: any) => (f.destination ? { ...f, destination: { __typename: 'State', ...f.destination } } : f)),
    );
  });

  it('carries the ends in its row only when asked to', async () => {
    const all = dateRangeParams(null, null);
    const params = bilateralFactsParams(ctx.fx.codes.R, ctx.fx.codes.K, all, 10, false);
    const [bare] = await ctx.api.db.executor.read('bilateral-facts', { ...params, ends: false });
    const [full] = await ctx.api.db.executor.read('bilateral-facts', { ...params, ends: true });
    expect(bare!.nodes).toEqual([]);
    expect(bare!.facts).toEqual(full!.facts);
    const keys = new Set((full!.facts as string[][]).flatMap((f) => [toFactRow(f).fromKey, toFactRow(f).toKey]));
    expect([...entitiesByKey(full!.nodes).keys()].sort()).toEqual([...keys].sort());
  });

  it('refuses the same state twice and oversized lists', async () => {
    const same = await ctx.api.gql(BILATERAL, { a: ctx.fx.codes.R, b: ctx.fx.codes.R });
    expect(same.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const big = await ctx.api.gql(BILATERAL, { a: ctx.fx.codes.R, b: ctx.fx.codes.K, first: 501 });
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
    const res = await ctx.api.gql(PATHS, { from: ctx.fx.codes.C, to: ctx.fx.codes.K, maxHops: 3 });
    expect(res.body.errors).toBeUndefined();
    const paths = res.body.data.paths;
    // C ←REPRESENTS− hua −STATED→ K is the only 2-step path.
    expect(paths).toHaveLength(1);
    const [p] = paths;
    expect(p.length).toBe(2);
    expect(p.entities.map(key)).toEqual([ctx.fx.codes.C, ctx.fx.people.hua, ctx.fx.codes.K]);
    expect(p.steps.map((s: any) => s.kind)).toEqual(['REPRESENTS', 'STATED']);
    // Steps keep their own direction: the person represents the state.
    expect(p.steps[0]).toMatchObject({ from: { id: ctx.fx.people.hua }, to: { code: ctx.fx.codes.C }, role: 'foreign ministry spokeswoman', fact: null });
    expect(p.steps[1].fact).toEqual({ id: ctx.fx.facts.huaK });
  });

  it('respects maxHops and its bound', async () => {
    // S to K: S ← park ← R … needs more than one step.
    const one = await ctx.api.gql(PATHS, { from: ctx.fx.codes.S, to: ctx.fx.codes.K, maxHops: 1 });
    expect(one.body.data.paths).toEqual([]);
    for (const maxHops of [0, 5]) {
      const res = await ctx.api.gql(PATHS, { from: ctx.fx.codes.S, to: ctx.fx.codes.K, maxHops });
      expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('connects people too', async () => {
    const res = await ctx.api.gql(PATHS, { from: ctx.fx.people.putin, to: ctx.fx.people.kim, maxHops: 2 });
    expect(res.body.data.paths).toHaveLength(1);
    expect(res.body.data.paths[0].steps[0]).toMatchObject({ kind: 'INVITED', fact: { id: ctx.fx.facts.putinKim } });
  });
});

describe('neighbourhood', () => {
  const Q = `query($actor: ID!, $depth: Int, $first: Int) { neighbourhood(actor: $actor, depth: $depth, first: $first) {
    center { ... on Person { id } ... on State { code } }
    entities { __typename ... on Person { id } ... on State { code } ... on Event { id } }
    steps { kind from { ... on Person { id } ... on State { code } } to { ... on Person { id } ... on State { code } } fact { id } }
    truncated } }`;

  it('returns the steps one step out, most corroborated first', async () => {
    const res = await ctx.api.gql(Q, { actor: ctx.fx.people.kim, depth: 1 });
    expect(res.body.errors).toBeUndefined();
    const n = res.body.data.neighbourhood;
    expect(n.center).toEqual({ id: ctx.fx.people.kim });
    expect(n.truncated).toBe(false);
    const facts = n.steps.map((s: any) => s.fact?.id ?? s.kind).sort();
    expect(facts).toEqual([ctx.fx.facts.kimVisit, ctx.fx.facts.putinKim, ctx.fx.facts.xiKimNeg, 'REPRESENTS'].sort());
    expect(n.steps[0].fact.id).toBe(ctx.fx.facts.putinKim); // sourceCount 2
    expect(n.entities.map(key).sort()).toEqual([ctx.fx.people.kim, ctx.fx.codes.K, ctx.fx.codes.R, ctx.fx.people.putin, ctx.fx.people.xi].sort());
  });

  it('goes two steps out within the bound and says when it cut', async () => {
    const two = await ctx.api.gql(Q, { actor: ctx.fx.people.kim, depth: 2, first: 100 });
    const keys = two.body.data.neighbourhood.entities.map(key);
    // Through K: hua and lavrov spoke about it; through putin: R.
    expect(keys).toEqual(expect.arrayContaining([ctx.fx.people.hua, ctx.fx.people.lavrov, ctx.fx.people.putin]));
    const cut = await ctx.api.gql(Q, { actor: ctx.fx.people.lavrov, depth: 1, first: 5 });
    expect(cut.body.data.neighbourhood.steps).toHaveLength(5);
    expect(cut.body.data.neighbourhood.truncated).toBe(true);
    const deep = await ctx.api.gql(Q, { actor: ctx.fx.people.kim, depth: 3 });
    expect(deep.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('returns an empty neighbourhood for an unknown actor', async () => {
    const res = await ctx.api.gql(Q, { actor: 'person:nobody here' });
    expect(res.body.data.neighbourhood).toEqual({ center: null, entities: [], steps: [], truncated: false });
  });
});
