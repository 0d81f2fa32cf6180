import { datesCompatible, factGroupKey, parseFactGroupKey, reconcileGroup, type FactGroup, type GroupReport } from '../../../src/resolve/fact-groups';

const visits: FactGroup = { key: factGroupKey('VISITED', 'person:xi jinping', 'KOR'), type: 'VISITED', from: 'person:xi jinping', to: 'KOR' };
const invitations: FactGroup = { key: factGroupKey('INVITED', 'person:vladimir putin', 'person:kim jong un'), type: 'INVITED', from: 'person:vladimir putin', to: 'person:kim jong un' };

let n = 0;
function report(publishedAt: string, date: string | null, extra: Partial<GroupReport> = {}): GroupReport {
  n += 1;
  const articleId = extra.articleId ?? `a${n}`;
  return {
    id: `${articleId}|r|${n}`,
    articleId,
    reportKey: `${publishedAt}|2026-01-01T00:00:00.000Z|${articleId}`,
    publishedAt,
    status: 'occurred',
    negated: false,
    date,
    eventId: null,
    eventName: null,
    eventDate: null,
    factId: null,
    ...extra,
  };
}

/** The facts, each as "id-suffix: the dates of its reports". */
function clusters(group: FactGroup, reports: GroupReport[]): string[] {
  const out = reconcileGroup(group, reports);
  return out.facts.map((f) => {
    const dates = reports.filter((r) => out.factOf.get(r.id) === f.id).map((r) => r.date ?? r.eventId ?? '-');
    return `${f.id.slice(group.key.length + 1)}: ${dates.sort().join(' ')}`;
  });
}

