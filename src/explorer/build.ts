/**
 * Bundles the explorer's front end (src/explorer/web) with esbuild, in memory. Building at
 * start-up rather than shipping a prebuilt bundle keeps a fresh clone's `npm ci && npm start`
 * enough, and the bundle can never be older than its sources.
 *
 * The bundle is split: the entry holds the page, search and the views' own code, and the
 * drawing libraries (cytoscape, chart.js: nine tenths of the bytes) are chunks a view imports
 * when it needs one, while its GraphQL request is already on its way. The home page and the
 * pairs view never load either. Every file is named by a hash of its content, so a browser
 * may keep it for good; only the page, which names them, is asked for again.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

export const WEB_DIR = path.join(__dirname, 'web');

export interface ExplorerAsset {
  type: string;
  body: string;
  etag: string;
}

export interface ExplorerBundle {
  /** index.html naming this build's files. */
  page: ExplorerAsset;
  /** By URL path (`/explorer/app-XXXXXXXX.js`). */
  assets: Map<string, ExplorerAsset>;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export const ASSET_PREFIX = '/explorer/';

const etagOf = (body: string) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;

export async function buildExplorer(): Promise<ExplorerBundle> {
  const result = await build({
    entryPoints: { app: path.join(WEB_DIR, 'main.ts'), style: path.join(WEB_DIR, 'style.css') },
    bundle: true,
    write: false,
    outdir: 'out',
    // Dynamic import() becomes a chunk of its own only with ES modules.
    format: 'esm',
    splitting: true,
    entryNames: '[name]-[hash]',
    chunkNames: '[name]-[hash]',
    // Chromium and Firefox of the last two years: no down-levelling needed.
    target: ['es2022'],
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
    metafile: true,
  });
  const assets = new Map<string, ExplorerAsset>();
  let app = '';
  let style = '';
  for (const file of result.outputFiles) {
    const name = path.basename(file.path);
    const type = TYPES[path.extname(name)];
    if (!type) continue;
    assets.set(`${ASSET_PREFIX}${name}`, { type, body: file.text, etag: etagOf(file.text) });
    if (name.startsWith('app-') && name.endsWith('.js')) app = `${ASSET_PREFIX}${name}`;
    if (name.startsWith('style-') && name.endsWith('.css')) style = `${ASSET_PREFIX}${name}`;
  }
  if (!app || !style) throw new Error('the explorer build gave no entry script or style sheet');
  // The chunks the entry imports statically (code it shares with a drawing chunk) are named
  // in the page too, so they load beside the entry instead of after it has been read.
  const entryOutput = Object.entries(result.metafile.outputs).find(([out]) => `${ASSET_PREFIX}${path.basename(out)}` === app)?.[1];
  const preloads = (entryOutput?.imports ?? [])
    .filter((i) => i.kind === 'import-statement')
    .map((i) => `<link rel="modulepreload" href="${ASSET_PREFIX}${path.basename(i.path)}">`);
  const html = fs
    .readFileSync(path.join(WEB_DIR, 'index.html'), 'utf8')
    .replace('/explorer/app.css', style)
    .replace('<script type="module" src="/explorer/app.js"></script>', [`<script type="module" src="${app}"></script>`, ...preloads].join('\n'));
  return { page: { type: 'text/html; charset=utf-8', body: html, etag: etagOf(html) }, assets };
}
