/**
 * The bilateral view's stacked bar chart (chart.js, loaded with this module only when the
 * view draws one, while its queries run).
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { kindLabel } from './facts';
import { KIND_COLOURS } from './network-data';
import { KINDS, type YearRow } from './year-counts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const COLOURS: Record<string, string> = { INVITATION: KIND_COLOURS.INVITED, VISIT: KIND_COLOURS.VISITED, STATEMENT: '#9aa5ad' };

export function drawChart(canvas: HTMLCanvasElement, rows: YearRow[]): Chart {
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: rows.map((r) => r.year),
      datasets: KINDS.map((k) => ({ label: `${kindLabel(k)}s`, data: rows.map((r) => r.counts[k]), backgroundColor: COLOURS[k] ?? '#888', stack: 'facts' })),
    },
    options: {
      // Drawn once, at once: the benchmark times the first complete picture.
      animation: false,
      maintainAspectRatio: false,
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { position: 'bottom' } },
    },
  });
}
