import { applyMigrations, loadCypher } from '../../../src/db';
import { cleanupPrefix, closeTestDriver, testDriver, testDatabase, testExecutor, uniquePrefix } from '../../support/neo4j';

interface SchemaItem {
  name: string;
  type: string;
  entityType: string;
  labelsOrTypes: string[] | null;
  properties: string[] | null;
  state?: string;
}

async function showSchema(): Promise<{ constraints: SchemaItem[]; indexes: SchemaItem[] }> {
  const run = async (query: string) =>
    (await testDriver().executeQuery(query, {}, { database: testDatabase() })).records.map(
      (r) => r.toObject() as SchemaItem,
    );
  const constraints = await run(
    'SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties RETURN * ORDER BY name',
  );
  const indexes = await run(
    'SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, state RETURN * ORDER BY name',
  );
  return { constraints, indexes };
}

// Token lookup indexes have no labels or properties (null).
const key = (i: SchemaItem) =>
  `${i.type} ${i.entityType} ${(i.labelsOrTypes ?? []).join('|')} (${(i.properties ?? []).join(',')})`;

afterAll(closeTestDriver);

describe('migrations', () => {
  it('create a uniqueness constraint for each node key', async () => {
    const { constraints } = await showSchema();
    const keys = constraints.map(key);
    for (const [label, property] of [
      ['State', 'code'],
      ['Person', 'id'],
      ['Event', 'id'],
      ['Article', 'id'],
      ['Evidence', 'id'],
    ]) {
      expect(keys).toContain(`UNIQUENESS NODE ${label} (${property})`);
    }
  });

  it('create the full-text index over entity names and aliases', async () => {
    const { indexes } = await showSchema();
    const fulltext = indexes.find((i) => i.name === 'entityNames');
    expect(fulltext).toBeDefined();
    expect(fulltext!.type).toBe('FULLTEXT');
    expect([...(fulltext!.labelsOrTypes ?? [])].sort()).toEqual(['Event', 'Person', 'State']);
    expect([...(fulltext!.properties ?? [])].sort()).toEqual(['aliases', 'name']);
  });

  it('create the range indexes of the graph model, all online', async () => {
    const { indexes } = await showSchema();
    const keys = indexes.map(key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'RANGE NODE Evidence (factId)',
        'RANGE NODE Evidence (articleId)',
        'RANGE NODE Person (surnameKey)',
        'RANGE NODE Article (contentHash)',
        'RANGE RELATIONSHIP INVITED (id)',
        'RANGE RELATIONSHIP VISITED (id)',
        'RANGE RELATIONSHIP STATED (id)',
        'RANGE RELATIONSHIP INVITED (sortKey,id)',
        'RANGE RELATIONSHIP VISITED (sortKey,id)',
        'RANGE RELATIONSHIP STATED (sortKey,id)',
        'RANGE RELATIONSHIP INVITED (status,sortKey,id)',
        'RANGE RELATIONSHIP VISITED (status,sortKey,id)',
      ]),
    );
    // The date-only indexes the time-ordered ones replaced are dropped, on new graphs and old.
    expect(keys.filter((k) => / \(date\)$/.test(k))).toEqual([]);
    expect(indexes.filter((i) => i.state !== 'ONLINE')).toEqual([]);
  });

  it('are idempotent: a second run changes nothing and raises nothing', async () => {
    const before = await showSchema();
    const applied = await applyMigrations(testExecutor());
    const after = await showSchema();
    expect(applied).toEqual(loadCypher().names('migrations/'));
    expect(applied.length).toBeGreaterThanOrEqual(16);
    expect(after.constraints.map(key)).toEqual(before.constraints.map(key));
    expect(after.indexes.map((i) => `${i.name} ${key(i)}`)).toEqual(before.indexes.map((i) => `${i.name} ${key(i)}`));
  });

  it('make aliases searchable through the full-text index', async () => {
    const prefix = uniquePrefix('fulltext');
    const token = prefix.replace(/[^a-z0-9]/g, '');
    try {
      await testDriver().executeQuery(
        'CREATE (:Person {id: $id, name: $name, aliases: $aliases})',
        { id: `${prefix}kim`, name: 'Kim Jong-un', aliases: [`Kim Jong Un ${token}`] },
        { database: testDatabase() },
      );
      // Full-text indexes are updated on commit (not eventually consistent by default).
      const result = await testDriver().executeQuery(
        "CALL db.index.fulltext.queryNodes('entityNames', $q) YIELD node RETURN node.id AS id",
        { q: token },
        { database: testDatabase() },
      );
      const ids = result.records.map((r) => r.get('id') as string);
      expect(ids).toEqual([`${prefix}kim`]);
    } finally {
      await cleanupPrefix(prefix);
    }
  });
});
