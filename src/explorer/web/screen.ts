/** What the current view has on screen: the export buttons read it, and so do tests and benchmarks through `window.diplographExplorer`. */
import type { Fact } from './facts';
import type { Network } from './network';
import type { NetworkData } from './network-data';

export interface Screen {
  network: Network | null;
  data: NetworkData | null;
  facts: Fact[];
}

export const screen: Screen = { network: null, data: null, facts: [] };

/** Clears the previous view's drawing (and the room kept for a fact panel) before the next is built. */
export function resetScreen(): void {
  screen.network?.cy.destroy();
  document.body.classList.remove('panel-open');
  Object.assign(screen, { network: null, data: null, facts: [] });
}
