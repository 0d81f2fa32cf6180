import { toLuceneQuery } from '../../../src/api/lucene';

describe('toLuceneQuery: user text becomes plain words, never query syntax', () => {
  it.each([
    ['Kim Jong', 'Kim AND jong*'],
    ['putin', 'putin*'],
    ['Kim Jong-un', 'Kim AND Jong\\-un'],
    // Punctuation-only words are dropped; the rest is escaped.
    ['") RETURN 1 //', 'RETURN AND 1*'],
    ["' OR 1=1 //", 'or AND 1=1'],
    ['Kim") OR (x', 'Kim\\"\\) AND or AND \\(x'],
    ['name:Putin', 'name\\:Putin'],
    ['Kim AND NOT Xi', 'Kim AND and AND not AND xi*'],
    ['fo?o~2^3', 'fo\\?o\\~2\\^3'],
    ['a\\b', 'a\\\\b'],
    ['Lavrov\u0000said', 'Lavrov AND said*'],
  ])('%j → %j', (text, query) => {
    expect(toLuceneQuery(text)).toBe(query);
  });

  it.each(['', '   ', '*:*', '\u0000', '" ( ) //', '&& ||'])('%j has nothing to search', (text) => {
    expect(toLuceneQuery(text)).toBeNull();
  });
});
