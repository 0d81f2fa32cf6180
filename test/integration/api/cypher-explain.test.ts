/**
 * Every Cypher file the API runs parses and plans on the real Neo4j (EXPLAIN runs nothing),
 * and each starts with its name comment: a typo fails here, not on a user's request.
 */
import { readFileSync } from 'node:fs';
import { API_QUERIES } from '../../../src/api/yoga';
import { openApi, type Api } from './harness';

let api: Api;
beforeAll(async () => {
  api = await openApi();
});
afterAll(async () => {
  await api?.close();
});

it.each(API_QUERIES)('%s plans with EXPLAIN', async (name) => {
  const query = api.db.executor.catalog.get(name);
  expect(readFileSync(query.file, 'utf8').split('\n')[0]).toBe(`// ${name}`);
  const params = Object.fromEntries([...query.text.matchAll(/\$(\w+)/g)].map((m) => [m[1], null]));
  const session = api.db.driver.session({ database: api.db.executor.database });
  try {
    const result = await session.run(`EXPLAIN ${query.text}`, params);
    expect(result.summary.plan).toBeTruthy();
  } finally {
    await session.close();
  }
});
