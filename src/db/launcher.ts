/**
 * The Java side of the local Neo4j: finds a suitable `java`, and builds the launcher in
 * `neo4j-launcher/` with Maven into a jar cache outside the repository
 * (`~/.cache/diplograph/neo4j-<version>/lib`, base overridable with DIPLOGRAPH_CACHE_DIR).
 * A marker holding a hash of pom.xml and the Java sources decides whether the cache is
 * current, so later starts do not call Maven at all.
 */
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';

export const LAUNCHER_DIR = path.join(PROJECT_ROOT, 'neo4j-launcher');
export const LAUNCHER_MAIN_CLASS = 'diplograph.neo4j.Launcher';
const MARKER = '.diplograph-build';

/** Neo4j 5.26 supports Java 17 and 21; older cannot load it, newer is untested by Neo4j. */
const MIN_JAVA = 17;
const MAX_JAVA = 21;

export class LocalNeo4jSetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LocalNeo4jSetupError';
  }
}

export interface JavaRuntime {
  executable: string;
  home: string;
  major: number;
  /** The full version ("17.0.15"): class-data archives are only valid for that exact build. */
  version: string;
}

/** JAVA_HOME's java when set, else `java` on PATH; refuses versions outside 17–21. */
export function findJava(javaHome: string | undefined = process.env.JAVA_HOME): JavaRuntime {
  const executable = javaHome ? path.join(javaHome, 'bin', 'java') : 'java';
  const where = javaHome ? `JAVA_HOME (${javaHome})` : 'PATH';
  const probe = spawnSync(executable, ['-version'], { encoding: 'utf8' });
  if (probe.error) {
    throw new LocalNeo4jSetupError(
      `No Java found on ${where}. The local Neo4j needs Java ${MIN_JAVA} or ${MAX_JAVA} ` +
        '(Debian: apt-get install openjdk-17-jre-headless), or set NEO4J_URI to use another Neo4j.',
    );
  }
  const output = `${probe.stderr}${probe.stdout}`;
  const match = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(output);
  if (!match) throw new LocalNeo4jSetupError(`Cannot read the Java version from: ${output.trim()}`);
  const first = Number(match[1]);
  const major = first === 1 ? Number(match[2]) : first;
  if (major < MIN_JAVA || major > MAX_JAVA) {
    throw new LocalNeo4jSetupError(
      `Java ${major} found on ${where}, but Neo4j 5.26 needs Java ${MIN_JAVA}–${MAX_JAVA}. ` +
        'Point JAVA_HOME at a Java 17 or 21 installation.',
    );
  }
  const version = /version "([^"]+)"/.exec(output)![1]!;
  return { executable, home: javaHome ?? javaHomeOf(executable), major, version };
}

function javaHomeOf(executable: string): string {
  const which = spawnSync('sh', ['-c', `command -v ${executable}`], { encoding: 'utf8' });
  const resolved = fs.realpathSync(which.stdout.trim() || executable);
  return path.dirname(path.dirname(resolved));
}

export interface LauncherBuild {
  /** Directory holding every runtime jar; the classpath is `<libDir>/*`. */
  libDir: string;
  neo4jVersion: string;
  /** True when this call ran Maven. */
  built: boolean;
}

export interface EnsureLauncherOptions {
  cacheDir?: string | undefined;
  java: JavaRuntime;
  log?: (message: string) => void;
}

export function cacheBase(cacheDir: string | undefined = process.env.DIPLOGRAPH_CACHE_DIR): string {
  return cacheDir ?? path.join(os.homedir(), '.cache', 'diplograph');
}

export function neo4jVersion(): string {
  const pom = fs.readFileSync(path.join(LAUNCHER_DIR, 'pom.xml'), 'utf8');
  const version = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom)?.[1];
  if (!version) throw new LocalNeo4jSetupError('neo4j-launcher/pom.xml has no <neo4j.version>');
  return version;
}

