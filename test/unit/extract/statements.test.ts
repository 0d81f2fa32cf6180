import { run, statements } from './helpers';
import { extractArticle, loadExtractionResources } from '../../../src/extract';

const resources = loadExtractionResources();

// Step 9: statements — who speaks for a state, and on which day.
// Publication date of every case: Thursday 2024-03-14.
describe('statements', () => {
  const cases: [string, string, string[]][] = [
    ['said, reported speech', 'Egyptian Foreign Minister Ahmed Saleh said the border would reopen.', ['Ahmed Saleh 2024-03-14']],
    ['direct speech, inverted', '"We will not back down," said Kremlin spokesman Pavel Orlov.', ['Pavel Orlov 2024-03-14']],
    ['according to', 'According to Turkish Foreign Minister Emre Aydin, the talks failed.', ['Emre Aydin 2024-03-14']],
    ['quoted as saying: the one quoted speaks, not the outlet', 'The border will reopen soon, a state newspaper quoted Egyptian Foreign Minister Ahmed Saleh as saying on Monday.', ['Ahmed Saleh 2024-03-11']],
    ['was quoted as saying', 'Egyptian Foreign Minister Ahmed Saleh was quoted as saying that the border would reopen.', ['Ahmed Saleh 2024-03-14']],
    ['cited as saying', 'The talks went well, he cited Egyptian Foreign Minister Ahmed Saleh as saying.', ['Ahmed Saleh 2024-03-14']],
    ['issued a statement saying', 'Chilean President Ana Soto issued a statement saying the deal was done.', ['Ana Soto 2024-03-14']],
    ['promised', 'Chilean President Ana Soto promised Peruvian President Luis Vega that she would visit Lima in May.', ['Ana Soto 2024-03-14']],
    ['told', 'Chilean President Ana Soto told reporters on Monday that the deal was done.', ['Ana Soto 2024-03-11']],
    ['a date before the subject', 'On March 2, Canadian Prime Minister Anne Roy warned of new tariffs.', ['Anne Roy 2024-03-02']],
    ['past perfect has no date', 'Canadian Prime Minister Anne Roy had said the tariffs were unfair.', ['Anne Roy -']],
    ["a state's ministry", "Iraq's Foreign Ministry said the envoy had been summoned.", ['IRQ 2024-03-14']],
    ['anonymous source excluded', 'A senior diplomatic source in Seoul told reporters the talks had stalled.', []],
    ['an official who asked not to be named', 'An official who asked not to be named said the trip was off.', []],
    ['analyst excluded', 'Market analyst Jane Lee said exports would grow.', []],
    ['executive excluded', 'Airline CEO Mark Stone said fares would rise.', []],
    ['news agency excluded', 'Reuters reported that Japan would lift the ban. Xinhua said the visit was historic.', []],
    ['a passive is not speech', 'Venezuela was announced as the host.', []],
    [
      'he added: the same speaker, one statement',
      'Egyptian Foreign Minister Ahmed Saleh said the border would reopen. He added that aid would follow.',
      ['Ahmed Saleh 2024-03-14'],
    ],
    [
      'a state statement is dropped when its official spoke that day',
      "China said on Thursday it opposed the sanctions. China's foreign ministry spokesman Lin Jian said the move was wrong.",
      ['Lin Jian 2024-03-14'],
    ],
    [
      'different days are different statements',
      'Chilean President Ana Soto said Monday the deal was close. Soto said Thursday the deal was done.',
      ['Ana Soto 2024-03-11', 'Ana Soto 2024-03-14'],
    ],
    [
      'a quote continued in the next sentence keeps its date',
      'Chilean President Ana Soto said Monday the deal was close. "We are nearly there," Soto said.',
      ['Ana Soto 2024-03-11'],
    ],
  ];
  test.each(cases)('%s', (_name, text, want) => {
    expect(statements(run(text))).toEqual(want.sort());
  });

  test('without a publication date an undated statement has no date', () => {
    expect(statements(run('Egyptian Foreign Minister Ahmed Saleh said the border would reopen.', null))).toEqual(['Ahmed Saleh -']);
  });

  test('evidence offsets point into the article text', () => {
    const x = run('Intro line.\n\nEgyptian Foreign Minister Ahmed Saleh said the border would reopen.');
    const e = x.statements[0]!.evidence[0]!;
    expect(x.article.text.slice(e.start, e.end)).toBe(e.text);
    expect(e.text).toBe('Egyptian Foreign Minister Ahmed Saleh said the border would reopen.');
  });
});

