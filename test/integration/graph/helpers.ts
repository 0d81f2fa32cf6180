/**
 * Shared pieces of the graph integration tests: an extractor that returns hand-built
 * extractions (so these tests do not depend on the rule-based extractor's quality), unique
 * alphabetic tags for person names, and read-only views of the graph around an article.
 */
import { randomBytes } from 'node:crypto';
import type { Article, ArticleInput } from '../../../src/article/types';
import type { ArticleExtraction, Extractor } from '../../../src/extract/types';
import { removeEntriesOfFacts, testDatabase, testDriver } from '../../support/neo4j';

/** Letters only, so a tagged name is still a name ("Kim Jong-qzvb"). */
export function nameTag(length = 5): string {
  return [...randomBytes(length)].map((b) => String.fromCharCode(97 + (b % 26))).join('');
}

export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Returns, for each article id, the extraction built for it (offsets re-found in the text). */
export class FixtureExtractor implements Extractor {
  readonly name = 'fixture';
  readonly version = '1';
  constructor(private readonly build: (article: Article) => Omit<ArticleExtraction, 'article'>) {}

  async extract(article: Article): Promise<ArticleExtraction> {
    return { article, ...this.build(article) };
  }
}

export function emptyFacts(): Omit<ArticleExtraction, 'article'> {
  return { skipped: null, states: [], people: [], events: [], invitations: [], visits: [], statements: [], warnings: [] };
}

export function input(id: string, text: string, publishedAt = '2015-01-22', extra: Partial<ArticleInput> = {}): ArticleInput {
  return { id, url: null, title: `Report ${id}`, source: 'Test Wire', publishedAt, text, ...extra };
}

export async function query<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const res = await testDriver().executeQuery(cypher, params, { database: testDatabase() });
  return res.records.map((r) => plain(r.toObject()) as T);
}

function plain(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'object' && v !== null && 'toNumber' in v && typeof (v as { toNumber: unknown }).toNumber === 'function') {
    return (v as { toNumber(): number }).toNumber();
  }
  if (Array.isArray(v)) return v.map(plain);
  if (typeof v === 'object') return Object.fromEntries(Object.entries(v as object).map(([k, x]) => [k, plain(x)]));
  return v;
}

