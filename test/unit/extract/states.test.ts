import { invitations, run, stateCodes, statements, visits } from './helpers';

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
    ['"Congo" in a list of states is a member, read as the wires write it', 'Leaders of Iraq, Congo, Laos and Cuba attended.', ['IRQ', 'COG', 'LAO', 'CUB'], ['COD']],
    ['"Congo" where the article names Kinshasa is Kinshasa\'s', 'Rebels crossed into Congo, officials in Kinshasa said.', ['COD'], ['COG']],
    ['older names of states: Ceylon, Dahomey, Upper Volta, Siam', 'Envoys of Ceylon, Dahomey, Upper Volta and Siam attended.', ['LKA', 'BEN', 'BFA', 'THA'], []],
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

describe('states of their time', () => {
  test('in a story of 1987, Moscow and "Soviet" are the Soviet Union', () => {
    const x = run('Soviet leader Pavel Orlov met the US envoy in Moscow on Tuesday. Moscow said the talks were useful.', '1987-04-15');
    expect(stateCodes(x)).toContain('SUN');
    expect(stateCodes(x)).not.toContain('RUS');
    expect(statements(x)).toEqual(['SUN 1987-04-15']);
  });
  test('in a story of 2020, Moscow is Russia, and the Soviet Union a state of the past', () => {
    const x = run('Moscow said the talks were useful. The leader first visited the Soviet Union in 1985.', '2020-04-15');
    expect(statements(x)).toEqual(['RUS 2020-04-15']);
  });
  test('East Germany, Zaire and West Germany by their names', () => {
    const x = run('West German Chancellor Karl Weber accepted an invitation to visit East Germany. Zaire said it was pleased.', '1988-01-10');
    expect(invitations(x)).toEqual(['DDR -> Karl Weber accepted']);
    expect(statements(x)).toEqual(['ZAR 1988-01-10']);
  });
  test('"former Soviet states" is a description, not a state', () => {
    const x = run('Russian President Ivan Petrov will visit former Soviet states in Central Asia -- Tajikistan and Turkmenistan on June 28.', '2022-06-20');
    expect(visits(x)).toEqual(['Ivan Petrov -> TJK planned 2022-06-28', 'Ivan Petrov -> TKM planned 2022-06-28']);
  });
});

describe("a bloc's seat", () => {
  test('"Brussels said" is the EU; flying to Brussels is a visit to Belgium', () => {
    const x = run('German Chancellor Karl Weber flew to Brussels on Monday for talks. Brussels said the deal was dead.', '2024-03-14');
    expect(visits(x)).toEqual(['Karl Weber -> BEL occurred 2024-03-11']);
    expect(statements(x)).toEqual(['EU 2024-03-14']);
  });
});
