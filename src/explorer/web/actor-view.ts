/**
 * A state or person: its neighbourhood as a network beside its facts in time order, with
 * filters. Every setting lives in the URL, so a reload or a shared link shows the same view.
 */
import { gql, graphiqlUrl } from './api';
import { download, h } from './dom';
import { factList } from './fact-list';
import { hideFact, showFact } from './fact-panel';
import { byTime, toFact, type Fact, type FactNode } from './facts';
import { factsCsv, fileName, networkGraphml } from './export';
import { legend } from './legend';
import type { NetworkData } from './network-data';
import { ACTOR_INVITATIONS, ACTOR_STATEMENTS, ACTOR_VISITS, FACTS_PER_KIND, neighbourhoodQuery } from './queries';
import { resetScreen, screen } from './screen';
import { go, replace, routeHash, type Route } from './router';
import { message, viewError } from './messages';

/** Neighbours drawn at first, then each "show more" adds as many: a hub's top links stay readable. */
export const PAGE = 25;
const MAX_FIRST = 100;
/** The longest the fact lists wait for the network's first frame. */
const PAINT_WAIT_MS = 250;

const STATUSES = {
  INVITATION: ['ACCEPTED', 'DECLINED', 'PENDING', 'WITHDRAWN', 'UNKNOWN'],
  VISIT: ['OCCURRED', 'ONGOING', 'PLANNED', 'POSSIBLE', 'CANCELLED', 'POSTPONED'],
};

export interface ActorSettings {
  depth: number;
  first: number;
  kind: string;
  side: string;
  status: string;
  from: string;
  to: string;
  fact: string | null;
}

export function settingsOf(params: URLSearchParams): ActorSettings {
  const int = (v: string | null, min: number, max: number, dflt: number) => {
    const n = Number(v);
    return Number.isInteger(n) && n >= min && n <= max ? n : dflt;
  };
  return {
    depth: int(params.get('depth'), 1, 2, 1),
    first: int(params.get('first'), 1, MAX_FIRST, PAGE),
    kind: params.get('kind') ?? '',
    side: params.get('side') ?? '',
    status: params.get('status') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    fact: params.get('fact'),
  };
}

function hashOf(id: string, s: ActorSettings): string {
  return routeHash('actor', [id], {
    depth: s.depth === 1 ? null : s.depth,
    first: s.first === PAGE ? null : s.first,
    kind: s.kind, side: s.side, status: s.status, from: s.from, to: s.to, fact: s.fact,
  });
}

const isState = (id: string) => !id.includes(':');

interface KindQuery {
  kind: 'INVITATION' | 'VISIT' | 'STATEMENT';
  label: string;
  query: string;
  variables: Record<string, unknown>;
}

/** The fact queries these filters call for, one per kind (a state's facts include its people's). */
export function factQueries(id: string, s: ActorSettings): KindQuery[] {
  const kindOfStatus = STATUSES.INVITATION.includes(s.status) ? 'INVITATION' : STATUSES.VISIT.includes(s.status) ? 'VISIT' : '';
  const out = s.side === 'out';
  const inn = s.side === 'in';
  const common = { ...(isState(id) ? { state: id } : { actor: id }), from: s.from || undefined, to: s.to || undefined };
  const all: KindQuery[] = [
    { kind: 'INVITATION', label: 'invitations', query: ACTOR_INVITATIONS, variables: { ...common, side: out ? 'INVITER' : inn ? 'INVITEE' : 'EITHER', status: kindOfStatus === 'INVITATION' ? [s.status] : undefined } },
    { kind: 'VISIT', label: 'visits', query: ACTOR_VISITS, variables: { ...common, side: out ? 'VISITOR' : inn ? 'DESTINATION' : 'EITHER', status: kindOfStatus === 'VISIT' ? [s.status] : undefined } },
    { kind: 'STATEMENT', label: 'statements', query: ACTOR_STATEMENTS, variables: { ...common, side: out ? 'SPEAKER' : inn ? 'SUBJECT' : 'EITHER' } },
  ];
  // A status belongs to one kind: the others have no fact with it.
  return all.filter((q) => (!s.kind || s.kind === q.kind) && (!kindOfStatus || kindOfStatus === q.kind));
}

type Conn = { totalCount: number; edges: { node: FactNode }[] };
type NeighbourhoodAnswer = Omit<NetworkData, 'center'> & { truncated: boolean; center: NetworkData['center'] | null };

