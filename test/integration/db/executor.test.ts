import neo4j from 'neo4j-driver';
import {
  ConstraintViolationError,
  CypherCatalog,
  DatabaseUnavailableError,
  Executor,
  freePort,
  QueryError,
  type CypherQuery,
} from '../../../src/db';
import { cleanupPrefix, closeTestDriver, testDatabase, testDriver, testExecutor, uniquePrefix } from '../../support/neo4j';

// Test-only statements, in a catalog of their own so they never ship in cypher/.
const q = (name: string, text: string): CypherQuery => ({ name, text, file: `${name}.cypher` });
const catalog = new CypherCatalog([
  q('test-create-thing', 'CREATE (t:TestThing {id: $id, count: $count, tags: $tags, day: date($day)}) RETURN t.id AS id'),
  q('test-get-thing', 'MATCH (t:TestThing {id: $id}) RETURN t.id AS id, t.count AS count, t.tags AS tags, t.day AS day, t.count + 1 AS next'),
  q('test-list-things', 'MATCH (t:TestThing) WHERE t.id STARTS WITH $prefix RETURN t.id AS id ORDER BY id LIMIT $limit'),
  q('test-create-person', 'CREATE (:Person {id: $id})'),
  q('test-metadata', 'CALL tx.getMetaData() YIELD metadata RETURN metadata'),
  q('test-broken', 'MATCH (n RETURN n'),
]);

afterAll(closeTestDriver);

describe('Executor', () => {
  const executor = () => testExecutor(catalog);

  it('writes and reads back plain JS values (integers, lists, dates)', async () => {
    const prefix = uniquePrefix('exec');
    try {
      await executor().write('test-create-thing', { id: `${prefix}a`, count: 41, tags: ['x', 'y'], day: '2015-05-09' });
      const rows = await executor().read('test-get-thing', { id: `${prefix}a` });
      expect(rows).toEqual([{ id: `${prefix}a`, count: 41, tags: ['x', 'y'], day: '2015-05-09', next: 42 }]);
      expect(typeof rows[0]!.count).toBe('number');
    } finally {
      await cleanupPrefix(prefix);
    }
  });

  it('sends whole numbers as integers, so LIMIT takes a JS number', async () => {
    const prefix = uniquePrefix('limit');
    try {
      for (const id of ['a', 'b', 'c']) {
        await executor().write('test-create-thing', { id: `${prefix}${id}`, count: 1, tags: [], day: '2015-01-22' });
      }
      const rows = await executor().read('test-list-things', { prefix, limit: 2 });
      expect(rows.map((r) => r.id)).toEqual([`${prefix}a`, `${prefix}b`]);
    } finally {
      await cleanupPrefix(prefix);
    }
  });

  it('tags transactions with the app and query name', async () => {
    const rows = await executor().read('test-metadata');
    expect(rows).toEqual([{ metadata: { app: 'diplograph', query: 'test-metadata' } }]);
  });

  it('commits a multi-statement transaction whole or not at all', async () => {
    const prefix = uniquePrefix('atomic');
    try {
      await expect(
        executor().writeTransaction('test-atomic', async (tx) => {
          await tx.run('test-create-person', { id: `${prefix}p` });
          await tx.run('test-create-person', { id: `${prefix}p` });
        }),
      ).rejects.toBeInstanceOf(ConstraintViolationError);
      const left = await testDriver().executeQuery(
        'MATCH (p:Person) WHERE p.id STARTS WITH $prefix RETURN count(p) AS n',
        { prefix },
        { database: testDatabase() },
      );
      expect(neo4j.integer.toNumber(left.records[0]!.get('n'))).toBe(0);
    } finally {
      await cleanupPrefix(prefix);
    }
  });

  it('maps a constraint violation to ConstraintViolationError naming the query', async () => {
    const prefix = uniquePrefix('unique');
    try {
      await executor().write('test-create-person', { id: `${prefix}p` });
      const err = await executor()
        .write('test-create-person', { id: `${prefix}p` })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ConstraintViolationError);
      expect((err as ConstraintViolationError).query).toBe('test-create-person');
    } finally {
      await cleanupPrefix(prefix);
    }
  });

  it('maps a broken statement to QueryError', async () => {
    const err = await executor()
      .read('test-broken')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QueryError);
    expect((err as QueryError).code).toBe('Neo.ClientError.Statement.SyntaxError');
  });

  it('refuses an unknown query name before touching the database', async () => {
    await expect(executor().read('no-such-query')).rejects.toThrow(/Missing Cypher query: no-such-query/);
  });

  it('maps an unreachable Neo4j to DatabaseUnavailableError', async () => {
    const port = await freePort();
    const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, undefined, {
      maxTransactionRetryTime: 500,
      connectionTimeout: 1000,
    });
    try {
      const unreachable = new Executor(driver, { database: 'neo4j', catalog });
      await expect(unreachable.read('test-metadata')).rejects.toBeInstanceOf(DatabaseUnavailableError);
    } finally {
      await driver.close();
    }
  });
});
