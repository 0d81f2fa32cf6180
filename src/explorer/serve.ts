/**
 * The explorer's routes: `/` (the page) and `/explorer/*` (the bundle's files, named by a hash
 * of their content). The page only talks to `/graphql`, like any other client of the public
 * API.
 */
import type http from 'node:http';
import { ASSET_PREFIX, buildExplorer, type ExplorerAsset, type ExplorerBundle } from './build';

export interface ExplorerHandler {
  handles(method: string, pathname: string): boolean;
  handle(req: http.IncomingMessage, res: http.ServerResponse): void;
}

const PAGE_PATHS = new Set(['/', '/index.html']);

/** The page names this build's files, so it is checked with the server on every load. */
const PAGE_CACHE = 'no-cache';
/** A file's name changes with its content: what a browser holds under a name is never stale. */
const ASSET_CACHE = 'public, max-age=31536000, immutable';

/**
 * Starts the build at once, so the first visitor does not wait for it.
 */
export function createExplorer(onError?: (err: unknown) => void): ExplorerHandler {
  const bundle: Promise<ExplorerBundle> = buildExplorer();
  // A failed build must not crash the process as an unhandled rejection; each request reports it.
  bundle.catch(onError ?? (() => undefined));
  return {
    // Any name under the prefix is ours: one this build does not hold (an older build's,
    // asked for by a page loaded before a restart) is answered 404, not passed to GraphQL.
    handles: (method, pathname) => (method === 'GET' || method === 'HEAD') && (PAGE_PATHS.has(pathname) || pathname.startsWith(ASSET_PREFIX)),
    handle(req, res) {
      const pathname = (req.url ?? '/').split('?')[0] ?? '/';
      bundle.then(
        (b) => {
          if (PAGE_PATHS.has(pathname)) return send(req, res, b.page, PAGE_CACHE);
          const asset = b.assets.get(pathname);
          if (!asset) return send(req, res, { type: 'text/plain; charset=utf-8', body: 'No such file in this build of the explorer: reload the page.', etag: '' }, 'no-store', 404);
          send(req, res, asset, ASSET_CACHE);
        },
        (err: unknown) => {
          onError?.(err);
          send(req, res, { type: 'text/plain; charset=utf-8', body: 'The explorer could not be built.', etag: '' }, 'no-store', 500);
        },
      );
    },
  };
}

function send(req: http.IncomingMessage, res: http.ServerResponse, asset: ExplorerAsset, cache: string, status = 200): void {
  const headers: http.OutgoingHttpHeaders = {
    'content-type': asset.type,
    // Nothing outside this origin may run in the page, however a fact's text reads.
    'content-security-policy': "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    'cache-control': cache,
  };
  if (asset.etag) headers.etag = asset.etag;
  if (asset.etag && req.headers['if-none-match'] === asset.etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  headers['content-length'] = Buffer.byteLength(asset.body);
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : asset.body);
}
