/**
 * Lifecycle of the local Neo4j (the embedded kernel run by neo4j-launcher/): build or reuse
 * the cached launcher, pick a free port, start the JVM, wait for its ready line and for Bolt
 * to answer `RETURN 1`, and stop it again.
 *
 * No JVM outlives its parent: the launcher exits when its stdin reaches end-of-file, which
 * happens when this process closes the pipe or dies in any way (even SIGKILL). The JVM runs
 * in its own process group so that a terminal's Ctrl-C reaches only this process, which then
 * shuts things down in order (HTTP, driver, JVM).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import neo4j from 'neo4j-driver';
import { planClassDataArchive } from './class-data-archive';
import { readQuery } from './cypher';
import {
  ensureLauncher,
  findJava,
  type JavaRuntime,
  LAUNCHER_MAIN_CLASS,
  LocalNeo4jSetupError,
  processAlive,
} from './launcher';

export { LocalNeo4jSetupError } from './launcher';

const READY_PREFIX = 'DIPLOGRAPH_NEO4J_READY ';
const EXIT_PORT_IN_USE = 3;
const PORT_HINT = 'Stop whatever listens there, or choose another port (NEO4J_LOCAL_PORT; 0 picks a free one).';

export class PortInUseError extends LocalNeo4jSetupError {
  constructor(
    readonly host: string,
    readonly port: number,
    detail: string,
  ) {
    super(`Cannot start the local Neo4j: port ${port} on ${host} is already in use. ${detail}`);
    this.name = 'PortInUseError';
  }
}

export interface LocalNeo4jOptions {
  /** Store and logs live here (created when missing). */
  dataDir: string;
  host?: string;
  /** Bolt port; 0 or unset picks a free one. */
  port?: number;
  /** JVM heap, e.g. "512m". */
  heap?: string;
  /** Neo4j page cache, e.g. "64m". */
  pageCache?: string;
  /** With a password, auth is on (at least 8 characters); without, auth is off. */
  user?: string;
  password?: string | undefined;
  cacheDir?: string | undefined;
  javaHome?: string | undefined;
  /** Progress and the JVM's own stderr lines. */
  log?: (message: string) => void;
  startTimeoutMs?: number;
  /**
   * Whether this JVM may write the class-data archive that speeds up later starts (once,
   * at its exit, which then takes a few seconds longer). Default true.
   */
  writeClassArchive?: boolean;
}

export interface LocalNeo4j {
  uri: string;
  pid: number;
  dataDir: string;
  neo4jVersion: string;
  /** Stops the JVM cleanly (SIGTERM, then SIGKILL after a grace period); idempotent. */
  stop(): Promise<void>;
  /** Settles with the exit code (or null when killed by a signal). */
  readonly exited: Promise<number | null>;
}

/** The JVM flags Neo4j 5 asks for on Java 17 (it warns in debug.log without them). */
export function jvmArgs(heap: string): string[] {
  return [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+DisableExplicitGC',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dlog4j2.disable.jmx=true',
  ];
}

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const java = findJava(options.javaHome ?? process.env.JAVA_HOME);
  const build = await ensureLauncher({ cacheDir: options.cacheDir, java, log: options.log });
  const host = options.host ?? '127.0.0.1';
  const pickPort = !options.port;
  // A free port can be taken between picking and binding; retry then, but only when the
  // port was ours to choose.
  for (let attempt = 1; ; attempt++) {
    const port = pickPort ? await freePort(host) : options.port!;
    try {
      return await launch(options, java, build.libDir, build.neo4jVersion, host, port);
    } catch (err) {
      if (!(err instanceof PortInUseError) || !pickPort || attempt >= 3) throw err;
    }
  }
}

