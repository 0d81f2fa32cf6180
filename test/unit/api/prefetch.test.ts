import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';
import { childArgs, childFields, grandchildNames, start } from '../../../src/api/prefetch';

// A small schema of the same shape as the API's look-ups: a root field returning an object
// whose child fields take arguments with defaults.
const schema = buildSchema(`
  type Query { thing(id: ID!): Thing }
  type Thing { id: ID! name: String list(first: Int = 20): [Int!]! }
`);

/** Runs `query` and returns what the root resolver saw: child field names and their arguments. */
async function seen(query: string, variables?: Record<string, unknown>) {
  let names: string[] = [];
  let args: (Record<string, unknown> | null)[] = [];
  const rootValue = {
    thing: (_: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
      const fields = childFields(info);
      names = fields.map((f) => f.name.value);
      args = fields.map((f) => childArgs(info, f));
      return { id: 'x', name: 'n', list: [] };
    },
  };
  const result = await graphql({ schema, source: query, rootValue, variableValues: variables ?? null });
  expect(result.errors).toBeUndefined();
  return { names, args };
}

describe('childFields / childArgs', () => {
  it('lists the fields selected under the resolved field, with defaults applied', async () => {
    const { names, args } = await seen('{ thing(id: "a") { id list } }');
    expect(names).toEqual(['id', 'list']);
    expect(args).toEqual([{}, { first: 20 }]);
  });

  it('reads literal and variable arguments', async () => {
    expect((await seen('{ thing(id: "a") { list(first: 5) } }')).args).toEqual([{ first: 5 }]);
    expect((await seen('query($n: Int) { thing(id: "a") { list(first: $n) } }', { n: 7 })).args).toEqual([{ first: 7 }]);
  });

  it('looks through inline fragments and named fragments', async () => {
    const { names } = await seen('{ thing(id: "a") { ... on Thing { name } ...F } } fragment F on Thing { list(first: 2) }');
    expect(names).toEqual(['name', 'list']);
  });

  it('keeps aliased fields under their schema name', async () => {
    const { names, args } = await seen('{ thing(id: "a") { a: list(first: 1) b: list(first: 3) } }');
    expect(names).toEqual(['list', 'list']);
    expect(args).toEqual([{ first: 1 }, { first: 3 }]);
  });
});

describe('grandchildNames', () => {
  // The shape of bilateral: an object whose list of interface values has per-type fields.
  const listSchema = buildSchema(`
    type Query { pair: Pair }
    type Pair { total: Int items: [Item!]! }
    interface Item { id: ID! }
    type A implements Item { id: ID! left: String }
    type B implements Item { id: ID! right: String }
  `);

  async function under(query: string, name = 'items') {
    let seenNames: string[] = [];
    const rootValue = {
      pair: (_: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
        seenNames = [...grandchildNames(info, name)].sort();
        return { total: 0, items: [] };
      },
    };
    const result = await graphql({ schema: listSchema, source: query, rootValue });
    expect(result.errors).toBeUndefined();
    return seenNames;
  }

  it('names the fields under one child, through fragments on its types and every alias', async () => {
    expect(await under('{ pair { total items { id } } }')).toEqual(['id']);
    expect(await under('{ pair { items { ... on A { left } ...Right } } } fragment Right on B { right }')).toEqual(['left', 'right']);
    expect(await under('{ pair { x: items { id } y: items { ... on B { right } } } }')).toEqual(['id', 'right']);
    expect(await under('{ pair { ...P } } fragment P on Pair { items { ... on A { left } } }')).toEqual(['left']);
  });

  it('is empty when the child is not selected', async () => {
    expect(await under('{ pair { total } }')).toEqual([]);
    expect(await under('{ pair { items { id } } }', 'other')).toEqual([]);
  });
});

describe('start', () => {
  it('leaves a failing load for its field resolver to report, without an unhandled rejection', async () => {
    const failing = Promise.reject(new Error('boom'));
    start(failing);
    await expect(failing).rejects.toThrow('boom');
  });
});
