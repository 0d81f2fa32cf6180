/** What the page says instead of a blank canvas: nothing found, an unknown actor, an API away. */
import { ApiError } from './api';
import { h } from './dom';

export function message(kind: 'empty' | 'error', headline: string, detail?: string): HTMLElement {
  return h('div', { class: `message message-${kind}`, role: kind === 'error' ? 'alert' : 'status' },
    h('p', { class: 'headline' }, headline), detail ? h('p', {}, detail) : null);
}

export function viewError(err: unknown): HTMLElement {
  if (err instanceof ApiError) {
    const detail = err.failure === 'rejected' ? 'Check the link or the filters.' : 'Nothing is wrong with the link; reload the page once the service is back.';
    return message('error', err.message, detail);
  }
  // A bug of the page itself: said plainly, with no stack.
  return message('error', 'Something went wrong while drawing this view.', 'Reload the page; if it happens again, the query behind the view can be run in GraphiQL.');
}
