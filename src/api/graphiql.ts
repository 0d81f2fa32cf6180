/**
 * GraphiQL's opening tabs: the questions analysts ask first, with comments saying how to
 * vary them. The page itself is rendered by @graphql-yoga/render-graphiql, which inlines
 * every script and style, so it works with no network at all.
 */
import type { GraphiQLOptions } from 'graphql-yoga';

const whoInvitedWhom = `# Who invited whom? Invitations issued by Vladimir Putin, in time order.
# Ids of people are "person:" + the lower-case name (try the search tab to find one).
# Change side: INVITEE to see the invitations he received; add
#   status: [ACCEPTED]  or  from: "2015", to: "2015-06"  to narrow down.
query WhoInvitedWhom {
  invitations(actor: "person:vladimir putin", side: INVITER, first: 10) {
    totalCount
    edges {
      node {
        inviter { name }
        invitee { name }
        status
        negated
        date
        event { name date }
        sourceCount
        # Every fact carries its evidence: the sentence and the article it came from.
        sources { article { title publishedAt } evidence { text } }
      }
    }
    # Pass endCursor as after: "..." to get the next page.
    pageInfo { hasNextPage endCursor }
  }
}
`;

const bilateral = `# Everything between Russia and North Korea: invitations, visits and statements,
# between the states themselves or the people who act for them, in both directions,
# in time order, with counts by kind and by year.
# State codes are ISO 3166-1 alpha-3 (RUS, PRK, CHN, KOR, USA...).
query RussiaNorthKorea {
  bilateral(a: "RUS", b: "PRK", from: "2014", to: "2016") {
    totalCount
    byKind { kind count }
    byYear { year count }
    facts {
      kind
      date
      ... on Invitation { inviter { name } invitee { name } status }
      ... on Visit { visitor { name } destination { name } status }
      ... on Statement { speaker { name } quote }
    }
  }
}
`;

const paths = `# How is China connected to North Korea? Shortest chains of facts and
# who-acts-for-whom, at most maxHops (up to 4) steps.
query ChinaToNorthKorea {
  paths(from: "CHN", to: "PRK", maxHops: 3) {
    length
    entities {
      __typename
      ... on State { code name }
      ... on Person { name }
      ... on Event { name date }
    }
    steps {
      kind
      role
      fact { id date sourceCount }
    }
  }
}
`;

const search = `# Find states, people and events by name or alias (word prefixes, any order).
query Search {
  search(text: "Kim Jong", first: 5) {
    score
    entity {
      __typename
      ... on Person { id name represents { state { code } role } }
      ... on State { code name }
      ... on Event { id name date }
    }
  }
}
`;

export const graphiqlOptions: GraphiQLOptions = {
  title: 'diplograph',
  defaultQuery: whoInvitedWhom,
  defaultTabs: [{ query: whoInvitedWhom }, { query: bilateral }, { query: paths }, { query: search }],
};
