import { dateRangeParams, isPartialDate, overlaps, seekBounds } from '../../../src/api/dates';

describe('isPartialDate', () => {
  it.each([
    ['2015', true],
    ['2015-05', true],
    ['2015-05-09', true],
    ['2016-02-29', true], // leap year
    ['2015-02-29', false],
    ['2015-13', false],
    ['2015-00', false],
    ['2015-04-31', false],
    ['15', false],
    ['2015/05', false],
    ['2015-5', false],
    ['2015-05-09T00:00', false],
    ['', false],
  ])('%j → %s', (value, ok) => {
    expect(isPartialDate(value)).toBe(ok);
  });
});

describe('overlaps: a fact date matches when its span meets the range', () => {
  it.each([
    // [fact date, from, to, matches]
    ['2015-05', '2015-05-09', null, true], // May 2015 contains the 9th
    ['2015', '2015-05-09', null, true], // the year contains it
    ['2015-04', '2015-05-09', null, false],
    ['2014', '2015', null, false],
    ['2015-05-31', null, '2015-05', true], // `to` covers the whole month
    ['2015-06-01', null, '2015-05', false],
    ['2015', null, '2014-12', false],
    ['2015', null, '2015-01-01', true],
    ['2015-05-09', '2015-05-09', '2015-05-09', true],
    [null, '2000', null, false], // undated facts fall out of any range
    [null, null, null, true],
  ])('%j within [%j, %j] → %s', (date, from, to, ok) => {
    expect(overlaps(date, dateRangeParams(from, to))).toBe(ok);
  });

  it('builds the Cypher parameters', () => {
    expect(dateRangeParams('2015-05-09', '2016')).toEqual({ from: '2015-05-09', fromPrefixes: ['2015', '2015-05'], toEnd: '2016~' });
    expect(dateRangeParams(undefined, null)).toEqual({ from: null, fromPrefixes: [], toEnd: null });
  });
});

describe('seekBounds: the unanchored lists’ date-index range', () => {
  it.each([
    [null, null, { lo: '', hi: '~', undated: true }],
    ['2015-05-09', null, { lo: '2015', hi: '~', undated: false }],
    ['2015', '2016-02', { lo: '2015', hi: '2016-02~', undated: false }],
    [null, '2014', { lo: '', hi: '2014~', undated: false }],
  ])('from %j to %j → %j', (from, to, bounds) => {
    expect(seekBounds(dateRangeParams(from, to))).toEqual(bounds);
  });
});
