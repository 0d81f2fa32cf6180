/**
 * Every query the explorer runs, as text a reader can paste into GraphiQL: each view links
 * to GraphiQL with its own query and variables, so what is drawn can be checked and varied.
 *
 * Page sizes are literals, not variables: the API's cost limit multiplies a field's cost by a
 * literal `first`, and the explorer asks only for what that limit lets any client ask for.
 * Fields are few for the same reason (an actor's kind is read from its id).
 */

/** Inlined where used rather than a named fragment: the cost limit charges a fragment spread as one more level of depth. */
const COMMON = 'id kind date sourceCount event { name date }';
const INVITATION = 'inviter { id name } invitee { id name } status negated';
const VISIT = 'visitor { id name } destination { id name } status negated';
const STATEMENT = 'speaker { id name } subject { ... on Actor { id name } ... on Event { id name } } quote';
const FACT_FIELDS = `${COMMON}
  ... on Invitation { ${INVITATION} }
  ... on Visit { ${VISIT} }
  ... on Statement { ${STATEMENT} }`;

export const SEARCH = `query Search($text: String!) {
  search(text: $text, first: 8) {
    entity {
      __typename
      ... on Actor { id name }
      ... on Event { id name date }
    }
  }
}`;

/** `first` neighbours at each step, most corroborated first (the API's order). */
export const neighbourhoodQuery = (first: number) => `query Neighbourhood($actor: ID!, $depth: Int!) {
  neighbourhood(actor: $actor, depth: $depth, first: ${first}) {
    center { __typename ... on Actor { id name } ... on Event { id name } }
    entities { __typename ... on Actor { id name } ... on Event { id name } }
    truncated
    steps {
      kind
      role
      from { ... on Actor { id } ... on Event { id } }
      to { ... on Actor { id } ... on Event { id } }
      fact {
        id date sourceCount
        ... on Invitation { status negated }
        ... on Visit { status negated }
      }
    }
  }
}`;

/** Facts listed per kind in the actor view. */
export const FACTS_PER_KIND = 50;

export const ACTOR_INVITATIONS = `query ActorInvitations($actor: ID, $state: StateCode, $side: InvitationSide!, $from: PartialDate, $to: PartialDate, $status: [InvitationStatus!]) {
  invitations(actor: $actor, state: $state, side: $side, from: $from, to: $to, status: $status, first: ${FACTS_PER_KIND}) {
    totalCount edges { node { ${COMMON} ${INVITATION} } }
  }
}`;

export const ACTOR_VISITS = `query ActorVisits($actor: ID, $state: StateCode, $side: VisitSide!, $from: PartialDate, $to: PartialDate, $status: [VisitStatus!]) {
  visits(actor: $actor, state: $state, side: $side, from: $from, to: $to, status: $status, first: ${FACTS_PER_KIND}) {
    totalCount edges { node { ${COMMON} ${VISIT} } }
  }
}`;

export const ACTOR_STATEMENTS = `query ActorStatements($actor: ID, $state: StateCode, $side: StatementSide!, $from: PartialDate, $to: PartialDate) {
  statements(actor: $actor, state: $state, side: $side, from: $from, to: $to, first: ${FACTS_PER_KIND}) {
    totalCount edges { node { ${COMMON} ${STATEMENT} } }
  }
}`;

/** Facts listed in the bilateral view. */
export const BILATERAL_LISTED = 80;
/** Facts counted for the chart (only their kind and dates are asked for, so more fit). */
export const BILATERAL_COUNTED = 500;

export const BILATERAL = `query Bilateral($a: StateCode!, $b: StateCode!, $from: PartialDate, $to: PartialDate) {
  bilateral(a: $a, b: $b, from: $from, to: $to, first: ${BILATERAL_LISTED}) {
    a { code name }
    b { code name }
    totalCount
    facts { ${FACT_FIELDS} }
  }
}`;

export const BILATERAL_COUNTS = `query BilateralCounts($a: StateCode!, $b: StateCode!, $from: PartialDate, $to: PartialDate) {
  bilateral(a: $a, b: $b, from: $from, to: $to, first: ${BILATERAL_COUNTED}) {
    totalCount
    truncated
    byYear { year count }
    facts { kind date event { date } }
  }
}`;

export const FACT = `query Fact($id: ID!) {
  fact(id: $id) {
    ${FACT_FIELDS}
    firstReported
    lastReported
    cameo { code label }
    ... on Invitation { eventName }
    sources {
      article { id url title source publishedAt }
      evidence { text start end }
      reportedStatus
      reportedDate
    }
  }
}`;

/** Invitations per page when counting pairs. */
export const PAIRS_PAGE = 50;

export const INVITATION_PAIRS = `query InvitationPairs($from: PartialDate, $to: PartialDate, $after: String) {
  invitations(from: $from, to: $to, negated: false, first: ${PAIRS_PAGE}, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        inviter { id name ... on Person { represents { state { code name } } } }
        invitee { id name ... on Person { represents { state { code name } } } }
      }
    }
  }
}`;
