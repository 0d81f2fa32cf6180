/**
 * The HTTP server: `/health` (the process is up), `/ready` (Neo4j answers and migrations are
 * done), the explorer at `/` when given one, and everything else handed to the GraphQL handler it is given — a graphql-yoga
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
  /** The explorer page and its bundle (at `/`); unset: no such routes. */
  explorer?: { handles(method: string, pathname: string): boolean; handle(req: http.IncomingMessage, res: http.ServerResponse): void };
  /** Told of each request the server answers itself (GraphQL requests are observed by the API). */
  onAnswered?: (info: { route: string; status: number; seconds: number }) => void;
}

export const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;

/**
 * A declared length is checked before a byte of the body is read: a refused body is never
 * buffered. A body without one (chunked) can only be judged as it arrives: see readCounted.
 */
function bodyRefusal(req: http.IncomingMessage, limit: number): { status: number; message: string } | null {
  const length = req.headers['content-length'];
  if (length !== undefined && Number(length) > limit) return tooLarge(limit);
  return null;
}

const tooLarge = (limit: number) => ({ status: 413, message: `Request body too large: the limit is ${limit} bytes.` });

/**
 * A chunked body, counted chunk by chunk: `null` as soon as it passes `limit` (the rest is
 * never read), else the whole body. It is held here rather than streamed on because the
 * GraphQL handler would read it whole before any check of ours; holding it costs at most
 * `limit` bytes, the same as a body of declared length.
 */
function readCounted(req: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    const onData = (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > limit) {
        req.off('data', onData);
        req.pause();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
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
    const refuse = (r: { status: number; message: string }) => {
      answered('refused');
      // Close after answering: the unread body must not be taken as the next request.
      res.setHeader('connection', 'close');
      sendJson(res, r.status, { error: r.message, code: 'PAYLOAD_TOO_LARGE' });
      req.destroy();
    };
    const dispatch = () => {
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
      } else if (options.explorer?.handles(req.method ?? 'GET', pathname ?? '/')) {
        answered('explorer');
        options.explorer.handle(req, res);
      } else {
        Promise.resolve(options.graphql(req, res)).catch((err: unknown) => {
          options.onError?.(err);
          if (!res.headersSent) sendJson(res, 500, { error: 'Unexpected error.' });
          else res.end();
        });
      }
    };
    if (refusal) return refuse(refusal);
    if (req.headers['transfer-encoding'] !== undefined && req.headers['content-length'] === undefined) {
      readCounted(req, limit).then(
        (body) => {
          if (body === null) return refuse(tooLarge(limit));
          // A body already read is taken from `req.body` by the GraphQL handler (the
          // convention of body-parsing middleware) instead of from the consumed stream.
          (req as http.IncomingMessage & { body?: Buffer }).body = body;
          dispatch();
        },
        (err: unknown) => {
          options.onError?.(err);
          req.destroy();
        },
      );
      return;
    }
    dispatch();
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
