/**
 * Class-data sharing for the local Neo4j's JVM. Starting the kernel loads some ten thousand
 * classes; a dynamic CDS archive of them (written once, when the first JVM exits) cuts
 * about a third of the CPU time of every later start. The archive sits in the launcher's
 * jar cache, named after the exact Java build, because the JVM accepts an archive only from
 * the build and class path that wrote it (and otherwise warns and starts without it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { processAlive } from './launcher';

export interface ArchivePlan {
  /** JVM flags: use the archive, or write one at exit. */
  args: string[];
  /** Call once the JVM has exited: publishes a freshly written archive. */
  afterExit(signal: NodeJS.Signals | null): void;
}

const MIN_ARCHIVE_BYTES = 1024 * 1024;

/**
 * `write: false` never writes an archive (for a JVM whose exit must be quick); otherwise
 * one JVM at a time writes it, the others start without.
 */
export function planClassDataArchive(cacheDir: string, javaVersion: string, write = true): ArchivePlan {
  const archive = path.join(cacheDir, `neo4j-classes-java-${javaVersion.replace(/[^\w.-]/g, '_')}.jsa`);
  // JVM warnings (CDS ones included) go to stderr: stdout is reserved for the ready line.
  const logging = ['-Xlog:disable', '-Xlog:all=warning:stderr', '-Xlog:cds*=error:stderr'];
  if (fs.existsSync(archive)) {
    return { args: [...logging, `-XX:SharedArchiveFile=${archive}`], afterExit: () => undefined };
  }
  const none: ArchivePlan = { args: logging, afterExit: () => undefined };
  if (!write) return none;
  removeAbandoned(cacheDir);
  const lock = `${archive}.lock`;
  if (!takeLock(lock)) return none;
  const partial = `${archive}.partial-${process.pid}-${Date.now()}`;
  return {
    args: [...logging, `-XX:ArchiveClassesAtExit=${partial}`],
    afterExit(signal) {
      try {
        // SIGKILL leaves no archive, or half of one.
        if (signal !== 'SIGKILL' && fs.statSync(partial).size >= MIN_ARCHIVE_BYTES) {
          fs.renameSync(partial, archive);
        }
      } catch {
        // No archive was written; the next start tries again.
      } finally {
        fs.rmSync(partial, { force: true });
        fs.rmSync(lock, { force: true });
      }
    },
  };
}

/** Partial archives whose writer died before publishing them. */
function removeAbandoned(cacheDir: string): void {
  let entries: string[] = [];
  try {
    entries = fs.readdirSync(cacheDir);
  } catch {
    return;
  }
  for (const name of entries) {
    const owner = /\.jsa\.partial-(\d+)-\d+$/.exec(name)?.[1];
    if (owner !== undefined && !processAlive(Number(owner))) {
      fs.rmSync(path.join(cacheDir, name), { force: true });
    }
  }
}

/** The lock holds the pid of the process whose JVM writes the archive. */
function takeLock(lock: string): boolean {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
      return true;
    } catch {
      let owner = 0;
      try {
        owner = Number(fs.readFileSync(lock, 'utf8'));
      } catch {
        continue;
      }
      if (owner > 0 && processAlive(owner)) return false;
      fs.rmSync(lock, { force: true });
    }
  }
  return false;
}
