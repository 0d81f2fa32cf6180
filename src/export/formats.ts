/**
 * The export formats: each is a header, a function from one row to its text, and a footer,
 * so the writer never holds more than one row. Columns are documented in the README.
 */
import type { ExportRow } from './rows';

export const FORMATS = ['cameo-tsv', 'plover-json', 'ndjson', 'graphml', 'csv'] as const;
export type FormatName = (typeof FORMATS)[number];

export interface Format {
  /** Facts without any code are kept (as one uncoded row) in whole-graph formats only. */
  includeUncoded: boolean;
  header: string;
  row(r: ExportRow): string;
  footer: string;
}

/** A TSV field cannot hold tabs or line breaks, and the format has no quoting: spaces instead. */
const tsv = (v: string | number | null) => (v === null ? '' : String(v).replace(/[\t\r\n]+/g, ' '));

/** RFC 4180: quote a field that holds a comma, a quote or a line break, doubling quotes. */
const csv = (v: string | number | boolean | null) => {
  if (v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

const CAMEO_COLUMNS = [
  'date', 'source_name', 'source_country', 'event_code', 'target_name', 'target_country',
  'source_count', 'source_url', 'evidence', 'fact_id', 'direction', 'source_id', 'target_id',
];

const CSV_COLUMNS = [
  'fact_id', 'kind', 'direction', 'date', 'status', 'negated',
  'source_id', 'source_name', 'source_type', 'source_country',
  'target_id', 'target_name', 'target_type', 'target_country',
  'cameo_code', 'cameo_label', 'plover_type', 'plover_mode',
  'source_count', 'source_url', 'article_id', 'evidence', 'quote', 'event_name',
];

const csvValues = (r: ExportRow) => [
  r.factId, r.kind, r.direction, r.date, r.status, r.negated,
  r.source.id, r.source.name, r.source.type, r.source.country,
  r.target.id, r.target.name, r.target.type, r.target.country,
  r.cameoCode, r.cameoLabel, r.ploverType, r.ploverMode,
  r.sourceCount, r.url, r.articleId, r.evidence, r.quote, r.eventName,
];

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
  // Control characters other than tab and line breaks are not allowed in XML 1.0 at all.
  // eslint-disable-next-line no-control-regex
  .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, ' ');

const GRAPHML_NODE_KEYS = ['name', 'type', 'country'] as const;
const GRAPHML_EDGE_KEYS = ['fact_id', 'kind', 'direction', 'date', 'status', 'negated', 'cameo_code', 'cameo_label', 'plover_type', 'plover_mode', 'source_count', 'source_url', 'evidence'] as const;

export function createFormat(name: FormatName): Format {
  switch (name) {
    case 'cameo-tsv':
      return {
        includeUncoded: false,
        header: `${CAMEO_COLUMNS.join('\t')}\n`,
        row: (r) => `${[r.date, r.source.name, r.source.country, r.cameoCode, r.target.name, r.target.country, r.sourceCount, r.url, r.evidence, r.factId, r.direction, r.source.id, r.target.id].map(tsv).join('\t')}\n`,
        footer: '',
      };
    case 'plover-json': {
      let first = true;
      return {
        includeUncoded: false,
        header: '[\n',
        row: (r) => {
          const obj = {
            id: `${r.factId}#${r.direction}`, fact_id: r.factId, event_date: r.date, event_type: r.ploverType, mode: r.ploverMode,
            source: { id: r.source.id, name: r.source.name, type: r.source.type, country: r.source.country },
            target: { id: r.target.id, name: r.target.name, type: r.target.type, country: r.target.country },
            cameo_code: r.cameoCode, status: r.status, source_count: r.sourceCount, url: r.url, evidence: r.evidence,
          };
          const text = `${first ? '' : ',\n'}${JSON.stringify(obj)}`;
          first = false;
          return text;
        },
        footer: '\n]\n',
      };
    }
    case 'ndjson':
      return {
        includeUncoded: true,
        header: '',
        row: (r) => `${JSON.stringify({
          fact_id: r.factId, kind: r.kind, direction: r.direction, date: r.date, status: r.status, negated: r.negated,
          source: r.source, target: r.target,
          cameo: r.cameoCode === null ? null : { code: r.cameoCode, label: r.cameoLabel },
          plover: r.ploverType === null ? null : { type: r.ploverType, mode: r.ploverMode },
          source_count: r.sourceCount, url: r.url, article_id: r.articleId, evidence: r.evidence, quote: r.quote, event_name: r.eventName,
        })}\n`,
        footer: '',
      };
    case 'csv':
      return {
        includeUncoded: true,
        header: `${CSV_COLUMNS.join(',')}\r\n`,
        row: (r) => `${csvValues(r).map(csv).join(',')}\r\n`,
        footer: '',
      };
    case 'graphml': {
      // Actors are far fewer than facts: remembering which were written keeps each node once.
      const written = new Set<string>();
      const node = (a: ExportRow['source']) => {
        if (written.has(a.id)) return '';
        written.add(a.id);
        const data = GRAPHML_NODE_KEYS.map((k) => [k, a[k]] as const).filter(([, v]) => v !== null)
          .map(([k, v]) => `<data key="n_${k}">${xml(String(v))}</data>`).join('');
        return `    <node id="${xml(a.id)}">${data}</node>\n`;
      };
      return {
        includeUncoded: true,
        header:
          '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n' +
          GRAPHML_NODE_KEYS.map((k) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="string"/>\n`).join('') +
          GRAPHML_EDGE_KEYS.map((k) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${k === 'source_count' ? 'int' : k === 'negated' ? 'boolean' : 'string'}"/>\n`).join('') +
          '  <graph id="diplograph" edgedefault="directed">\n',
        row: (r) => {
          const values: Record<(typeof GRAPHML_EDGE_KEYS)[number], unknown> = {
            fact_id: r.factId, kind: r.kind, direction: r.direction, date: r.date, status: r.status, negated: r.negated,
            cameo_code: r.cameoCode, cameo_label: r.cameoLabel, plover_type: r.ploverType, plover_mode: r.ploverMode,
            source_count: r.sourceCount, source_url: r.url, evidence: r.evidence,
          };
          const data = GRAPHML_EDGE_KEYS.filter((k) => values[k] !== null && values[k] !== undefined)
            .map((k) => `<data key="e_${k}">${xml(String(values[k]))}</data>`).join('');
          return `${node(r.source)}${node(r.target)}    <edge source="${xml(r.source.id)}" target="${xml(r.target.id)}">${data}</edge>\n`;
        },
        footer: '  </graph>\n</graphml>\n',
      };
    }
  }
}
