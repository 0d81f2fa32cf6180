/**
 * Two states: facts between them (or the people acting for them) by year and kind as a
 * stacked bar chart with the same counts as a table, and the facts in time order, both
 * directions.
 */
import type { Chart } from 'chart.js';
import { gql, graphiqlUrl } from './api';
import { download, h } from './dom';
import { factList } from './fact-list';
import { hideFact, showFact } from './fact-panel';
import { byTime, kindLabel, toFact, yearOf, type FactNode } from './facts';
import { factsCsv, fileName } from './export';
import { message, viewError } from './messages';
import { BILATERAL, BILATERAL_COUNTED, BILATERAL_COUNTS } from './queries';
import { countsByYear, KINDS, type YearRow } from './year-counts';
import { resetScreen, screen } from './screen';
import { go, replace, routeHash, type Route } from './router';

interface BilateralData {
  bilateral: {
    a: { code: string; name: string } | null;
    b: { code: string; name: string } | null;
    totalCount: number;
    facts: FactNode[];
  };
}

interface CountsData {
  bilateral: {
    totalCount: number;
    truncated: boolean;
    byYear: { year: number | null; count: number }[];
    facts: Pick<FactNode, 'kind' | 'date' | 'event'>[];
  };
}

let chart: Chart | null = null;

