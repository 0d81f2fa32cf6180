/** invitations / visits / statements: filters, sides, time ranges, status, pagination, sources. */
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

const INVITATIONS = `query($actor: ID, $state: StateCode, $side: InvitationSide, $from: PartialDate, $to: PartialDate,
    $status: [InvitationStatus!], $negated: Boolean, $first: Int, $after: String) {
  invitations(actor: $actor, state: $state, side: $side, from: $from, to: $to, status: $status,
      negated: $negated, first: $first, after: $after) {
    totalCount
    edges { cursor node { id date status negated inviter { id } invitee { id } } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

async function invitationIds(vars: Record<string, unknown>): Promise<string[]> {
  const res = await api.gql(INVITATIONS, { first: 100, ...vars });
  expect(res.body.errors).toBeUndefined();
  return res.body.data.invitations.edges.map((e: any) => e.node.id);
}

describe('invitations', () => {
  it('who invited whom: by inviter, by invitee, either side', async () => {
    expect(await invitationIds({ actor: fx.people.putin, side: 'INVITER' })).toEqual([fx.facts.putinKim]);
    expect(await invitationIds({ actor: fx.people.putin, side: 'INVITEE' })).toEqual([]);
    expect(await invitationIds({ actor: fx.people.kim, side: 'INVITEE' })).toEqual([fx.facts.putinKim, fx.facts.xiKimNeg]);
    expect(await invitationIds({ actor: fx.people.kim })).toEqual([fx.facts.putinKim, fx.facts.xiKimNeg]);
  });

  it('a state code as actor is the state node only; `state` adds its people', async () => {
    // Undated facts come last.
    expect(await invitationIds({ actor: fx.codes.R, side: 'INVITER' })).toEqual([fx.facts.rPark, fx.facts.rXi]);
    const viaState = await invitationIds({ state: fx.codes.R, side: 'INVITER', first: 100 });
    expect(viaState).toHaveLength(3 + 45);
    expect(viaState).toEqual(expect.arrayContaining([fx.facts.putinKim, fx.facts.rPark, fx.facts.rXi, ...fx.bulk]));
  });

  it('actor plus state: the state is the far end', async () => {
    expect(await invitationIds({ actor: fx.codes.R, state: fx.codes.S, side: 'INVITER' })).toEqual([fx.facts.rPark]);
    expect(await invitationIds({ actor: fx.people.kim, state: fx.codes.C, side: 'INVITEE' })).toEqual([fx.facts.xiKimNeg]);
    expect(await invitationIds({ actor: fx.people.kim, state: fx.codes.S })).toEqual([]);
  });

  it('filters by status and negation', async () => {
    expect(await invitationIds({ actor: fx.people.kim, status: ['ACCEPTED'] })).toEqual([fx.facts.putinKim]);
    expect(await invitationIds({ actor: fx.people.kim, negated: true })).toEqual([fx.facts.xiKimNeg]);
    expect(await invitationIds({ actor: fx.people.kim, status: ['DECLINED', 'WITHDRAWN'] })).toEqual([]);
  });

  it('filters by partial-date ranges that overlap the fact dates', async () => {
    // putinKim is 2014-11, xiKimNeg is 2015 (a whole year).
    expect(await invitationIds({ actor: fx.people.kim, from: '2014-11-15', to: '2014-12' })).toEqual([fx.facts.putinKim]);
    expect(await invitationIds({ actor: fx.people.kim, from: '2015-03-01' })).toEqual([fx.facts.xiKimNeg]);
    expect(await invitationIds({ actor: fx.people.kim, to: '2014' })).toEqual([fx.facts.putinKim]);
    expect(await invitationIds({ actor: fx.people.kim, from: '2016' })).toEqual([]);
    // Undated facts are left out once a range is given.
    expect(await invitationIds({ actor: fx.codes.R, side: 'INVITER', from: '2000' })).toEqual([fx.facts.rPark]);
  });

  it('refuses malformed dates and reversed ranges', async () => {
    for (const vars of [{ from: '2015-02-30' }, { from: '15' }, { to: '2015/01' }, { from: '2016', to: '2015-06' }]) {
      const res = await api.gql(INVITATIONS, { actor: fx.people.kim, ...vars });
      expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('pages through 45 invitations with round-tripping cursors and a bounded page size', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const res: any = await api.gql(INVITATIONS, { actor: fx.people.lavrov, side: 'INVITER', first: 10, after });
      expect(res.body.errors).toBeUndefined();
      const conn = res.body.data.invitations;
      expect(conn.totalCount).toBe(45);
      expect(conn.edges.length).toBeLessThanOrEqual(10);
      expect(conn.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(conn.pageInfo.startCursor).toBe(conn.edges[0].cursor);
      seen.push(...conn.edges.map((e: any) => e.node.id));
      pages += 1;
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(pages).toBe(5);
    expect(seen).toEqual(fx.bulk);
    // Default page size 20; more than 100 refused.
    const dflt = await api.gql(INVITATIONS, { actor: fx.people.lavrov, first: undefined });
    expect(dflt.body.data.invitations.edges).toHaveLength(20);
    const big = await api.gql(INVITATIONS, { actor: fx.people.lavrov, first: 101 });
    expect(big.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(big.body.data).toBeNull();
  });

  it('lists without an anchor, filtered by attributes', async () => {
    const res = await api.gql(
      `{ invitations(negated: true, from: "2015", to: "2015", first: 100) { totalCount edges { node { id negated } } } }`,
    );
    expect(res.body.errors).toBeUndefined();
    const ids = res.body.data.invitations.edges.map((e: any) => e.node.id);
    expect(ids).toContain(fx.facts.xiKimNeg);
    expect(res.body.data.invitations.edges.every((e: any) => e.node.negated)).toBe(true);
    expect(res.body.data.invitations.totalCount).toBeGreaterThanOrEqual(1);
  });
});

describe('visits and statements', () => {
  it('visits by visitor, by destination state with its people, and status', async () => {
    const q = `query($actor: ID, $state: StateCode, $side: VisitSide, $status: [VisitStatus!]) {
      visits(actor: $actor, state: $state, side: $side, status: $status) { totalCount edges { node { id status visitor { id } destination { code } } } } }`;
    const byKim = await api.gql(q, { actor: fx.people.kim, side: 'VISITOR' });
    expect(byKim.body.data.visits.edges.map((e: any) => e.node.id)).toEqual([fx.facts.kimVisit]);
    const toS = await api.gql(q, { state: fx.codes.S, side: 'DESTINATION' });
    expect(toS.body.data.visits.edges.map((e: any) => e.node.id)).toEqual([fx.facts.xiVisit]);
    const fromC = await api.gql(q, { state: fx.codes.C, side: 'VISITOR', status: ['OCCURRED'] });
    expect(fromC.body.data.visits.edges).toEqual([
      { node: { id: fx.facts.xiVisit, status: 'OCCURRED', visitor: { id: fx.people.xi }, destination: { code: fx.codes.S } } },
    ]);
  });

  it('statements about a state, by its speakers, in time order', async () => {
    const q = `query($actor: ID, $state: StateCode, $side: StatementSide) {
      statements(actor: $actor, state: $state, side: $side) { totalCount edges { node { id date quote speaker { id } subject { ... on State { code } } } } } }`;
    const aboutK = await api.gql(q, { actor: fx.codes.K, side: 'SUBJECT' });
    expect(aboutK.body.data.statements.edges.map((e: any) => e.node.id)).toEqual([fx.facts.lavrovK, fx.facts.huaK]);
    expect(aboutK.body.data.statements.totalCount).toBe(2);
    const byC = await api.gql(q, { state: fx.codes.C, side: 'SPEAKER' });
    expect(byC.body.data.statements.edges[0].node).toMatchObject({ id: fx.facts.huaK, speaker: { id: fx.people.hua }, subject: { code: fx.codes.K } });
  });
});

describe('sources', () => {
  it('every fact exposes its sources with article, evidence offsets and the article’s own reading', async () => {
    const res = await api.gql(
      `query($s: StateCode!) { invitations(state: $s, first: 100) { edges { node {
          id sourceCount firstReported lastReported
          sources { article { id title url publishedAt } evidence { text start end } reportedStatus reportedDate reportedNegated }
      } } } }`,
      { s: fx.codes.K },
    );
    expect(res.body.errors).toBeUndefined();
    const nodes = res.body.data.invitations.edges.map((e: any) => e.node);
    expect(nodes.length).toBe(2);
    for (const n of nodes) {
      expect(n.sources.length).toBeGreaterThan(0);
      expect(new Set(n.sources.map((s: any) => s.article.id)).size).toBe(n.sourceCount);
      for (const s of n.sources) {
        expect(s.evidence.end - s.evidence.start).toBe(s.evidence.text.length);
        expect(s.article.url).toBe(s.article.id);
      }
    }
    const putinKim = nodes.find((n: any) => n.id === fx.facts.putinKim);
    expect(putinKim.sourceCount).toBe(2);
    expect(putinKim.firstReported).toBe('2015-01-22');
    expect(putinKim.lastReported).toBe('2015-03-01');
    // Earliest publication first; each source keeps the status its article reported.
    expect(putinKim.sources.map((s: any) => [s.article.publishedAt, s.reportedStatus])).toEqual([
      ['2015-01-22', 'pending'],
      ['2015-03-01', 'accepted'],
    ]);
    expect(putinKim.sources[0].evidence.text).toMatch(/Putin invited Kim/);
  });
});
