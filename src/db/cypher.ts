/**
 * Loads every `cypher/**\/*.cypher` file once, by name: the path relative to `cypher/`
 * without the extension ("find-invitations", "migrations/001-state-code-unique"). Each file
 * holds one statement and starts with a `// name` comment naming it, so logs and transaction
 * metadata say which query ran. Missing names fail at start-up (`requireAll`), not on the
 * first request that needs them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';

export interface CypherQuery {
  name: string;
  /** The statement, without its name comment or a trailing semicolon. */
  text: string;
  file: string;
}

export class CypherCatalogError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CypherCatalogError';
  }
}

export const DEFAULT_CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');

export class CypherCatalog {
  private readonly queries: ReadonlyMap<string, CypherQuery>;

  constructor(queries: Iterable<CypherQuery>) {
    this.queries = new Map([...queries].map((q) => [q.name, q]));
  }

  get(name: string): CypherQuery {
    const query = this.queries.get(name);
    if (query === undefined) throw new CypherCatalogError(this.missingMessage([name]));
    return query;
  }

  has(name: string): boolean {
    return this.queries.has(name);
  }

  /** Sorted; with a prefix ("migrations/"), only the names under it. */
  names(prefix = ''): string[] {
    return [...this.queries.keys()].filter((n) => n.startsWith(prefix)).sort();
  }

  /** Start-up check: every name the code will ask for exists. */
  requireAll(names: Iterable<string>): void {
    const missing = [...new Set(names)].filter((n) => !this.queries.has(n));
    if (missing.length > 0) throw new CypherCatalogError(this.missingMessage(missing));
  }

  private missingMessage(missing: string[]): string {
    const known = this.names();
    return (
      `Missing Cypher ${missing.length === 1 ? 'query' : 'queries'}: ${missing.join(', ')}. ` +
      `Known (${known.length}): ${known.join(', ') || '(none)'}`
    );
  }
}

/** Reads and checks every .cypher file under `dir`; any malformed file fails the load. */
export function loadCypher(dir: string = DEFAULT_CYPHER_DIR): CypherCatalog {
  if (!fs.existsSync(dir)) throw new CypherCatalogError(`Cypher directory not found: ${dir}`);
  const problems: string[] = [];
  const queries: CypherQuery[] = [];
  for (const file of listCypherFiles(dir)) {
    const name = path.relative(dir, file).split(path.sep).join('/').replace(/\.cypher$/, '');
    const result = parseCypherFile(name, fs.readFileSync(file, 'utf8'));
    if (typeof result === 'string') problems.push(`${path.relative(dir, file)}: ${result}`);
    else queries.push({ ...result, file });
  }
  if (problems.length > 0) {
    throw new CypherCatalogError(`Malformed Cypher files:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  return new CypherCatalog(queries);
}

/** Reads one named file alone (for code that runs before the whole catalog is loaded). */
export function readQuery(name: string, dir: string = DEFAULT_CYPHER_DIR): CypherQuery {
  const file = path.join(dir, ...name.split('/')) + '.cypher';
  if (!fs.existsSync(file)) throw new CypherCatalogError(`Missing Cypher query: ${name} (${file})`);
  const result = parseCypherFile(name, fs.readFileSync(file, 'utf8'));
  if (typeof result === 'string') throw new CypherCatalogError(`${name}.cypher: ${result}`);
  return { ...result, file };
}

function listCypherFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listCypherFiles(full));
    else if (entry.isFile() && entry.name.endsWith('.cypher')) out.push(full);
  }
  return out.sort();
}

/** Returns the query, or a string saying what is wrong with the file. */
export function parseCypherFile(
  name: string,
  source: string,
): Omit<CypherQuery, 'file'> | string {
  const newline = source.indexOf('\n');
  const firstLine = (newline === -1 ? source : source.slice(0, newline)).trim();
  const declared = /^\/\/\s*(\S+)\s*$/.exec(firstLine)?.[1];
  if (declared === undefined) return `first line must be a "// ${name}" comment`;
  if (declared !== name) return `first line names "${declared}" but the file is "${name}"`;
  const body = newline === -1 ? '' : source.slice(newline + 1);
  const statements = splitStatements(body);
  if (statements.length === 0) return 'no statement';
  if (statements.length > 1) return `holds ${statements.length} statements; one per file`;
  return { name, text: statements[0]!.trim() };
}

/**
 * Splits on semicolons outside strings, quoted names and comments; parts holding only
 * whitespace or comments are dropped.
 */
function splitStatements(body: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let meaningful = false;
  let i = 0;
  while (i < body.length) {
    const c = body[i]!;
    const next = body[i + 1];
    if (c === '/' && next === '/') {
      const end = body.indexOf('\n', i);
      i = end === -1 ? body.length : end;
    } else if (c === '/' && next === '*') {
      const end = body.indexOf('*/', i + 2);
      i = end === -1 ? body.length : end + 2;
    } else if (c === "'" || c === '"' || c === '`') {
      i = skipQuoted(body, i);
      meaningful = true;
    } else if (c === ';') {
      if (meaningful) parts.push(body.slice(start, i));
      start = i + 1;
      meaningful = false;
      i += 1;
    } else {
      if (!/\s/.test(c)) meaningful = true;
      i += 1;
    }
  }
  if (meaningful) parts.push(body.slice(start));
  return parts;
}

function skipQuoted(text: string, open: number): number {
  const quote = text[open];
  let i = open + 1;
  while (i < text.length) {
    if (text[i] === '\\' && quote !== '`') i += 2;
    else if (text[i] === quote) return i + 1;
    else i += 1;
  }
  return i;
}
