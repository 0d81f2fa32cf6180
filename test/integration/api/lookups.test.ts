/** Look-ups, listings and search through yoga.fetch against the real Neo4j. */
import { seededApi } from './harness';

const ctx = seededApi();

describe('look-ups', () => {
  it('finds a state by code, case-insensitively, with its representatives', async () => {
    const res = await ctx.api.gql(
      `query($code: StateCode!) { state(code: $code) { id code name aliases bloc representatives { person { id name } role asOf } } }`,
      { code: ctx.fx.codes.R.toLowerCase() },
    );
    expect(res.body.errors).toBeUndefined();
    const s = res.body.data.state;
    expect(s.code).toBe(ctx.fx.codes.R);
    expect(s.id).toBe(ctx.fx.codes.R);
    expect(s.aliases).toEqual(['Moscow', 'the Kremlin']);
    expect(s.bloc).toBe(false);
    expect(s.representatives.map((r: any) => r.person.id).sort()).toEqual([ctx.fx.people.lavrov, ctx.fx.people.putin].sort());
    expect(s.representatives.find((r: any) => r.person.id === ctx.fx.people.lavrov).role).toBe('foreign minister');
  });

  it('returns null for an unknown state and refuses a malformed code', async () => {
    const unknown = await ctx.api.gql(`{ state(code: "QZZ") { code } }`);
    // QZZ may exist only if another fixture drew it; the code space is disjoint from ours.
    if (!Object.values(ctx.fx.codes).includes('QZZ')) expect(unknown.body.data.state?.code ?? null).not.toBe(ctx.fx.codes.R);
    const bad = await ctx.api.gql(`{ state(code: "Russia") { code } }`);
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.body.errors?.[0]?.message).toMatch(/alpha-3/);
  });

  it('finds a person with roles and facts in both directions', async () => {
    const res = await ctx.api.gql(
      `query($id: ID!) { person(id: $id) {
          id name leader aliases
          represents { state { code } role asOf sourceCount }
          invited { id invitee { id } }
          invitedBy { id inviter { id } status }
          visits { id destination { code } status }
          statements { id }
      } }`,
      { id: ctx.fx.people.kim },
    );
    expect(res.body.errors).toBeUndefined();
    const p = res.body.data.person;
    expect(p.name).toBe('Kim Jong-un');
    expect(p.leader).toBe(true);
    expect(p.represents).toEqual([{ state: { code: ctx.fx.codes.K }, role: 'leader', asOf: '2015-01-22', sourceCount: 1 }]);
    expect(p.invited).toEqual([]);
    // Time order: xi's negated 2015 invitation after putin's 2014-11 one.
    expect(p.invitedBy.map((f: any) => f.id)).toEqual([ctx.fx.facts.putinKim, ctx.fx.facts.xiKimNeg]);
    expect(p.invitedBy[0].status).toBe('ACCEPTED');
    expect(p.visits).toEqual([{ id: ctx.fx.facts.kimVisit, destination: { code: ctx.fx.codes.R }, status: 'POSSIBLE' }]);
  });

  it('answers the same when the children are loaded with the person or the fact', async () => {
    // person/fact start their child loads (roles, fact lists, sources) together with the
    // parent; aliases with other sizes, unknown keys and bad sizes must answer as before.
    const res = await ctx.api.gql(
      `query($id: ID!, $f: Int) { person(id: $id) { a: invited(first: 1) { id } b: invited(first: $f) { id } represents { role } } }`,
      { id: ctx.fx.people.lavrov, f: 2 },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.person.a.map((f: any) => f.id)).toEqual(ctx.fx.bulk.slice(0, 1));
    expect(res.body.data.person.b.map((f: any) => f.id)).toEqual(ctx.fx.bulk.slice(0, 2));
    const unknown = await ctx.api.gql(
      `query($p: ID!, $f: ID!) { person(id: $p) { represents { role } invitedBy { id } } fact(id: $f) { id sources { article { id } } } }`,
      { p: `${ctx.fx.people.kim}-no-such-person`, f: `${ctx.fx.facts.putinKim}-no-such-fact` },
    );
    expect(unknown.body.errors).toBeUndefined();
    expect(unknown.body.data).toEqual({ person: null, fact: null });
    const bad = await ctx.api.gql(`query($id: ID!) { person(id: $id) { invited(first: 0) { id } } }`, { id: ctx.fx.people.lavrov });
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('bounds nested list sizes too', async () => {
    const res = await ctx.api.gql(`query($id: ID!) { person(id: $id) { invited(first: 3) { id } } }`, { id: ctx.fx.people.lavrov });
    expect(res.body.data.person.invited.map((f: any) => f.id)).toEqual(ctx.fx.bulk.slice(0, 3));
    const tooMany = await ctx.api.gql(`query($id: ID!, $f: Int) { person(id: $id) { invited(first: $f) { id } } }`, { id: ctx.fx.people.lavrov, f: 1000 });
    expect(tooMany.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // Written into the query, the same size is already refused by the cost limit.
    const literal = await ctx.api.gql(`query($id: ID!) { person(id: $id) { invited(first: 100000) { id } } }`, { id: ctx.fx.people.lavrov });
    expect(literal.body.errors?.[0]?.message).toMatch(/Query Cost limit of \d+ exceeded/);
    expect(literal.body.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'cost' });
    expect(literal.body.data).toBeUndefined();
  });

  it('finds an event with its host, an article with its facts, and a fact by id', async () => {
    const res = await ctx.api.gql(
      `query($e: ID!, $a: ID!, $f: ID!) {
        event(id: $e) { id kind date place { code } }
        article(id: $a) { id title publishedAt source facts { id } }
        fact(id: $f) { __typename id kind sourceCount ... on Visit { visitor { id } } }
      }`,
      { e: ctx.fx.event, a: ctx.fx.articles.a2, f: ctx.fx.facts.kimVisit },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.event).toEqual({ id: ctx.fx.event, kind: 'ceremony', date: '2015-05-09', place: { code: ctx.fx.codes.R } });
    expect(res.body.data.article.publishedAt).toBe('2015-03-01');
    expect(res.body.data.article.facts).toEqual([{ id: ctx.fx.facts.putinKim }]);
    expect(res.body.data.fact).toEqual({ __typename: 'Visit', id: ctx.fx.facts.kimVisit, kind: 'VISIT', sourceCount: 1, visitor: { id: ctx.fx.people.kim } });
  });

  it('returns null for unknown ids', async () => {
    const res = await ctx.api.gql(`{ person(id: "person:nobody at all") { id } event(id: "event:none") { id } fact(id: "inv|x|y||false") { id } }`);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data).toEqual({ person: null, event: null, fact: null });
  });
});

