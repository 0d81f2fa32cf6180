/**
 * A stand-in parent for the orphan test: starts a local Neo4j, prints its JVM pid as one
 * JSON line, and idles until killed.
 * Usage: node --import tsx test/support/local-neo4j-child.ts DATA_DIR
 */
import { startLocalNeo4j } from '../../src/db/local-neo4j';

async function run(): Promise<void> {
  const dataDir = process.argv[2];
  if (!dataDir) throw new Error('usage: local-neo4j-child.ts DATA_DIR');
  // No class-data archive from this JVM: its exit after the kill must be quick.
  const local = await startLocalNeo4j({ dataDir, heap: '256m', pageCache: '16m', writeClassArchive: false });
  process.stdout.write(`${JSON.stringify({ pid: local.pid, uri: local.uri })}\n`);
  setInterval(() => undefined, 60_000);
}

run().catch((err: unknown) => {
  process.stderr.write(`${String(err)}\n`);
  process.exit(1);
});
