/**
 * The explorer's files over HTTP, as the service serves them (the real esbuild build, the
 * real HTTP server; no database is involved): the page names files whose names change with
 * their content, so a browser keeps them for good and only asks for the page again; the page
 * itself loads no drawing library, which the views fetch when they draw.
 */
import type http from 'node:http';
import { createSchema, createYoga } from 'graphql-yoga';
import { createExplorer } from '../../../src/explorer/serve';
import { closeServer, createHttpServer, listen } from '../../../src/server';

let server: http.Server;
let url: string;

beforeAll(async () => {
  // The smallest GraphQL handler: these tests are about the explorer's routes, not the API.
  const graphql = createYoga({
    schema: createSchema({ typeDefs: 'type Query { status: String! }', resolvers: { Query: { status: () => 'ok' } } }),
    graphiql: false,
    logging: false,
  });
  server = createHttpServer({ graphql, readiness: async () => ({ ready: true, checks: {} }), explorer: createExplorer() });
  url = await listen(server, '127.0.0.1', 0);
}, 60_000);

afterAll(async () => {
  if (server) await closeServer(server, 1_000);
});

/** The /explorer/ files the page names, in order. */
async function page(): Promise<{ res: Response; html: string; files: string[] }> {
  const res = await fetch(`${url}/`);
  const html = await res.text();
  const files = [...html.matchAll(/(?:src|href)="(\/explorer\/[^"]+)"/g)].map((m) => m[1]!);
  return { res, html, files };
}

it('serves the page for revalidation and names its entry as a module and its style sheet by content hash', async () => {
  const { res, html, files } = await page();
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(res.headers.get('cache-control')).toBe('no-cache');
  expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
  expect(html).toMatch(/<script type="module" src="\/explorer\/app-[A-Z0-9]+\.js"><\/script>/);
  expect(html).toMatch(/<link rel="stylesheet" href="\/explorer\/style-[A-Z0-9]+\.css">/);
  expect(files.length).toBeGreaterThanOrEqual(2);
});

it('serves every file the page names as immutable, and answers a known version with 304 and no body', async () => {
  const { files } = await page();
  for (const file of files) {
    const res = await fetch(`${url}${file}`);
    const body = await res.text();
    expect({ file, status: res.status }).toEqual({ file, status: 200 });
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-type')).toMatch(file.endsWith('.css') ? /^text\/css/ : /^text\/javascript/);
    expect(body.length).toBeGreaterThan(0);
    const etag = res.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);

    const again = await fetch(`${url}${file}`, { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    await expect(again.text()).resolves.toBe('');
  }
});

it('keeps the drawing libraries out of what the page loads: the views import them when they draw', async () => {
  const { files } = await page();
  const scripts = files.filter((f) => f.endsWith('.js'));
  let bytes = 0;
  for (const file of scripts) bytes += (await (await fetch(`${url}${file}`)).text()).length;
  // cytoscape alone is over 400 KB minified and chart.js over 150 KB; the page's own code is
  // a small fraction of either.
  expect(bytes).toBeLessThan(100_000);
  const entry = await (await fetch(`${url}${scripts[0]}`)).text();
  // The chunks the views import by name, each served like the page's own files.
  const chunks = [...entry.matchAll(/import\("\.\/([\w-]+\.js)"\)/g)].map((m) => `/explorer/${m[1]}`);
  expect(chunks.map((c) => c.replace(/-[A-Z0-9]+\.js$/, ''))).toEqual(expect.arrayContaining(['/explorer/network', '/explorer/bilateral-chart']));
  for (const chunk of chunks) {
    const res = await fetch(`${url}${chunk}`);
    expect({ chunk, status: res.status, cache: res.headers.get('cache-control') }).toEqual({ chunk, status: 200, cache: 'public, max-age=31536000, immutable' });
    expect((await res.text()).length).toBeGreaterThan(100_000);
  }
});

it('answers 404 for a file this build does not hold (a page from an older build), not the GraphQL handler', async () => {
  const res = await fetch(`${url}/explorer/app-NOTABUILD.js`);
  expect(res.status).toBe(404);
  expect(res.headers.get('cache-control')).toBe('no-store');
  await expect(res.text()).resolves.toMatch(/reload the page/);
});
