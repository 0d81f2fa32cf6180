import { extractArticle, loadExtractionResources, sections } from '../../../src/extract';
import type { Article } from '../../../src/article/types';
import { invitations, statements, visits } from './helpers';

const resources = loadExtractionResources();

// A text longer than SECTION_CHARS is read in sections, so one article's extraction needs
// bounded memory; each section must read as it would alone, at its place in the whole text.
describe('long texts, read in sections', () => {
  it('cuts at the last paragraph break, else line break, else space, else at the limit, and covers the text', () => {
    const text = 'aaaa bbbb\n\ncccc\ndddd eeee ffffffffffffff';
    const spans = sections(text, 12);
    expect(spans.map(([s, e]) => text.slice(s, e))).toEqual(['aaaa bbbb\n\n', 'cccc\n', 'dddd eeee ', 'ffffffffffff', 'ff']);
    expect(sections('short', 12)).toEqual([[0, 5]]);
    // Never inside a surrogate pair.
    const emoji = '😀'.repeat(10);
    for (const [s, e] of sections(emoji, 5)) expect(emoji.slice(s, e)).toMatch(/^(😀)+$/u);
  });

  it('finds the facts of every section, with evidence at its place in the whole text', () => {
    const story = (n: number): string =>
      `Egyptian Foreign Minister Ahmed Saleh said the border would reopen (${n}). ` +
      `Russian President Ivan Sokolov invited Chinese President Wen Jianguo to attend a military parade in Moscow in May. ` +
      // an acceptance told apart makes a visit from the invitation's evidence: shifted once only
      `Indian Prime Minister Ravi Desai invited his Nepalese counterpart, Ram Thapa, to New Delhi. Thapa has accepted the invitation. ` +
      `Japanese Prime Minister Kenji Mori visited India on Tuesday.`;
    // Sections of 2,000 characters instead of SECTION_CHARS: the same code, quicker to run.
    const size = 2000;
    const paragraphs: string[] = [];
    for (let n = 0; paragraphs.join('\n\n').length < 5.5 * size; n++) paragraphs.push(story(n));
    const text = paragraphs.join('\n\n');
    const article: Article = { id: 'long', url: null, title: null, source: null, publishedAt: '2024-03-14', dateline: null, text };
    const whole = extractArticle(article, resources, size);
    const one = extractArticle({ ...article, text: story(0) }, resources);

    for (const facts of [invitations(one), visits(one), statements(one)]) expect(facts.length).toBeGreaterThan(0);
    expect(whole.article).toBe(article);
    expect(whole.skipped).toBeNull();
    // Each section states the same facts as one story alone; none is lost at a cut.
    expect(new Set(invitations(whole))).toEqual(new Set(invitations(one)));
    expect(new Set(visits(whole))).toEqual(new Set(visits(one)));
    expect(new Set(statements(whole))).toEqual(new Set(statements(one)));
    expect(whole.people.map((p) => p.name).sort()).toEqual(one.people.map((p) => p.name).sort());
    const spans = [...whole.invitations, ...whole.visits, ...whole.statements].flatMap((f) => f.evidence);
    for (const e of spans) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(Math.max(...spans.map((e) => e.start))).toBeGreaterThan(5 * size);
  });
});
