import { emptyFactIds, mergeFactIds, parseRepresentsId, planArticleWrite, planBatchWrite, planStateEntries, planRefresh, type GraphRows } from '../../../src/graph/plan';
import { dyadKey } from '../../../src/resolve/keys';
import { collectPeople, resolvePeople } from '../../../src/resolve/people';
import type { ArticleExtraction } from '../../../src/extract/types';
import { seedExtraction } from './fixtures';

const ctx = { articleId: 'https://example.test/seed', now: '2026-01-01T00:00:00.000Z' };

function plan(x: ArticleExtraction) {
  return planArticleWrite(x, resolvePeople(collectPeople(x), new Map()), ctx);
}

/** One part of an article's rows. */
function rows(p: { rows: GraphRows }, part: keyof GraphRows): Array<Record<string, unknown>> {
  return p.rows[part] as unknown as Array<Record<string, unknown>>;
}

describe('planArticleWrite on the seed story', () => {
  const p = plan(seedExtraction());

  it('writes each state, person and event once, sorted by key', () => {
    expect(rows(p, 'states').map((r) => r.code)).toEqual(['CHN', 'KOR', 'PRK', 'RUS']);
    expect(rows(p, 'people').map((r) => r.id)).toEqual([
      'person:hua chunying',
      'person:kim jong un',
      'person:park geun hye',
      'person:sergei lavrov',
      'person:vladimir putin',
      'person:xi jinping',
    ]);
    expect(rows(p, 'events')).toEqual([
      { id: 'event:ceremony|2015-05-09|RUS', kind: 'ceremony', name: 'May 9 ceremony', date: '2015-05-09', place: 'RUS' },
    ]);
    expect(rows(p, 'states').find((r) => r.code === 'PRK')).toMatchObject({ name: 'North Korea', aliases: ['North Korea', 'Pyongyang', 'North Korean'], bloc: false });
  });

  it('plans the reference facts: statements by id, invitations and visits by group', () => {
    expect(p.groups.map((g) => g.key)).toEqual([
      'inv|RUS|person:park geun hye',
      'inv|RUS|person:xi jinping',
      'inv|person:vladimir putin|person:kim jong un',
      'vis|person:kim jong un|RUS',
      'vis|person:xi jinping|KOR',
    ]);
    expect(p.groups[3]).toEqual({ key: 'vis|person:kim jong un|RUS', type: 'VISITED', from: 'person:kim jong un', to: 'RUS' });
    // Which fact an invitation or visit joins is decided at write time, against its group.
    expect(p.facts.INVITED).toEqual([]);
    expect(p.facts.VISITED).toEqual([]);
    expect(p.facts.STATED).toHaveLength(3);
    expect(p.facts.STATED.filter((id) => id.startsWith('stm|person:hua chunying|'))).toHaveLength(2);
    // Lavrov names no subject: addressed to his own state.
    expect(p.facts.STATED.some((id) => id.startsWith('stm|person:sergei lavrov|RUS|2015-01-21|'))).toBe(true);
    expect(p.facts.REPRESENTS).toContain('rep|person:hua chunying|CHN');
    expect(p.counts).toEqual({ states: 4, people: 6, events: 1, invitations: 3, visits: 2, statements: 3 });
    expect(p.warnings).toEqual([]);
  });

  it('gives every fact evidence carrying the article’s reading of it', () => {
    const evidence = rows(p, 'evidence');
    const putinKim = evidence.find((e) => String(e.factId).startsWith('inv|person:vladimir putin'));
    expect(putinKim).toMatchObject({
      kind: 'INVITED', status: 'pending', negated: false, date: '2014-11', eventId: 'event:ceremony|2015-05-09|RUS', eventName: 'May 9 ceremony',
      eventDate: '2015-05-09', groupKey: 'inv|person:vladimir putin|person:kim jong un',
    });
    expect(String(putinKim?.text)).toContain('invited Kim to attend');
    const ids = evidence.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const factIds = new Set(evidence.map((e) => e.factId));
    for (const id of [...p.facts.INVITED, ...p.facts.VISITED, ...p.facts.STATED, ...p.facts.REPRESENTS]) expect(factIds.has(id)).toBe(true);
    for (const e of evidence) expect(e).toMatchObject({ articleId: ctx.articleId, publishedAt: '2015-01-22', ingestedAt: ctx.now, reportKey: `2015-01-22|${ctx.now}|${ctx.articleId}` });
  });

  it('gives each fact row this article’s attributes and its place among reports', () => {
    const row = rows(p, 'stated').find((r) => String(r.id).startsWith('stm|person:sergei lavrov'));
    expect(row).toMatchObject({
      from: 'person:sergei lavrov',
      to: 'RUS',
      attrs: { quote: expect.stringContaining('positive signal'), date: '2015-01-21', eventId: null, eventName: null },
      publishedAt: '2015-01-22',
      reportKey: `2015-01-22|${ctx.now}|${ctx.articleId}`,
    });
    const rep = rows(p, 'represents').find((r) => r.person === 'person:vladimir putin');
    expect(rep).toMatchObject({ id: 'rep|person:vladimir putin|RUS', state: 'RUS', attrs: { role: 'president' }, leader: true });
  });

  it('orders report keys by publication date first', () => {
    const later = planArticleWrite(seedExtraction({ publishedAt: '2015-02-01' }), [], { ...ctx, now: '2000-01-01T00:00:00.000Z' });
    const key = (x: typeof p) => String(x.rows.evidence[0]?.reportKey);
    expect(key(later) > key(p)).toBe(true);
  });

  it('is deterministic', () => {
    expect(plan(seedExtraction())).toEqual(p);
  });
});

