/** A time-ordered list of facts; each row opens the fact panel. */
import { h } from './dom';
import type { Fact } from './facts';
import { kindLabel, statusLabel, toneOf } from './facts';

const NOT: Record<Fact['kind'], string> = { INVITATION: 'did not invite', VISIT: 'did not visit', STATEMENT: 'did not speak of' };

/** Long quotes are cut in the list; the fact panel shows them whole. */
const QUOTE_SHOWN = 140;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, text.lastIndexOf(' ', max) > max / 2 ? text.lastIndexOf(' ', max) : max)}…`;
}

export function factRow(f: Fact, onOpen: (id: string) => void, selected: boolean): HTMLLIElement {
  const tone = toneOf(f.status, f.negated);
  const when = f.date ?? (f.event?.date ? `for ${f.event.date}` : 'undated');
  return h('li', { class: `fact tone-${tone}${selected ? ' selected' : ''}` },
    h('button', { type: 'button', class: 'fact-open', 'data-fact-id': f.id, 'aria-current': selected ? 'true' : null, onclick: () => onOpen(f.id) },
      h('span', { class: 'fact-date' }, when),
      h('span', { class: `badge kind-${f.kind.toLowerCase()}` }, kindLabel(f.kind)),
      h('span', { class: 'fact-text' },
        h('strong', {}, f.from.name), ` ${f.negated ? NOT[f.kind] : f.verb} `, h('strong', {}, f.to.name),
        f.event ? ` · ${f.event.name}` : '',
        f.quote ? h('span', { class: 'fact-quote' }, ` “${clip(f.quote, QUOTE_SHOWN)}”`) : ''),
      f.status || f.negated ? h('span', { class: `badge status tone-${tone}` }, statusLabel(f)) : '',
      h('span', { class: 'fact-sources', title: 'articles reporting it' }, `${f.sourceCount} ${f.sourceCount === 1 ? 'source' : 'sources'}`)));
}

export function factList(facts: Fact[], onOpen: (id: string) => void, selectedId: string | null, label: string): HTMLElement {
  if (facts.length === 0) return h('p', { class: 'empty' }, 'No facts match these filters.');
  return h('ol', { class: 'fact-list', 'aria-label': label }, facts.map((f) => factRow(f, onOpen, f.id === selectedId)));
}
