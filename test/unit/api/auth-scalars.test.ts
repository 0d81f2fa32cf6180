import { checkApiKey } from '../../../src/api/auth';
import { parsePartialDate, parseStateCode } from '../../../src/api/scalars';

describe('checkApiKey', () => {
  const key = 'a-long-enough-api-key-123';
  it.each([
    [undefined, key, 'disabled'],
    ['', key, 'disabled'],
    [key, null, 'missing'],
    [key, '', 'missing'],
    [key, `${key}x`, 'wrong'],
    [key, key.slice(0, -1), 'wrong'],
    [key, key.toUpperCase(), 'wrong'],
    [key, key, 'ok'],
  ])('configured %j, presented %j → %s', (configured, presented, result) => {
    expect(checkApiKey(configured, presented)).toBe(result);
  });
});

describe('StateCode', () => {
  it.each([
    ['RUS', 'RUS'],
    ['prk', 'PRK'],
    [' chn ', 'CHN'],
    ['EU', 'EU'],
    ['asean', 'ASEAN'],
  ])('%j → %j', (input, code) => {
    expect(parseStateCode(input)).toBe(code);
  });

  it.each(['RU', 'RUSS', 'Russia', 'R1S', '', 42, null, "RUS' OR 1=1"])('refuses %j', (input) => {
    expect(() => parseStateCode(input)).toThrow(/alpha-3/);
  });
});

describe('PartialDate', () => {
  it('passes valid dates through and refuses the rest', () => {
    expect(parsePartialDate('2015-05')).toBe('2015-05');
    expect(() => parsePartialDate('2015-02-30')).toThrow(/YYYY, YYYY-MM or YYYY-MM-DD/);
    expect(() => parsePartialDate(2015)).toThrow(/PartialDate/);
  });
});