export interface FactView {
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

/** Every fact (and REPRESENTS link) one of these articles supports, with all its properties. */
export async function factsOf(articleIds: string[]): Promise<FactView[]> {
  return query<FactView>(
    `UNWIND $ids AS aid
     MATCH (:Article {id: aid})-[:HAS_EVIDENCE]->(e:Evidence)
     WITH DISTINCT e.factId AS fid
     CALL (fid) {
       MATCH (a)-[r:INVITED {id: fid}]->(b) RETURN r, a, b
       UNION MATCH (a)-[r:VISITED {id: fid}]->(b) RETURN r, a, b
       UNION MATCH (a)-[r:STATED {id: fid}]->(b) RETURN r, a, b
       UNION MATCH (a:Person)-[r:REPRESENTS {id: fid}]->(b) RETURN r, a, b
     }
     RETURN type(r) AS type, coalesce(a.id, a.code) AS from, coalesce(b.id, b.code) AS to, properties(r) AS props
     ORDER BY props.id`,
    { ids: articleIds },
  );
}

/** Facts by id, wherever they are (present or not). */
export async function factsById(ids: string[]): Promise<FactView[]> {
  return query<FactView>(
    `UNWIND $ids AS fid
     CALL (fid) {
       MATCH (a)-[r:INVITED {id: fid}]->(b) RETURN r, a, b
       UNION MATCH (a)-[r:VISITED {id: fid}]->(b) RETURN r, a, b
       UNION MATCH (a)-[r:STATED {id: fid}]->(b) RETURN r, a, b
     }
     RETURN type(r) AS type, coalesce(a.id, a.code) AS from, coalesce(b.id, b.code) AS to, properties(r) AS props
     ORDER BY props.id`,
    { ids },
  );
}

/**
 * Everything an article put in the graph, property by property: the article, its evidence,
 * what it mentions (people and events with all their properties, states by code), and the
 * facts it supports. Two equal snapshots mean the graph around the article did not change.
 */
export async function snapshot(articleIds: string[]): Promise<unknown> {
  const [articles, evidence, mentions, facts] = await Promise.all([
    query(`UNWIND $ids AS aid MATCH (a:Article {id: aid}) RETURN properties(a) AS props ORDER BY aid`, { ids: articleIds }),
    query(`UNWIND $ids AS aid MATCH (:Article {id: aid})-[:HAS_EVIDENCE]->(e) RETURN properties(e) AS props ORDER BY e.id`, { ids: articleIds }),
    query(
      `UNWIND $ids AS aid MATCH (:Article {id: aid})-[m:MENTIONS]->(n)
       RETURN aid, labels(n) AS labels, CASE WHEN n:State THEN {code: n.code} ELSE properties(n) END AS props, properties(m) AS m
       ORDER BY aid, coalesce(n.id, n.code)`,
      { ids: articleIds },
    ),
    factsOf(articleIds),
  ]);
  return { articles, evidence, mentions, facts };
}

/** Deletes people and events whose id contains the tag, and the state entries of facts naming it (what removal should already have done). */
export async function cleanupTag(tag: string): Promise<void> {
  await query(`MATCH (n) WHERE (n:Person OR n:Event) AND n.id CONTAINS $tag DETACH DELETE n`, { tag });
  await removeEntriesOfFacts(tag);
}

/**
 * The dyad entries the graph should have for the facts whose id contains `scope`, computed
 * here from the facts and links themselves (independently of write-state-entries), next to the
 * entries it has; both as sorted "factId dyad type sortKey" lines.
 */
export function dyadEntries(scope: string, run: typeof query = query): Promise<{ expected: string[]; actual: string[] }> {
  return expectedAndActual(
    `MATCH (x)-[r:INVITED|VISITED|STATED]->(y) WHERE r.id CONTAINS $scope
     WITH r, CASE WHEN x:State THEN [x] ELSE [(x)-[:REPRESENTS]->(s:State) | s] END AS xs,
             CASE WHEN y:State THEN [y] ELSE [(y)-[:REPRESENTS]->(s:State) | s] END AS ys
     UNWIND xs AS sx
     UNWIND ys AS sy
     WITH r, sx.code AS a, sy.code AS b WHERE a <> b
     WITH DISTINCT r, CASE WHEN a < b THEN [a, b] ELSE [b, a] END AS pair
     RETURN r.id + ' ' + pair[0] + '|' + pair[1] + ' ' + type(r) + ' ' + coalesce(r.date, '~') AS line`,
    `MATCH (d:DyadFact) WHERE d.factId CONTAINS $scope
     RETURN d.factId + ' ' + d.dyad + ' ' + d.type + ' ' + d.sortKey AS line`,
    scope,
    run,
  );
}

/**
 * The :StateFact entries the graph should have for the facts whose id contains `scope` (one
 * per state on each side: the endpoint state, or each state the endpoint person represents),
 * computed here independently, next to those it has; as sorted "factId side STATE type
 * sortKey" lines.
 */
export function stateFactEntries(scope: string, run: typeof query = query): Promise<{ expected: string[]; actual: string[] }> {
  return expectedAndActual(
    `MATCH (x)-[r:INVITED|VISITED|STATED]->(y) WHERE r.id CONTAINS $scope
     CALL (x, y, r) {
       MATCH (x:State) RETURN 'from' AS side, x.code AS code
       UNION
       MATCH (x:Person)-[:REPRESENTS]->(s:State) RETURN 'from' AS side, s.code AS code
       UNION
       MATCH (y:State) RETURN 'to' AS side, y.code AS code
       UNION
       MATCH (y:Person)-[:REPRESENTS]->(s:State) RETURN 'to' AS side, s.code AS code
     }
     RETURN r.id + ' ' + side + ' ' + code + ' ' + type(r) + ' ' + coalesce(r.date, '~') AS line`,
    `MATCH (s:StateFact) WHERE s.factId CONTAINS $scope
     RETURN s.factId + ' ' + s.side + ' ' + s.state + ' ' + s.type + ' ' + s.sortKey AS line`,
    scope,
    run,
  );
}

/**
 * The pair counters (:DyadCount, those above zero) of the pairs whose key contains `scope`,
 * next to what the pairs' entries say they should be; both as sorted "dyad year type n" lines.
 */
export function dyadCounts(scope: string, run: typeof query = query): Promise<{ expected: string[]; actual: string[] }> {
  return expectedAndActual(
    `MATCH (d:DyadFact) WHERE d.dyad CONTAINS $scope
     WITH d.dyad AS dyad, left(d.sortKey, 4) AS year, d.type AS type, count(*) AS n
     RETURN dyad + ' ' + year + ' ' + type + ' ' + n AS line`,
    `MATCH (c:DyadCount) WHERE c.dyad CONTAINS $scope AND c.n <> 0
     RETURN c.dyad + ' ' + c.year + ' ' + c.type + ' ' + c.n AS line`,
    scope,
    run,
  );
}

/** Two queries returning `line` rows, each as a sorted list. */
async function expectedAndActual(expectedQuery: string, actualQuery: string, scope: string, run: typeof query) {
  const lines = (rows: { line: string }[]) => rows.map((r) => r.line).sort();
  const [expected, actual] = await Promise.all([run<{ line: string }>(expectedQuery, { scope }), run<{ line: string }>(actualQuery, { scope })]);
  return { expected: lines(expected), actual: lines(actual) };
}
