/**
 * Hand-built extractions, so graph tests do not depend on the extractor's quality. Offsets
 * point into the article text built here.
 */
import type { Article } from '../../../src/article/types';
import type { ArticleExtraction, Evidence, Invitation, Statement, Visit } from '../../../src/extract/types';

export function span(text: string, sentence: string): Evidence {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`fixture sentence not in text: ${sentence}`);
  return { text: sentence, start, end: start + sentence.length };
}

export function article(overrides: Partial<Article> & { text: string }): Article {
  return { id: overrides.url ?? 'sha256:fixture', url: null, title: null, source: null, publishedAt: '2015-01-22', dateline: null, ...overrides };
}

export function emptyExtraction(a: Article): ArticleExtraction {
  return { article: a, skipped: null, states: [], people: [], events: [], invitations: [], visits: [], statements: [], warnings: [] };
}

const SEED_SENTENCES = {
  lavrov: 'Russian Foreign Minister Sergei Lavrov said Wednesday that Moscow received a positive signal from Pyongyang after Russian President Vladimir Putin invited Kim to attend a May ceremony.',
  xiVisit: 'Chinese President Xi Jinping paid a state visit to South Korea last year.',
  xiInvited: 'Xi was also invited to the May 9 ceremony in Russia.',
  park: 'Russia also invited South Korean President Park Geun-hye for the May 9 ceremony.',
  hua: 'China’s foreign ministry spokeswoman Hua Chunying replied, “North Korea and Russia are both friendly neighbors of China.”',
  kimVisit: 'China said Thursday that a possible visit by North Korean leader Kim Jong-un to Russia in May would be conducive to peace.',
};

/** A shortened seed story, with the facts the reference case asks for. */
export function seedExtraction(opts: { url?: string; publishedAt?: string; names?: Partial<Record<'kim' | 'putin', string>> } = {}): ArticleExtraction {
  const text = Object.values(SEED_SENTENCES).join('\n\n');
  const a = article({ url: opts.url ?? 'https://example.test/seed', id: opts.url ?? 'https://example.test/seed', title: 'China says Kim’s possible visit to Russia conducive to peace', source: 'Yonhap', publishedAt: opts.publishedAt ?? '2015-01-22', text });
  const kim = opts.names?.kim ?? 'Kim Jong-un';
  const putin = opts.names?.putin ?? 'Vladimir Putin';
  const ev = (k: keyof typeof SEED_SENTENCES) => [span(text, SEED_SENTENCES[k])];
  const ceremony = 'ceremony|2015-05-09|RUS';
  const invitations: Invitation[] = [
    { inviter: { kind: 'person', name: putin, state: 'RUS' }, invitee: { kind: 'person', name: kim, state: 'PRK' }, event: ceremony, status: 'pending', negated: false, date: '2014-11', evidence: ev('lavrov') },
    { inviter: { kind: 'state', code: 'RUS' }, invitee: { kind: 'person', name: 'Xi Jinping', state: 'CHN' }, event: ceremony, status: 'unknown', negated: false, date: null, evidence: ev('xiInvited') },
    { inviter: { kind: 'state', code: 'RUS' }, invitee: { kind: 'person', name: 'Park Geun-hye', state: 'KOR' }, event: ceremony, status: 'pending', negated: false, date: null, evidence: ev('park') },
  ];
  const visits: Visit[] = [
    { visitor: { kind: 'person', name: kim, state: 'PRK' }, destination: { kind: 'state', code: 'RUS' }, event: null, status: 'possible', negated: false, date: '2015-05', evidence: ev('kimVisit') },
    { visitor: { kind: 'person', name: 'Xi Jinping', state: 'CHN' }, destination: { kind: 'state', code: 'KOR' }, event: null, status: 'occurred', negated: false, date: '2014', evidence: ev('xiVisit') },
  ];
  const statements: Statement[] = [
    { speaker: { kind: 'person', name: 'Hua Chunying', state: 'CHN' }, date: '2015-01-22', quote: 'North Korea and Russia are both friendly neighbors of China.', about: [{ kind: 'state', code: 'PRK' }, { kind: 'state', code: 'RUS' }], event: null, evidence: ev('hua') },
    { speaker: { kind: 'person', name: 'Sergei Lavrov', state: 'RUS' }, date: '2015-01-21', quote: 'Moscow received a positive signal from Pyongyang', about: [], event: null, evidence: ev('lavrov') },
  ];
  return {
    ...emptyExtraction(a),
    states: [
      { code: 'RUS', name: 'Russia', mentions: ['Russia', 'Moscow', 'Russian'] },
      { code: 'PRK', name: 'North Korea', mentions: ['North Korea', 'Pyongyang', 'North Korean'] },
      { code: 'CHN', name: 'China', mentions: ['China', 'Chinese'] },
      { code: 'KOR', name: 'South Korea', mentions: ['South Korea', 'South Korean'] },
    ],
    people: [
      { name: putin, aliases: ['Putin'], state: 'RUS', role: 'president', leader: true },
      { name: kim, aliases: ['Kim'], state: 'PRK', role: 'leader', leader: true },
      { name: 'Sergei Lavrov', aliases: ['Lavrov'], state: 'RUS', role: 'foreign minister', leader: false },
      { name: 'Xi Jinping', aliases: ['Xi'], state: 'CHN', role: 'president', leader: true },
      { name: 'Park Geun-hye', aliases: ['Park'], state: 'KOR', role: 'president', leader: true },
      { name: 'Hua Chunying', aliases: ['Hua'], state: 'CHN', role: 'foreign ministry spokeswoman', leader: false },
    ],
    events: [{ key: ceremony, kind: 'ceremony', name: 'May 9 ceremony', date: '2015-05-09', place: 'RUS' }],
    invitations,
    visits,
    statements,
  };
}
