/**
 * One visit or invitation reported over months is one fact, through the real write path and
 * the API: reports at compatible precision merge, distinct visits stay apart, a report that
 * fits two visits is kept apart, the status is the latest published report's with every
 * reading kept as the fact's history, and an invitation leads to the visit it brought about.
 * Removing articles recomputes all of it.
 */
import type { Article } from '../../../src/article/types';
import type { Invitation, Visit } from '../../../src/extract/types';
import { ingestArticle, removeArticle } from '../../../src/graph/ingest';
import { cap, cleanupTag, emptyFacts, FixtureExtractor, input, nameTag, query } from '../graph/helpers';
import { openApi, type Api } from './harness';

// Every test writes through several whole ingest transactions, each timed on a shared machine.
jest.setTimeout(180_000);

let api: Api;
beforeAll(async () => {
  api = await openApi();
});

const tag = nameTag();
const visitor = `Lena Voss${tag}`;
const host = `Ivan Sorok${tag}`;
const visitorKey = `person:lena voss${tag}`;
const hostKey = `person:ivan sorok${tag}`;
const forum = `${cap(tag)} forum`;
const forumId = `event:forum|2015-05-09|RUS`;

/** What each test article says, by id: its visits and invitations as the extractor would give them. */
const said = new Map<string, { visits?: Array<Partial<Visit>>; invitations?: Array<Partial<Invitation>> }>();

const extractor = new FixtureExtractor((article: Article) => {
  const facts = said.get(article.id) ?? {};
  const evidence = [{ text: article.text, start: 0, end: article.text.length }];
  return {
    ...emptyFacts(),
    states: [
      { code: 'KOR', name: 'South Korea', mentions: ['Seoul'] },
      { code: 'RUS', name: 'Russia', mentions: ['Moscow'] },
    ],
    people: [
      { name: visitor, aliases: [], state: 'KOR', role: 'president', leader: true },
      { name: host, aliases: [], state: 'RUS', role: 'president', leader: true },
    ],
    events: [{ key: 'forum', kind: 'forum', name: forum, date: '2015-05-09', place: 'RUS' }],
    visits: (facts.visits ?? []).map((v) => ({
      visitor: { kind: 'person', name: visitor, state: 'KOR' },
      destination: { kind: 'state', code: 'CHN' },
      event: null,
      status: 'occurred',
      negated: false,
      date: null,
      evidence,
      ...v,
    })),
    invitations: (facts.invitations ?? []).map((i) => ({
      inviter: { kind: 'person', name: host, state: 'RUS' },
      invitee: { kind: 'person', name: visitor, state: 'KOR' },
      event: null,
      status: 'pending',
      negated: false,
      date: null,
      evidence,
      ...i,
    })),
  };
});

const ids: string[] = [];
async function report(name: string, publishedAt: string, facts: { visits?: Array<Partial<Visit>>; invitations?: Array<Partial<Invitation>> }): Promise<string> {
  const id = `test-cycle-${tag}-${name}`;
  ids.push(id);
  said.set(id, facts);
  const r = await ingestArticle(api.db.executor, input(id, `${name}: a report by ${visitor} and ${host}.`, publishedAt), { extractor });
  expect(r.status).toBe('created');
  return id;
}

afterAll(async () => {
  for (const id of ids) await removeArticle(api.db.executor, id);
  await cleanupTag(tag);
  await api?.close();
});

const FACT = `query($id: ID!) { fact(id: $id) { id date sourceCount
  ... on Visit { status negated history { status negated date reportedAt source { id } } }
  ... on Invitation { status negated history { status date reportedAt source { id } }
    resultingVisit { id status date visitor { ... on Person { id } } destination { code } } } } }`;

async function fact(id: string): Promise<any> {
  const res = await api.gql(FACT, { id });
  expect(res.body.errors).toBeUndefined();
  return res.body.data.fact;
}