describe('statement dates from the saying phrase', () => {
  test('"said in a statement on Tuesday"', () => {
    expect(statements(run('Kenyan Foreign Minister Grace Wanjiru said in a statement on Tuesday that talks would resume.'))).toEqual([
      'Grace Wanjiru 2024-03-12',
    ]);
  });
});

describe('who a state statement belongs to', () => {
  test('an official of untold state speaking beside a seat of power, the same day, speaks for it', () => {
    const x = run(
      'Malacañang said on Thursday the trip was off. In a briefing on Thursday, presidential spokesperson Ana Reyes said the decision was final.',
    );
    expect(statements(x)).toEqual(['Ana Reyes 2024-03-14']);
    expect(x.people.find((p) => p.name === 'Ana Reyes')?.state).toBe('PHL');
  });
});

describe('offices', () => {
  test('"his office said" is the state of the sentence subject', () => {
    const x = run('Indonesian President Budi Santoso invited Australian Prime Minister Tom Hall to Jakarta, his office said.');
    expect(statements(x)).toEqual(['IDN 2024-03-14']);
  });
});

describe('speakers who do not speak for a state', () => {
  test('an opposition leader', () => {
    expect(statements(run('Indian opposition leader Ravi Kumar said the deal was a mistake.'))).toEqual([]);
  });
});

// Bodies of a state speak for it, named or not; a state also speaks by taking a position.
describe('statements: bodies of a state', () => {
  test.each([
    ["Kenya's Ministry of Foreign Affairs said the talks were productive.", ['KEN 2024-03-14']],
    ['The presidential press service of Azerbaijan said the president would not attend.', ['AZE 2024-03-14']],
    ['A spokesperson for the Kenyan foreign ministry warned of consequences.', ['KEN 2024-03-14']],
    ['Uganda has rejected the accusations.', ['UGA -']],
  ])('%s', (text, want) => {
    expect(statements(run(text))).toEqual(want);
  });

  test('an unnamed ministry speaks for the state of the dateline', () => {
    const article = { id: 't', url: null, title: null, source: null, publishedAt: '2024-03-14', dateline: { city: 'Nairobi', agency: null }, text: '"We expect the visit to deepen ties," the ministry said in a press release.' };
    expect(statements(extractArticle(article, resources))).toEqual(['KEN 2024-03-14']);
  });
});

describe('statements: appositions that name a principal or a state body', () => {
  const cases: [string, string, string[]][] = [
    [
      'a spokesman for a state office, set off by commas',
      'Min Ho Park, a spokesman for the South Korean presidential office, said on Monday the trip was off.',
      ['Min Ho Park 2024-03-11'],
    ],
    [
      'a spokesman for a named principal takes the principal\'s state',
      'Chilean President Ana Soto met reporters. Pablo Reyes, spokesman for President Ana Soto, said on Monday the trip was off.',
      ['Pablo Reyes 2024-03-11'],
    ],
    // the apposition's state is where he serves; "said Germany has" does not make Germany a speaker
    ['an inverted speaker ends its clause', 'Pablo Reyes, the ambassador to Germany, said Germany has interests there.', ['Pablo Reyes 2024-03-14']],
  ];
  test.each(cases)('%s', (_name, text, want) => {
    expect(statements(run(text))).toEqual(want);
  });

  test('the principal gives the state', () => {
    const x = run('Chilean President Ana Soto met reporters. Pablo Reyes, spokesman for President Ana Soto, said on Monday the trip was off.');
    expect(x.people.find((p) => p.name === 'Pablo Reyes')?.state).toBe('CHL');
    const y = run('Min Ho Park, a spokesman for the South Korean presidential office, said on Monday the trip was off.');
    expect(y.people.find((p) => p.name === 'Min Ho Park')?.state).toBe('KOR');
  });
});

describe('statements: coordinated verbs, missions abroad, position verbs', () => {
  const cases: [string, string, string[]][] = [
    ['a saying verb coordinated with the first', 'Ghana has closed its border and warned of further measures.', ['GHA -']],
    ['a person who arrived and said', 'Kenyan President Samuel Otieno arrived in Accra on Monday and said the visit was historic.', ['Samuel Otieno 2024-03-11']],
    ["an embassy abroad speaks for its state", 'The Kenyan Embassy in Accra on Monday criticized the decision.', ['KEN 2024-03-11']],
    ['conveyed to a state', 'Peruvian President Luis Vega conveyed to Chile that he would not attend.', ['Luis Vega 2024-03-14']],
    ['a coordinated verb that does not say is no statement', 'Ghana has closed its border and reopened it a week later.', []],
  ];
  test.each(cases)('%s', (_name, text, want) => {
    expect(statements(run(text, '2024-03-14', { city: 'Tokyo', agency: null }))).toEqual(want);
  });
});

