import { parse } from 'graphql';
import { fromSecondRun } from '../../../src/api/yoga';

describe('fromSecondRun', () => {
  it('compiles a document only once it is run again', () => {
    const enabled = fromSecondRun();
    const a = parse('{ a }');
    const b = parse('{ a }');
    expect(enabled({ document: a })).toBe(false);
    expect(enabled({ document: a })).toBe(true);
    expect(enabled({ document: a })).toBe(true);
    // Another parse of the same text is another document (yoga's parser cache hands out one).
    expect(enabled({ document: b })).toBe(false);
    expect(enabled({ document: b })).toBe(true);
  });
});
