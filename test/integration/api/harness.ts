/**
 * Opens the API for a test file: a connection to the test Neo4j (NEO4J_URI from the jest
 * global setup), a yoga instance on it, and `gql()` that posts through `yoga.fetch` with no
 * port. Options build a yoga with an API key, or with a replaced writer.
 */
import pino from 'pino';
import { loadConfig } from '../../../src/config';
import type { Record as Neo4jRecord } from 'neo4j-driver';
import { connect, toParams, type Database } from '../../../src/db';
import { createYoga, type DiplographYoga } from '../../../src/api/yoga';
import type { ApiWriter } from '../../../src/api/ports';
import { ApiFixture } from './fixture';

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  body: { data?: T | null; errors?: { message: string; extensions?: { code?: string } & Record<string, unknown>; path?: unknown[] }[] };
  text: string;
}

export interface Api {
  db: Database;
  yoga: DiplographYoga;
  gql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GqlResponse<T>>;
  close(): Promise<void>;
}

export const TEST_API_KEY = 'test-api-key-0123456789abcdef';

export interface ProfiledOperator {
  /** Operator type without the runtime suffix ("NodeIndexSeek", "Expand(All)"…). */
  name: string;
  rows: number;
  details: string;
}

/** Runs a named statement under PROFILE: its records and its plan's operators, flattened. */
export async function profile(api: Api, name: string, params: Record<string, unknown>): Promise<{ records: Neo4jRecord[]; operators: ProfiledOperator[] }> {
  const session = api.db.driver.session({ database: api.db.executor.database });
  try {
    const result = await session.run(`PROFILE ${api.db.executor.catalog.get(name).text}`, toParams(params) as Record<string, unknown>);
    type Op = { operatorType: string; rows: number; arguments: Record<string, unknown>; children: Op[] };
    const operators: ProfiledOperator[] = [];
    const walk = (op: Op): void => {
      operators.push({ name: op.operatorType.replace(/@.*/, ''), rows: op.rows, details: String(op.arguments.Details ?? '') });
      op.children.forEach(walk);
    };
    walk(result.summary.profile as unknown as Op);
    return { records: result.records, operators };
  } finally {
    await session.close();
  }
}

export function yogaFetcher(yoga: DiplographYoga) {
  return async <T = any>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GqlResponse<T>> => {
    const res = await yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    return { status: res.status, body: JSON.parse(text), text };
  };
}

export async function openApi(options: { apiKey?: string | null; writer?: ApiWriter } = {}): Promise<Api> {
  const config = loadConfig();
  if (!config.neo4j.uri) throw new Error('NEO4J_URI is not set: the integration global setup should have set it');
  const db = await connect(config);
  const yoga = createYoga({
    db,
    config: { apiKey: options.apiKey === undefined ? TEST_API_KEY : options.apiKey },
    // API_TEST_LOG=error shows what masked errors hid.
    logger: pino({ level: process.env.API_TEST_LOG ?? 'silent' }),
    ...(options.writer ? { writer: options.writer } : {}),
  });
  return { db, yoga, gql: yogaFetcher(yoga), close: () => db.close() };
}

/**
 * The API over a freshly seeded fixture graph for one test file: opened before its tests,
 * cleaned up and closed after them. Fields are filled in by `beforeAll`.
 */
export function seededApi(): { api: Api; fx: ApiFixture } {
  const ctx = {} as { api: Api; fx: ApiFixture };
  beforeAll(async () => {
    ctx.api = await openApi();
    ctx.fx = await new ApiFixture(ctx.api.db.executor).seed();
  });
  afterAll(async () => {
    await ctx.fx?.cleanup();
    await ctx.api?.close();
  });
  return ctx;
}
