/// <reference lib="dom" />
/**
 * The explorer's pure parts: the year a fact is counted under, the chart's counts, the words
 * marked in an evidence sentence, routes, the CSV and GraphML files (read back with real
 * parsers) and the ranking of inviting pairs.
 */
import { parse } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { toFact, toneOf, yearOf, type FactNode } from '../../../src/explorer/web/facts';
import { countsByYear } from '../../../src/explorer/web/year-counts';
import { supportingRanges } from '../../../src/explorer/web/highlight';
import { parseRoute, routeHash } from '../../../src/explorer/web/router';
import { factsCsv, networkGraphml } from '../../../src/explorer/web/export';
import { rankPairs } from '../../../src/explorer/web/pairs-view';

const INVITATION: FactNode = {
  __typename: 'Invitation',
  id: 'inv|person:vladimir putin|person:kim jong un|event:ceremony|2015-05-09|RUS|false',
  kind: 'INVITATION',
  date: null,
  sourceCount: 1,
  event: { name: 'May 9 ceremony', date: '2015-05-09' },
  inviter: { id: 'person:vladimir putin', name: 'Vladimir Putin' },
  invitee: { id: 'person:kim jong un', name: 'Kim Jong Un' },
  status: 'PENDING',
  negated: false,
};

describe('the year a fact is counted under', () => {
  it('is its own date’s, else its occasion’s, else none', () => {
    expect(yearOf({ date: '2014-11', event: { name: 'x', date: '2015-05-09' } })).toEqual({ year: 2014, fromEvent: false });
    expect(yearOf({ date: null, event: { name: 'x', date: '2015-05-09' } })).toEqual({ year: 2015, fromEvent: true });
    expect(yearOf({ date: null, event: null })).toEqual({ year: null, fromEvent: false });
  });

  it('fills quiet years with zeros and puts undated facts last', () => {
    const rows = countsByYear([
      { kind: 'VISIT', year: 2019 },
      { kind: 'INVITATION', year: null },
      { kind: 'INVITATION', year: 2015 },
      { kind: 'STATEMENT', year: 2015 },
    ]);
    expect(rows.map((r) => r.year)).toEqual(['2015', '2016', '2017', '2018', '2019', 'undated']);
    expect(rows[0]!.counts).toEqual({ INVITATION: 1, VISIT: 0, STATEMENT: 1 });
    expect(rows[1]!.counts).toEqual({ INVITATION: 0, VISIT: 0, STATEMENT: 0 });
    expect(rows[5]!.counts).toEqual({ INVITATION: 1, VISIT: 0, STATEMENT: 0 });
  });
});

describe('tones', () => {
  it('never draws a declined, withdrawn, cancelled or negated fact like an accepted one', () => {
    expect(toneOf('ACCEPTED', false)).toBe('positive');
    expect(toneOf('ACCEPTED', true)).toBe('negative');
    for (const s of ['DECLINED', 'WITHDRAWN', 'CANCELLED']) expect(toneOf(s, false)).toBe('negative');
    for (const s of ['PENDING', 'PLANNED', 'POSSIBLE', 'POSTPONED']) expect(toneOf(s, false)).toBe('open');
  });
});

describe('evidence marks', () => {
  const mark = (sentence: string, fact: Parameters<typeof supportingRanges>[1]) => supportingRanges(sentence, fact).map((r) => sentence.slice(r.start, r.end));

  it('marks both parties and the verb of the seed sentence', () => {
    const sentence = 'Putin invited Kim to attend the May 9 ceremony during a meeting with Kim’s special envoy in November.';
    expect(mark(sentence, { kind: 'INVITATION', names: ['Vladimir Putin', 'Kim Jong Un'] })).toEqual(['Putin', 'invited', 'Kim', 'Kim']);
  });

  it('finds a state by its adjective and a statement by its quote, merging overlaps', () => {
    const sentence = 'Russian officials said "the door is open" to Pyongyang.';
    expect(mark(sentence, { kind: 'STATEMENT', names: ['Russia', 'North Korea'], quote: 'the door is open' })).toEqual(['Russian', 'said', 'the door is open']);
  });
});

