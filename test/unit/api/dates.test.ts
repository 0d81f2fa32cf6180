import { dateRangeParams, isPartialDate, overlaps, seekBounds, sortKeyBands, yearCountPlan, type SortKeyBand } from '../../../src/api/dates';

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

describe('seekBounds: an anchored list’s or a dyad’s sortKey range', () => {
  it.each([
    [null, null, { lo: '', hi: '~', undated: true }],
    ['2015-05-09', null, { lo: '2015', hi: '~', undated: false }],
    ['2015', '2016-02', { lo: '2015', hi: '2016-02~', undated: false }],
    [null, '2014', { lo: '', hi: '2014~', undated: false }],
  ])('from %j to %j → %j', (from, to, bounds) => {
    expect(seekBounds(dateRangeParams(from, to))).toEqual(bounds);
  });
});

describe('sortKeyBands: the seeks of a list with no anchor', () => {
  const eq = (key: string, afterId = '', status: string | null = null): SortKeyBand => ({ key, afterId, hi: null, status });
  const after = (key: string, hi: string, status: string | null = null): SortKeyBand => ({ key, afterId: '', hi, status });

  it('reads every fact, the undated last, when no range is asked', () => {
    expect(sortKeyBands(dateRangeParams(null, null), null, null)).toEqual([after('', '~')]);
  });

  it('reads the coarser dates that overlap `from` before the range itself', () => {
    expect(sortKeyBands(dateRangeParams('2015-05-09', '2015-05-20'), null, null)).toEqual([
      eq('2015'),
      eq('2015-05'),
      eq('2015-05-09'),
      after('2015-05-09', '2015-05-20~'),
    ]);
    expect(sortKeyBands(dateRangeParams('2015-05', '2015-05'), null, null)).toEqual([eq('2015'), eq('2015-05'), after('2015-05', '2015-05~')]);
  });

  it('leaves the undated out of any range, open at either end', () => {
    expect(sortKeyBands(dateRangeParams('2015', null), null, null)).toEqual([eq('2015'), after('2015', '9999~')]);
    expect(sortKeyBands(dateRangeParams(null, '2014'), null, null)).toEqual([after('', '2014~')]);
  });

  it('starts after a cursor: the rest of its key, then the keys after it', () => {
    const range = dateRangeParams('2015-05-09', '2015-05-20');
    expect(sortKeyBands(range, '2015-05-12', 'inv-7')).toEqual([eq('2015-05-12', 'inv-7'), after('2015-05-12', '2015-05-20~')]);
    // A cursor on a coarser date: that date's remaining ids, then the whole range.
    expect(sortKeyBands(range, '2015', 'inv-3')).toEqual([eq('2015', 'inv-3'), eq('2015-05'), eq('2015-05-09'), after('2015-05-09', '2015-05-20~')]);
    // A cursor past the range leaves nothing to read.
    expect(sortKeyBands(range, '2015-06', 'x')).toEqual([]);
    expect(sortKeyBands(dateRangeParams(null, null), '~', 'inv-9')).toEqual([eq('~', 'inv-9')]);
  });

  it('repeats the bands once per asked status', () => {
    expect(sortKeyBands(dateRangeParams('2015', '2015'), null, null, ['DECLINED', 'WITHDRAWN'])).toEqual([
      eq('2015', '', 'DECLINED'),
      after('2015', '2015~', 'DECLINED'),
      eq('2015', '', 'WITHDRAWN'),
      after('2015', '2015~', 'WITHDRAWN'),
    ]);
  });

  it('gives bands in sortKey order, each a key or the keys after one', () => {
    const bands = sortKeyBands(dateRangeParams('2014-12-30', '2016'), '2015-03-01', 'v');
    const starts = bands.map((b) => b.key);
    expect([...starts].sort()).toEqual(starts);
    for (const b of bands) if (b.hi !== null) expect(b.key < b.hi).toBe(true);
  });
});

describe('yearCountPlan: bilateral counts from whole-year counters and part-year entries', () => {
  it.each([
    [null, null, { yearsLo: '', yearsHi: '~', bands: [] }],
    ['2015', '2016-12-31', { yearsLo: '2015', yearsHi: '2016', bands: [] }],
    ['2015-01-01', '2016-12', { yearsLo: '2015', yearsHi: '2016', bands: [] }],
    ['2015-05-09', '2017-02', { yearsLo: '2016', yearsHi: '2016', bands: [{ lo: '2015', hi: '2015~' }, { lo: '2017', hi: '2017-02~' }] }],
    ['2015-05', '2015-08', { yearsLo: '2016', yearsHi: '2014', bands: [{ lo: '2015', hi: '2015-08~' }] }],
    [null, '2014-06', { yearsLo: '', yearsHi: '2013', bands: [{ lo: '2014', hi: '2014-06~' }] }],
    ['2015-02', null, { yearsLo: '2016', yearsHi: '9999', bands: [{ lo: '2015', hi: '2015~' }] }],
  ])('from %j to %j → %j', (from, to, plan) => {
    expect(yearCountPlan(dateRangeParams(from, to))).toEqual(plan);
  });

  // Counted as bilateral-facts counts (counters for whole years, entries of the bands with
  // the range's overlap rule), every range gives exactly the count of the dates it overlaps.
  it('counts what the overlap rule counts, for every range over a set of dates', () => {
    const dates: (string | null)[] = [null];
    for (const y of ['2014', '2015', '2016'])
      for (const m of [null, '01', '02', '06', '12'])
        for (const d of [null, '01', '15', '31']) {
          if (m === null && d !== null) continue;
          if (d === '31' && (m === '02' || m === '06')) continue;
          dates.push([y, m, d].filter((x) => x !== null).join('-'));
        }
    const sortKey = (d: string | null) => d ?? '~';
    const counters = new Map<string, number>();
    for (const d of dates) counters.set(sortKey(d).slice(0, 4), (counters.get(sortKey(d).slice(0, 4)) ?? 0) + 1);
    const bounds = [null, ...dates.filter((d): d is string => d !== null)];
    for (const from of bounds)
      for (const to of bounds) {
        const range = dateRangeParams(from, to);
        const plan = yearCountPlan(range);
        const { undated } = seekBounds(range);
        const fromCounters = [...counters].filter(([y]) => y >= plan.yearsLo && y <= plan.yearsHi).reduce((n, [, c]) => n + c, 0);
        const inBands = plan.bands.reduce(
          (n, b) =>
            n +
            dates.filter((d) => {
              const k = sortKey(d);
              return k >= b.lo && k <= b.hi && (range.from === null || k >= range.from || range.fromPrefixes.includes(k)) && (undated || k < '~');
            }).length,
          0,
        );
        const expected = dates.filter((d) => overlaps(d, range)).length;
        expect({ from, to, n: fromCounters + inBands }).toEqual({ from, to, n: expected });
      }
  });
});
