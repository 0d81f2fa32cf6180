/**
 * A document's second run is executed compiled (graphql-jit, see yoga.ts): every kind of
 * answer must come out as the first, interpreted run gave it — lazy counts, lazily loaded
 * states, abstract types, custom scalars, nulls, masked and typed errors.
 */
import { seededApi } from './harness';

const ctx = seededApi();

function documents(): [string, string, Record<string, unknown>][] {
  const { codes: C, people: P, facts: F } = ctx.fx;
  const actor = `__typename ... on State { code name } ... on Person { id name leader }`;
  const end = `${actor} ... on Event { id kind date }`;
  return [
    ['bilateral with its states, ends and counts', `query($a: StateCode!, $b: StateCode!) { bilateral(a: $a, b: $b) {
      a { code name } b { code } totalCount truncated byKind { kind count } byYear { year count }
      facts { __typename id kind date sourceCount firstReported lastReported event { id name }
        ... on Invitation { status negated eventName inviter { ${actor} } invitee { ${actor} } }
        ... on Visit { status negated visitor { ${actor} } destination { code } }
        ... on Statement { quote speaker { ${actor} } subject { ${end} } }
        sources { article { id title publishedAt } evidence { text start end } reportedStatus reportedDate reportedNegated } } } }`,
      { a: C.R, b: C.K }],
    ['a page of invitations with its count and cursors', `query($a: ID!) { invitations(actor: $a, first: 5) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id date status invitee { ${actor} } } } } }`,
      { a: P.lavrov }],
    ['a person with roles and invitations', `query($id: ID!) { person(id: $id) { id name aliases leader
      represents { state { code } role asOf } invitedBy(first: 3) { id status inviter { ${actor} } } } }`,
      { id: P.kim }],
    ['an unknown person (null)', `query($id: ID!) { person(id: $id) { id } }`, { id: 'person:nobody at all' }],
    // scoped to this fixture's own state: a count over every state in the database moves
    // while other test files seed and clean up their graphs beside this one
    ['people of a state, counted, with their states', `query($s: StateCode) {
      people(state: $s, first: 2) { totalCount edges { node { id leader represents { state { code name } role } } } } }`,
      { s: C.R }],
    ['paths and a neighbourhood', `query($from: ID!, $to: ID!, $id: ID!) {
      paths(from: $from, to: $to, maxHops: 3, first: 5) { length steps { kind role from { ${end} } to { ${end} } fact { id } } }
      neighbourhood(actor: $id, depth: 1, first: 5) { truncated steps { kind fact { id kind } } } }`,
      { from: C.C, to: C.K, id: C.R }],
    ['one fact', `query($id: ID!) { fact(id: $id) { __typename id ... on Statement { quote speaker { ${actor} } } } }`, { id: F.lavrovK }],
    ['a refused argument (typed error)', `query($a: StateCode!) { bilateral(a: $a, b: $a) { totalCount } }`, { a: C.R }],
  ];
}

describe('compiled execution', () => {
  it('answers a repeated document exactly as its first run did', async () => {
    for (const [name, query, variables] of documents()) {
      const first = await ctx.api.gql(query, variables);
      const second = await ctx.api.gql(query, variables);
      const third = await ctx.api.gql(query, variables);
      // The one difference: a compiled run's field error names its field by `path` alone,
      // without `locations` (graphql-jit's errors keep no AST nodes, and yoga rebuilds errors
      // from their nodes).
      const located = (body: typeof first.body) => ({ ...body, errors: body.errors?.map(({ locations: _, ...e }: any) => e) });
      expect({ name, status: second.status, body: located(second.body) }).toEqual({ name, status: first.status, body: located(first.body) });
      expect(third.body).toEqual(second.body);
      if (name.includes('error')) expect(first.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      else expect({ name, errors: first.body.errors }).toEqual({ name, errors: undefined });
    }
  });
});
