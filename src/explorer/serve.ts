/**
 * The explorer's routes: `/` (the page) and `/explorer/app.js`, `/explorer/app.css` (the
 * bundle). The page only talks to `/graphql`, like any other client of the public API.
 */
import fs from 'node:fs';
import path from 'node:path';
import type http from 'node:http';
import { buildExplorer, WEB_DIR, type ExplorerBundle } from './build';

export interface ExplorerHandler {
  handles(method: string, pathname: string): boolean;
  handle(req: http.IncomingMessage, res: http.ServerResponse): void;
}

const PAGE_PATHS = new Set(['/', '/index.html']);

/**
 * Starts the build at once, so the first visitor does not wait for it.
 */
export function createExplorer(onError?: (err: unknown) => void): ExplorerHandler {
  const html = fs.readFileSync(path.join(WEB_DIR, 'index.html'), 'utf8');
  const bundle: Promise<ExplorerBundle> = buildExplorer();
  // A failed build must not crash the process as an unhandled rejection; each request reports it.
  bundle.catch(onError ?? (() => undefined));
  const assets: Record<string, [keyof ExplorerBundle, string]> = {
    '/explorer/app.js': ['js', 'text/javascript; charset=utf-8'],
    '/explorer/app.css': ['css', 'text/css; charset=utf-8'],
  };
  return {
    handles: (method, pathname) => (method === 'GET' || method === 'HEAD') && (PAGE_PATHS.has(pathname) || pathname in assets),
    handle(req, res) {
      const pathname = (req.url ?? '/').split('?')[0] ?? '/';
      const asset = assets[pathname];
      if (!asset) return send(res, 200, 'text/html; charset=utf-8', html);
      bundle.then(
        (b) => send(res, 200, asset[1], b[asset[0]]),
        (err: unknown) => {
          onError?.(err);
          send(res, 500, 'text/plain; charset=utf-8', 'The explorer could not be built.');
        },
      );
    },
  };
}

function send(res: http.ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, {
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    // Nothing outside this origin may run in the page, however a fact's text reads.
    'content-security-policy': "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
  });
  res.end(body);
}