describe('planArticleWrite details', () => {
  it('treats spellings of one name as one person and one reading', () => {
    const x = seedExtraction({ names: { kim: 'Kim Jong Un' } });
    x.invitations.push({ ...x.invitations[0]!, invitee: { kind: 'person', name: 'Kim Jong-un', state: 'PRK' }, status: 'accepted' });
    const p = plan(x);
    expect(p.groups.filter((g) => g.key.includes('kim jong un') && g.type === 'INVITED')).toHaveLength(1);
    const ev = rows(p, 'evidence').filter((e) => String(e.factId).includes('|person:kim jong un|event'));
    // one span, so one evidence node; the more definite status wins for the article
    expect(ev).toHaveLength(1);
    expect(ev[0]?.status).toBe('accepted');
  });

  it('keeps a negated reading beside the plain one, in the same group', () => {
    const x = seedExtraction();
    x.invitations.push({ ...x.invitations[1]!, negated: true });
    const p = plan(x);
    const xi = rows(p, 'evidence').filter((e) => e.groupKey === 'inv|RUS|person:xi jinping');
    expect(xi.map((e) => e.negated).sort()).toEqual([false, true]);
    expect(p.groups.filter((g) => g.key === 'inv|RUS|person:xi jinping')).toHaveLength(1);
  });

  it('drops self-invitations with a warning', () => {
    const x = seedExtraction();
    x.invitations.push({ ...x.invitations[1]!, invitee: { kind: 'state', code: 'RUS' } });
    const p = plan(x);
    expect(p.groups.filter((g) => g.type === 'INVITED')).toHaveLength(3);
    expect(p.counts.invitations).toBe(3);
    expect(p.warnings.some((w) => w.includes('by itself'))).toBe(true);
  });

  it('plans nothing but the article for an empty extraction', () => {
    const x = seedExtraction();
    const p = plan({ ...x, states: [], people: [], events: [], invitations: [], visits: [], statements: [] });
    expect(Object.values(p.rows).every((part) => part.length === 0)).toBe(true);
    expect(planBatchWrite([p])).toEqual([]);
    expect(p.counts).toEqual({ states: 0, people: 0, events: 0, invitations: 0, visits: 0, statements: 0 });
  });
});

describe('planStateEntries', () => {
  it('recomputes each fact once, per type, and the facts of the people whose links it names', () => {
    const facts = emptyFactIds();
    facts.INVITED = ['inv|b', 'inv|a', 'inv|b'];
    facts.STATED = ['stm|x'];
    facts.REPRESENTS = ['rep|person:kim jong un|PRK', 'rep|person:kim jong un|RUS', 'rep|person:xi jinping|CHN', 'not a link id'];
    expect(planStateEntries(facts)).toEqual([
      {
        name: 'write-state-entries',
        params: { invited: ['inv|a', 'inv|b'], visited: [], stated: ['stm|x'], people: ['person:kim jong un', 'person:xi jinping'] },
      },
    ]);
  });

  it('plans nothing for nothing', () => {
    expect(planStateEntries(emptyFactIds())).toEqual([]);
  });

  it('keys a pair of states the same either way round', () => {
    expect(dyadKey('RUS', 'PRK')).toBe('PRK|RUS');
    expect(dyadKey('PRK', 'RUS')).toBe('PRK|RUS');
  });
});

describe('planRefresh', () => {
  it('re-derives each touched fact once, per type', () => {
    const a = plan(seedExtraction()).facts;
    const merged = mergeFactIds(a, a);
    const statements = planRefresh(merged);
    expect(statements.map((s) => s.name)).toEqual(['write-refresh-represents', 'write-refresh-stated']);
    expect(statements[1]?.params.ids).toEqual(a.STATED);
    expect(statements[0]?.params.rows).toContainEqual({ id: 'rep|person:xi jinping|CHN', person: 'person:xi jinping', state: 'CHN' });
  });

  it('parses represents ids', () => {
    expect(parseRepresentsId('rep|person:kim jong un|PRK')).toEqual({ id: 'rep|person:kim jong un|PRK', person: 'person:kim jong un', state: 'PRK' });
    expect(parseRepresentsId('inv|a|b')).toBeNull();
  });
});

