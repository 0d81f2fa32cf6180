/**
 * Bundles the explorer's front end (src/explorer/web) with esbuild, in memory. Building at
 * start-up rather than shipping a prebuilt bundle keeps a fresh clone's `npm ci && npm start`
 * enough, and the bundle can never be older than its sources.
 */
import path from 'node:path';
import { build } from 'esbuild';

export const WEB_DIR = path.join(__dirname, 'web');

export interface ExplorerBundle {
  js: string;
  css: string;
}

export async function buildExplorer(): Promise<ExplorerBundle> {
  const result = await build({
    entryPoints: [path.join(WEB_DIR, 'main.ts'), path.join(WEB_DIR, 'style.css')],
    bundle: true,
    write: false,
    outdir: 'out',
    format: 'iife',
    // Chromium and Firefox of the last two years: no down-levelling needed.
    target: ['es2022'],
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const text = (ext: string) => result.outputFiles.find((f) => f.path.endsWith(ext))?.text ?? '';
  return { js: text('.js'), css: text('.css') };
}
