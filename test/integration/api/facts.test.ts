/** invitations / visits / statements: filters, sides, time ranges, status, pagination, sources. */
import { dateRangeParams, overlaps, sortKeyBands } from '../../../src/api/dates';
import { anchorSeekBounds } from '../../../src/api/resolvers/query/fact-list';
import { profile, seededApi } from './harness';

const ctx = seededApi();

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
  const res = await ctx.api.gql(INVITATIONS, { first: 100, ...vars });
  expect(res.body.errors).toBeUndefined();
  return res.body.data.invitations.edges.map((e: any) => e.node.id);
}

/** PROFILE of find-actor-facts (or find-facts): rows returned, rows its index seeks read, its operators. */
async function profileRows(params: Record<string, unknown>, statement = 'find-actor-facts') {
  const { records, operators: ops } = await profile(ctx.api, statement, params);
  // An actor's seeks are on relationship indexes, a state's on its entries' node index.
  const seek = statement === 'find-actor-facts' ? 'DirectedRelationshipIndexSeek' : 'NodeIndexSeek';
  const read = ops.filter((o) => o.name.startsWith(seek)).reduce((n, o) => n + o.rows, 0);
  const last = records.at(-1);
  const lastKeyAndId: [string, string] = [String(last?.get('sortKey')), String((last?.get('fact') as { props: { id: string } }).props.id)];
  return { returned: records.length, read, ops, lastKeyAndId };
}

