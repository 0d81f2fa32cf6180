/**
 * Who invited whom at a glance: pairs of states ranked by the invitations between them in a
 * period, a person counted for the state they act for. Each pair opens its bilateral view.
 * The API has no aggregate for this, so the page counts over pages of `invitations`, up to a
 * bound, and says when it stopped short.
 */
import { gql, graphiqlUrl } from './api';
import { h } from './dom';
import { message, viewError } from './messages';
import { INVITATION_PAIRS } from './queries';
import { go, routeHash, type Route } from './router';
import { resetScreen } from './screen';

interface Party {
  __typename: string;
  id: string;
  name: string;
  represents?: { state: { code: string; name: string } }[];
}

interface PairsPage {
  invitations: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; inviter: Party; invitee: Party } }[];
  };
}

const MAX_PAGES = 10;
const SHOWN = 30;

function stateOf(p: Party): { code: string; name: string } | null {
  if (p.__typename === 'State') return { code: p.id, name: p.name };
  return p.represents?.[0]?.state ?? null;
}

export interface Pair {
  inviter: { code: string; name: string };
  invitee: { code: string; name: string };
  count: number;
}

export function rankPairs(nodes: { inviter: Party; invitee: Party }[]): Pair[] {
  const pairs = new Map<string, Pair>();
  for (const n of nodes) {
    const a = stateOf(n.inviter);
    const b = stateOf(n.invitee);
    if (!a || !b || a.code === b.code) continue;
    const key = `${a.code}>${b.code}`;
    const pair = pairs.get(key) ?? { inviter: a, invitee: b, count: 0 };
    pair.count++;
    pairs.set(key, pair);
  }
  return [...pairs.values()].sort((x, y) => y.count - x.count || x.inviter.name.localeCompare(y.inviter.name) || x.invitee.name.localeCompare(y.invitee.name));
}

export async function renderPairs(root: HTMLElement, route: Route): Promise<void> {
  resetScreen();
  const from = route.params.get('from') ?? '';
  const to = route.params.get('to') ?? '';
  const vars = { from: from || undefined, to: to || undefined };
  const form = h('form', { class: 'filters', 'aria-label': 'Period', onsubmit: (e: Event) => {
    e.preventDefault();
    const f = e.target as HTMLFormElement;
    const value = (n: string) => (f.elements.namedItem(n) as HTMLInputElement).value.trim();
    go(routeHash('pairs', [], { from: value('from'), to: value('to') }));
  } },
    h('label', {}, 'From ', h('input', { name: 'from', size: 7, placeholder: 'YYYY', value: from, pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' })),
    h('label', {}, 'to ', h('input', { name: 'to', size: 7, placeholder: 'YYYY', value: to, pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' })),
    h('button', { type: 'submit' }, 'Show'));
  const body = h('div', {}, h('p', { class: 'loading' }, 'Counting invitations…'));
  root.replaceChildren(
    h('div', { class: 'view-head' }, h('h1', {}, 'Who invited whom'),
      h('span', { class: 'subtitle' }, from || to ? `invitations dated ${from || '…'} to ${to || '…'}` : 'all invitations, dated or not')),
    h('div', { class: 'toolbar' }, form, h('a', { class: 'graphiql', href: graphiqlUrl(INVITATION_PAIRS, vars), target: '_blank' }, 'Open this query in GraphiQL')),
    body);

  const nodes: PairsPage['invitations']['edges'][number]['node'][] = [];
  let total = 0;
  let after: string | null = null;
  try {
    for (let page = 0; page < MAX_PAGES; page++) {
      const data: PairsPage = await gql<PairsPage>(INVITATION_PAIRS, { ...vars, after });
      total = data.invitations.totalCount;
      nodes.push(...data.invitations.edges.map((e) => e.node));
      if (!data.invitations.pageInfo.hasNextPage) break;
      after = data.invitations.pageInfo.endCursor;
    }
  } catch (err) {
    body.replaceChildren(viewError(err));
    return;
  }
  const pairs = rankPairs(nodes);
  if (pairs.length === 0) {
    body.replaceChildren(message('empty', from || to ? 'No invitations between states in this period.' : 'No invitations between states in the graph yet.'));
    return;
  }
  const top = pairs[0]?.count ?? 1;
  body.replaceChildren(
    h('p', { class: 'count' }, nodes.length < total
      ? `Counted over the first ${nodes.length} of ${total} invitations in time order; narrow the period to count them all.`
      : `${total} invitations; those made or received by a person count for the state they act for.`),
    h('table', { class: 'pairs' },
      h('caption', { class: 'visually-hidden' }, 'State pairs by number of invitations'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Inviter'), h('th', { scope: 'col' }, 'Invitee'), h('th', { scope: 'col' }, 'Invitations'))),
      h('tbody', {}, pairs.slice(0, SHOWN).map((p) => {
        const href = routeHash('bilateral', [p.inviter.code, p.invitee.code], { from, to });
        return h('tr', {},
          h('td', {}, h('a', { href }, p.inviter.name)),
          h('td', {}, h('a', { href }, p.invitee.name)),
          h('td', { class: 'bar-cell' }, h('span', { class: 'bar', style: `width:${Math.max(4, (100 * p.count) / top)}%` }), h('span', { class: 'bar-count' }, p.count)));
      }))),
  );
}
