import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import neo4j, { type AuthToken } from 'neo4j-driver';
import { PROJECT_ROOT } from '../../../src/config';
import { findJava, LocalNeo4jSetupError } from '../../../src/db/launcher';
import { PortInUseError, processAlive, startLocalNeo4j, type LocalNeo4j } from '../../../src/db/local-neo4j';

// Each start of a JVM takes a while on a shared two-core machine.
jest.setTimeout(240_000);

const tempDirs: string[] = [];
function tempDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-launcher-test-'));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

const small = { heap: '256m', pageCache: '16m' };

async function query(uri: string, cypher: string, params: Record<string, unknown> = {}, auth?: AuthToken) {
  const driver = neo4j.driver(uri, auth);
  try {
    return (await driver.executeQuery(cypher, params)).records.map((r) => r.toObject());
  } finally {
    await driver.close();
  }
}

async function waitUntilGone(pid: number, deadlineMs: number): Promise<boolean> {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    if (!processAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !processAlive(pid);
}

describe('local Neo4j', () => {
  it('with a password, requires it; and keeps its data across a stop and a second start', async () => {
    const dataDir = tempDataDir();
    const password = 'test-password-1';
    const auth = neo4j.auth.basic('neo4j', password);
    let first: LocalNeo4j | undefined = await startLocalNeo4j({ dataDir, password, ...small });
    try {
      // No password in the JVM's command line: it travels in the environment.
      expect(fs.readFileSync(`/proc/${first.pid}/cmdline`, 'utf8')).not.toContain(password);
      await expect(query(first.uri, 'RETURN 1 AS one')).rejects.toMatchObject({
        code: 'Neo.ClientError.Security.Unauthorized',
      });
      await expect(query(first.uri, 'RETURN 1 AS one', {}, neo4j.auth.basic('neo4j', 'wrong-password'))).rejects.toMatchObject({
        code: 'Neo.ClientError.Security.Unauthorized',
      });
      await query(first.uri, 'CREATE (:TestThing {id: $id, note: $note})', { id: 'test-restart-1', note: 'kept' }, auth);
      await first.stop();
      expect(processAlive(first.pid)).toBe(false);
      first = undefined;
      const second = await startLocalNeo4j({ dataDir, password, ...small });
      try {
        const rows = await query(second.uri, 'MATCH (t:TestThing {id: $id}) RETURN t.note AS note', { id: 'test-restart-1' }, auth);
        expect(rows).toEqual([{ note: 'kept' }]);
      } finally {
        await second.stop();
      }
    } finally {
      await first?.stop();
    }
  });

  it('fails fast with a clear message when the port is taken', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const err = await startLocalNeo4j({ dataDir: tempDataDir(), port, ...small }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(PortInUseError);
      expect((err as Error).message).toBe(
        `Cannot start the local Neo4j: port ${port} on 127.0.0.1 is already in use. ` +
          'Stop whatever listens there, or choose another port (NEO4J_LOCAL_PORT; 0 picks a free one).',
      );
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it('leaves no JVM behind when its parent process is SIGKILLed', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(PROJECT_ROOT, 'test/support/local-neo4j-child.ts'), tempDataDir()],
      { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const started = await new Promise<{ pid: number; uri: string }>((resolve, reject) => {
      readline.createInterface({ input: child.stdout }).once('line', (line) => resolve(JSON.parse(line)));
      child.once('exit', (code) => reject(new Error(`child exited (${code}) before Neo4j started: ${stderr}`)));
    });
    expect(processAlive(started.pid)).toBe(true);
    expect(await query(started.uri, 'RETURN 1 AS one')).toHaveLength(1);

    child.kill('SIGKILL');
    // The JVM sees its stdin close, shuts down cleanly and exits.
    const gone = await waitUntilGone(started.pid, 30_000);
    if (!gone) process.kill(started.pid, 'SIGKILL');
    expect(gone).toBe(true);
  });

  it('refuses a JAVA_HOME without Java, saying what is needed', () => {
    expect(() => findJava('/nonexistent-java-home')).toThrow(LocalNeo4jSetupError);
    expect(() => findJava('/nonexistent-java-home')).toThrow(/No Java found on JAVA_HOME \(\/nonexistent-java-home\).*Java 17/);
  });
});
