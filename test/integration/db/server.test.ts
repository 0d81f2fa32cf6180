import type http from 'node:http';
import { loadConfig } from '../../../src/config';
import { connect, DatabaseUnavailableError, freePort, type Database } from '../../../src/db';
import { createSchema, createYoga } from 'graphql-yoga';
import { closeServer, createHttpServer, listen, type Readiness } from '../../../src/server';

/** The smallest GraphQL handler: these tests are about routing, not about the API. */
const statusYoga = () =>
  createYoga({
    schema: createSchema({ typeDefs: 'type Query { status: String! }', resolvers: { Query: { status: () => 'ok' } } }),
    graphiql: false,
    logging: false,
  });

let db: Database;
const servers: http.Server[] = [];

beforeAll(async () => {
  db = await connect(loadConfig(process.env));
});
afterAll(async () => {
  for (const server of servers) await closeServer(server);
  await db.close();
});

async function serve(readiness: () => Promise<Readiness>): Promise<string> {
  const server = createHttpServer({ graphql: statusYoga(), readiness });
  servers.push(server);
  return listen(server, '127.0.0.1', 0);
}

const neo4jReadiness = (database: Database) => async (): Promise<Readiness> => {
  const ok = await database.ping();
  return { ready: ok, checks: { neo4j: ok || 'Neo4j does not answer', migrations: true } };
};

describe('HTTP server', () => {
  it('answers /health with 200', async () => {
    const url = await serve(neo4jReadiness(db));
    const res = await fetch(`${url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers /ready with 200 when Neo4j answers', async () => {
    const url = await serve(neo4jReadiness(db));
    const res = await fetch(`${url}/ready`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready', checks: { neo4j: true, migrations: true } });
  });

  it('refuses to connect to a Neo4j that does not answer, saying it is unavailable', async () => {
    const port = await freePort();
    const config = loadConfig({ ...process.env, NEO4J_URI: `bolt://127.0.0.1:${port}` });
    await expect(connect(config, { connectTimeoutMs: 0 })).rejects.toBeInstanceOf(DatabaseUnavailableError);
  });

  it('answers /ready with 503 JSON when Neo4j does not', async () => {
    // A database whose driver has been closed stands for one that went away.
    const gone = await connect(loadConfig(process.env));
    await gone.close();
    const url = await serve(neo4jReadiness(gone));
    const res = await fetch(`${url}/ready`);
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ status: 'unavailable', checks: { neo4j: 'Neo4j does not answer', migrations: true } });
  });

  it('hands /graphql to the GraphQL handler it was given', async () => {
    const url = await serve(neo4jReadiness(db));
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ status }' }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { status: 'ok' } });
  });
});
