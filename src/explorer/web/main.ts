/** The explorer's entry: search in the header, and the view the URL's hash names. */
import { renderActor } from './actor-view';
import { renderBilateral } from './bilateral-view';
import { h } from './dom';
import { message, viewError } from './messages';
import { renderPairs } from './pairs-view';
import { parseRoute, routeHash } from './router';
import { screen } from './screen';
import { mountSearch } from './search';

const VIEWS: Record<string, (root: HTMLElement, route: ReturnType<typeof parseRoute>) => Promise<void>> = {
  actor: renderActor,
  bilateral: renderBilateral,
  pairs: renderPairs,
  home: async (root) => renderHome(root),
};

function renderHome(root: HTMLElement): void {
  const example = (text: string, hash: string) => h('li', {}, h('a', { href: hash }, text));
  root.replaceChildren(
    h('div', { class: 'home' },
      h('h1', {}, 'Explore who invited, visited and spoke of whom'),
      h('p', {}, 'Search for a state, a leader or an official above, or start from one of these:'),
      h('ul', {},
        example('Vladimir Putin and his neighbourhood', routeHash('actor', ['person:vladimir putin'])),
        example('Russia', routeHash('actor', ['RUS'])),
        example('Russia and North Korea, year by year', routeHash('bilateral', ['RUS', 'PRK'])),
        example('Who invited whom, ranked', routeHash('pairs'))),
      h('p', {}, 'Every fact links to the sentences that support it. Every view is built on the public GraphQL API and links to its query in ', h('a', { href: '/graphql' }, 'GraphiQL'), '.')));
  // The benchmark's baseline: a painted page with no query behind it.
  requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('diplograph:home-drawn')));
}

let rendering = 0;

async function render(root: HTMLElement): Promise<void> {
  const mine = ++rendering;
  const route = parseRoute(location.hash);
  const view = VIEWS[route.view];
  root.setAttribute('aria-busy', 'true');
  try {
    if (!view) root.replaceChildren(message('empty', 'There is no such view.', 'Search for a state or person above.'));
    else await view(root, route);
  } catch (err) {
    if (mine === rendering) root.replaceChildren(viewError(err));
  } finally {
    if (mine === rendering) {
      root.removeAttribute('aria-busy');
      root.dataset.view = route.view;
      root.dataset.ready = String(mine);
    }
  }
}

function start(): void {
  const root = document.getElementById('view');
  const search = document.getElementById('search');
  if (!root || !search) return;
  mountSearch(search);
  window.addEventListener('hashchange', () => void render(root));
  // Exposed for the browser tests and the benchmark: where an edge is drawn on the canvas.
  (window as unknown as { diplographExplorer: typeof screen }).diplographExplorer = screen;
  void render(root);
}

start();
