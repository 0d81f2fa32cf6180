import { entitiesByKey, entityKey, FACT_ROW_COLUMNS, toEntity, toFact, toFactRow, toSource } from '../../../src/api/records';
import { toStep } from '../../../src/api/resolvers/query/steps';

const putin = { labels: ['Person', 'Leader'], props: { id: 'person:vladimir putin', name: 'Vladimir Putin', aliases: ['Putin'] } };
const kim = { labels: ['Person'], props: { id: 'person:kim jong un', name: 'Kim Jong-un' } };
const rus = { labels: ['State'], props: { code: 'RUS', name: 'Russia', aliases: ['Moscow'], bloc: false } };

describe('rows to API objects', () => {
  it('maps nodes by label, with :Leader as a flag', () => {
    expect(toEntity(putin)).toEqual({ __typename: 'Person', id: 'person:vladimir putin', name: 'Vladimir Putin', aliases: ['Putin'], leader: true });
    expect(toEntity(rus)).toMatchObject({ __typename: 'State', code: 'RUS' });
    expect(entityKey(toEntity(rus))).toBe('RUS');
    expect(() => toEntity({ labels: ['Article'], props: { id: 'x' } })).toThrow(/Unexpected node labels/);
  });

  it('maps relationships to facts by type', () => {
    const f = toFact({ type: 'INVITED', props: { id: 'inv|a|b||false', status: 'pending', negated: false, sourceCount: 2, date: '2014-11' }, from: putin, to: kim });
    expect(f).toMatchObject({ __typename: 'Invitation', id: 'inv|a|b||false', status: 'pending', sourceCount: 2, date: '2014-11', eventId: null });
    expect(f.from).toMatchObject({ id: 'person:vladimir putin' });
    expect(() => toFact({ type: 'LIKES', props: {}, from: putin, to: kim })).toThrow(/Unexpected relationship type/);
  });

  it('maps facts whose ends are named by key, from the entities sent once beside them', () => {
    const ends = entitiesByKey([putin, rus, putin]);
    expect([...ends.keys()]).toEqual(['person:vladimir putin', 'RUS']);
    const f = toFact({ type: 'VISITED', props: { id: 'vis|p|RUS|2015-05|false', status: 'occurred' }, from: 'person:vladimir putin', to: 'RUS' }, ends);
    expect(f.from).toBe(ends.get('person:vladimir putin'));
    expect(f.to).toMatchObject({ __typename: 'State', code: 'RUS' });
    expect(() => toFact({ type: 'VISITED', props: { id: 'v' }, from: 'person:nobody', to: 'RUS' }, ends)).toThrow(/does not carry: person:nobody/);
  });

  it('maps fact rows column by column, with their ends from the entities beside them or by key alone', () => {
    const row = ['STATED', 'stm|x', '2015-01-21', 'event:talks|2015-01|RUS', 'the talks', 3, '2015-01-21', '2015-01-23', null, false, 'We welcome it.', 'person:vladimir putin', 'RUS'];
    expect(row).toHaveLength(FACT_ROW_COLUMNS.length);
    const bare = toFactRow(row);
    expect(bare).toEqual({
      __typename: 'Statement',
      id: 'stm|x',
      date: '2015-01-21',
      eventId: 'event:talks|2015-01|RUS',
      eventName: 'the talks',
      sourceCount: 3,
      firstReported: '2015-01-21',
      lastReported: '2015-01-23',
      status: null,
      negated: false,
      quote: 'We welcome it.',
      fromKey: 'person:vladimir putin',
      toKey: 'RUS',
    });
    const ends = entitiesByKey([putin, rus]);
    const full = toFactRow(row, ends);
    expect(full.from).toBe(ends.get('person:vladimir putin'));
    expect(full.to).toBe(ends.get('RUS'));
    expect(() => toFactRow(row, entitiesByKey([rus]))).toThrow(/does not carry: person:vladimir putin/);
    expect(() => toFactRow(row.slice(1))).toThrow(/12 columns, not 13/);
    expect(() => toFactRow(['LIKES', ...row.slice(1)])).toThrow(/Unexpected relationship type/);
  });

  it('keys a map-shaped fact by its ends', () => {
    const f = toFact({ type: 'VISITED', props: { id: 'vis|x' }, from: kim, to: rus });
    expect([f.fromKey, f.toKey]).toEqual(['person:kim jong un', 'RUS']);
  });

  it('maps REPRESENTS steps with their role', () => {
    expect(toStep({ type: 'REPRESENTS', props: { role: 'president' }, from: putin, to: rus })).toMatchObject({ kind: 'REPRESENTS', role: 'president', fact: null });
    expect(toStep({ type: 'VISITED', props: { id: 'vis|x' }, from: kim, to: rus })).toMatchObject({ kind: 'VISITED', fact: { __typename: 'Visit' } });
  });

  it('maps evidence with the article’s own reading', () => {
    const s = toSource({
      evidence: { text: 'Putin invited Kim.', start: 10, end: 28, status: 'pending', date: '2014-11', negated: false, articleId: 'a1' },
      article: { id: 'a1', title: 'T', url: 'https://example.test/a1', publishedAt: '2015-01-22' },
    });
    expect(s).toEqual({
      article: { id: 'a1', title: 'T', url: 'https://example.test/a1', source: null, publishedAt: '2015-01-22', ingestedAt: null, extractor: null },
      evidence: { text: 'Putin invited Kim.', start: 10, end: 28 },
      reportedStatus: 'pending',
      reportedDate: '2014-11',
      reportedNegated: false,
    });
  });
});
