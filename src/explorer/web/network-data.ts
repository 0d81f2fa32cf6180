/**
 * The network's data and colours, apart from the drawing: the legend, the bilateral chart and
 * the GraphML export use them without loading cytoscape.
 */
import type { EntityRef } from './facts';

export interface Step {
  kind: 'INVITED' | 'VISITED' | 'STATED' | 'REPRESENTS';
  role: string | null;
  from: { id: string };
  to: { id: string };
  fact: { id: string; date: string | null; sourceCount: number; status?: string; negated?: boolean } | null;
}

export interface NetworkData {
  center: EntityRef;
  entities: EntityRef[];
  steps: Step[];
}

export const KIND_COLOURS = { INVITED: '#6a3d9a', VISITED: '#1f6fb4', STATED: '#5f6b73', REPRESENTS: '#a3a3a3', NEGATIVE: '#c62828' };

/** Line width in pixels: corroboration shows, but a fact reported 400 times does not swallow the picture. */
export function edgeWidth(sourceCount: number): number {
  return Math.min(12, 1.5 + 2 * Math.log2(Math.max(1, sourceCount)));
}

export function edgeId(step: Step, i: number): string {
  return step.fact ? step.fact.id : `rep|${step.from.id}|${step.to.id}|${i}`;
}
