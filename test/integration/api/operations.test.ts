/**
 * What an operator expects the real server to refuse: other origins (unless listed), large
 * and endless bodies, wrong keys (with rotation through several keys). Real HTTP server, real
 * yoga, real Neo4j.
 */
import net from 'node:net';
import type http from 'node:http';
import pino from 'pino';
import { loadConfig } from '../../../src/config';
import { connect, type Database } from '../../../src/db';
import { createYoga } from '../../../src/api/yoga';
import { checkApiKey } from '../../../src/api/auth';
import { closeServer, createHttpServer, listen } from '../../../src/server';

const OLD_KEY = 'old-key-0123456789abcdef';
const NEW_KEY = 'new-key-fedcba9876543210';
const KEYS = `${OLD_KEY},${NEW_KEY}`;
const ALLOWED = 'https://analyst.example.org';

let db: Database;
const servers: http.Server[] = [];

beforeAll(async () => {
  db = await connect(loadConfig(process.env));
});
afterAll(async () => {
  for (const s of servers) await closeServer(s, 100);
  await db.close();
});

async function serve(corsOrigins: string[] = [], requestTimeoutMs = 60_000): Promise<string> {
  const server = createHttpServer({
    graphql: createYoga({ db, config: { apiKey: KEYS, http: { corsOrigins } }, logger: pino({ level: 'silent' }) }),
    readiness: async () => ({ ready: true, checks: {} }),
    bodyLimit: 2 * 1024 * 1024,
    ingestBodyLimit: 8 * 1024 * 1024,
    isIngestCaller: (req) => checkApiKey(KEYS, req.headers['x-api-key'] as string | undefined) === 'ok',
    requestTimeoutMs,
  });
  servers.push(server);
  return listen(server, '127.0.0.1', 0);
}

const preflight = (url: string, origin: string) =>
  fetch(`${url}/graphql`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-api-key' },
  });

describe('CORS', () => {
  it('is off for every other origin when none is configured', async () => {
    const url = await serve();
    const pre = await preflight(url, 'https://evil.example.com');
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    expect(pre.headers.get('access-control-allow-credentials')).toBeNull();
    const post = await fetch(`${url}/graphql`, { method: 'POST', headers: { origin: 'https://evil.example.com', 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers only the exact configured origins, never with credentials', async () => {
    const url = await serve([ALLOWED]);
    const ok = await preflight(url, ALLOWED);
    expect(ok.status).toBeLessThan(300);
    expect(ok.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(ok.headers.get('access-control-allow-credentials')).not.toBe('true');
    expect(ok.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('x-api-key');
    for (const other of ['https://evil.example.com', `${ALLOWED}.evil.example.com`, 'http://analyst.example.org']) {
      const refused = await preflight(url, other);
      expect(refused.headers.get('access-control-allow-origin')).not.toBe(other);
      expect(refused.headers.get('access-control-allow-origin')).not.toBe('*');
    }
  });
});

describe('request size and time', () => {
  const body = (bytes: number) => JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(bytes) } });

  it('refuses a 5 MB body with 413 and a JSON error', async () => {
    const url = await serve();
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body(5 * 1024 * 1024) });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it('lets an ingestion caller (valid key) send up to the ingest limit, no more', async () => {
    const url = await serve();
    const headers = { 'content-type': 'application/json', 'x-api-key': NEW_KEY };
    const mid = await fetch(`${url}/graphql`, { method: 'POST', headers, body: body(5 * 1024 * 1024) });
    expect(mid.status).toBe(200);
    const huge = await fetch(`${url}/graphql`, { method: 'POST', headers, body: body(9 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    const wrongKey = await fetch(`${url}/graphql`, { method: 'POST', headers: { ...headers, 'x-api-key': 'not-a-key-000000000000' }, body: body(5 * 1024 * 1024) });
    expect(wrongKey.status).toBe(413);
  });

  const chunked = (chunks: string[]) =>
    'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n' +
    chunks.map((c) => `${Buffer.byteLength(c).toString(16)}\r\n${c}\r\n`).join('') +
    '0\r\n\r\n';
  const jsonOf = (reply: string) => JSON.parse(reply.slice(reply.indexOf('\r\n\r\n') + 4));

  it('answers a body of undeclared length (chunked) within the limit', async () => {
    const url = await serve();
    const reply = await raw(Number(new URL(url).port), chunked(['{"query":"{ __ty', 'pename }"}']));
    expect(reply).toMatch(/^HTTP\/1\.1 200/);
    expect(reply).toContain('"__typename":"Query"');
  });

  it('refuses a chunked body with 413 and the JSON error once it passes the limit', async () => {
    const url = await serve();
    const mb = 'x'.repeat(1024 * 1024);
    const reply = await raw(Number(new URL(url).port), chunked(['{"query":"{ __typename }","variables":{"pad":"', mb, mb, mb, '"}}']));
    expect(reply).toMatch(/^HTTP\/1\.1 413/);
    expect(jsonOf(reply)).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', error: expect.stringContaining(String(2 * 1024 * 1024)) });
  });

  it('lets an ingestion caller send a chunked body above the default limit', async () => {
    const url = await serve();
    const mb = 'x'.repeat(1024 * 1024);
    const request = chunked(['{"query":"{ __typename }","variables":{"pad":"', mb, mb, mb, '"}}']).replace('Connection: close', `Connection: close\r\nx-api-key: ${NEW_KEY}`);
    const reply = await raw(Number(new URL(url).port), request);
    expect(reply).toMatch(/^HTTP\/1\.1 200/);
  });

  it('answers 408 and closes a connection whose body never finishes', async () => {
    const url = await serve([], 500);
    const { port } = new URL(url);
    const started = Date.now();
    const reply = await raw(Number(port), 'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query":');
    expect(reply).toMatch(/^HTTP\/1\.1 408/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

/** Sends raw bytes and collects what comes back until the server closes the socket. */
function raw(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text));
    let got = '';
    socket.on('data', (d) => (got += d.toString('utf8')));
    socket.on('close', () => resolve(got));
    socket.on('error', (e) => (got ? resolve(got) : reject(e)));
    setTimeout(() => socket.destroy(), 10_000).unref();
  });
}

describe('API keys', () => {
  const MUTATION = JSON.stringify({ query: 'mutation { removeArticle(id: "operations-test-none") { ok } }' });
  const call = async (url: string, key?: string) => {
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(key ? { 'x-api-key': key } : {}) }, body: MUTATION });
    return (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
  };

  it('accepts each configured key during a rotation and refuses any other', async () => {
    const url = await serve();
    for (const key of [OLD_KEY, NEW_KEY]) expect((await call(url, key)).errors?.[0]?.extensions?.code).not.toBe('UNAUTHENTICATED');
    expect((await call(url, 'wrong-key-0123456789abcdef')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await call(url, `${OLD_KEY},${NEW_KEY}`)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
