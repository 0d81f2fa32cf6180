/**
 * Helpers for integration test files: the shared Neo4j (from the environment that the
 * global setup prepared), an executor over the real Cypher catalog, unique id prefixes so
 * each test owns its data, and clean-up by prefix.
 */
import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config';
import { createDriver, Executor, loadCypher, type CypherCatalog } from '../../src/db';
import { emptyFactIds, planStateEntries, type FactType } from '../../src/graph/plan';
import { LOCAL_FLAG } from './local-state';

let driver: Driver | undefined;
let catalog: CypherCatalog | undefined;

function neo4jConfig() {
  const config = loadConfig(process.env);
  if (config.neo4j.uri === undefined) {
    throw new Error('NEO4J_URI is unset: integration tests must run through jest\'s global setup');
  }
  return { ...config.neo4j, uri: config.neo4j.uri };
}

/** One driver per test file (worker), closed by `closeTestDriver()` in afterAll. */
export function testDriver(): Driver {
  if (!driver) {
    const c = neo4jConfig();
    driver = createDriver(c.uri, c.user, c.password);
  }
  return driver;
}

export function testDatabase(): string {
  return neo4jConfig().database;
}

export async function closeTestDriver(): Promise<void> {
  const d = driver;
  driver = undefined;
  await d?.close();
}

/** An executor over the project's real `cypher/` catalog, or over the one given. */
export function testExecutor(withCatalog?: CypherCatalog): Executor {
  catalog ??= loadCypher();
  return new Executor(testDriver(), { database: testDatabase(), catalog: withCatalog ?? catalog });
}

/** True when the test run started its own Neo4j (so restarting or killing it is allowed). */
export function usingLocalNeo4j(): boolean {
  return process.env[LOCAL_FLAG] === '1';
}

/** A prefix no other test shares: put it at the start of every id/code a test creates. */
export function uniquePrefix(label = 't'): string {
  return `test-${label}-${randomUUID().slice(0, 8)}-`;
}

/**
 * Deletes every node whose id, code, articleId or factId starts with the prefix, then lets the
 * production write path take back the state entries of facts naming it (and with them the
 * pairs' counters, which a plain delete of the entries would leave too high).
 */
export async function cleanupPrefix(prefix: string): Promise<number> {
  if (!prefix.startsWith('test-')) throw new Error(`refusing to clean up a non-test prefix: ${prefix}`);
  const result = await testDriver().executeQuery(
    `MATCH (n)
     WHERE any(key IN ['id', 'code', 'articleId', 'factId'] WHERE n[key] STARTS WITH $prefix) AND NOT (n:DyadFact OR n:StateFact)
     DETACH DELETE n
     RETURN count(*) AS deleted`,
    { prefix },
    { database: testDatabase() },
  );
  await removeEntriesOfFacts(prefix);
  return Number(result.records[0]?.get('deleted') ?? 0);
}

/** Recomputes, through write-state-entries, the state entries of every fact whose id contains `part` (those of facts gone are deleted). */
export async function removeEntriesOfFacts(part: string): Promise<void> {
  const result = await testDriver().executeQuery(
    `MATCH (n) WHERE (n:DyadFact OR n:StateFact) AND n.factId CONTAINS $part RETURN DISTINCT n.type AS type, n.factId AS factId`,
    { part },
    { database: testDatabase() },
  );
  const facts = emptyFactIds();
  for (const r of result.records) facts[r.get('type') as FactType].push(r.get('factId') as string);
  const db = testExecutor();
  for (const s of planStateEntries(facts)) await db.write(s.name, s.params);
}
