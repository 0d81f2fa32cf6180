/** The SDL and the resolver map agree, and the limits are what the API promises. */
import { buildSchema } from '../../../src/api/schema';
import { LIMITS } from '../../../src/api/armor';
import { isObjectType } from 'graphql';

it('builds: every resolver names a field of the SDL', () => {
  const schema = buildSchema();
  const query = schema.getQueryType();
  expect(Object.keys(query?.getFields() ?? {})).toEqual(
    expect.arrayContaining(['state', 'person', 'event', 'article', 'search', 'states', 'people', 'events', 'invitations', 'visits', 'statements', 'bilateral', 'paths', 'neighbourhood', 'corrections']),
  );
  expect(Object.keys(schema.getMutationType()?.getFields() ?? {})).toEqual(['ingestArticle', 'ingestArticles', 'removeArticle', 'mergePeople', 'splitPerson', 'moveFact']);
});

it('every fact type has sources and sourceCount', () => {
  const schema = buildSchema();
  for (const name of ['Invitation', 'Visit', 'Statement']) {
    const type = schema.getType(name);
    expect(isObjectType(type) && type.getInterfaces().map((i) => i.name)).toEqual(['Fact']);
    if (isObjectType(type)) expect(Object.keys(type.getFields())).toEqual(expect.arrayContaining(['sources', 'sourceCount']));
  }
});

it('bounds depth and aliases as documented', () => {
  expect(LIMITS.maxDepth).toBe(10);
  expect(LIMITS.maxAliases).toBe(30);
});