export async function renderBilateral(root: HTMLElement, route: Route): Promise<void> {
  const [a = '', b = ''] = route.args.map((c) => c.toUpperCase());
  const from = route.params.get('from') ?? '';
  const to = route.params.get('to') ?? '';
  let factId = route.params.get('fact');
  chart?.destroy();
  chart = null;
  resetScreen();
  const hashWith = (p: Record<string, string | null>) => routeHash('bilateral', [a, b], { from, to, fact: factId, ...p });

  const vars = { a, b, from: from || undefined, to: to || undefined };
  root.replaceChildren(h('p', { class: 'loading' }, `Loading ${a}–${b}…`));
  let data: BilateralData['bilateral'];
  let counts: CountsData['bilateral'];
  let charts: typeof import('./bilateral-chart');
  try {
    // The chart's code (chart.js) loads while the two queries run, not before them.
    [data, counts, charts] = await Promise.all([
      gql<BilateralData>(BILATERAL, vars).then((d) => d.bilateral),
      gql<CountsData>(BILATERAL_COUNTS, vars).then((d) => d.bilateral),
      import('./bilateral-chart'),
    ]);
  } catch (err) {
    root.replaceChildren(viewError(err));
    return;
  }
  if (!data.a || !data.b) {
    const unknown = [!data.a ? a : null, !data.b ? b : null].filter(Boolean).join(' and ');
    root.replaceChildren(message('empty', `No state with the code ${unknown} is in the graph.`, 'State codes are ISO 3166-1 alpha-3, such as RUS, PRK, CHN.'));
    return;
  }
  const facts = data.facts.map(toFact).sort(byTime);
  screen.facts = facts;
  const panel = h('aside', { id: 'fact-panel', class: 'fact-panel', tabindex: '-1', 'aria-labelledby': 'fact-title', hidden: true });
  const openFact = (id: string) => {
    factId = id;
    replace(hashWith({ fact: id }));
    for (const li of root.querySelectorAll('li.fact')) li.classList.toggle('selected', li.querySelector<HTMLElement>('button')?.dataset.factId === id);
    void showFact(panel, id, () => {
      factId = null;
      replace(hashWith({ fact: null }));
      hideFact(panel);
    });
  };
  const period = h('form', { class: 'filters', 'aria-label': 'Period', onsubmit: (e: Event) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const value = (n: string) => (form.elements.namedItem(n) as HTMLInputElement).value.trim();
    go(routeHash('bilateral', [a, b], { from: value('from'), to: value('to') }));
  } },
    h('label', {}, 'From ', h('input', { name: 'from', size: 7, placeholder: 'YYYY', value: from, pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' })),
    h('label', {}, 'to ', h('input', { name: 'to', size: 7, placeholder: 'YYYY', value: to, pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' })),
    h('button', { type: 'submit' }, 'Show'));

  const counted = counts.facts.map((f) => ({ kind: f.kind, ...yearOf(f) }));
  const rows = countsByYear(counted);
  const canvas = h('canvas', { id: 'bilateral-chart', role: 'img', 'aria-label': `Facts between ${data.a.name} and ${data.b.name} by year and kind; the table below holds the same counts` });
  root.replaceChildren(
    h('div', { class: 'view-head' },
      h('h1', {}, h('a', { href: routeHash('actor', [data.a.code]) }, data.a.name), ' – ', h('a', { href: routeHash('actor', [data.b.code]) }, data.b.name)),
      h('span', { class: 'subtitle' }, `${data.totalCount} ${data.totalCount === 1 ? 'fact' : 'facts'} in both directions`)),
    h('div', { class: 'bilateral-layout' },
      h('section', { class: 'chart-section', 'aria-label': 'Counts by year' },
        h('div', { class: 'toolbar' }, period,
          h('span', { class: 'graphiql' }, 'Open in GraphiQL: ',
            h('a', { href: graphiqlUrl(BILATERAL_COUNTS, vars), target: '_blank' }, 'counts'), ' · ',
            h('a', { href: graphiqlUrl(BILATERAL, vars), target: '_blank' }, 'facts'))),
        facts.length ? h('div', { class: 'chart-box' }, canvas) : null,
        facts.length ? countsTable(rows) : null,
        counts.truncated ? h('p', { class: 'note' }, `Counted over the first ${BILATERAL_COUNTED} of ${counts.totalCount} facts in time order, the most the API lists at once; narrow the period to count them all.`) : null,
        counted.some((f) => f.fromEvent) ? h('p', { class: 'note' }, 'A fact without a date of its own (an invitation whose issue date the articles leave unsaid) is counted under the year of its occasion.') : null),
      h('section', { class: 'facts-section', 'aria-label': 'Facts in time order' },
        facts.length < data.totalCount ? h('p', { class: 'count' }, `The first ${facts.length} of ${data.totalCount} facts in time order; narrow the period to list others.`) : null,
        h('div', { class: 'toolbar' }, h('button', { type: 'button', id: 'export-csv', disabled: facts.length === 0, onclick: () => download(fileName('facts', `${a}-${b}`, 'csv'), 'text/csv', factsCsv(screen.facts)) }, 'Facts as CSV')),
        facts.length ? factList(facts, openFact, factId, `Facts between ${data.a.name} and ${data.b.name}`) : message('empty', `No facts between ${data.a.name} and ${data.b.name}${from || to ? ' in this period' : ''}.`)),
      panel),
  );
  if (facts.length) {
    chart = charts.drawChart(canvas, rows);
    requestAnimationFrame(() => requestAnimationFrame(() => {
      canvas.dataset.drawn = 'true';
      // The benchmark reads this mark: time from navigation to a painted chart and list.
      performance.mark('diplograph:bilateral-drawn');
    }));
  }
  if (factId) openFact(factId);
}

function countsTable(rows: YearRow[]): HTMLElement {
  return h('table', { class: 'counts', id: 'bilateral-counts' },
    h('caption', {}, 'Facts by year and kind'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Year'), KINDS.map((k) => h('th', { scope: 'col' }, `${kindLabel(k)}s`)))),
    // Quiet years are zeros on the chart; the table keeps to the years with facts.
    h('tbody', {}, rows.filter((r) => KINDS.some((k) => r.counts[k] > 0)).map((r) => h('tr', { 'data-year': r.year }, h('th', { scope: 'row' }, r.year), KINDS.map((k) => h('td', { 'data-kind': k }, r.counts[k]))))));
}
