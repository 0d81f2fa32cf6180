/**
 * Views live in the URL's hash (`#/actor/RUS?depth=2`), so a view reloads, goes back and
 * forward and can be shared as a link, with no server route per view.
 */

import { kindOf } from './facts';

export interface Route {
  view: string;
  args: string[];
  params: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const text = hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = text.split('?', 2);
  const [view = '', ...args] = path.split('/').filter(Boolean).map((p) => decodeURIComponent(p));
  return { view: view || 'home', args, params: new URLSearchParams(query) };
}

export function routeHash(view: string, args: string[] = [], params: Record<string, string | number | null | undefined> = {}): string {
  const path = [view, ...args].map((p) => encodeURIComponent(p)).join('/');
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') query.set(k, String(v));
  const q = query.toString();
  return `#/${path}${q ? `?${q}` : ''}`;
}

/** A new history entry for a new view. */
export function go(hash: string): void {
  if (location.hash !== hash) location.hash = hash;
}

/** The same view with other settings (filters, depth, the open fact): no extra history entry per keystroke. */
export function replace(hash: string): void {
  if (location.hash !== hash) history.replaceState(null, '', hash);
}

/** Link target for an entity: actors open their view; events have no view of their own. */
export function entityHash(e: { __typename?: string; id: string }): string | null {
  return kindOf(e) === 'Event' ? null : routeHash('actor', [e.id]);
}
