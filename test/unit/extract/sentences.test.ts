import { findDateline } from '../../../src/article/dateline';
import { splitSentences } from '../../../src/extract/steps/01-sentences';
import { invitations, run } from './helpers';

describe('sentences: a dateline stands apart from the first sentence', () => {
  const text = 'BRASILIA, Dec 1 (Reuters) - The presidents of Argentina and Chile are expected next week. They will meet.';

  test('the first sentence starts where the body does', () => {
    const cut = findDateline(text)!.bodyStart;
    expect(splitSentences(text, cut).map((s) => s.text)).toEqual([
      'BRASILIA, Dec 1 (Reuters) -',
      'The presidents of Argentina and Chile are expected next week.',
      'They will meet.',
    ]);
  });

  test('without a cut the dateline opens the first sentence', () => {
    expect(splitSentences(text)[0]!.text).toBe('BRASILIA, Dec 1 (Reuters) - The presidents of Argentina and Chile are expected next week.');
  });

  test('a subject read from the start of a sentence is found after a dateline', () => {
    const x = run('MONTEVIDEO, Dec 1 (Reuters) - The presidents of Argentina, Chile and Paraguay are expected in Montevideo next week, having accepted invitations from Uruguayan President Pablo Vidal to a trade summit.');
    expect(invitations(x)).toEqual(['Pablo Vidal -> ARG accepted', 'Pablo Vidal -> CHL accepted', 'Pablo Vidal -> PRY accepted']);
  });
});
