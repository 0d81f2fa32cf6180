import { mergeFactIds, parseRepresentsId, planArticleWrite, planRefresh, type GraphRows, type PlannedStatement } from '../../../src/graph/plan';
import { collectPeople, resolvePeople } from '../../../src/resolve/people';
import type { ArticleExtraction } from '../../../src/extract/types';
import { seedExtraction } from './fixtures';

const ctx = { articleId: 'https://example.test/seed', now: '2026-01-01T00:00:00.000Z', revision: 'rev-1' };

function plan(x: ArticleExtraction) {
  return planArticleWrite(x, resolvePeople(collectPeople(x), new Map()), ctx);
}

/** The rows of one write statement. */
function rows(statements: PlannedStatement[], part: keyof GraphRows): Array<Record<string, unknown>> {
  if (part === 'states' || part === 'people' || part === 'events' || part === 'evidence') {
    const nodes = statements.find((s) => s.name === 'write-nodes');
    return (nodes?.params[part] as Array<Record<string, unknown>> | undefined) ?? [];
  }
  const st = statements.find((s) => s.name === `write-${part}`);
  return (st?.params.rows as Array<Record<string, unknown>> | undefined) ?? [];
}

describe('planArticleWrite on the seed story', () => {
  const p = plan(seedExtraction());

  it('is a handful of statements, nodes first and facts last, each guarded by the write’s revision', () => {
    expect(p.statements.map((s) => s.name)).toEqual([
      'write-nodes',
      'write-represents',
      'write-invited',
      'write-visited',
      'write-stated',
    ]);
    for (const s of p.statements) {
      expect(s.params).toMatchObject({ articleId: ctx.articleId, revision: ctx.revision, publishedAt: '2015-01-22', ingestedAt: ctx.now });
    }
  });

  it('writes each state, person and event once, sorted by key', () => {
    expect(rows(p.statements, 'states').map((r) => r.code)).toEqual(['CHN', 'KOR', 'PRK', 'RUS']);
    expect(rows(p.statements, 'people').map((r) => r.id)).toEqual([
      'person:hua chunying',
      'person:kim jong un',
      'person:park geun hye',
      'person:sergei lavrov',
      'person:vladimir putin',
      'person:xi jinping',
    ]);
    expect(rows(p.statements, 'events')).toEqual([
      { id: 'event:ceremony|2015-05-09|RUS', kind: 'ceremony', name: 'May 9 ceremony', date: '2015-05-09', place: 'RUS' },
    ]);
    expect(rows(p.statements, 'states').find((r) => r.code === 'PRK')).toMatchObject({ name: 'North Korea', aliases: ['North Korea', 'Pyongyang', 'North Korean'], bloc: false });
  });

  it('plans the reference facts with their ids', () => {
    expect(p.facts.INVITED).toEqual([
      'inv|RUS|person:park geun hye|event:ceremony|2015-05-09|RUS|false',
      'inv|RUS|person:xi jinping|event:ceremony|2015-05-09|RUS|false',
      'inv|person:vladimir putin|person:kim jong un|event:ceremony|2015-05-09|RUS|false',
    ]);
    expect(p.facts.VISITED).toEqual(['vis|person:kim jong un|RUS|2015-05|false', 'vis|person:xi jinping|KOR|2014|false']);
    expect(p.facts.STATED).toHaveLength(3);
    expect(p.facts.STATED.filter((id) => id.startsWith('stm|person:hua chunying|'))).toHaveLength(2);
    // Lavrov names no subject: addressed to his own state.
    expect(p.facts.STATED.some((id) => id.startsWith('stm|person:sergei lavrov|RUS|2015-01-21|'))).toBe(true);
    expect(p.facts.REPRESENTS).toContain('rep|person:hua chunying|CHN');
    expect(p.counts).toEqual({ states: 4, people: 6, events: 1, invitations: 3, visits: 2, statements: 3 });
    expect(p.warnings).toEqual([]);
  });

  it('gives every fact evidence carrying the article’s reading of it', () => {
    const evidence = rows(p.statements, 'evidence');
    const putinKim = evidence.find((e) => String(e.factId).startsWith('inv|person:vladimir putin'));
    expect(putinKim).toMatchObject({ kind: 'INVITED', status: 'pending', negated: false, date: '2014-11', eventId: 'event:ceremony|2015-05-09|RUS', eventName: 'May 9 ceremony' });
    expect(String(putinKim?.text)).toContain('invited Kim to attend');
    const ids = evidence.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const factIds = new Set(evidence.map((e) => e.factId));
    for (const id of [...p.facts.INVITED, ...p.facts.VISITED, ...p.facts.STATED, ...p.facts.REPRESENTS]) expect(factIds.has(id)).toBe(true);
    expect(p.statements[0]?.params.reportKey).toBe(`2015-01-22|${ctx.now}|${ctx.articleId}`);
  });

  it('gives each fact row this article’s attributes and its place among reports', () => {
    const row = rows(p.statements, 'invited').find((r) => String(r.id).startsWith('inv|person:vladimir putin'));
    expect(row).toEqual({
      id: 'inv|person:vladimir putin|person:kim jong un|event:ceremony|2015-05-09|RUS|false',
      from: 'person:vladimir putin',
      to: 'person:kim jong un',
      attrs: { status: 'pending', negated: false, date: '2014-11', eventId: 'event:ceremony|2015-05-09|RUS', eventName: 'May 9 ceremony' },
      publishedAt: '2015-01-22',
      reportKey: `2015-01-22|${ctx.now}|${ctx.articleId}`,
    });
    const rep = rows(p.statements, 'represents').find((r) => r.person === 'person:vladimir putin');
    expect(rep).toMatchObject({ id: 'rep|person:vladimir putin|RUS', state: 'RUS', attrs: { role: 'president' }, leader: true });
  });

  it('orders report keys by publication date first', () => {
    const later = planArticleWrite(seedExtraction({ publishedAt: '2015-02-01' }), [], { ...ctx, now: '2000-01-01T00:00:00.000Z' });
    const key = (x: typeof p) => String(x.statements[0]?.params.reportKey);
    expect(key(later) > key(p)).toBe(true);
  });

  it('is deterministic', () => {
    expect(plan(seedExtraction())).toEqual(p);
  });
});

