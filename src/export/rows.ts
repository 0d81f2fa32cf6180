/**
 * A fact row from export-facts.cypher becomes one export row per coded event (per direction,
 * through the mapping of data/event-codes.json). The formats that are the whole graph
 * (ndjson, csv, graphml) also keep facts without any code, as one forward row with empty
 * codes, so that nothing the graph holds is silently left out; CAMEO TSV and PLOVER JSON
 * hold coded events only, as their users expect.
 */
import { codeFact, type Direction, type FactKindName } from '../codes/event-codes';

export interface FactRow {
  id: string;
  kind: FactKindName;
  date: string | null;
  status: string | null;
  negated: boolean;
  quote: string | null;
  eventName: string | null;
  sourceCount: number | null;
  fromId: string;
  fromName: string | null;
  fromCountry: string | null;
  fromType: string;
  toId: string;
  toName: string | null;
  toCountry: string | null;
  toType: string;
  url: string | null;
  articleId: string | null;
  evidence: string | null;
}

export interface Actor {
  id: string;
  name: string | null;
  country: string | null;
  type: string;
}

export interface ExportRow {
  factId: string;
  kind: FactKindName;
  direction: Direction;
  date: string | null;
  status: string | null;
  negated: boolean;
  source: Actor;
  target: Actor;
  cameoCode: string | null;
  cameoLabel: string | null;
  ploverType: string | null;
  ploverMode: string | null;
  sourceCount: number;
  url: string | null;
  articleId: string | null;
  evidence: string | null;
  quote: string | null;
  eventName: string | null;
}

export function exportRows(f: FactRow, includeUncoded: boolean): ExportRow[] {
  const from: Actor = { id: f.fromId, name: f.fromName, country: f.fromCountry, type: f.fromType };
  const to: Actor = { id: f.toId, name: f.toName, country: f.toCountry, type: f.toType };
  const base = {
    factId: f.id, kind: f.kind, date: f.date, status: f.status, negated: f.negated, sourceCount: f.sourceCount ?? 0,
    url: f.url, articleId: f.articleId, evidence: f.evidence, quote: f.quote, eventName: f.eventName,
  };
  const coded = codeFact(f.kind, f.status, f.negated).map((c): ExportRow => ({
    ...base,
    direction: c.direction,
    source: c.direction === 'forward' ? from : to,
    target: c.direction === 'forward' ? to : from,
    cameoCode: c.cameo.code,
    cameoLabel: c.cameo.label,
    ploverType: c.plover?.type ?? null,
    ploverMode: c.plover?.mode ?? null,
  }));
  if (coded.length > 0 || !includeUncoded) return coded;
  return [{ ...base, direction: 'forward', source: from, target: to, cameoCode: null, cameoLabel: null, ploverType: null, ploverMode: null }];
}