export async function renderActor(root: HTMLElement, route: Route): Promise<void> {
  const id = route.args[0] ?? '';
  const s = settingsOf(route.params);
  resetScreen();

  const title = h('h1', {}, id);
  const networkBox = h('div', { id: 'network', class: 'network', role: 'img', 'aria-label': 'Network of the actor’s neighbourhood; the list of facts beside it holds the same facts' });
  const networkNote = h('p', { class: 'network-note' });
  const listBox = h('div', { class: 'fact-list-box' }, h('p', { class: 'loading' }, 'Loading facts…'));
  const panel = h('aside', { id: 'fact-panel', class: 'fact-panel', tabindex: '-1', 'aria-labelledby': 'fact-title', hidden: true });
  const update = (patch: Partial<ActorSettings>) => go(hashOf(id, { ...s, ...patch }));
  const openFact = (factId: string) => {
    s.fact = factId;
    replace(hashOf(id, s));
    markSelected(root, factId);
    void showFact(panel, factId, () => {
      s.fact = null;
      replace(hashOf(id, s));
      hideFact(panel);
      markSelected(root, null);
      refit();
    });
    refit();
  };

  const neighbourhoodVars = { actor: id, depth: s.depth };
  const neighbourhood = neighbourhoodQuery(s.first);
  // The neighbourhood's request leaves, and the drawing code (cytoscape) starts loading,
  // before the view's controls are built rather than after: both are on the way to the first
  // picture, the controls are not.
  const loading = Promise.all([
    gql<{ neighbourhood: NeighbourhoodAnswer }>(neighbourhood, neighbourhoodVars).then((d) => d.neighbourhood),
    import('./network'),
  ]);
  const kinds = factQueries(id, s);
  const depthControl = h('fieldset', { class: 'depth' }, h('legend', {}, 'Depth'),
    [1, 2].map((d) => h('label', {}, h('input', { type: 'radio', name: 'depth', value: d, checked: s.depth === d, onchange: () => update({ depth: d }) }), ` ${d}`)));
  const more = h('button', { type: 'button', id: 'show-more', hidden: true, onclick: () => update({ first: Math.min(MAX_FIRST, s.first + PAGE) }) }, 'Show more');
  const graphmlButton = h('button', { type: 'button', id: 'export-graphml', disabled: true, onclick: () => screen.data && download(fileName('network', id, 'graphml'), 'application/graphml+xml', networkGraphml(screen.data)) }, 'Network as GraphML');
  const csvButton = h('button', { type: 'button', id: 'export-csv', disabled: true, onclick: () => download(fileName('facts', id, 'csv'), 'text/csv', factsCsv(screen.facts)) }, 'Facts as CSV');

  root.replaceChildren(
    h('div', { class: 'view-head' }, title, h('span', { class: 'subtitle' }, isState(id) ? 'state' : 'person')),
    h('div', { class: 'actor-layout' },
      h('section', { class: 'network-section', 'aria-label': 'Neighbourhood' },
        h('div', { class: 'toolbar' }, depthControl, more, graphmlButton,
          h('a', { class: 'graphiql', href: graphiqlUrl(neighbourhood, neighbourhoodVars), target: '_blank' }, 'Open this query in GraphiQL')),
        networkBox, networkNote, legend()),
      h('section', { class: 'facts-section', 'aria-label': 'Facts' },
        filters(s, (patch) => update(patch)),
        h('div', { class: 'toolbar' }, csvButton,
          h('span', { class: 'graphiql' }, 'Open in GraphiQL: ', kinds.flatMap((k, i) => [i ? ' · ' : '', h('a', { href: graphiqlUrl(k.query, k.variables), target: '_blank' }, k.label)]))),
        listBox),
      panel),
  );

  // The network first, the lists after it (see below).
  let n: NeighbourhoodAnswer;
  let networks: typeof import('./network');
  try {
    [n, networks] = await loading;
  } catch (err) {
    root.replaceChildren(viewError(err));
    return;
  }
  if (!n.center) {
    root.replaceChildren(message('empty', `No state or person with the id “${id}” is in the graph.`, 'Search for a name above, or check the link.'));
    return;
  }
  title.textContent = n.center.name;
  if (n.center.__typename === 'Event') {
    root.replaceChildren(message('empty', `${n.center.name} is an occasion, not an actor.`, 'Open a state or person who took part in it.'));
    return;
  }

  if (n.steps.length === 0) {
    networkBox.replaceWith(message('empty', `No facts about ${n.center.name} in the graph yet.`, 'Articles that mention them have not reported invitations, visits or statements.'));
  } else {
    const data: NetworkData = { center: n.center, entities: n.entities, steps: n.steps };
    screen.data = data;
    screen.network = networks.drawNetwork(networkBox, data, {
      onFact: openFact,
      onActor: (e) => go(routeHash('actor', [e.id])),
    });
    graphmlButton.disabled = false;
    more.hidden = !n.truncated || s.first >= MAX_FIRST;
    networkNote.textContent = n.truncated
      ? `The ${s.first} most corroborated links at each step are drawn.${s.first >= MAX_FIRST ? ' The API draws at most 100.' : ''}`
      : `Every link at depth ${s.depth} is drawn.`;
  }

  // The lists wait for the network's first frame: answering them costs the service more
  // than the neighbourhood, and their rows cost the page a layout, which would hold the
  // picture back on a machine with few cores. A page painting no frames (a tab in the
  // background) waits no longer than PAINT_WAIT_MS.
  if (screen.network) await Promise.race([screen.network.drawn, new Promise((resolve) => setTimeout(resolve, PAINT_WAIT_MS))]);
  const facts = await Promise.all(kinds.map((k) => gql<Record<string, Conn>>(k.query, k.variables).then((d) => Object.values(d)[0] as Conn)))
    .then((value) => ({ value }), (reason: unknown) => ({ reason }));
  if ('reason' in facts) {
    listBox.replaceChildren(viewError(facts.reason));
  } else {
    const conns = facts.value;
    const list = conns.flatMap((c) => c.edges.map((e) => toFact(e.node))).sort(byTime);
    const total = conns.reduce((sum, c) => sum + c.totalCount, 0);
    screen.facts = list;
    csvButton.disabled = list.length === 0;
    listBox.replaceChildren(
      h('p', { class: 'count' }, total > list.length ? `${list.length} of ${total} facts (the first ${FACTS_PER_KIND} of each kind in time order; narrow the years or the kind to see others).` : `${total} ${total === 1 ? 'fact' : 'facts'}.`),
      factList(list, openFact, s.fact, `Facts of ${n.center.name}`),
    );
  }
  // The benchmark reads this mark: the view's every request answered and its lists shown.
  performance.mark('diplograph:facts-listed');
  if (s.fact) openFact(s.fact);
}