describe('planArticleWrite details', () => {
  it('treats spellings of one name as one person and one fact', () => {
    const x = seedExtraction({ names: { kim: 'Kim Jong Un' } });
    x.invitations.push({ ...x.invitations[0]!, invitee: { kind: 'person', name: 'Kim Jong-un', state: 'PRK' }, status: 'accepted' });
    const p = plan(x);
    expect(p.facts.INVITED.filter((id) => id.includes('kim jong un'))).toHaveLength(1);
    const ev = rows(p.statements, 'evidence').filter((e) => String(e.factId).includes('|person:kim jong un|event'));
    // one span, so one evidence node; the more definite status wins for the article
    expect(ev).toHaveLength(1);
    expect(ev[0]?.status).toBe('accepted');
  });

  it('keeps negated invitations as distinct facts', () => {
    const x = seedExtraction();
    x.invitations.push({ ...x.invitations[1]!, negated: true });
    expect(plan(x).facts.INVITED.filter((id) => id.startsWith('inv|RUS|person:xi jinping|'))).toHaveLength(2);
  });

  it('drops self-invitations with a warning', () => {
    const x = seedExtraction();
    x.invitations.push({ ...x.invitations[1]!, invitee: { kind: 'state', code: 'RUS' } });
    const p = plan(x);
    expect(p.facts.INVITED).toHaveLength(3);
    expect(p.warnings.some((w) => w.includes('by itself'))).toBe(true);
  });

  it('plans nothing but the article for an empty extraction', () => {
    const x = seedExtraction();
    const p = plan({ ...x, states: [], people: [], events: [], invitations: [], visits: [], statements: [] });
    expect(p.statements).toEqual([]);
    expect(p.counts).toEqual({ states: 0, people: 0, events: 0, invitations: 0, visits: 0, statements: 0 });
  });
});

describe('planRefresh', () => {
  it('re-derives each touched fact once, per type', () => {
    const a = plan(seedExtraction()).facts;
    const merged = mergeFactIds(a, a);
    const statements = planRefresh(merged);
    expect(statements.map((s) => s.name)).toEqual(['write-refresh-represents', 'write-refresh-invited', 'write-refresh-visited', 'write-refresh-stated']);
    expect(statements[1]?.params.ids).toEqual(a.INVITED);
    expect(statements[0]?.params.rows).toContainEqual({ id: 'rep|person:xi jinping|CHN', person: 'person:xi jinping', state: 'CHN' });
  });

  it('parses represents ids', () => {
    expect(parseRepresentsId('rep|person:kim jong un|PRK')).toEqual({ id: 'rep|person:kim jong un|PRK', person: 'person:kim jong un', state: 'PRK' });
    expect(parseRepresentsId('inv|a|b')).toBeNull();
  });
});
