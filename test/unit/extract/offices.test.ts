/** People by date: office-holder terms read cautiously, and what extraction makes of them. */
import { loadExtractionResources } from '../../../src/extract';
import { holderBySurname, holderByTitle, termStatus, type OfficeHolderEntry } from '../../../src/extract/steps/offices';
import { run } from './helpers';

const res = loadExtractionResources();
const entry = (start: string, end: string | null): OfficeHolderEntry => ({ state: 'XXX', office: 'head of state', title: 'president', name: 'A B', start, end });

describe('termStatus', () => {
  test.each([
    ['inside a term known to the day', entry('2010-03-01', '2014-03-01'), '2012-06-01', 'in'],
    ['before it', entry('2010-03-01', '2014-03-01'), '2010-02-28', 'out'],
    ['on the change-over day', entry('2010-03-01', '2014-03-01'), '2014-03-01', 'unsure'],
    ['after it', entry('2010-03-01', '2014-03-01'), '2014-03-02', 'out'],
    ['in a start month known only to the month', entry('2010-03', '2014-03-01'), '2010-03-20', 'unsure'],
    ['after a start known only to the year', entry('2010', null), '2011-01-01', 'in'],
    ['in an end year known only to the year', entry('2010-03-01', '2014'), '2014-11-30', 'unsure'],
    ['in an open term before the data ends', entry('2010-03-01', null), '2025-10-01', 'in'],
    ['in an open term after the data ends', entry('2010-03-01', null), '2026-02-01', 'unsure'],
  ])('%s', (_name, e, day, want) => {
    expect(termStatus(e, day, '2025-10-31')).toBe(want);
  });
});

describe('office-holder look-ups', () => {
  test('a bare surname is whoever held a fitting office that day, and nobody when two could be', () => {
    expect(holderBySurname(res.officeHolders, 'Kim', { day: '2011-08-22', state: 'PRK', role: null })?.name).toBe('Kim Jong-il');
    expect(holderBySurname(res.officeHolders, 'Kim', { day: '2024-08-19', state: 'PRK', role: 'leader' })?.name).toBe('Kim Jong Un');
    expect(holderBySurname(res.officeHolders, 'Bush', { day: '2003-04-04', state: null, role: 'president' })?.name).toBe('George W. Bush');
    expect(holderBySurname(res.officeHolders, 'Bush', { day: '1991-04-04', state: null, role: 'president' })?.name).toBe('George H. W. Bush');
    // 2011: a Kim led North Korea and another was South Korea's foreign minister
    expect(holderBySurname(res.officeHolders, 'Kim', { day: '2011-08-22', state: null, role: null })).toBeNull();
    // a spokesman is no office of the data
    expect(holderBySurname(res.officeHolders, 'Kim', { day: '2024-08-19', state: 'PRK', role: 'spokesman' })).toBeNull();
  });

  test('a title alone is the holder of that office that day', () => {
    expect(holderByTitle(res.officeHolders, 'CHN', 'premier', { day: '2011-08-22' })?.name).toBe('Wen Jiabao');
    expect(holderByTitle(res.officeHolders, 'RUS', 'foreign minister', { day: '2019-06-01' })?.name).toBe('Sergei Lavrov');
    // a president and a premier both lead China: "the Chinese leader" is neither for sure
    expect(holderByTitle(res.officeHolders, 'CHN', 'leader', { day: '2019-06-01' })).toBeNull();
  });
});

describe('extraction by date', () => {
  const names = (text: string, day: string) => run(text, day).people.map((p) => p.name).sort();

  test('a bare "Kim" of North Korea is the leader of the day', () => {
    const text = 'North Korean leader Kim arrived in Moscow on Monday for talks.';
    expect(names(text, '2011-08-22')).toEqual(['Kim Jong-il']);
    expect(names(text, '2024-08-19')).toEqual(['Kim Jong Un']);
  });

  test('a namesake named earlier does not take the bare surname from the leader of the day', () => {
    const text =
      'Chairman of State Affairs Kim Jong-un met the visitors in Pyongyang on Tuesday. The guests had met Kim\'s father, Kim Jong-il, in 2000. Officials said the talks went well. Kim will visit Moscow next year.';
    const x = run(text, '2024-06-19');
    const visitors = x.visits.map((v) => (v.visitor.kind === 'person' ? v.visitor.name : v.visitor.code));
    expect(visitors).toEqual(['Kim Jong-un']);
  });

  test('a title alone becomes the holder only with its state and without a modifier', () => {
    expect(names('The Japanese prime minister will visit Seoul in May.', '2019-06-01')).toEqual(['Shinzo Abe']);
    expect(names('The former Japanese prime minister will visit Seoul in May.', '2019-06-01')).toEqual([]);
    expect(names('The prime minister will visit Seoul in May.', '2019-06-01')).toEqual([]);
  });

  test('what the article says wins over the date', () => {
    expect(names('Former North Korean leader Kim Jong-il visited Moscow in 2001. Kim travelled by train.', '2024-08-19')).toEqual(['Kim Jong-il']);
  });
});
