/**
 * Hands the local Neo4j from jest's global setup to its teardown: both run in jest's main
 * process (unlike the test files), so a global variable carries it across.
 */
import type { LocalNeo4j } from '../../src/db/local-neo4j';

/** Set to "1" for the test workers when the Neo4j they use was started by the test run. */
export const LOCAL_FLAG = 'DIPLOGRAPH_TEST_LOCAL_NEO4J';

interface Running {
  local: LocalNeo4j;
  dataDir: string;
}

const KEY = Symbol.for('diplograph.test.localNeo4j');
type Holder = { [KEY]?: Running };

export function setRunningLocal(running: Running): void {
  (globalThis as Holder)[KEY] = running;
}

export function takeRunningLocal(): Running | undefined {
  const holder = globalThis as Holder;
  const running = holder[KEY];
  delete holder[KEY];
  return running;
}