describe("a report's day", () => {
  test("the lead's dated saying dates the undated sayings after it", () => {
    const x = run('The Kremlin warned on Tuesday that Russia would take "countermeasures". "This is an escalation," Kremlin spokesman Ivan Sokolov told reporters.', '2023-04-05');
    expect(statements(x)).toContain('Ivan Sokolov 2023-04-04');
  });
  test('a lead dated the day of publication changes nothing', () => {
    const x = run('The Kremlin warned on Wednesday that Russia would take "countermeasures". "This is an escalation," Kremlin spokesman Ivan Sokolov told reporters.', '2023-04-05');
    expect(statements(x)).toContain('Ivan Sokolov 2023-04-05');
  });
});

describe('speakers in absolute, relative and participial clauses', () => {
  test('"with {P} insisting that …"', () => {
    expect(statements(run('Ankara dismissed the appeal, with Turkish Foreign Minister Ahmet Yilmaz insisting that Stockholm had not met its commitments.'))).toContain('Ahmet Yilmaz 2024-03-14');
  });
  test('"{P}, who insisted that …"', () => {
    expect(statements(run('Cuban Foreign Minister Rosa Flores, who insisted that the meeting would not become a tribunal, received the guests.'))).toEqual(['Rosa Flores 2024-03-14']);
  });
  test('"{P}, who had hoped …" is no saying', () => {
    expect(statements(run('The delay hurt Japanese Prime Minister Kenji Sato, who had hoped to show improved relations.'))).toEqual([]);
  });
  test('"…, telling {P} that …": the subject speaks', () => {
    const x = run('Chilean President Ana Soto balked at the invitation, telling Peruvian President Luis Vega in Lima that a summit could not take place yet.');
    expect(statements(x)).toEqual(['Ana Soto 2024-03-14']);
  });
});

describe('statements by their document and by a public welcome', () => {
  test('"A statement from the Chinese foreign ministry said …"', () => {
    expect(statements(run('A statement from the Chinese foreign ministry said the visit would deepen ties.'))).toEqual(['CHN 2024-03-14']);
  });
  test('"Washington welcomed the rapprochement"', () => {
    expect(statements(run('Washington welcomed the rapprochement.'))).toEqual(['USA 2024-03-14']);
  });
  test('a host welcoming a guest says nothing', () => {
    expect(statements(run('Chinese President Li Wei welcomed Russian President Ivan Petrov in Beijing.'))).toEqual([]);
  });
});

describe('statements by a state through its bodies and spokespeople', () => {
  const cases: [string, string, string[]][] = [
    ['"a State Department spokesman said": the seat of power\'s spokesman', 'Cuba has not been invited, a State Department spokesman said.', ['USA 2024-03-14']],
    ['"its foreign ministry said": the state before it', 'Chad accepted the invitation, its foreign ministry said in a statement.', ['TCD 2024-03-14']],
    ['"called the decision …" with a quote', 'The Serbian foreign ministry called the decision "an insult".', ['SRB 2024-03-14']],
    ['"described the talks as …"', 'The Dutch government described the talks as "useful".', ['NLD 2024-03-14']],
  ];
  test.each(cases)('%s', (_name, text, want) => {
    expect(statements(run(text, '2024-03-14', { city: 'Tokyo', agency: null }))).toEqual(want);
  });
});

test('"…, a broadcaster reported, citing a statement by {S}\'s foreign ministry": the ministry\'s state speaks', () => {
  expect(statements(run("The envoy delivered the letter on Monday, a television channel reported, citing a statement by Chile's foreign ministry."))).toEqual(['CHL 2024-03-14']);
});

