import { run, statements } from './helpers';

// The known-actors dictionary: a fallback for what the article leaves untold.
describe('known political actors', () => {
  const person = (text: string, name: string) => run(text).people.find((p) => p.name === name);

  test('a role without a state in the text takes the dictionary state', () => {
    expect(person('Prime Minister Narendra Modi arrived in Kathmandu on Sunday.', 'Narendra Modi')?.state).toBe('IND');
    const p = person('Foreign Minister Sergei Lavrov met reporters.', 'Sergei Lavrov');
    expect(p?.state).toBe('RUS');
    expect(p?.role).toBe('foreign minister');
    expect(p?.leader).toBe(false);
  });

  test('a spelling variant of a known name is found too', () => {
    expect(person('Foreign Minister Sergey Lavrov met reporters.', 'Sergey Lavrov')?.state).toBe('RUS');
  });

  test("a given name spelt another way becomes the dictionary's, surname and state agreeing", () => {
    const names = (text: string) => run(text).people.map((p) => p.name);
    expect(names('Iranian President Ibrahimi Raisi arrived in Caracas.')).toEqual(['Ebrahim Raisi']);
    // another state, or a given name too far from the entry's, is someone else
    expect(names('Iraqi President Ibrahimi Raisi arrived in Caracas.')).toEqual(['Ibrahimi Raisi']);
    expect(names('Iranian diplomat Hassan Raisi arrived in Caracas.')).toEqual(['Hassan Raisi']);
  });

  test('text evidence beats the dictionary', () => {
    const p = person('Irish Foreign Minister John Kerry met reporters.', 'John Kerry');
    expect(p?.state).toBe('IRL');
  });

  test('an unknown name keeps a null state', () => {
    const p = person('President Arjun Velasco arrived on Sunday.', 'Arjun Velasco');
    expect(p).toBeDefined();
    expect(p!.state).toBeNull();
  });

  test('the dictionary marks a leader whose role the text does not give', () => {
    const p = person("Germany's Olaf Scholz travelled to Beijing.", 'Olaf Scholz');
    expect(p?.leader).toBe(true);
    expect(p?.role).toBeNull();
  });

  test('a bare surname unique in the dictionary gets the full name and state', () => {
    const x = run('President Biden said he would travel to Kenya.');
    const p = x.people.find((q) => q.name === 'Joe Biden');
    expect(p?.state).toBe('USA');
    expect(p?.aliases).toContain('Biden');
    expect(statements(x)).toEqual(['Joe Biden 2024-03-14']);
    expect(x.statements[0]?.speaker).toEqual({ kind: 'person', name: 'Joe Biden', state: 'USA' });
  });

  test('a surname several known people share stays as written', () => {
    const x = run('President Kim said the talks would resume.');
    expect(x.people.map((p) => [p.name, p.state])).toEqual([['Kim', null]]);
  });

  test('a leader title does not complete to a non-leader of the same surname', () => {
    // the dictionary's Clinton is a secretary of state, not a president
    expect(run('President Clinton arrived in Hanoi.').people.map((p) => p.name)).toEqual(['Clinton']);
  });

  test('a surname whose dictionary state the text contradicts is not completed', () => {
    expect(run('Canadian President Macron arrived.').people.map((p) => [p.name, p.state])).toEqual([['Macron', 'CAN']]);
  });

  test("an aide takes the state of a principal known only through the dictionary", () => {
    const x = run("Macron's spokesman Jean Dupont said the trip would go ahead.");
    expect(x.people.find((p) => p.name === 'Jean Dupont')?.state).toBe('FRA');
  });

  test('an aide of an unknown principal keeps a null state', () => {
    const x = run("Velasco's spokesman Jean Dupont said the trip would go ahead.");
    expect(x.people.find((p) => p.name === 'Jean Dupont')?.state).toBeNull();
  });

  test('a known actor named in full without a title is a person who can speak', () => {
    const x = run('Emmanuel Macron said on Tuesday that the talks were useful.');
    expect(x.people.map((p) => [p.name, p.state, p.leader])).toEqual([['Emmanuel Macron', 'FRA', true]]);
    expect(statements(x)).toEqual(['Emmanuel Macron 2024-03-12']);
  });

  test('an untitled name the dictionary does not hold is not taken for a person', () => {
    expect(run('Arjun Velasco said on Tuesday that the talks were useful.').people).toEqual([]);
  });

  test('a known name inside an organisation name is not a person', () => {
    expect(run('The Joe Biden Foundation said it would help.').people).toEqual([]);
  });

  test('an official title completes only to a known official of a fitting role', () => {
    expect(run('Minister Lavrov met reporters.').people.map((p) => [p.name, p.state])).toEqual([['Sergei Lavrov', 'RUS']]);
    // the dictionary's Harris is a vice president, not a governor
    expect(run('Governor Harris met reporters.').people.map((p) => [p.name, p.state])).toEqual([['Harris', null]]);
  });
});

describe('leaders of the Cold War era are known too', () => {
  test('an untitled name of a past leader is a person of his state', () => {
    const x = run('Fidel Castro said on Monday that Cuba would never surrender.', '1990-05-02');
    expect(x.people.map((p) => `${p.name}/${p.state}`)).toEqual(['Fidel Castro/CUB']);
  });
});
