import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureLauncher, findJava, launcherSourceHash, neo4jVersion } from '../../../src/db/launcher';

// One real Maven build (jars come from the local Maven repository after the first time).
jest.setTimeout(600_000);

const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-launcher-cache-test-'));
afterAll(() => fs.rmSync(cacheDir, { recursive: true, force: true }));

describe('launcher build cache', () => {
  it('builds once into the cache outside the repository, then reuses it without Maven', async () => {
    const java = findJava();
    const messages: string[] = [];
    const first = await ensureLauncher({ cacheDir, java, log: (m) => messages.push(m) });
    const version = neo4jVersion();
    expect(version).toMatch(/^5\.26\.\d+$/);
    expect(first.built).toBe(true);
    expect(first.libDir).toBe(path.join(cacheDir, `neo4j-${version}`, 'lib'));
    expect(messages.join('\n')).toContain(`building the Neo4j ${version} launcher with Maven`);

    const jars = fs.readdirSync(first.libDir);
    expect(jars).toContain('diplograph-neo4j-launcher.jar');
    expect(jars).toContain(`neo4j-${version}.jar`);
    expect(jars).toContain(`neo4j-bolt-${version}.jar`);
    expect(fs.readFileSync(path.join(cacheDir, `neo4j-${version}`, '.diplograph-build'), 'utf8').trim()).toBe(
      launcherSourceHash(),
    );
    // Nothing but the finished build is left in the cache (no staging directory, no lock).
    expect(fs.readdirSync(cacheDir)).toEqual([`neo4j-${version}`]);

    const second = await ensureLauncher({ cacheDir, java });
    expect(second).toEqual({ ...first, built: false });
  });
});