/** The visits (or invitations) of the group, by id, with their reports' articles. */
async function group(type: 'VISITED' | 'INVITED', from: string, to: string): Promise<Array<{ id: string; sourceCount: number; date: string | null; articles: string[] }>> {
  return query(
    `MATCH ()-[r]->() WHERE type(r) = $type AND r.fromKey = $from AND r.toKey = $to
     OPTIONAL MATCH (e:Evidence {factId: r.id})
     WITH r, e.articleId AS article ORDER BY article
     RETURN r.id AS id, r.sourceCount AS sourceCount, r.date AS date, collect(DISTINCT article) AS articles ORDER BY id`,
    { type, from, to },
  );
}

const visitId = (anchor: string) => `vis|${visitorKey}|CHN|${anchor}`;

describe('a visit reported over months', () => {
  const a: Record<string, string> = {};

  it('is one fact when the dates are compatible (2014, 2014-07, 2014-07-03), whatever the ingest order', async () => {
    // Ingested out of publication order: the later "occurred" must still win over "ongoing".
    a.lastYear = await report('last-year', '2015-01-22', { visits: [{ date: '2014', status: 'occurred' }] });
    a.arrives = await report('arrives', '2014-07-03', { visits: [{ date: '2014-07-03', status: 'ongoing' }] });
    a.inJuly = await report('in-july', '2014-08-01', { visits: [{ date: '2014-07', status: 'occurred' }] });
    expect(await group('VISITED', visitorKey, 'CHN')).toEqual([
      { id: visitId('2014-07-03'), sourceCount: 3, date: '2014-07-03', articles: [a.arrives, a.inJuly, a.lastYear].sort() },
    ]);
    const f = await fact(visitId('2014-07-03'));
    expect(f).toMatchObject({ date: '2014-07-03', sourceCount: 3, status: 'OCCURRED', negated: false });
    expect(f.history).toEqual([
      { status: 'ONGOING', negated: false, date: '2014-07-03', reportedAt: '2014-07-03', source: { id: a.arrives } },
      { status: 'OCCURRED', negated: false, date: '2014-07', reportedAt: '2014-08-01', source: { id: a.inJuly } },
      { status: 'OCCURRED', negated: false, date: '2014', reportedAt: '2015-01-22', source: { id: a.lastYear } },
    ]);
  });

  it('keeps a November visit apart, and then cannot place the vague 2014 report: it stands alone', async () => {
    a.november = await report('november', '2014-11-20', { visits: [{ date: '2014-11', status: 'occurred' }] });
    expect(await group('VISITED', visitorKey, 'CHN')).toEqual([
      { id: visitId('2014'), sourceCount: 1, date: '2014', articles: [a.lastYear] },
      { id: visitId('2014-07-03'), sourceCount: 2, date: '2014-07-03', articles: [a.arrives, a.inJuly].sort() },
      { id: visitId('2014-11'), sourceCount: 1, date: '2014-11', articles: [a.november] },
    ]);
    // Its state entries follow: the pair KOR|CHN counts three visits, under their own dates.
    const entries = await query<{ sortKey: string }>(`MATCH (d:DyadFact {dyad: 'CHN|KOR'}) WHERE d.factId STARTS WITH $prefix RETURN d.sortKey AS sortKey ORDER BY sortKey`, { prefix: `vis|${visitorKey}|` });
    expect(entries.map((e) => e.sortKey)).toEqual(['2014', '2014-07-03', '2014-11']);
  });

  it('recomputes everything when articles are removed: the vague report joins July again, then the fact loses precision, then is gone', async () => {
    await expect(removeArticle(api.db.executor, a.november!)).resolves.toMatchObject({ removed: true, factsRemoved: 1 });
    expect(await group('VISITED', visitorKey, 'CHN')).toEqual([
      { id: visitId('2014-07-03'), sourceCount: 3, date: '2014-07-03', articles: [a.arrives, a.inJuly, a.lastYear].sort() },
    ]);

    // The only day-precise report goes: the fact is now known to the month, under that id.
    await expect(removeArticle(api.db.executor, a.arrives!)).resolves.toMatchObject({ removed: true, factsRemoved: 0, factsKept: 1 });
    expect(await group('VISITED', visitorKey, 'CHN')).toEqual([{ id: visitId('2014-07'), sourceCount: 2, date: '2014-07', articles: [a.inJuly, a.lastYear].sort() }]);
    const f = await fact(visitId('2014-07'));
    expect(f.history.map((h: any) => h.source.id)).toEqual([a.inJuly, a.lastYear]);
    await expect(fact(visitId('2014-07-03'))).resolves.toBeNull();

    await removeArticle(api.db.executor, a.inJuly!);
    await removeArticle(api.db.executor, a.lastYear!);
    expect(await group('VISITED', visitorKey, 'CHN')).toEqual([]);
    await expect(query(`MATCH (g:FactGroup {key: $key}) RETURN g.key`, { key: `vis|${visitorKey}|CHN` })).resolves.toEqual([]);
    await expect(query(`MATCH (d:DyadFact) WHERE d.factId STARTS WITH $prefix RETURN d.factId`, { prefix: `vis|${visitorKey}|` })).resolves.toEqual([]);
  });
});