describe('statements: complaints, protests lodged, blame laid, the spokesman of a body', () => {
  const cases: [string, string, string[]][] = [
    ['"complained on {D} that"', 'Kremlin spokesman Anatoly Verin complained on Thursday that Russia had been left off the guest list.', ['Anatoly Verin 2024-03-14']],
    ['"{S} lodged a formal protest"', 'Japan on Monday lodged a formal protest with Beijing over the incursion.', ['JPN 2024-03-11']],
    ['"with {S} blaming …"', 'The state visit to Nigeria was scrapped at short notice, with Chad blaming scheduling difficulties.', ['TCD 2024-03-14']],
    ['"the government\'s top spokesman said", in a story filed from Tokyo', "Japan will send envoys to the talks, the government's top spokesman said Friday.", ['JPN 2024-03-08']],
  ];
  test.each(cases)('%s', (_name, text, want) => {
    expect(statements(run(text, '2024-03-14', { city: 'Tokyo', agency: null }))).toEqual(want);
  });
});

describe('statements: a listed subject speaks, each member', () => {
  const cases: [string, string, string[]][] = [
    ['"{S}, {S} and {S} said"', 'Russia, China and India said on Monday that they oppose the sanctions.', ['CHN 2024-03-11', 'IND 2024-03-11', 'RUS 2024-03-11']],
    ['"{P} and {P} have expressed support"', 'South Korean President Kim Min-jae and US President John Carter have expressed strong support for the talks.', ['John Carter -', 'Kim Min-jae -']],
    ['a list that is an object says nothing', 'Talks between Russia and China said little, observers noted.', []],
    ['"the leaders of A, B and C have confirmed they will attend": a reply, not a statement', 'The leaders of Cuba, Venezuela and Bolivia have confirmed that they will attend.', []],
  ];
  test.each(cases)('%s', (_name, text, want) => {
    expect(statements(run(text))).toEqual(want);
  });
});

test('"his press service said": any body of the subject speaks for the subject\'s state', () => {
  expect(statements(run('Belarusian President Viktor Sharkevich left for Astana on Tuesday to attend a summit, his press service said.'))).toEqual(['BLR 2024-03-14']);
});

test('"government spokesman Col. {P} said": a military rank is a title, not part of the name', () => {
  expect(statements(run('Government spokesman Col. Issoufou Maman said on Tuesday that relations remained excellent.', '2024-03-14', { city: 'Niamey', agency: null }))).toEqual(['Issoufou Maman 2024-03-12']);
});

test('"The two leaders said": the two people the sentence before named', () => {
  expect(statements(run('Kenyan President William Otieno met Japanese Prime Minister Kenji Sato in Tokyo on Monday. The two leaders said ties were strong.'))).toEqual([
    'Kenji Sato 2024-03-14',
    'William Otieno 2024-03-14',
  ]);
});

describe('statements dated after the medium they were told to', () => {
  const cases: [string, string, string[]][] = [
    ['"said on state television on Tuesday"', 'Nigerien government spokesman Issoufou Maman said on state television on Tuesday that relations were excellent.', ['Issoufou Maman 2024-03-12']],
    ['"told Reuters on Tuesday"', 'Nigerien government spokesman Issoufou Maman told Reuters on Tuesday that relations were excellent.', ['Issoufou Maman 2024-03-12']],
  ];
  test.each(cases)('%s', (_name, text, want) => {
    expect(statements(run(text))).toEqual(want);
  });
});

describe('statements: named officials, reports of what was said, positions voiced, honorifics before names', () => {
  const cases: [string, string, string[]][] = [
    ['"North Korean official {P} said": a named official speaks for the state', 'North Korean official Ri Song-chol said Pyongyang would ignore any contact with Tokyo.', ['Ri Song-chol 2024-04-10']],
    ['"was quoted by the China Daily as saying"', 'Chinese Ambassador to Kenya Zhou Ming was quoted by the China Daily as saying that Nairobi and Beijing were preparing for the visit.', ['Zhou Ming 2024-04-10']],
    ['"was reported to have told the press on Thursday"', "Japan's Chief Cabinet Secretary Kenji Ota was reported to have told the press on Thursday that both governments needed to act.", ['Kenji Ota 2024-04-04']],
    ['"Foreign Minister Datuk {name} said": an honorific is no part of the name', 'No reason was given for the delay, Foreign Minister Datuk Hamzah Yusof said in Kuantan today.', ['Hamzah Yusof 2024-04-10']],
    ['"voiced hope", "have both reaffirmed"', 'Turkish President Mehmet Aksoy voiced hope last week of arranging a meeting between the two leaders. Nepalese President Ram Thapa and Bhutanese Prime Minister Karma Dorji have both reaffirmed their determination to keep talking.', ['Karma Dorji -', 'Mehmet Aksoy 2024-04', 'Ram Thapa -']],
  ];
  test.each(cases)('%s', (_name, text, want) => {
    expect(statements(run(text, '2024-04-10'))).toEqual(want);
  });
});

