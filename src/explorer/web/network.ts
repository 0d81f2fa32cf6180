/**
 * The neighbourhood as a network (cytoscape.js): nodes shaped and coloured by kind, edges
 * coloured by fact kind, dashed while open, red, dashed and ending in a bar when declined,
 * withdrawn, cancelled or negated, and as wide as their corroboration. The actor view imports
 * this module (and cytoscape with it) only when it draws, while its query runs.
 */
import cytoscape from 'cytoscape';
import type { EntityRef } from './facts';
import { kindOf, toneOf } from './facts';
import { edgeId, edgeWidth, KIND_COLOURS, type NetworkData } from './network-data';

/** One edge per step; two steps of the same fact (possible across depths) are drawn once. */
export function toElements(data: NetworkData): cytoscape.ElementDefinition[] {
  const nodes = data.entities.map((e) => ({
    data: { id: e.id, label: e.name, kind: kindOf(e).toLowerCase(), center: e.id === data.center.id ? 'yes' : 'no' },
  }));
  const seen = new Set<string>();
  const edges: cytoscape.ElementDefinition[] = [];
  data.steps.forEach((s, i) => {
    const id = edgeId(s, i);
    if (seen.has(id)) return;
    seen.add(id);
    const tone = s.fact ? toneOf(s.fact.status, s.fact.negated) : 'positive';
    edges.push({
      data: {
        id,
        source: s.from.id,
        target: s.to.id,
        kind: s.kind,
        tone,
        status: s.fact?.status ?? '',
        negated: s.fact?.negated ? 'yes' : 'no',
        sourceCount: s.fact?.sourceCount ?? 1,
        width: edgeWidth(s.fact?.sourceCount ?? 1),
        label: s.kind === 'REPRESENTS' ? s.role ?? 'acts for' : `${s.kind.toLowerCase()}${s.fact?.status ? ` (${s.fact.status.toLowerCase()})` : ''}${s.fact?.negated ? ' — not' : ''}`,
      },
    });
  });
  return [...nodes, ...edges];
}

const STYLE: cytoscape.StylesheetJson = [
  { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'font-family': 'system-ui, sans-serif', color: '#1d2327', 'text-valign': 'bottom', 'text-margin-y': 4, 'text-wrap': 'ellipsis', 'text-max-width': '120px', 'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'text-background-padding': '1px', width: 22, height: 22, 'border-width': 1.5, 'border-color': '#ffffff' } },
  { selector: 'node[kind = "state"]', style: { shape: 'round-rectangle', 'background-color': '#2e7d6f', width: 30, height: 22 } },
  { selector: 'node[kind = "person"]', style: { shape: 'ellipse', 'background-color': '#e08a1e' } },
  { selector: 'node[kind = "event"]', style: { shape: 'diamond', 'background-color': '#8d6e63', width: 20, height: 20 } },
  { selector: 'node[center = "yes"]', style: { 'border-width': 4, 'border-color': '#1d2327', 'font-weight': 'bold', 'font-size': 13, width: 38, height: 30 } },
  { selector: 'edge', style: { width: 'data(width)', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.9, 'line-color': KIND_COLOURS.STATED, 'target-arrow-color': KIND_COLOURS.STATED, opacity: 0.85 } },
  { selector: 'edge[kind = "INVITED"]', style: { 'line-color': KIND_COLOURS.INVITED, 'target-arrow-color': KIND_COLOURS.INVITED } },
  { selector: 'edge[kind = "VISITED"]', style: { 'line-color': KIND_COLOURS.VISITED, 'target-arrow-color': KIND_COLOURS.VISITED } },
  { selector: 'edge[kind = "STATED"]', style: { 'line-style': 'dotted' } },
  { selector: 'edge[kind = "REPRESENTS"]', style: { 'line-color': KIND_COLOURS.REPRESENTS, 'target-arrow-color': KIND_COLOURS.REPRESENTS, 'line-style': 'dotted', width: 1.5, 'target-arrow-shape': 'none' } },
  { selector: 'edge[tone = "open"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [8, 4] } },
  { selector: 'edge[tone = "negative"]', style: { 'line-color': KIND_COLOURS.NEGATIVE, 'target-arrow-color': KIND_COLOURS.NEGATIVE, 'line-style': 'dashed', 'line-dash-pattern': [3, 3], 'target-arrow-shape': 'tee' } },
  { selector: 'edge:selected, edge.hover', style: { label: 'data(label)', 'font-size': 10, 'text-rotation': 'autorotate', 'text-background-color': '#ffffff', 'text-background-opacity': 1, 'overlay-opacity': 0.15, opacity: 1, 'z-index': 10 } },
  { selector: 'node.hover', style: { 'overlay-opacity': 0.15 } },
];

export interface Network {
  cy: cytoscape.Core;
  /** Resolves once the layout has run and a frame has been painted. */
  drawn: Promise<void>;
}

/**
 * Rings around the centre (depth 1 inside, depth 2 outside) rather than a force layout:
 * instant on a hub of a hundred neighbours, the same picture at every reload, and the most
 * corroborated neighbours (first in the API's answer) placed first on each ring.
 */
export function drawNetwork(container: HTMLElement, data: NetworkData, handlers: { onFact: (id: string) => void; onActor: (e: EntityRef) => void }): Network {
  const depthOf = ringDepths(data);
  const cy = cytoscape({
    container,
    elements: toElements(data),
    style: STYLE,
    wheelSensitivity: 0.3,
    minZoom: 0.2,
    maxZoom: 3,
    boxSelectionEnabled: false,
    layout: {
      name: 'concentric',
      concentric: (n: cytoscape.NodeSingular) => 3 - (depthOf.get(n.id()) ?? 2),
      levelWidth: () => 1,
      minNodeSpacing: 28,
      animate: false,
      fit: true,
      padding: 24,
    } as cytoscape.ConcentricLayoutOptions,
  });
  const entities = new Map(data.entities.map((e) => [e.id, e]));
  cy.on('tap', 'edge', (ev) => {
    const id = ev.target.id() as string;
    if (!id.startsWith('rep|')) handlers.onFact(id);
  });
  cy.on('tap', 'node', (ev) => {
    const e = entities.get(ev.target.id() as string);
    if (e && kindOf(e) !== 'Event' && e.id !== data.center.id) handlers.onActor(e);
  });
  cy.on('mouseover', 'edge, node', (ev) => {
    ev.target.addClass('hover');
    container.style.cursor = 'pointer';
  });
  cy.on('mouseout', 'edge, node', (ev) => {
    ev.target.removeClass('hover');
    container.style.cursor = '';
  });
  const drawn = new Promise<void>((resolve) => {
    requestAnimationFrame(() => requestAnimationFrame(() => {
      container.dataset.drawn = 'true';
      // The benchmark reads this mark: time from navigation to a painted network.
      performance.mark('diplograph:network-drawn');
      resolve();
    }));
  });
  return { cy, drawn };
}

/** Steps from the centre to each entity (breadth first over the steps). */
function ringDepths(data: NetworkData): Map<string, number> {
  const depth = new Map<string, number>([[data.center.id, 0]]);
  const adjacent = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = adjacent.get(a);
    if (list) list.push(b);
    else adjacent.set(a, [b]);
  };
  for (const s of data.steps) {
    link(s.from.id, s.to.id);
    link(s.to.id, s.from.id);
  }
  let frontier = [data.center.id];
  for (let d = 1; frontier.length; d++) {
    const next: string[] = [];
    for (const id of frontier) for (const n of adjacent.get(id) ?? []) if (!depth.has(n)) { depth.set(n, d); next.push(n); }
    frontier = next;
  }
  return depth;
}
