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
  /** Largest body in bytes (default 2 MB). */
  bodyLimit?: number;
  /** A larger limit for callers `isIngestCaller` accepts (article ingestion). */
  ingestBodyLimit?: number;
  isIngestCaller?: (req: http.IncomingMessage) => boolean;
  /** Headers and body must arrive whole within this (default 60 s); then 408 and the socket closes. */
  requestTimeoutMs?: number;
  /** Prometheus text for `/metrics`; unset: no such route. */
  metrics?: { contentType: string; text: () => Promise<string> };
  /** Told of each request the server answers itself (GraphQL requests are observed by the API). */
  onAnswered?: (info: { route: string; status: number; seconds: number }) => void;
}

export const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;

/**
 * The size check runs on the declared length, before a byte of the body is read: a refused
 * body is never buffered. A body without a declared length (chunked) is refused with 411, as
 * the streaming parser downstream would otherwise read it whole before any check.
 */
function bodyRefusal(req: http.IncomingMessage, limit: number): { status: number; message: string } | null {
  const te = req.headers['transfer-encoding'];
  const length = req.headers['content-length'];
  if (te !== undefined && length === undefined) return { status: 411, message: 'A request body needs a Content-Length header.' };
  if (length !== undefined && Number(length) > limit) return { status: 413, message: `Request body too large: the limit is ${limit} bytes.` };
  return null;
}

export function createHttpServer(options: ServerOptions): http.Server {
  const requestTimeout = options.requestTimeoutMs ?? 60_000;
  const server = http.createServer({
    requestTimeout,
    headersTimeout: Math.min(requestTimeout, 60_000),
    // How often Node looks for requests past their timeout; its default (30 s) would let a
    // short timeout run up to 30 s late.
    connectionsCheckingInterval: Math.max(100, Math.min(requestTimeout / 4, 30_000)),
  }, (req, res) => {
    const pathname = (req.url ?? '/').split('?')[0];
    const limit = options.isIngestCaller?.(req) ? (options.ingestBodyLimit ?? DEFAULT_BODY_LIMIT) : (options.bodyLimit ?? DEFAULT_BODY_LIMIT);
    const refusal = bodyRefusal(req, limit);
    const started = performance.now();
    const answered = (route: string) => res.once('finish', () => options.onAnswered?.({ route, status: res.statusCode, seconds: (performance.now() - started) / 1000 }));
    if (refusal) {
      answered('refused');
      // Close after answering: the unread body must not be taken as the next request.
      res.setHeader('connection', 'close');
      sendJson(res, refusal.status, { error: refusal.message, code: refusal.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'LENGTH_REQUIRED' });
      req.destroy();
      return;
    }
    if (pathname === '/metrics' && options.metrics) {
      const metrics = options.metrics;
      metrics.text().then(
        (text) => {
          res.writeHead(200, { 'content-type': metrics.contentType, 'cache-control': 'no-store' });
          res.end(text);
        },
        (err: unknown) => {
          options.onError?.(err);
          sendJson(res, 500, { error: 'Unexpected error.' });
        },
      );
    } else if (pathname === '/health') {
      answered('health');
      sendJson(res, 200, { status: 'ok' });
    } else if (pathname === '/ready') {
      answered('ready');
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
  return server;
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
