/**
 * Every statement in cypher/ (whoever wrote it, whenever it was added) must plan against
 * the real Neo4j. Parameters are found in the text and set to null, which plans for most
 * statements; where null is refused at planning time (LIMIT $n, SKIP $n…), a value of the
 * shape the context asks for is tried instead. An index hint must name an index that exists.
 */
import { Neo4jError } from 'neo4j-driver';
import { loadCypher } from '../../../src/db';
import { closeTestDriver, testDatabase, testDriver } from '../../support/neo4j';

afterAll(closeTestDriver);

/** `$name` and `$\`quoted name\`` outside strings and comments. */
export function parameterNames(text: string): string[] {
  const code = text
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\/\/[^\n]*/g, ' ')
    .replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"/g, "''");
  const names = new Set<string>();
  for (const m of code.matchAll(/\$(?:`([^`]+)`|([A-Za-z_][A-Za-z0-9_]*))/g)) names.add((m[1] ?? m[2])!);
  return [...names];
}

/** A plausible non-null value for a parameter from the words around it. */
function guess(text: string, name: string): unknown {
  const before = (re: RegExp) => re.test(text);
  const p = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (before(new RegExp(`(LIMIT|SKIP|OFFSET)\\s+\\$${p}\\b`, 'i'))) return 1;
  if (before(new RegExp(`(UNWIND|IN)\\s+\\$${p}\\b`, 'i'))) return [];
  if (before(new RegExp(`\\*\\s*\\d*\\s*\\.\\.\\s*\\$${p}\\b`))) return 1;
  return null;
}

const catalog = loadCypher();
const names = catalog.names();

describe('every Cypher file', () => {
  it('is found', () => {
    expect(names.length).toBeGreaterThan(0);
  });

  it.each(names)('%s passes EXPLAIN', async (name) => {
    const { text } = catalog.get(name);
    const params = parameterNames(text);
    const attempts = [
      Object.fromEntries(params.map((p) => [p, null])),
      Object.fromEntries(params.map((p) => [p, guess(text, p)])),
    ];
    let lastError: unknown;
    for (const attempt of attempts) {
      try {
        const result = await testDriver().executeQuery(`EXPLAIN ${text}`, attempt, { database: testDatabase() });
        expect(result.summary.plan).toBeTruthy();
        // A hint naming no index is only a warning to Neo4j (the plan silently ignores it).
        const hints = result.summary.notifications.filter((n) => /Hint|hinted/i.test(`${n.code} ${n.title} ${n.description}`));
        expect(hints.map((n) => n.description)).toEqual([]);
        return;
      } catch (err) {
        // A syntax or semantic error fails whatever the parameters are: report it now.
        if (err instanceof Neo4jError && /SyntaxError|SemanticError/.test(err.code)) throw err;
        lastError = err;
      }
    }
    throw lastError;
  });
});