describe('planBatchWrite', () => {
  const later = '2026-01-02T00:00:00.000Z';
  const a = plan(seedExtraction());
  const b = planArticleWrite(seedExtraction({ url: 'https://example.test/seed-2', publishedAt: '2015-01-25' }), resolvePeople(collectPeople(seedExtraction()), new Map()), { articleId: 'https://example.test/seed-2', now: later });
  const undated = (() => {
    const x = seedExtraction({ url: 'https://example.test/seed-3' });
    x.article = { ...x.article, publishedAt: null };
    return planArticleWrite(x, resolvePeople(collectPeople(x), new Map()), { articleId: 'https://example.test/seed-3', now: later });
  })();
  const statements = planBatchWrite([a, b, undated]);
  const params = (name: string) => statements.find((s) => s.name === name)?.params ?? {};
  const factRows = (name: string) => params(name).rows as Array<Record<string, unknown>>;

  it('is one statement for the nodes and one per fact type, in that order', () => {
    expect(statements.map((s) => s.name)).toEqual(['write-nodes', 'write-represents', 'write-stated']);
  });

  it('writes each node once, mentioned by every article of the batch that names it', () => {
    const states = params('write-nodes').states as Array<{ code: string; articles: string[] }>;
    expect(states.map((s) => s.code)).toEqual(['CHN', 'KOR', 'PRK', 'RUS']);
    for (const s of states) expect(s.articles).toEqual([a.articleId, b.articleId, undated.articleId]);
    const people = params('write-nodes').people as Array<Record<string, unknown>>;
    expect(people.map((p) => p.id)).toEqual(a.rows.people.map((p) => p.id));
    expect(people.every((p) => !('named' in p))).toBe(true);
  });

  it('keeps every article’s evidence, sorted, each with its own article', () => {
    const evidence = params('write-nodes').evidence as Array<Record<string, unknown>>;
    expect(evidence).toHaveLength(a.rows.evidence.length + b.rows.evidence.length + undated.rows.evidence.length);
    expect(evidence.map((e) => String(e.id))).toEqual(evidence.map((e) => String(e.id)).sort());
    expect(new Set(evidence.map((e) => e.articleId))).toEqual(new Set([a.articleId, b.articleId, undated.articleId]));
  });

  it('folds the batch’s reports of a fact into one row: count, dated range, latest report', () => {
    const rows = factRows('write-stated');
    expect(rows).toHaveLength(3);
    const lavrov = rows.find((r) => String(r.id).startsWith('stm|person:sergei lavrov'));
    expect(lavrov).toMatchObject({ sources: 3, firstReported: '2015-01-22', lastReported: '2015-01-25', latestReport: `2015-01-25|${later}|${b.articleId}` });
    const rep = factRows('write-represents').find((r) => r.id === 'rep|person:vladimir putin|RUS');
    expect(rep).toMatchObject({ person: 'person:vladimir putin', state: 'RUS', sources: 3, leader: true, attrs: { role: 'president', asOf: '2015-01-25' } });
  });

  it('lets an undated report count but not set the reported range', () => {
    const alone = planBatchWrite([undated]);
    const row = (alone.find((s) => s.name === 'write-stated')?.params.rows as Array<Record<string, unknown>>)[0];
    expect(row).toMatchObject({ sources: 1, firstReported: null, lastReported: null });
  });

  it('names a person after the article that names them in full, not one that joined a surname', () => {
    const joined = plan(seedExtraction());
    const rows = joined.rows.people.map((p) => (p.id === 'person:vladimir putin' ? { ...p, name: 'Putin', named: false } : p));
    const batch = planBatchWrite([{ ...joined, articleId: 'x', rows: { ...joined.rows, people: rows } }, a]);
    const people = batch[0]?.params.people as Array<{ id: string; name: string }>;
    expect(people.find((p) => p.id === 'person:vladimir putin')?.name).toBe('Vladimir Putin');
  });
});

describe('report keys', () => {
  it('rank an undated article below every dated one', () => {
    const x = seedExtraction();
    x.article = { ...x.article, publishedAt: null };
    const undated = planArticleWrite(x, resolvePeople(collectPeople(x), new Map()), { ...ctx, now: '2030-01-01T00:00:00.000Z' });
    const dated = plan(seedExtraction({ publishedAt: '1990-01-01' }));
    const key = (p: { rows: GraphRows }) => String(p.rows.stated[0]?.reportKey);
    expect(key(undated)).toMatch(/^0000\|2030/);
    expect(key(undated) < key(dated)).toBe(true);
  });
});
