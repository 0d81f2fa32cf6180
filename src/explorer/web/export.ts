/**
 * What is on screen, as files: the listed facts as CSV (RFC 4180) and the drawn network as
 * GraphML 1.0, which Gephi, yEd, NetworkX and igraph open.
 */
import { kindOf, type Fact } from './facts';
import { edgeId, type NetworkData } from './network-data';

export const CSV_COLUMNS = ['fact_id', 'kind', 'date', 'year', 'from_id', 'from_name', 'verb', 'to_id', 'to_name', 'status', 'negated', 'event', 'event_date', 'source_count', 'quote'];

function csvCell(value: string | number | boolean | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function factsCsv(facts: Fact[]): string {
  const rows = facts.map((f) => [
    f.id, f.kind, f.date, f.year, f.from.id, f.from.name, f.verb, f.to.id, f.to.name,
    f.status, f.negated, f.event?.name ?? null, f.event?.date ?? null, f.sourceCount, f.quote,
  ]);
  return [CSV_COLUMNS, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function xml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c)
    // Characters XML 1.0 cannot hold at all, even escaped.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

const NODE_KEYS: [string, string][] = [['name', 'string'], ['kind', 'string']];
const EDGE_KEYS: [string, string][] = [['kind', 'string'], ['fact_id', 'string'], ['date', 'string'], ['status', 'string'], ['negated', 'boolean'], ['source_count', 'int'], ['role', 'string']];

export function networkGraphml(data: NetworkData): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...NODE_KEYS.map(([k, t]) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${t}"/>`),
    ...EDGE_KEYS.map(([k, t]) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${t}"/>`),
    `  <graph id="${xml(data.center.id)}" edgedefault="directed">`,
  ];
  for (const e of data.entities) {
    out.push(`    <node id="${xml(e.id)}"><data key="n_name">${xml(e.name)}</data><data key="n_kind">${kindOf(e).toLowerCase()}</data></node>`);
  }
  const seen = new Set<string>();
  data.steps.forEach((s, i) => {
    const id = edgeId(s, i);
    if (seen.has(id)) return;
    seen.add(id);
    const values: [string, string | number | boolean | null | undefined][] = [
      ['kind', s.kind], ['fact_id', s.fact?.id], ['date', s.fact?.date], ['status', s.fact?.status],
      ['negated', s.fact ? Boolean(s.fact.negated) : undefined], ['source_count', s.fact?.sourceCount], ['role', s.role],
    ];
    const cells = values.filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => `<data key="e_${k}">${xml(String(v))}</data>`).join('');
    out.push(`    <edge id="${xml(id)}" source="${xml(s.from.id)}" target="${xml(s.to.id)}">${cells}</edge>`);
  });
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

/** A file name from a view's subject: `facts-person-vladimir-putin.csv`. */
export function fileName(prefix: string, subject: string, ext: string): string {
  const slug = subject.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'view';
  return `${prefix}-${slug}.${ext}`;
}
