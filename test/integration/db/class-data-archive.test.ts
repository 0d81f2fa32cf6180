import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { planClassDataArchive } from '../../../src/db/class-data-archive';

const dirs: string[] = [];
const cacheDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-cds-test-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

const flagValue = (args: string[], flag: string) =>
  args.find((a) => a.startsWith(`-XX:${flag}=`))?.slice(`-XX:${flag}=`.length);

describe('class-data archive plan', () => {
  it('has the first JVM write an archive at exit, published under the Java build name', () => {
    const dir = cacheDir();
    const plan = planClassDataArchive(dir, '17.0.15');
    const partial = flagValue(plan.args, 'ArchiveClassesAtExit');
    expect(partial).toBeDefined();
    expect(plan.args).toContain('-Xlog:all=warning:stderr');

    fs.writeFileSync(partial!, Buffer.alloc(2 * 1024 * 1024));
    plan.afterExit('SIGTERM');
    expect(fs.readdirSync(dir)).toEqual(['neo4j-classes-java-17.0.15.jsa']);

    const next = planClassDataArchive(dir, '17.0.15');
    expect(flagValue(next.args, 'SharedArchiveFile')).toBe(path.join(dir, 'neo4j-classes-java-17.0.15.jsa'));
    expect(flagValue(next.args, 'ArchiveClassesAtExit')).toBeUndefined();
  });

  it('lets only one JVM at a time write, and none when asked not to', () => {
    const dir = cacheDir();
    const writer = planClassDataArchive(dir, '17.0.15');
    expect(flagValue(writer.args, 'ArchiveClassesAtExit')).toBeDefined();
    const other = planClassDataArchive(dir, '17.0.15');
    expect(flagValue(other.args, 'ArchiveClassesAtExit')).toBeUndefined();
    expect(flagValue(other.args, 'SharedArchiveFile')).toBeUndefined();
    writer.afterExit(null);
    expect(flagValue(planClassDataArchive(dir, '17.0.15', false).args, 'ArchiveClassesAtExit')).toBeUndefined();
    expect(flagValue(planClassDataArchive(dir, '17.0.15').args, 'ArchiveClassesAtExit')).toBeDefined();
  });

  it('publishes nothing after a SIGKILL or when no archive was written', () => {
    const dir = cacheDir();
    const killed = planClassDataArchive(dir, '17.0.15');
    fs.writeFileSync(flagValue(killed.args, 'ArchiveClassesAtExit')!, Buffer.alloc(2 * 1024 * 1024));
    killed.afterExit('SIGKILL');
    expect(fs.readdirSync(dir)).toEqual([]);
    const empty = planClassDataArchive(dir, '17.0.15');
    empty.afterExit(null);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('keeps archives of different Java builds apart', () => {
    const dir = cacheDir();
    fs.writeFileSync(path.join(dir, 'neo4j-classes-java-17.0.15.jsa'), 'x');
    const plan = planClassDataArchive(dir, '21.0.2');
    expect(flagValue(plan.args, 'SharedArchiveFile')).toBeUndefined();
    expect(flagValue(plan.args, 'ArchiveClassesAtExit')).toContain('neo4j-classes-java-21.0.2.jsa');
    plan.afterExit(null);
  });
});