describe('an invitation and the visit it led to', () => {
  it('is one invitation from "invited" to "accepted", whose resulting visit says they came', async () => {
    const invited = await report('invited', '2015-01-22', { invitations: [{ event: 'forum', status: 'pending', date: '2014-11' }] });
    const accepted = await report('accepted', '2015-03-01', { invitations: [{ status: 'accepted' }] });
    const inviteId = `inv|${hostKey}|${visitorKey}|2015-05-09`;
    expect(await group('INVITED', hostKey, visitorKey)).toEqual([{ id: inviteId, sourceCount: 2, date: '2014-11', articles: [accepted, invited].sort() }]);
    let f = await fact(inviteId);
    expect(f).toMatchObject({ status: 'ACCEPTED', date: '2014-11', resultingVisit: null });
    expect(f.history.map((h: any) => `${h.status} ${h.source.id}`)).toEqual([`PENDING ${invited}`, `ACCEPTED ${accepted}`]);
    await expect(query(`MATCH ()-[r:INVITED {id: $id}]->() RETURN r.eventId AS eventId`, { id: inviteId })).resolves.toEqual([{ eventId: forumId }]);

    // The visit to Moscow for the forum, planned and then made.
    const coming = await report('coming', '2015-05-01', { visits: [{ destination: { kind: 'state', code: 'RUS' }, event: 'forum', status: 'planned' }] });
    f = await fact(inviteId);
    expect(f.resultingVisit).toMatchObject({ id: `vis|${visitorKey}|RUS|2015-05-09`, status: 'PLANNED', visitor: { id: visitorKey }, destination: { code: 'RUS' } });
    await report('came', '2015-05-09', { visits: [{ destination: { kind: 'state', code: 'RUS' }, date: '2015-05-09', status: 'ongoing' }] });
    f = await fact(inviteId);
    expect(f.resultingVisit).toMatchObject({ id: `vis|${visitorKey}|RUS|2015-05-09`, status: 'ONGOING', date: '2015-05-09' });
    const visit = await fact(`vis|${visitorKey}|RUS|2015-05-09`);
    expect(visit.history.map((h: any) => h.status)).toEqual(['PLANNED', 'ONGOING']);

    // A visit elsewhere, or years before, is not what the invitation led to.
    await removeArticle(api.db.executor, coming);
    await removeArticle(api.db.executor, ids.find((id) => id.endsWith('-came'))!);
    await report('elsewhere', '2015-05-10', { visits: [{ destination: { kind: 'state', code: 'KOR' }, date: '2015-05-09', status: 'occurred' }] });
    await report('before', '2013-02-10', { visits: [{ destination: { kind: 'state', code: 'RUS' }, date: '2013-02', status: 'occurred' }] });
    await expect(fact(inviteId)).resolves.toMatchObject({ resultingVisit: null });
  });
});