async function launch(
  options: LocalNeo4jOptions,
  java: JavaRuntime,
  libDir: string,
  neo4jVersion: string,
  host: string,
  port: number,
): Promise<LocalNeo4j> {
  const archive = planClassDataArchive(path.dirname(libDir), java.version, options.writeClassArchive ?? true);
  const args = [
    ...jvmArgs(options.heap ?? '512m'),
    ...archive.args,
    '-cp',
    `${libDir}/*`,
    LAUNCHER_MAIN_CLASS,
    '--data-dir',
    options.dataDir,
    '--host',
    host,
    '--port',
    String(port),
    '--page-cache',
    options.pageCache ?? '64m',
    '--exit-on-stdin-eof',
  ];
  // The password travels in the environment, where `ps` does not show it.
  const env: NodeJS.ProcessEnv = { ...process.env, DIPLOGRAPH_NEO4J_PASSWORD: '' };
  if (options.password !== undefined) {
    args.push('--user', options.user ?? 'neo4j');
    env.DIPLOGRAPH_NEO4J_PASSWORD = options.password;
  }
  const child = spawn(java.executable, args, {
    env,
    detached: true,
    stdio: ['pipe', 'pipe', 'pipe'],
  }) as ChildProcessWithoutNullStreams;

  // Nothing is ever written to stdin (only its closing matters); ignore a broken pipe.
  child.stdin.on('error', () => undefined);

  const stderrTail: string[] = [];
  readline.createInterface({ input: child.stderr }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > 40) stderrTail.shift();
    options.log?.(line);
  });
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code, signal) => {
      archive.afterExit(signal);
      resolve(code);
    });
    // A JVM that could not be spawned never exits.
    child.once('error', () => resolve(null));
  });
  // Last resort for a synchronous exit: the JVM also sees its stdin close.
  const killOnExit = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  process.once('exit', killOnExit);

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      process.removeListener('exit', killOnExit);
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        // Generous: the first JVM to exit writes the class-data archive on its way out.
        const killTimer = setTimeout(() => child.kill('SIGKILL'), 120_000);
        await exited;
        clearTimeout(killTimer);
      }
      child.stdin.destroy();
    })();
    return stopping;
  };

  try {
    const uri = await waitForReady(child, exited, stderrTail, host, port, options.startTimeoutMs ?? 180_000);
    await waitForBolt(uri, options.user ?? 'neo4j', options.password, 30_000);
    if (child.pid === undefined) throw new LocalNeo4jSetupError('the JVM has no pid');
    return { uri, pid: child.pid, dataDir: options.dataDir, neo4jVersion, stop, exited };
  } catch (err) {
    await stop();
    throw err;
  }
}

function waitForReady(
  child: ChildProcessWithoutNullStreams,
  exited: Promise<number | null>,
  stderrTail: string[],
  host: string,
  port: number,
  timeoutMs: number,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new LocalNeo4jSetupError(`the local Neo4j did not start within ${timeoutMs / 1000}s`)),
      timeoutMs,
    );
    const done = () => clearTimeout(timer);
    child.once('error', (err) => {
      done();
      reject(new LocalNeo4jSetupError(`could not start java: ${err.message}`));
    });
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith(READY_PREFIX)) {
        done();
        resolve(line.slice(READY_PREFIX.length).trim());
      }
    });
    void exited.then((code) => {
      done();
      // Let the last stderr lines arrive before quoting them.
      setImmediate(() => {
        const detail = stderrTail.filter((l) => l.includes('error')).join('\n') || stderrTail.join('\n');
        if (code === EXIT_PORT_IN_USE) reject(new PortInUseError(host, port, PORT_HINT));
        else reject(new LocalNeo4jSetupError(`the local Neo4j exited (code ${code}) before it was ready:\n${detail}`));
      });
    });
  });
}

/** The ready line means Bolt is bound; this proves it answers queries too. */
async function waitForBolt(uri: string, user: string, password: string | undefined, timeoutMs: number) {
  const auth = password === undefined ? undefined : neo4j.auth.basic(user, password);
  const driver = neo4j.driver(uri, auth, { maxConnectionPoolSize: 1 });
  const deadline = Date.now() + timeoutMs;
  const ping = readQuery('ping');
  try {
    for (;;) {
      try {
        await driver.executeQuery(ping.text);
        return;
      } catch (err) {
        if (Date.now() > deadline) {
          throw new LocalNeo4jSetupError(`the local Neo4j at ${uri} does not answer: ${(err as Error).message}`);
        }
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  } finally {
    await driver.close();
  }
}

export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

export { processAlive };
