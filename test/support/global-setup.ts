/**
 * Integration tests share one real Neo4j. With NEO4J_URI set, that one is used; otherwise a
 * local Neo4j starts on a free port with a fresh data directory. Its URI is exported for
 * the test workers (they inherit this process's environment) and migrations run once here.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applyMigrations, connect, loadCypher } from '../../src/db';
import { loadConfig } from '../../src/config';
import { startLocalNeo4j } from '../../src/db/local-neo4j';
import { LOCAL_FLAG, setRunningLocal, takeRunningLocal } from './local-state';

export default async function globalSetup(): Promise<void> {
  const config = loadConfig(process.env);
  if (config.neo4j.uri === undefined) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-test-neo4j-'));
    const local = await startLocalNeo4j({
      dataDir,
      user: config.neo4j.user,
      password: config.neo4j.password,
      heap: config.neo4j.local.heap,
      pageCache: config.neo4j.local.pageCache,
      cacheDir: config.neo4j.local.cacheDir,
      javaHome: config.neo4j.local.javaHome,
      log: (line) => {
        if (line.includes('error') || line.includes('building')) process.stderr.write(`${line}\n`);
      },
    });
    setRunningLocal({ local, dataDir });
    process.env.NEO4J_URI = local.uri;
    process.env[LOCAL_FLAG] = '1';
  }
  // Connect through the same path as the service, so the tests exercise it too.
  try {
    const db = await connect(loadConfig(process.env), { catalog: loadCypher() });
    try {
      await applyMigrations(db.executor);
    } finally {
      await db.close();
    }
  } catch (err) {
    // Jest runs no teardown after a failed setup.
    await takeRunningLocal()?.local.stop();
    throw err;
  }
}