describe('routes', () => {
  it('round-trips ids with spaces, colons and pipes', () => {
    const hash = routeHash('actor', ['person:vladimir putin'], { depth: 2, fact: INVITATION.id, kind: '' });
    const route = parseRoute(hash);
    expect(route.view).toBe('actor');
    expect(route.args).toEqual(['person:vladimir putin']);
    expect(route.params.get('depth')).toBe('2');
    expect(route.params.get('fact')).toBe(INVITATION.id);
    expect(route.params.has('kind')).toBe(false);
    expect(parseRoute('').view).toBe('home');
  });
});

describe('exports', () => {
  it('writes CSV that a strict parser reads back, quotes and line breaks included', () => {
    const statement = toFact({
      __typename: 'Statement', id: 'stm|1', kind: 'STATEMENT', date: '2015-01-21', sourceCount: 2, event: null,
      speaker: { id: 'person:sergei lavrov', name: 'Sergei Lavrov' }, subject: { id: 'PRK', name: 'North Korea' },
      quote: 'a "positive signal",\nfrom Pyongyang',
    });
    const rows = parse(factsCsv([toFact(INVITATION), statement]), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ fact_id: INVITATION.id, year: '2015', status: 'PENDING', event_date: '2015-05-09', date: '' });
    expect(rows[1]).toMatchObject({ kind: 'STATEMENT', from_name: 'Sergei Lavrov', to_id: 'PRK', quote: 'a "positive signal",\nfrom Pyongyang' });
  });

  it('writes GraphML with every node and edge, escaped', () => {
    const text = networkGraphml({
      center: { id: 'RUS', name: 'Russia' },
      entities: [{ id: 'RUS', name: 'Russia' }, { id: 'person:a <b> & "c"', name: 'A <B> & "C"' }],
      steps: [
        { kind: 'INVITED', role: null, from: { id: 'RUS' }, to: { id: 'person:a <b> & "c"' }, fact: { id: 'inv|x', date: null, sourceCount: 3, status: 'DECLINED', negated: false } },
        { kind: 'REPRESENTS', role: 'envoy', from: { id: 'person:a <b> & "c"' }, to: { id: 'RUS' }, fact: null },
      ],
    });
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (n) => ['node', 'edge', 'data'].includes(n) }).parse(text);
    const graph = xml.graphml.graph;
    expect(graph.node.map((n: { id: string }) => n.id)).toEqual(['RUS', 'person:a <b> & "c"']);
    expect(graph.edge).toHaveLength(2);
    expect(graph.edge[0]).toMatchObject({ id: 'inv|x', source: 'RUS', target: 'person:a <b> & "c"' });
    expect(graph.node[1].data.find((d: { key: string }) => d.key === 'n_kind')['#text']).toBe('person');
  });
});

describe('who invited whom', () => {
  it('counts people for their state, leaves out a state inviting itself, ranks by count', () => {
    const p = (id: string, code: string) => ({ __typename: 'Person', id, name: id, represents: [{ state: { code, name: code } }] });
    const s = (code: string) => ({ __typename: 'State', id: code, name: code });
    const pairs = rankPairs([
      { inviter: p('person:putin', 'RUS'), invitee: p('person:kim', 'PRK') },
      { inviter: s('RUS'), invitee: s('PRK') },
      { inviter: s('CHN'), invitee: s('KOR') },
      { inviter: s('RUS'), invitee: p('person:lavrov', 'RUS') },
      { inviter: { __typename: 'Person', id: 'person:x', name: 'x', represents: [] }, invitee: s('CHN') },
    ]);
    expect(pairs.map((x) => [x.inviter.code, x.invitee.code, x.count])).toEqual([['RUS', 'PRK', 2], ['CHN', 'KOR', 1]]);
  });
});