describe('listings', () => {
  it('pages through people of a state with round-tripping cursors', async () => {
    const q = `query($s: StateCode, $after: String) { people(state: $s, first: 1, after: $after) {
      totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`;
    const p1 = await ctx.api.gql(q, { s: ctx.fx.codes.C });
    expect(p1.body.data.people.totalCount).toBe(2);
    expect(p1.body.data.people.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const p2 = await ctx.api.gql(q, { s: ctx.fx.codes.C, after: p1.body.data.people.pageInfo.endCursor });
    expect(p2.body.data.people.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const ids = [p1, p2].map((r) => r.body.data.people.edges[0].node.id);
    expect(ids).toEqual([ctx.fx.people.hua, ctx.fx.people.xi].sort());
  });

  it('lists leaders only', async () => {
    const res = await ctx.api.gql(`query($s: StateCode) { people(state: $s, leader: true) { edges { node { id leader } } } }`, { s: ctx.fx.codes.R });
    expect(res.body.data.people.edges).toEqual([{ node: { id: ctx.fx.people.putin, leader: true } }]);
  });

  it('lists states in code order from a cursor', async () => {
    const first = await ctx.api.gql(`{ states(first: 100) { totalCount edges { node { code } } } }`);
    const codes: string[] = first.body.data.states.edges.map((e: any) => e.node.code);
    expect([...codes].sort()).toEqual(codes);
    expect(first.body.data.states.totalCount).toBeGreaterThanOrEqual(4);
  });

  it('lists events by kind and date range', async () => {
    const res = await ctx.api.gql(`{ events(kind: "ceremony", from: "2015-05", to: "2015-05", first: 100) { edges { node { id } } } }`);
    expect(res.body.data.events.edges.map((e: any) => e.node.id)).toContain(ctx.fx.event);
    const none = await ctx.api.gql(`{ events(kind: "ceremony", from: "2016", first: 100) { edges { node { id } } } }`);
    expect(none.body.data.events.edges.map((e: any) => e.node.id)).not.toContain(ctx.fx.event);
  });

  it('refuses page sizes above 100 and below 1, and garbage cursors', async () => {
    for (const first of [0, 101, 10000]) {
      const res = await ctx.api.gql(`query($f: Int) { states(first: $f) { totalCount } }`, { f: first });
      expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.body.errors?.[0]?.message).toMatch(/between 1 and 100/);
    }
    const bad = await ctx.api.gql(`{ states(after: "not-a-cursor") { totalCount } }`);
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('search', () => {
  it('finds people by name words and prefixes, filtered by kind', async () => {
    const res = await ctx.api.gql(`query($t: String!) { search(text: $t, kinds: [PERSON], first: 100) { score entity { __typename ... on Person { id } } } }`, {
      t: `Chunying ${ctx.fx.tag}`,
    });
    expect(res.body.errors).toBeUndefined();
    const ids = res.body.data.search.map((h: any) => h.entity.id);
    expect(ids).toEqual([ctx.fx.people.hua]);
    expect(res.body.data.search[0].score).toBeGreaterThan(0);
    const prefix = await ctx.api.gql(`query($t: String!) { search(text: $t, first: 100) { entity { ... on State { code } } } }`, {
      t: `North Korea ${ctx.fx.tag.slice(0, 4)}`,
    });
    expect(prefix.body.data.search.map((h: any) => h.entity.code)).toContain(ctx.fx.codes.K);
  });

  it('refuses text with nothing to search', async () => {
    const res = await ctx.api.gql(`{ search(text: "  *:* ") { score } }`);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