/** The panel opening or closing changes the network's room: fit the drawing to it again. */
function refit(): void {
  requestAnimationFrame(() => {
    const cy = screen.network?.cy;
    if (!cy) return;
    cy.resize();
    cy.fit(undefined, 24);
  });
}

function markSelected(root: HTMLElement, factId: string | null): void {
  for (const b of root.querySelectorAll<HTMLButtonElement>('button.fact-open')) {
    const on = b.dataset.factId === factId;
    b.closest('li')?.classList.toggle('selected', on);
    if (on) b.setAttribute('aria-current', 'true');
    else b.removeAttribute('aria-current');
  }
  const cy = screen.network?.cy;
  if (cy) {
    cy.edges().unselect();
    if (factId) cy.getElementById(factId).select();
  }
}

function filters(s: ActorSettings, onChange: (patch: Partial<ActorSettings>) => void): HTMLElement {
  const select = (name: keyof ActorSettings, label: string, options: [string, string][]) =>
    h('label', {}, `${label} `, h('select', { name, onchange: (e: Event) => onChange({ [name]: (e.target as HTMLSelectElement).value, fact: null }) },
      options.map(([value, text]) => h('option', { value, selected: s[name] === value }, text))));
  const year = (name: 'from' | 'to', label: string) =>
    h('label', {}, `${label} `, h('input', { name, type: 'text', inputmode: 'numeric', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', size: 7, placeholder: 'YYYY', value: s[name],
      onchange: (e: Event) => {
        const input = e.target as HTMLInputElement;
        if (input.value === '' || input.checkValidity()) onChange({ [name]: input.value.trim(), fact: null });
      } }));
  return h('form', { class: 'filters', 'aria-label': 'Filter the facts', onsubmit: (e: Event) => e.preventDefault() },
    select('kind', 'Kind', [['', 'all'], ['INVITATION', 'invitations'], ['VISIT', 'visits'], ['STATEMENT', 'statements']]),
    select('side', 'Side', [['', 'either'], ['out', 'made (inviter, visitor, speaker)'], ['in', 'received (invitee, destination, subject)']]),
    select('status', 'Status', [['', 'any'], ...[...STATUSES.INVITATION, ...STATUSES.VISIT].map((v): [string, string] => [v, v.toLowerCase()])]),
    year('from', 'From'), year('to', 'to'));
}