describe('statements: bodies placed by a capital, seats of power, sayings in a participle', () => {
  const speakers = (text: string) => run(text).statements.map((s) => (s.speaker.kind === 'person' ? s.speaker.name : s.speaker.code)).sort();
  test('"the foreign ministry in {capital} said": the capital\'s state', () => {
    expect(speakers('The minister will go on to Hanoi, the foreign ministry in Beijing said.')).toEqual(['CHN']);
  });
  test('"the Akorda press service said": a seat of power with its organ', () => {
    expect(speakers('The Kazakh leader arrived in Ankara on Tuesday, the Akorda press service said.')).toEqual(['KAZ']);
  });
  test('"{A} thanked the delegations, saying …": the subject speaks', () => {
    expect(speakers('Ghanaian Foreign Minister Akua Mensah thanked the foreign delegations, saying their presence "honours a son of Africa".')).toEqual(['Akua Mensah']);
  });
  test('"according to a senior foreign ministry official": an unnamed official is no speaker', () => {
    expect(speakers('According to a senior Foreign Ministry official, the prime minister is likely to visit Seoul in the summer.')).toEqual([]);
  });
});

describe('statements: nothing said, and a saying coordinated after a denial', () => {
  test('"{S} had not yet replied", "the ministry did not comment": no statement', () => {
    const x = run('Seoul invited Pyongyang to the talks on Tuesday. Spokesman Lee Min-ho told a briefing that Pyongyang had not yet replied.');
    expect(statements(x).map((s) => s.split(' ')[0])).toEqual(['Lee']);
  });
  test('"{P} did not say when …, and specified that …": the second verb is a saying', () => {
    const x = run('EU leaders met in Brussels on Monday. The spokesman, Jan Peeters, did not say when Mykola Bondar might come and specified that no further information would be given.');
    expect(statements(x).map((s) => s.split(' -')[0]!.split(' 2')[0])).toEqual(['Jan Peeters']);
  });
});

test('"“… {P}\'s visit was planned for May,” he said": the person the quotation names is not its speaker', () => {
  const x = run('The trip was postponed on Monday. "Foreign Minister Jan Kowal\'s visit to Ukraine was planned for May," he said.');
  expect(statements(x)).toEqual([]);
});

describe('statements: bodies placed in a capital, places a sentence opens with, more seats of power, officials speaking after a state', () => {
  const speakers = (text: string) => run(text).statements.map((s) => (s.speaker.kind === 'person' ? s.speaker.name : s.speaker.code)).sort();
  test('"the presidential office in {capital} confirmed", "State House in {capital} said", "his office in {capital} said"', () => {
    expect(speakers('Mongolian President Batbayar Ganzorig will be in Moscow for the anniversary, the presidential office in Ulaanbaatar confirmed.')).toEqual(['MNG']);
    expect(speakers('The president will attend, State House in Nairobi said.')).toEqual(['KEN']);
    expect(speakers('The president will travel to Morocco for the ceremony, his office in Dakar said on Wednesday.')).toEqual(['SEN']);
  });
  test('"In Suva, the government called the decision “regrettable”"', () => {
    expect(speakers('Australia has rescinded its invitation. In Suva, the government called the decision "regrettable".')).toEqual(['FJI']);
  });
  test('"La Moneda said", "Wisma Putra said in a statement": seats of power', () => {
    expect(speakers('La Moneda said the Chilean leader would also stop in Mendoza.')).toEqual(['CHL']);
    expect(speakers('Foreign Minister Azlan Yusof will lead the delegation, Wisma Putra said in a statement.')).toEqual(['MYS']);
  });
  test('"according to his press secretary, {P}"; "EU foreign policy chief {P} warned … that"', () => {
    expect(speakers('Kazakh President Nurlan Abdikarimov is still weighing the request, according to his press secretary, Aigerim Zhaksybekova.')).toEqual(['Aigerim Zhaksybekova']);
    expect(speakers('EU foreign policy chief Katarina Voss warned candidate countries last month that attending the parade would be unwise.')).toEqual(['Katarina Voss']);
  });
  test('a spokesman of untold state who speaks before another state\'s statement keeps out of it, and that statement stays', () => {
    expect(speakers('BANGKOK: No date has been fixed, deputy government spokesman Pairoj Thanasiri said. Cambodia\'s foreign ministry said in a statement that it "welcomes any sincere dialogue".')).toEqual(['KHM', 'Pairoj Thanasiri']);
  });
});