describe('fact groups', () => {
  it('keys and parses a group', () => {
    expect(visits.key).toBe('vis|person:xi jinping|KOR');
    expect(parseFactGroupKey('inv|RUS|person:park geun hye')).toEqual({ key: 'inv|RUS|person:park geun hye', type: 'INVITED', from: 'RUS', to: 'person:park geun hye' });
    expect(parseFactGroupKey('stm|a|b')).toBeNull();
    expect(parseFactGroupKey('vis|a')).toBeNull();
  });

  it.each([
    ['2014', '2014-07-03', true],
    ['2014-07', '2014-07-03', true],
    ['2014-07-03', '2014-07-03', true],
    ['2014-07', '2014-11', false],
    ['2014', '2015-01', false],
    ['2014-1', '2014-11', false],
  ])('%s and %s compatible: %s', (a, b, expected) => {
    expect(datesCompatible(a, b)).toBe(expected);
    expect(datesCompatible(b, a)).toBe(expected);
  });

  it('makes one fact of 2014, 2014-07 and 2014-07-03, dated by the most precise', () => {
    const reports = [report('2015-01-22', '2014'), report('2014-07-03', '2014-07-03', { status: 'ongoing' }), report('2014-08-01', '2014-07')];
    expect(clusters(visits, reports)).toEqual(['2014-07-03: 2014 2014-07 2014-07-03']);
    const [fact] = reconcileGroup(visits, reports).facts;
    expect(fact?.props).toMatchObject({ sourceCount: 3, date: '2014-07-03', sortKey: '2014-07-03', status: 'occurred', firstReported: '2014-07-03', lastReported: '2015-01-22' });
  });

  it('keeps 2014-07 and 2014-11 apart', () => {
    expect(clusters(visits, [report('2014-07-05', '2014-07'), report('2014-11-20', '2014-11')])).toEqual(['2014-07: 2014-07', '2014-11: 2014-11']);
  });

  it('keeps a 2014 report apart when July and November visits are both known, whatever the order', () => {
    const vague = report('2015-01-22', '2014');
    const july = report('2014-07-03', '2014-07-03');
    const november = report('2014-11-10', '2014-11-10');
    const expected = ['2014: 2014', '2014-07-03: 2014-07-03', '2014-11-10: 2014-11-10'];
    expect(clusters(visits, [vague, july, november])).toEqual(expected);
    expect(clusters(visits, [november, vague, july])).toEqual(expected);
    // A more precise report joins the one visit its date fits.
    expect(clusters(visits, [vague, july, november, report('2014-07-30', '2014-07')])).toEqual(['2014: 2014', '2014-07-03: 2014-07 2014-07-03', '2014-11-10: 2014-11-10']);
  });

  it('joins the days of one trip, and not days weeks apart', () => {
    expect(clusters(visits, [report('2014-07-03', '2014-07-03'), report('2014-07-04', '2014-07-04'), report('2014-07-30', '2014-07-28')])).toEqual([
      '2014-07-03: 2014-07-03 2014-07-04',
      '2014-07-28: 2014-07-28',
    ]);
  });

  it('places an undated report in the one fact of its group, and keeps it apart when there are several', () => {
    expect(clusters(visits, [report('2014-07-03', '2014-07-03'), report('2015-01-01', null)])).toEqual(['2014-07-03: - 2014-07-03']);
    expect(clusters(visits, [report('2014-07-03', '2014-07-03'), report('2016-01-01', '2016-05'), report('2017-01-01', null)])).toEqual([
      ': -',
      '2014-07-03: 2014-07-03',
      '2016-05: 2016-05',
    ]);
  });

  it('places a visit by its occasion’s date when it gives none of its own', () => {
    const parade = { eventId: 'event:parade|2015-05-09|RUS', eventName: 'Victory Day parade', eventDate: '2015-05-09' };
    const g: FactGroup = { key: 'vis|person:kim jong un|RUS', type: 'VISITED', from: 'person:kim jong un', to: 'RUS' };
    const out = reconcileGroup(g, [report('2015-01-22', '2015-05', { status: 'possible' }), report('2015-04-30', null, { ...parade, status: 'planned', negated: true })]);
    expect(out.facts).toHaveLength(1);
    expect(out.facts[0]).toMatchObject({ id: 'vis|person:kim jong un|RUS|2015-05-09', props: { date: '2015-05', status: 'planned', negated: true, eventId: parade.eventId, sourceCount: 2 } });
  });

  it('groups invitations by occasion: an invitation naming none joins the one occasion known', () => {
    const ceremony = { eventId: 'event:ceremony|2015-05-09|RUS', eventName: 'May 9 ceremony', eventDate: '2015-05-09' };
    const summit = { eventId: 'event:summit|2019-04-25|RUS', eventName: 'summit', eventDate: '2019-04-25' };
    const pending = report('2015-01-22', '2014-11', { ...ceremony, status: 'pending' });
    const accepted = report('2015-03-01', null, { status: 'accepted' });
    expect(clusters(invitations, [pending, accepted])).toEqual(['2015-05-09: - 2014-11']);
    const out = reconcileGroup(invitations, [pending, accepted]);
    expect(out.facts[0]?.props).toMatchObject({ status: 'accepted', date: '2014-11', eventId: ceremony.eventId, eventName: 'May 9 ceremony' });
    // A second occasion: the invitation naming none can no longer be placed.
    expect(clusters(invitations, [pending, accepted, report('2019-03-01', null, { ...summit, status: 'pending' })])).toEqual([': -', '2015-05-09: 2014-11', '2019-04-25: event:summit|2019-04-25|RUS']);
  });

  it('takes the latest published report’s status and negation, and counts articles once', () => {
    const a = report('2018-05-10', '2018-06-12', { status: 'planned', articleId: 'x' });
    const a2 = report('2018-05-10', '2018-06-12', { status: 'planned', articleId: 'x' });
    const b = report('2018-05-24', '2018-06-12', { status: 'cancelled' });
    const c = report('2018-06-12', '2018-06-12', { status: 'ongoing' });
    const out = reconcileGroup(visits, [c, a, b, a2]);
    expect(out.facts).toHaveLength(1);
    expect(out.facts[0]?.props).toMatchObject({ status: 'ongoing', sourceCount: 3, latestReport: c.reportKey });
    expect(reconcileGroup(visits, [a, b]).facts[0]?.props.status).toBe('cancelled');
  });

  it('says which stored reports move and which facts are gone', () => {
    const vague = report('2015-01-22', '2014', { factId: 'vis|person:xi jinping|KOR|2014' });
    const july = report('2014-07-03', '2014-07-03');
    const out = reconcileGroup(visits, [vague, july], ['vis|person:xi jinping|KOR|2013-06']);
    expect(out.factOf.get(vague.id)).toBe('vis|person:xi jinping|KOR|2014-07-03');
    expect(out.removed).toEqual(['vis|person:xi jinping|KOR|2013-06', 'vis|person:xi jinping|KOR|2014']);
    expect(reconcileGroup(visits, [], ['vis|x']).facts).toEqual([]);
  });
});

describe('an undated report years away from the group\'s one fact', () => {
  it('is kept apart: a 2024 "accepted" is not the 2015 ceremony\'s invitation', () => {
    const ceremony = report('2015-01-22', null, { status: 'pending', eventId: 'event:ceremony', eventDate: '2015-05-09' });
    const later = report('2024-06-20', null, { status: 'accepted' });
    const soon = report('2015-03-02', null, { status: 'pending' });
    const out = reconcileGroup(invitations, [ceremony, later, soon]);
    expect(out.factOf.get(soon.id)).toBe(out.factOf.get(ceremony.id));
    expect(out.factOf.get(later.id)).not.toBe(out.factOf.get(ceremony.id));
    expect(out.facts.find((f) => f.id === out.factOf.get(ceremony.id))?.props.status).toBe('pending');
  });
});