describe('invitations', () => {
  it('who invited whom: by inviter, by invitee, either side', async () => {
    expect(await invitationIds({ actor: ctx.fx.people.putin, side: 'INVITER' })).toEqual([ctx.fx.facts.putinKim]);
    expect(await invitationIds({ actor: ctx.fx.people.putin, side: 'INVITEE' })).toEqual([]);
    expect(await invitationIds({ actor: ctx.fx.people.kim, side: 'INVITEE' })).toEqual([ctx.fx.facts.putinKim, ctx.fx.facts.xiKimNeg]);
    expect(await invitationIds({ actor: ctx.fx.people.kim })).toEqual([ctx.fx.facts.putinKim, ctx.fx.facts.xiKimNeg]);
  });

  it('a state code as actor is the state node only; `state` adds its people', async () => {
    // Undated facts come last.
    expect(await invitationIds({ actor: ctx.fx.codes.R, side: 'INVITER' })).toEqual([ctx.fx.facts.rPark, ctx.fx.facts.rXi]);
    const viaState = await invitationIds({ state: ctx.fx.codes.R, side: 'INVITER', first: 100 });
    expect(viaState).toHaveLength(3 + 45);
    expect(viaState).toEqual(expect.arrayContaining([ctx.fx.facts.putinKim, ctx.fx.facts.rPark, ctx.fx.facts.rXi, ...ctx.fx.bulk]));
  });

  it('actor plus state: the state is the far end', async () => {
    expect(await invitationIds({ actor: ctx.fx.codes.R, state: ctx.fx.codes.S, side: 'INVITER' })).toEqual([ctx.fx.facts.rPark]);
    expect(await invitationIds({ actor: ctx.fx.people.kim, state: ctx.fx.codes.C, side: 'INVITEE' })).toEqual([ctx.fx.facts.xiKimNeg]);
    expect(await invitationIds({ actor: ctx.fx.people.kim, state: ctx.fx.codes.S })).toEqual([]);
  });

  it('filters by status and negation', async () => {
    expect(await invitationIds({ actor: ctx.fx.people.kim, status: ['ACCEPTED'] })).toEqual([ctx.fx.facts.putinKim]);
    expect(await invitationIds({ actor: ctx.fx.people.kim, negated: true })).toEqual([ctx.fx.facts.xiKimNeg]);
    expect(await invitationIds({ actor: ctx.fx.people.kim, status: ['DECLINED', 'WITHDRAWN'] })).toEqual([]);
  });

  it('filters by partial-date ranges that overlap the fact dates', async () => {
    // putinKim is 2014-11, xiKimNeg is 2015 (a whole year).
    expect(await invitationIds({ actor: ctx.fx.people.kim, from: '2014-11-15', to: '2014-12' })).toEqual([ctx.fx.facts.putinKim]);
    expect(await invitationIds({ actor: ctx.fx.people.kim, from: '2015-03-01' })).toEqual([ctx.fx.facts.xiKimNeg]);
    expect(await invitationIds({ actor: ctx.fx.people.kim, to: '2014' })).toEqual([ctx.fx.facts.putinKim]);
    expect(await invitationIds({ actor: ctx.fx.people.kim, from: '2016' })).toEqual([]);
    // Undated facts are left out once a range is given.
    expect(await invitationIds({ actor: ctx.fx.codes.R, side: 'INVITER', from: '2000' })).toEqual([ctx.fx.facts.rPark]);
  });

  it('refuses malformed dates and reversed ranges', async () => {
    for (const vars of [{ from: '2015-02-30' }, { from: '15' }, { to: '2015/01' }, { from: '2016', to: '2015-06' }]) {
      const res = await ctx.api.gql(INVITATIONS, { actor: ctx.fx.people.kim, ...vars });
      expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('reads one page of an actor with many facts from the index, from the cursor on, not all of them', async () => {
    const noRange = dateRangeParams(null, null);
    const base = { type: 'INVITED', actor: ctx.fx.people.lavrov, anchorState: null, other: null, side: 'from', ...noRange, statuses: null, negated: null, limit: 6 };
    const first = await profileRows({ ...base, ...anchorSeekBounds(noRange, null), afterKey: null, afterId: null });
    expect(first.returned).toBe(6);
    // 45 invitations, 6 read (one seek, in index order); no branch of another type or side ran.
    expect(first.read).toBe(6);
    expect(first.ops.filter((o) => /Expand|Scan/.test(o.name) && o.rows > 0)).toEqual([]);
    const [key, id] = first.lastKeyAndId;
    const next = await profileRows({ ...base, ...anchorSeekBounds(noRange, key), afterKey: key, afterId: id });
    expect(next.returned).toBe(6);
    // The next page's seek starts at the cursor's key: at most the ties of that key are read again.
    expect(next.read).toBeLessThanOrEqual(6 + 5);
  });

  it('reads one page of a state with its people from its state entries, not all their facts', async () => {
    const noRange = dateRangeParams(null, null);
    const params = { type: 'INVITED', actor: null, anchorState: ctx.fx.codes.R, other: null, side: 'from', ...noRange, statuses: null, negated: null, limit: 6 };
    const page = await profileRows({ ...params, ...anchorSeekBounds(noRange, null), afterKey: null, afterId: null }, 'find-facts');
    expect(page.returned).toBe(6);
    // R and its people invited 47 times (Lavrov's 45 among them): 6 entries read, nothing expanded.
    expect(page.read).toBe(6);
    expect(page.ops.filter((o) => /Expand|Scan/.test(o.name) && o.rows > 0)).toEqual([]);
    expect(await invitationIds({ state: ctx.fx.codes.R, side: 'INVITER', first: 6 })).toHaveLength(6);
  });

  it('counts exactly what it lists, whatever the anchor and filters', async () => {
    const combos: Record<string, unknown>[] = [
      { state: ctx.fx.codes.R },
      { state: ctx.fx.codes.R, side: 'INVITER' },
      { state: ctx.fx.codes.K, side: 'INVITEE' },
      { state: ctx.fx.codes.R, status: ['PENDING'] },
      { state: ctx.fx.codes.R, negated: false, from: '2012', to: '2014' },
      { state: ctx.fx.codes.K, negated: true },
      { actor: ctx.fx.people.kim, status: ['ACCEPTED'] },
      { actor: ctx.fx.codes.R, state: ctx.fx.codes.S },
      { actor: ctx.fx.people.lavrov, from: '2012', to: '2014-06' },
      { actor: ctx.fx.people.lavrov, side: 'INVITER', status: ['DECLINED'] },
    ];
    for (const vars of combos) {
      const res = await ctx.api.gql(INVITATIONS, { first: 100, ...vars });
      expect(res.body.errors).toBeUndefined();
      const conn = res.body.data.invitations;
      expect({ vars, total: conn.totalCount }).toEqual({ vars, total: conn.edges.length });
      expect(conn.pageInfo.hasNextPage).toBe(false);
    }
    // Not all empty: the combinations select something.
    expect((await invitationIds({ state: ctx.fx.codes.R, status: ['PENDING'] })).length).toBeGreaterThan(10);
  });

  it('pages through 45 invitations with round-tripping cursors and a bounded page size', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const res: any = await ctx.api.gql(INVITATIONS, { actor: ctx.fx.people.lavrov, side: 'INVITER', first: 10, after });
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
    expect(seen).toEqual(ctx.fx.bulk);
    // Default page size 20; more than 100 refused.
    const dflt = await ctx.api.gql(INVITATIONS, { actor: ctx.fx.people.lavrov, first: undefined });
    expect(dflt.body.data.invitations.edges).toHaveLength(20);
    const big = await ctx.api.gql(INVITATIONS, { actor: ctx.fx.people.lavrov, first: 101 });
    expect(big.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(big.body.data).toBeNull();
  });

  it('lists without an anchor, filtered by attributes', async () => {
    const res = await ctx.api.gql(
      `{ invitations(negated: true, from: "2015", to: "2015", first: 100) { totalCount edges { node { id negated } } } }`,
    );
    expect(res.body.errors).toBeUndefined();
    const ids = res.body.data.invitations.edges.map((e: any) => e.node.id);
    expect(ids).toContain(ctx.fx.facts.xiKimNeg);
    expect(res.body.data.invitations.edges.every((e: any) => e.node.negated)).toBe(true);
    expect(res.body.data.invitations.totalCount).toBeGreaterThanOrEqual(1);
  });

  // Lists with no anchor see every test file's facts: each check holds whatever else the
  // graph has (order, filters, and this fixture's facts all there, in their order).
  it('pages through a time range with no anchor in time order, filters applied, nothing skipped', async () => {
    const cases: Record<string, unknown>[] = [
      { from: '2010', to: '2018' },
      { from: '2012-05', to: '2016-03-15' },
      { from: '2011-03-09' },
      { to: '2013' },
      { from: '2010', to: '2018', status: ['DECLINED'] },
      { from: '2010', to: '2018', status: ['PENDING', 'DECLINED'], negated: false },
      { negated: false },
    ];
    const key = (date: string | null) => date ?? '~';
    for (const vars of cases) {
      const seen: { id: string; date: string | null; status: string; negated: boolean }[] = [];
      let after: string | null = null;
      for (let pages = 0; ; pages++) {
        expect(pages).toBeLessThan(200);
        const res: any = await ctx.api.gql(INVITATIONS, { ...vars, first: 7, after });
        expect(res.body.errors).toBeUndefined();
        const conn = res.body.data.invitations;
        seen.push(...conn.edges.map((e: any) => e.node));
        if (!conn.pageInfo.hasNextPage) break;
        after = conn.pageInfo.endCursor;
      }
      const range = dateRangeParams((vars.from as string) ?? null, (vars.to as string) ?? null);
      // In (date, id) order, each once, each inside the range and the filters.
      const keys = seen.map((f) => [key(f.date), f.id] as const);
      const sorted = [...keys].sort((x, y) => (x[0] === y[0] ? (x[1] < y[1] ? -1 : 1) : x[0] < y[0] ? -1 : 1));
      expect({ vars, keys }).toEqual({ vars, keys: sorted });
      expect(new Set(seen.map((f) => f.id)).size).toBe(seen.length);
      for (const f of seen) {
        expect({ vars, date: f.date, overlaps: overlaps(f.date, range) }).toEqual({ vars, date: f.date, overlaps: true });
        if (vars.status) expect(vars.status).toContain(f.status);
        if (vars.negated !== undefined) expect(f.negated).toBe(vars.negated);
      }
      // This fixture's bulk invitations that belong: all of them, in the fixture's order.
      const mine = new Set(ctx.fx.bulk);
      const listed = seen.filter((f) => mine.has(f.id)).map((f) => f.id);
      const wanted = await invitationIds({ actor: ctx.fx.people.lavrov, side: 'INVITER', ...vars });
      expect({ vars, listed }).toEqual({ vars, listed: wanted.filter((id) => mine.has(id)) });
    }
  });

  it('reads a page with no anchor from the time-ordered index and stops there', async () => {
    const range = dateRangeParams('2010', '2018');
    const { records, operators } = await profile(ctx.api, 'find-all-invitations', { bands: sortKeyBands(range, null, null), negated: null, limit: 6 });
    expect(records).toHaveLength(6);
    // Two bands ("2010", then the keys after it): at most 6 rows read from each seek,
    // though the range holds this fixture's 40 dated invitations and any other file's.
    const seeks = operators.filter((o) => o.name.startsWith('DirectedRelationshipIndexSeek'));
    expect(seeks.length).toBeGreaterThan(0);
    expect(seeks.reduce((n, o) => n + o.rows, 0)).toBeLessThanOrEqual(12);
    expect(operators.filter((o) => /Scan|Expand/.test(o.name) && o.rows > 0)).toEqual([]);
    // A status filter seeks the status's own index: its rows, not the range's.
    const declined = await profile(ctx.api, 'find-all-invitations', { bands: sortKeyBands(range, null, null, ['declined']), negated: null, limit: 3 });
    expect(declined.records.map((r) => (r.get('fact') as { props: { status: string } }).props.status)).toEqual(['declined', 'declined', 'declined']);
    expect(declined.operators.filter((o) => o.name.startsWith('DirectedRelationshipIndexSeek')).reduce((n, o) => n + o.rows, 0)).toBeLessThanOrEqual(6);
  });

  it('counts a list with no anchor exactly up to the cap, and says when it stopped there', async () => {
    const res = await ctx.api.gql(`{ invitations(from: "2010", to: "2018", first: 1) { totalCount totalCountExact } everything: invitations(first: 1) { totalCount totalCountExact } }`);
    expect(res.body.errors).toBeUndefined();
    const { invitations, everything } = res.body.data;
    expect(invitations.totalCountExact).toBe(true);
    expect(invitations.totalCount).toBeGreaterThanOrEqual(40);
    expect(everything).toEqual({ totalCount: expect.any(Number), totalCountExact: true });
    expect(everything.totalCount).toBeGreaterThanOrEqual(invitations.totalCount);
    // The statement itself, with a small cap: the count stops at it and says so.
    const bands = sortKeyBands(dateRangeParams('2010', '2018'), null, null);
    const [capped] = await ctx.api.db.executor.read('count-all-invitations', { bands, negated: null, cap: 5, everything: false });
    expect({ total: Number(capped?.total), exact: capped?.exact }).toEqual({ total: 5, exact: false });
    const [declined] = await ctx.api.db.executor.read('count-all-invitations', { bands: sortKeyBands(dateRangeParams('2010', '2018'), null, null, ['declined']), negated: null, cap: 1_000_000, everything: false });
    expect(declined?.exact).toBe(true);
    expect(Number(declined?.total)).toBeGreaterThanOrEqual(ctx.fx.bulk.length / 2 - 5);
  });
});

describe('visits and statements', () => {
  it('visits by visitor, by destination state with its people, and status', async () => {
    const q = `query($actor: ID, $state: StateCode, $side: VisitSide, $status: [VisitStatus!]) {
      visits(actor: $actor, state: $state, side: $side, status: $status) { totalCount edges { node { id status visitor { id } destination { code } } } } }`;
    const byKim = await ctx.api.gql(q, { actor: ctx.fx.people.kim, side: 'VISITOR' });
    expect(byKim.body.data.visits.edges.map((e: any) => e.node.id)).toEqual([ctx.fx.facts.kimVisit]);
    const toS = await ctx.api.gql(q, { state: ctx.fx.codes.S, side: 'DESTINATION' });
    expect(toS.body.data.visits.edges.map((e: any) => e.node.id)).toEqual([ctx.fx.facts.xiVisit]);
    const fromC = await ctx.api.gql(q, { state: ctx.fx.codes.C, side: 'VISITOR', status: ['OCCURRED'] });
    expect(fromC.body.data.visits.edges).toEqual([
      { node: { id: ctx.fx.facts.xiVisit, status: 'OCCURRED', visitor: { id: ctx.fx.people.xi }, destination: { code: ctx.fx.codes.S } } },
    ]);
  });

  it('statements about a state, by its speakers, in time order', async () => {
    const q = `query($actor: ID, $state: StateCode, $side: StatementSide) {
      statements(actor: $actor, state: $state, side: $side) { totalCount edges { node { id date quote speaker { id } subject { ... on State { code } } } } } }`;
    const aboutK = await ctx.api.gql(q, { actor: ctx.fx.codes.K, side: 'SUBJECT' });
    expect(aboutK.body.data.statements.edges.map((e: any) => e.node.id)).toEqual([ctx.fx.facts.lavrovK, ctx.fx.facts.huaK]);
    expect(aboutK.body.data.statements.totalCount).toBe(2);
    const byC = await ctx.api.gql(q, { state: ctx.fx.codes.C, side: 'SPEAKER' });
    expect(byC.body.data.statements.edges[0].node).toMatchObject({ id: ctx.fx.facts.huaK, speaker: { id: ctx.fx.people.hua }, subject: { code: ctx.fx.codes.K } });
  });
});

describe('sources', () => {
  it('every fact exposes its sources with article, evidence offsets and the article’s own reading', async () => {
    const res = await ctx.api.gql(
      `query($s: StateCode!) { invitations(state: $s, first: 100) { edges { node {
          id sourceCount firstReported lastReported
          sources { article { id title url publishedAt } evidence { text start end } reportedStatus reportedDate reportedNegated }
      } } } }`,
      { s: ctx.fx.codes.K },
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
    const putinKim = nodes.find((n: any) => n.id === ctx.fx.facts.putinKim);
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
