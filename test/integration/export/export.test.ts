/**
 * Every export format, streamed from the real Neo4j after ingesting the seed article, read
 * back with a real parser (csv-parse for TSV and CSV, fast-xml-parser for GraphML, JSON for
 * the rest): the reference facts are there with the codes data/event-codes.json gives.
 * Other test files may hold the same people, so the checks look for rows, never count all.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { ingestArticle, removeArticle } from '../../../src/graph/ingest';
import { exportFacts } from '../../../src/export/export';
import type { FormatName } from '../../../src/export/formats';
import { closeTestDriver, testExecutor, uniquePrefix } from '../../support/neo4j';

const SEED = fs.readFileSync(path.join(__dirname, '../../../seeds/yonhap-2015-01-22-kim-russia-visit.txt'), 'utf8');
const db = testExecutor();
const id = `${uniquePrefix('export')}yonhap`;

const PUTIN = 'person:vladimir putin';
const KIM = 'person:kim jong un';
const LAVROV = 'person:sergei lavrov';
// Another test file ingests Kim Jong Un arriving in Moscow in 2024 while this one runs: the
// seed's own visit is the one its sentence supports.
const SEED_VISIT = /Kim’s possible visit to Russia/;

beforeAll(async () => {
  const r = await ingestArticle(db, { id, text: SEED, source: 'Yonhap' }, { filename: 'seed.json' });
  expect(r.status === 'created' || r.status === 'updated' || r.status === 'unchanged').toBe(true);
}, 60_000);

afterAll(async () => {
  await removeArticle(db, id);
  await closeTestDriver();
});

async function run(format: FormatName, filters: { from?: string; to?: string; state?: string } = { state: 'PRK' }) {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const summary = await exportFacts(db, out, { format, ...filters });
  out.end();
  return { text: Buffer.concat(chunks).toString('utf8'), summary };
}

describe('export', () => {
  it('cameo-tsv: the documented columns, codes with their leading zero', async () => {
    const { text } = await run('cameo-tsv');
    const rows: Record<string, string>[] = parse(text, { delimiter: '\t', columns: true, quote: false, relax_column_count: false });
    expect(Object.keys(rows[0]!)).toEqual(['date', 'source_name', 'source_country', 'event_code', 'target_name', 'target_country',
      'source_count', 'source_url', 'evidence', 'fact_id', 'direction', 'source_id', 'target_id']);
    const invite = rows.find((r) => r.source_id === PUTIN && r.target_id === KIM);
    expect(invite).toMatchObject({ source_name: 'Vladimir Putin', source_country: 'RUS', event_code: '036', target_country: 'PRK', direction: 'forward' });
    expect(Number(invite!.source_count)).toBeGreaterThanOrEqual(1);
    expect(invite!.evidence).toMatch(/Putin/);
    const visit = rows.find((r) => r.source_id === KIM && r.target_id === 'RUS' && SEED_VISIT.test(r.evidence!));
    expect(visit).toMatchObject({ event_code: '036', source_country: 'PRK', target_country: 'RUS', date: '2015-05' });
    const said = rows.find((r) => r.source_id === LAVROV);
    expect(said).toMatchObject({ event_code: '010', source_country: 'RUS', date: '2015-01-21' });
  });

  it('plover-json: one JSON array, PLOVER types and modes, statements with no type', async () => {
    const { text } = await run('plover-json');
    const events: any[] = JSON.parse(text);
    expect(events.find((e) => e.source.id === PUTIN && e.target.id === KIM)).toMatchObject({ event_type: 'REQUEST', mode: null, cameo_code: '036' });
    expect(events.find((e) => e.source.id === KIM && e.target.id === 'RUS' && SEED_VISIT.test(e.evidence))).toMatchObject({ event_type: 'AGREE', event_date: '2015-05' });
    expect(events.find((e) => e.source.id === LAVROV)).toMatchObject({ event_type: null, cameo_code: '010' });
  });

  it('ndjson: one object a line with both codings', async () => {
    const { text } = await run('ndjson');
    const lines = text.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.find((e) => e.source.id === PUTIN && e.target.id === KIM)).toMatchObject({
      kind: 'invitation', cameo: { code: '036', label: 'Express intent to meet or negotiate' }, plover: { type: 'REQUEST', mode: null },
    });
    expect(lines.find((e) => e.source.id === LAVROV)).toMatchObject({ kind: 'statement', cameo: { code: '010' }, plover: null });
  });

  it('csv: RFC 4180 with quoted evidence; a made visit gives a host row (043)', async () => {
    const { text } = await run('csv', { state: 'KOR', from: '2014', to: '2014' });
    const rows: Record<string, string>[] = parse(text, { columns: true });
    const made = rows.filter((r) => r.kind === 'visit' && [r.source_id, r.target_id].includes('person:xi jinping') && [r.source_id, r.target_id].includes('KOR'));
    expect(made.map((r) => [r.direction, r.source_id, r.cameo_code, r.plover_type, r.plover_mode]).sort()).toEqual([
      ['forward', 'person:xi jinping', '042', 'CONSULT', 'visit'],
      ['reverse', 'KOR', '043', 'CONSULT', 'visit'],
    ]);
    // Everything matched the filters: nothing dated outside 2014.
    expect(rows.every((r) => (r.date ?? '').startsWith('2014'))).toBe(true);
  });

  it('graphml: well-formed XML, actors once each, the facts as coded edges', async () => {
    const { text } = await run('graphml');
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, isArray: (name) => ['node', 'edge', 'data', 'key'].includes(name) }).parse(text);
    const graph = doc.graphml.graph[0] ?? doc.graphml.graph;
    const nodeIds: string[] = graph.node.map((n: any) => n.id);
    expect(new Set(nodeIds).size).toBe(nodeIds.length);
    expect(nodeIds).toEqual(expect.arrayContaining([PUTIN, KIM, LAVROV, 'RUS']));
    const data = (e: any) => Object.fromEntries(e.data.map((d: any) => [d.key, String(d['#text'])]));
    const invite = graph.edge.find((e: any) => e.source === PUTIN && e.target === KIM);
    expect(data(invite)).toMatchObject({ e_kind: 'invitation', e_cameo_code: '036', e_plover_type: 'REQUEST' });
    const said = graph.edge.find((e: any) => e.source === LAVROV);
    expect(data(said)).toMatchObject({ e_cameo_code: '010' });
  });
});