/** Hash of everything that goes into the build: pom.xml and the Java sources. */
export function launcherSourceHash(): string {
  const hash = crypto.createHash('sha256');
  const files = [path.join(LAUNCHER_DIR, 'pom.xml'), ...listFiles(path.join(LAUNCHER_DIR, 'src'))];
  for (const file of files) {
    hash.update(path.relative(LAUNCHER_DIR, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    .sort();
}

/** Returns the cached build, running Maven first when the cache is missing or stale. */
export async function ensureLauncher(options: EnsureLauncherOptions): Promise<LauncherBuild> {
  const version = neo4jVersion();
  const base = cacheBase(options.cacheDir);
  const target = path.join(base, `neo4j-${version}`);
  const hash = launcherSourceHash();
  const current = () => readMarker(target) === hash;
  const result = (built: boolean): LauncherBuild => ({
    libDir: path.join(target, 'lib'),
    neo4jVersion: version,
    built,
  });
  if (current()) return result(false);

  fs.mkdirSync(base, { recursive: true });
  const release = await acquireLock(`${target}.lock`);
  try {
    // Another process may have built it while this one waited for the lock.
    if (current()) return result(false);
    options.log?.(`building the Neo4j ${version} launcher with Maven into ${target} (first use)`);
    const staging = fs.mkdtempSync(path.join(base, `.build-neo4j-${version}-`));
    try {
      await runMaven(staging, options.java);
      fs.copyFileSync(
        path.join(staging, 'build', 'diplograph-neo4j-launcher.jar'),
        path.join(staging, 'lib', 'diplograph-neo4j-launcher.jar'),
      );
      fs.rmSync(path.join(staging, 'build'), { recursive: true, force: true });
      fs.writeFileSync(path.join(staging, MARKER), `${hash}\n`);
      retire(target);
      fs.renameSync(staging, target);
    } finally {
      fs.rmSync(staging, { recursive: true, force: true });
    }
    return result(true);
  } finally {
    release();
  }
}

/**
 * Moves an outdated build aside instead of deleting it: a JVM started from it may still be
 * running and loads classes from its jars lazily. Builds retired over a day ago are removed.
 */
function retire(target: string): void {
  const base = path.dirname(target);
  const prefix = `${path.basename(target)}.retired-`;
  for (const name of fs.readdirSync(base)) {
    const retiredAt = Number(name.startsWith(prefix) ? name.slice(prefix.length).split('-')[0] : NaN);
    if (retiredAt > 0 && Date.now() - retiredAt > 24 * 3600_000) {
      fs.rmSync(path.join(base, name), { recursive: true, force: true });
    }
  }
  if (fs.existsSync(target)) fs.renameSync(target, `${target}.retired-${Date.now()}-${process.pid}`);
}

function readMarker(target: string): string | undefined {
  try {
    return fs.readFileSync(path.join(target, MARKER), 'utf8').trim();
  } catch {
    return undefined;
  }
}

function runMaven(staging: string, java: JavaRuntime): Promise<void> {
  const args = [
    '-q',
    '-B',
    '-f',
    path.join(LAUNCHER_DIR, 'pom.xml'),
    `-Dlauncher.buildDir=${path.join(staging, 'build')}`,
    'package',
    'dependency:copy-dependencies',
    '-DincludeScope=runtime',
    `-DoutputDirectory=${path.join(staging, 'lib')}`,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn('mvn', args, {
      cwd: LAUNCHER_DIR,
      env: { ...process.env, JAVA_HOME: java.home },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-8000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (err: NodeJS.ErrnoException) => {
      reject(
        new LocalNeo4jSetupError(
          err.code === 'ENOENT'
            ? 'Maven (mvn) is not installed: the local Neo4j is built with it on first use ' +
                '(Debian: apt-get install maven), or set NEO4J_URI to use another Neo4j.'
            : `Could not run Maven: ${err.message}`,
        ),
      );
    });
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new LocalNeo4jSetupError(`Maven failed (exit ${code}) building the Neo4j launcher:\n${output}`));
    });
  });
}

/** A lock file created exclusively; a lock whose owner died is taken over. */
async function acquireLock(file: string): Promise<() => void> {
  for (;;) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(file, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const text = readIfExists(file);
      if (text === undefined) continue;
      const owner = Number(text);
      // An empty file is a lock being written right now, unless it has been empty for long.
      const stale =
        text.trim() === '' ? Date.now() - mtimeMs(file) > 10_000 : !(owner > 0 && processAlive(owner));
      if (stale) {
        fs.rmSync(file, { force: true });
        continue;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

function readIfExists(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function mtimeMs(file: string): number {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return Date.now();
  }
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A zombie (exited, not yet reaped) still answers kill(0): check its state too.
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return !/^State:\s+Z/m.test(status);
  } catch {
    return true;
  }
}
