/**
 * Search as you type over states, people and events, as an ARIA combobox: arrow keys move
 * through the options, Enter opens one, Escape closes the list; the page never moves focus
 * by itself.
 */
import { gql, ApiError } from './api';
import { h } from './dom';
import { kindOf, type EntityRef } from './facts';
import { SEARCH } from './queries';
import { go, routeHash } from './router';

interface SearchData {
  search: { score: number; entity: EntityRef }[];
}

const DEBOUNCE_MS = 150;

export function mountSearch(host: HTMLElement): void {
  const input = h('input', {
    id: 'search-input',
    type: 'search',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': 'search-options',
    autocomplete: 'off',
    placeholder: 'Search states, people, events…',
  });
  const label = h('label', { for: 'search-input', class: 'visually-hidden' }, 'Search states, people and events');
  const list = h('ul', { id: 'search-options', role: 'listbox', 'aria-label': 'Matches', hidden: true });
  const note = h('div', { class: 'search-note', 'aria-live': 'polite' });
  host.append(label, input, list, note);

  let hits: EntityRef[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const setActive = (i: number) => {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) input.setAttribute('aria-activedescendant', `search-option-${i}`);
    else input.removeAttribute('aria-activedescendant');
    list.children[i]?.scrollIntoView({ block: 'nearest' });
  };
  const open = (e: EntityRef) => {
    close();
    input.value = '';
    if (kindOf(e) === 'Event') {
      note.textContent = `${e.name} is an occasion: open a state or person who took part in it.`;
      return;
    }
    go(routeHash('actor', [e.id]));
  };
  const show = (found: EntityRef[], text: string) => {
    hits = found;
    list.replaceChildren(
      ...found.map((e, i) =>
        h('li', { id: `search-option-${i}`, role: 'option', 'aria-selected': 'false', 'data-id': e.id, class: `kind-${kindOf(e).toLowerCase()}`, onmousedown: (ev: Event) => { ev.preventDefault(); open(e); } },
          h('span', { class: 'option-name' }, e.name),
          h('span', { class: 'option-kind' }, kindOf(e) === 'Event' && e.date ? `event, ${e.date}` : kindOf(e).toLowerCase())),
      ),
    );
    note.textContent = found.length === 0 ? `Nothing matches “${text}”.` : '';
    list.hidden = found.length === 0;
    input.setAttribute('aria-expanded', String(found.length > 0));
    setActive(-1);
  };
  const ask = async (text: string) => {
    const mine = ++asked;
    try {
      const data = await gql<SearchData>(SEARCH, { text });
      if (mine === asked) show(data.search.map((s) => s.entity), text);
    } catch (err) {
      if (mine !== asked) return;
      close();
      note.textContent = err instanceof ApiError ? err.message : 'Search failed.';
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) {
      asked++;
      close();
      note.textContent = '';
      return;
    }
    timer = setTimeout(() => void ask(text), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' && hits.length) {
      ev.preventDefault();
      if (list.hidden) { list.hidden = false; input.setAttribute('aria-expanded', 'true'); }
      setActive((active + 1) % hits.length);
    } else if (ev.key === 'ArrowUp' && hits.length) {
      ev.preventDefault();
      setActive(active <= 0 ? hits.length - 1 : active - 1);
    } else if (ev.key === 'Enter') {
      const chosen = hits[active >= 0 ? active : 0];
      if (chosen && !list.hidden) { ev.preventDefault(); open(chosen); }
    } else if (ev.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
}
