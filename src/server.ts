/**
 * The HTTP server: `/health` (the process is up), `/ready` (Neo4j answers and migrations are
 * done) and everything else handed to the GraphQL handler it is given — a graphql-yoga
 * instance is a Node request listener, so the real API drops in without changes here.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type RequestHandler = (req: http.IncomingMessage, res: http.ServerResponse) => unknown;

export interface Readiness {
  ready: boolean;
  /** Each check by name: true, or why it failed. */
  checks: Record<string, true | string>;
}

export interface ServerOptions {
  graphql: RequestHandler;
  readiness: () => Promise<Readiness>;
  onError?: (err: unknown) => void;
}

export function createHttpServer(options: ServerOptions): http.Server {
  return http.createServer((req, res) => {
    const pathname = (req.url ?? '/').split('?')[0];
    if (pathname === '/health') {
      sendJson(res, 200, { status: 'ok' });
    } else if (pathname === '/ready') {
      options.readiness().then(
        (r) => sendJson(res, r.ready ? 200 : 503, { status: r.ready ? 'ready' : 'unavailable', checks: r.checks }),
        (err: unknown) => {
          options.onError?.(err);
          sendJson(res, 503, { status: 'unavailable', checks: { readiness: 'check failed' } });
        },
      );
    } else {
      Promise.resolve(options.graphql(req, res)).catch((err: unknown) => {
        options.onError?.(err);
        if (!res.headersSent) sendJson(res, 500, { error: 'Unexpected error.' });
        else res.end();
      });
    }
  });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}

/** Listens and returns the base URL (with the real port when `port` is 0). */
export function listen(server: http.Server, host: string, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.removeListener('error', reject);
      const address = server.address() as AddressInfo;
      const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve(`http://${shownHost}:${address.port}`);
    });
  });
}

/** Stops accepting, lets in-flight requests finish for a moment, then cuts the rest. */
export function closeServer(server: http.Server, graceMs = 5_000): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    const timer = setTimeout(() => server.closeAllConnections(), graceMs);
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    server.closeIdleConnections();
  });
}
