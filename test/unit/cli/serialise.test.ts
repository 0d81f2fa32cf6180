import { toRecord, errorRecord, actorRecord } from '../../../src/cli/serialise';
import { summarise, alignRows } from '../../../src/cli/summary';
import type { ArticleExtraction } from '../../../src/extract/types';
import type { Article } from '../../../src/article';

const text =
  'MOSCOW (Wire) — Russian President Vladimir Putin invited North Korean leader Kim Jong-un to the May 9 parade. ' +
  'Kim may visit Russia in May. "We welcome it," said Chinese spokeswoman Hua Chunying.';
const sentence = (s: string) => {
  const start = text.indexOf(s);
  return { text: s, start, end: start + s.length };
};

const article: Article = {
  id: 'test-serialise-1',
  url: 'https://example.org/1',
  title: 'Putin invites Kim',
  source: 'Wire',
  publishedAt: '2015-01-22',
  dateline: { city: 'Moscow', agency: 'Wire' },
  text,
};

const extraction: ArticleExtraction = {
  article,
  skipped: null,
  states: [
    { code: 'RUS', name: 'Russia', mentions: ['Russian', 'Russia'] },
    { code: 'PRK', name: 'North Korea', mentions: ['North Korean'] },
  ],
  people: [
    { name: 'Vladimir Putin', aliases: [], state: 'RUS', role: 'president', leader: true },
    { name: 'Kim Jong-un', aliases: ['Kim'], state: 'PRK', role: 'leader', leader: true },
    { name: 'Hua Chunying', aliases: [], state: 'CHN', role: 'spokeswoman', leader: false },
  ],
  events: [{ key: 'parade|2015-05-09|RUS', kind: 'parade', name: 'May 9 parade', date: '2015-05-09', place: 'RUS' }],
  invitations: [
    {
      inviter: { kind: 'person', name: 'Vladimir Putin', state: 'RUS' },
      invitee: { kind: 'person', name: 'Kim Jong-un', state: 'PRK' },
      event: 'parade|2015-05-09|RUS',
      status: 'unknown',
      negated: false,
      date: null,
      evidence: [sentence('Russian President Vladimir Putin invited North Korean leader Kim Jong-un to the May 9 parade.')],
    },
  ],
  visits: [
    {
      visitor: { kind: 'person', name: 'Kim Jong-un', state: 'PRK' },
      destination: { kind: 'state', code: 'RUS' },
      event: null,
      status: 'possible',
      negated: false,
      date: '2015-05',
      evidence: [sentence('Kim may visit Russia in May.')],
    },
  ],
  statements: [
    {
      speaker: { kind: 'person', name: 'Hua Chunying', state: 'CHN' },
      date: '2015-01-22',
      quote: 'We welcome it',
      about: [{ kind: 'state', code: 'PRK' }, { kind: 'person', name: 'Kim Jong-un', state: 'PRK' }],
      event: null,
      evidence: [sentence('"We welcome it," said Chinese spokeswoman Hua Chunying.')],
    },
  ],
  warnings: [],
};

describe('toRecord: the NDJSON record shape', () => {
  const r = toRecord(extraction);

  it('carries the article id and metadata', () => {
    expect(r.id).toBe('test-serialise-1');
    expect(r.publishedAt).toBe('2015-01-22');
    expect(r.dateline).toEqual({ city: 'Moscow', agency: 'Wire' });
    expect(r).not.toHaveProperty('text');
  });

  it('writes states as {code, name} and people as {name, state, role}', () => {
    expect(r.states.map(({ code, name }) => ({ code, name }))).toEqual([
      { code: 'RUS', name: 'Russia' },
      { code: 'PRK', name: 'North Korea' },
    ]);
    expect(r.people[0]).toMatchObject({ name: 'Vladimir Putin', state: 'RUS', role: 'president' });
  });

  it('writes invitations with actors, the event inlined, and evidence with spans', () => {
    expect(r.invitations).toEqual([
      {
        inviter: { name: 'Vladimir Putin', state: 'RUS' },
        invitee: { name: 'Kim Jong-un', state: 'PRK' },
        event: { name: 'May 9 parade', kind: 'parade', date: '2015-05-09', place: 'RUS' },
        status: 'unknown',
        negated: false,
        date: null,
        evidence: 'Russian President Vladimir Putin invited North Korean leader Kim Jong-un to the May 9 parade.',
        evidenceSpans: [{ start: 16, end: 109 }],
      },
    ]);
  });

  it('gives offsets that point into the article text', () => {
    for (const f of [...r.invitations, ...r.visits, ...r.statements]) {
      expect(f.evidenceSpans.map((s) => text.slice(s.start, s.end)).join(' ')).toBe(f.evidence);
    }
  });

  it('writes visits with destination {code}', () => {
    expect(r.visits[0]).toMatchObject({ visitor: { name: 'Kim Jong-un', state: 'PRK' }, destination: { code: 'RUS' }, date: '2015-05', status: 'possible', negated: false });
  });

  it('writes statements with speaker, date, quote and about', () => {
    expect(r.statements[0]).toMatchObject({
      speaker: { name: 'Hua Chunying', state: 'CHN' },
      date: '2015-01-22',
      quote: 'We welcome it',
      about: [{ code: 'PRK' }, { name: 'Kim Jong-un', state: 'PRK' }],
      event: null,
    });
  });

  it('survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('writes a state actor as {code}', () => {
    expect(actorRecord({ kind: 'state', code: 'EU' })).toEqual({ code: 'EU' });
  });
});

describe('errorRecord', () => {
  it('has the id, the error and empty fact lists', () => {
    expect(errorRecord('a.txt', 'dir/a.txt', { code: 'EMPTY', message: 'input is empty' })).toEqual({
      id: 'a.txt',
      source: 'dir/a.txt',
      error: { code: 'EMPTY', message: 'input is empty' },
      states: [],
      people: [],
      invitations: [],
      visits: [],
      statements: [],
    });
  });
});

describe('summarise: the readable form', () => {
  it('lists each fact kind with aligned columns', () => {
    const s = summarise(toRecord(extraction));
    const lines = s.split('\n');
    expect(lines[0]).toBe('■ Putin invites Kim');
    expect(s).toContain('published 2015-01-22 · Moscow (Wire)');
    expect(s).toMatch(/invitations +Vladimir Putin \(RUS\) +→ +Kim Jong-un \(PRK\) +May 9 parade 2015-05-09 +unknown/);
    expect(s).toMatch(/visits +Kim Jong-un \(PRK\) +→ +RUS +2015-05 +possible/);
    const people = lines.filter((l) => / (RUS|PRK|CHN) {2}/.test(l) && !l.includes('→'));
    expect(people).toHaveLength(3);
    // the state column starts at the same place on every people line
    expect(new Set(people.map((l) => l.search(/ (RUS|PRK|CHN) /))).size).toBe(1);
  });

  it('pads every column but the last', () => {
    expect(alignRows([['a', 'bb', 'c'], ['ddd', 'e', 'f']], '> ')).toEqual(['> a    bb  c', '> ddd  e   f']);
  });
});
