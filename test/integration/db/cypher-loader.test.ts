import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CypherCatalogError, loadCypher, readQuery } from '../../../src/db';

function withFiles(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-cypher-test-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});
const fixture = (files: Record<string, string>) => {
  const dir = withFiles(files);
  dirs.push(dir);
  return dir;
};

describe('Cypher loader', () => {
  it('names queries by relative path, recursively, without their name comment', () => {
    const catalog = loadCypher(
      fixture({
        'find-things.cypher': '// find-things\nMATCH (n) RETURN n;\n',
        'migrations/001-x.cypher': '// migrations/001-x\nCREATE INDEX x IF NOT EXISTS FOR (n:X) ON (n.x)\n',
      }),
    );
    expect(catalog.names()).toEqual(['find-things', 'migrations/001-x']);
    expect(catalog.names('migrations/')).toEqual(['migrations/001-x']);
    expect(catalog.get('find-things').text).toBe('MATCH (n) RETURN n');
  });

  it('fails clearly on a missing name, listing what exists', () => {
    const catalog = loadCypher(fixture({ 'a.cypher': '// a\nRETURN 1\n', 'b.cypher': '// b\nRETURN 2\n' }));
    expect(() => catalog.get('x')).toThrow(CypherCatalogError);
    expect(() => catalog.get('x')).toThrow('Missing Cypher query: x. Known (2): a, b');
    expect(() => catalog.requireAll(['a', 'x', 'y'])).toThrow('Missing Cypher queries: x, y. Known (2): a, b');
    expect(() => catalog.requireAll(['a', 'b'])).not.toThrow();
  });

  it('rejects files without a matching name comment or with several statements, naming each', () => {
    const dir = fixture({
      'no-name.cypher': 'MATCH (n) RETURN n\n',
      'wrong-name.cypher': '// other\nRETURN 1\n',
      'two.cypher': '// two\nCREATE (:A);\nCREATE (:B);\n',
      'empty.cypher': '// empty\n// nothing here\n',
    });
    let message = '';
    try {
      loadCypher(dir);
    } catch (err) {
      expect(err).toBeInstanceOf(CypherCatalogError);
      message = (err as Error).message;
    }
    expect(message).toContain('no-name.cypher: first line must be a "// no-name" comment');
    expect(message).toContain('wrong-name.cypher: first line names "other" but the file is "wrong-name"');
    expect(message).toContain('two.cypher: holds 2 statements; one per file');
    expect(message).toContain('empty.cypher: no statement');
  });

  it('does not split on semicolons inside strings or comments', () => {
    const catalog = loadCypher(
      fixture({ 'semi.cypher': "// semi\nRETURN 'a;b' AS s, \"c;d\" AS t // e;f\n/* g; */;\n" }),
    );
    expect(catalog.get('semi').text).toBe("RETURN 'a;b' AS s, \"c;d\" AS t // e;f\n/* g; */");
  });

  it('reads a single query by name, and fails clearly when it is missing', () => {
    const dir = fixture({ 'ping.cypher': '// ping\nRETURN 1 AS ok\n' });
    expect(readQuery('ping', dir).text).toBe('RETURN 1 AS ok');
    expect(() => readQuery('pong', dir)).toThrow(/Missing Cypher query: pong/);
  });

  it('loads the project catalog with the queries start-up needs', () => {
    const catalog = loadCypher();
    expect(() => catalog.requireAll(['ping', 'await-indexes'])).not.toThrow();
    expect(catalog.names('migrations/').length).toBeGreaterThanOrEqual(16);
  });
});
