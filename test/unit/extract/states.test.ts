import { run, stateCodes, statements } from './helpers';

// Step 2: the gazetteer — one case per phenomenon, sentences written for these tests.
describe('state mentions', () => {
  const cases: [string, string, string[], string[]][] = [
    // name, text, states expected, states that must be absent
    ['demonym', 'South Korean exporters had a strong quarter.', ['KOR'], ['PRK']],
    ['longest match: Papua New Guinea', 'Papua New Guinea signed the accord.', ['PNG'], ['GIN']],
    ['longest match: Equatorial Guinea', 'Equatorial Guinea hosted the meeting.', ['GNQ'], ['GIN']],
    ['historical form is not its successor', 'The Soviet Union collapsed in 1991.', [], ['RUS']],
    ['America is the United States', 'America imposed new tariffs.', ['USA'], []],
    ['abbreviations', 'The U.S. and the UK issued a joint statement.', ['GBR', 'USA'], []],
    ['DPRK and ROK', 'The DPRK accused the ROK of provocations.', ['KOR', 'PRK'], []],
    ['the North in a Korean story', 'Seoul said the North fired two missiles.', ['KOR', 'PRK'], []],
    ['Jordan the person', 'Michael Jordan said the team played well.', [], ['JOR']],
    ['Chad the name', 'Chad Miller, a fan, cheered loudly.', [], ['TCD']],
    ['Georgia the US state', 'Georgia voters in Atlanta went to the polls as the governor watched.', [], ['GEO']],
    ['Turkey the bird', 'Turkey is the centrepiece of a Thanksgiving dinner.', [], ['TUR']],
    ['lower-case turkey', 'They ate turkey and rice.', [], ['TUR']],
    ['a capital stands for its state', 'Ties between Canberra and Wellington are warm.', ['AUS', 'NZL'], []],
    ['observer states and Kosovo', 'The Holy See, Palestine and Kosovo sent delegates.', ['PSE', 'VAT', 'XKX'], []],
    ['blocs', 'The European Union and NATO held talks.', ['EU', 'NATO'], []],
    ['an island is not Iceland', 'The talks were held on Sakhalin Island, a Russian island.', ['RUS'], ['ISL']],
    ['Congo alone names neither Congo', 'Rebels crossed into Congo, officials in Uganda said.', ['UGA'], ['COG', 'COD']],
  ];
  test.each(cases)('%s', (_name, text, present, absent) => {
    const codes = stateCodes(run(text));
    for (const c of present) expect(codes).toContain(c);
    for (const c of absent) expect(codes).not.toContain(c);
  });
});

describe('seats of power speak for their state', () => {
  const cases: [string, string, string][] = [
    ['the Kremlin', 'The Kremlin said on Thursday that talks would continue.', 'RUS'],
    ['the White House', 'The White House said the sanctions would stay.', 'USA'],
    ['Malacañang', 'Malacañang said the trip was still under review.', 'PHL'],
    ['the Elysee', 'The Elysee said the summit would go ahead.', 'FRA'],
    ['a capital', 'Beijing warned that the move would hurt ties.', 'CHN'],
    ["a ministry of a state", "Egypt's Foreign Ministry said the border would reopen.", 'EGY'],
  ];
  test.each(cases)('%s', (_name, text, code) => {
    expect(statements(run(text))).toEqual([`${code} 2024-03-14`]);
  });
});

describe('robustness', () => {
  test('text without full stops is cut into bounded sentences and still read', () => {
    const x = run(('Egyptian Foreign Minister Ahmed Saleh said ties were good , ').repeat(400));
    expect(x.statements.length).toBeGreaterThan(0);
    for (const s of x.statements) for (const e of s.evidence) expect(e.end - e.start).toBeLessThan(20000);
  });

  test('empty text is skipped with a reason', () => {
    expect(run('   ').skipped).toBe('empty text');
  });
});
