import { findDates, parsePublished, resolveDate, type Tense } from '../../../src/extract/steps/04-dates';
import { run, statements, visits } from './helpers';

// Step 4: each relative-date form, resolved against the publication date.
describe('date expressions', () => {
  // 2024-03-14 is a Thursday
  const pub = parsePublished('2024-03-14');
  const cases: [string, string, Tense, string | null][] = [
    ["the article's own weekday", 'Thursday', 'past', '2024-03-14'],
    ['the last such weekday', 'Wednesday', 'past', '2024-03-13'],
    ['a weekday in a future clause', 'Friday', 'future', '2024-03-15'],
    ['"last" weekday', 'last Thursday', 'past', '2024-03-07'],
    ['month ahead in a future clause', 'in May', 'future', '2024-05'],
    ['month behind in a past clause', 'in November', 'past', '2023-11'],
    ['month without tense: the nearest', 'in April', 'unknown', '2024-04'],
    ['month and day', 'May 9', 'future', '2024-05-09'],
    ['month and day in the past', 'December 30', 'past', '2023-12-30'],
    ['day before month', '9 May 2015', 'past', '2015-05-09'],
    ['month and year', 'November 2019', 'past', '2019-11'],
    ['last year', 'last year', 'past', '2023'],
    ['next year', 'next year', 'future', '2025'],
    ['early and a year', 'early 2013', 'past', '2013'],
    ['next week', 'next week', 'future', '2024-03'],
    ['today', 'today', 'present', '2024-03-14'],
    ['earlier in the day', 'earlier in the day', 'past', '2024-03-14'],
    ['yesterday', 'yesterday', 'past', '2024-03-13'],
  ];
  test.each(cases)('%s', (_name, phrase, tense, want) => {
    const found = findDates(`It happened ${phrase}.`, 0);
    expect(found).toHaveLength(1);
    expect(resolveDate(found[0]!.parse, pub, tense)).toBe(want);
  });

  test('without a publication date, relative forms are null but absolute ones stay', () => {
    const [rel] = findDates('on Friday', 0);
    const [abs] = findDates('on May 9, 2015', 0);
    expect(resolveDate(rel!.parse, null, 'past')).toBeNull();
    expect(resolveDate(abs!.parse, null, 'past')).toBe('2015-05-09');
  });

  test('"May" the modal verb is not a month', () => {
    expect(findDates('He may visit soon.', 0)).toEqual([]);
  });

  test('a statement takes the date of its saying verb', () => {
    expect(statements(run('Italian Foreign Minister Marco Conti said Tuesday the talks had failed.'))).toEqual(['Marco Conti 2024-03-12']);
  });

  test('a future visit on a weekday is the next one', () => {
    expect(visits(run('Italian Prime Minister Marco Conti will visit Egypt on Monday.'))).toEqual(['Marco Conti -> EGY planned 2024-03-18']);
  });
});

test('"in April last year", "May of next year": the month of the year before or after the story\'s', () => {
  const pub = parsePublished('2009-11-14');
  const got = (s: string) => findDates(s, 0).map((d) => resolveDate(d.parse, pub, 'past'));
  expect(got('He was last in Islamabad in April last year.')).toEqual(['2008-04']);
  expect(got('The summit is planned for May of next year.')).toEqual(['2010-05']);
  expect(got('He came in March this year.')).toEqual(['2009-03']);
});
