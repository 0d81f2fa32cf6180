/**
 * Shape limits refuse a query with a stable code before any resolver runs: the yoga here has
 * a database whose every read fails the test, so an accepted query would show up as a call.
 */
import pino from 'pino';
import { createYoga } from '../../../src/api/yoga';
import { LIMITS, refusalMessage } from '../../../src/api/armor';
import type { Executor } from '../../../src/db/executor';

const reads: string[] = [];
const executor = {
  catalog: { requireAll: () => undefined },
  read: async (name: string) => {
    reads.push(name);
    return [];
  },
} as unknown as Executor;
const yoga = createYoga({ db: { executor }, config: { apiKey: null }, logger: pino({ level: 'silent' }) });

async function gql(query: string) {
  const res = await yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

beforeEach(() => {
  reads.length = 0;
});

const aliases = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: state(code: "RUS") { code }`).join(' ');
let deep = '{ id }';
for (let i = 0; i < 10; i++) deep = `{ represents { person ${deep} } }`;

it.each([
  ['depth', `query { person(id: "person:x") ${deep} }`, /^Query depth limit of 10 exceeded, found \d+\./],
  ['aliases', `{ ${aliases(LIMITS.maxAliases + 1)} }`, /^Aliases limit of 30 exceeded/],
  ['tokens', `{ ${aliases(1000)} }`, /^Token limit of 2000 exceeded\./],
  ['directives', `{ __typename ${'@include(if: true) '.repeat(LIMITS.maxDirectives + 5)} }`, /^Directives limit of 20 exceeded/],
  [
    'cost',
    `{ a: invitations(first: 100) { edges { node { sources { article { id } } inviter { ... on Person { invited(first: 100) { sources { article { id } } } } } } } } }`,
    /^Query Cost limit of 20000 exceeded/,
  ],
])('refuses a query over the %s limit with QUERY_TOO_COMPLEX, before running it', async (limit, query, message) => {
  const body = await gql(query);
  expect(body.data).toBeUndefined();
  expect(body.errors).toHaveLength(1);
  const [error] = body.errors!;
  expect(error!.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit });
  expect(error!.message).toMatch(message);
  expect(error!.message).not.toMatch(/Syntax Error/);
  expect(reads).toEqual([]);
});

it('lets a query inside every limit run', async () => {
  const body = await gql(`{ ${aliases(LIMITS.maxAliases)} }`);
  expect(body.errors).toBeUndefined();
  expect(reads).toEqual(['get-states']);
});

it('words a refusal without armor’s misleading "Syntax Error" prefix', () => {
  expect(refusalMessage('Syntax Error: Token limit of 2000 exceeded.')).toBe(
    'Token limit of 2000 exceeded. The query was refused before running; ask for less in one request.',
  );
});
