import { batchMatches, collectPeople, lookupKey, resolvePeople, surnameLookups, type ArticlePerson } from '../../../src/resolve/people';
import { surnameKey } from '../../../src/resolve/names';
import { article, emptyExtraction, seedExtraction } from '../graph/fixtures';
import type { ArticleExtraction } from '../../../src/extract/types';

function bare(name: string, state: string | null, extra: Partial<ArticleExtraction> = {}): ArticleExtraction {
  return {
    ...emptyExtraction(article({ text: `${name} said hello.` })),
    people: [{ name, aliases: [], state, role: 'president', leader: true }],
    ...extra,
  };
}

describe('collectPeople', () => {
  it('merges people named in facts with the people list, once per normalised name', () => {
    const x = seedExtraction({ names: { kim: 'Kim Jong-un' } });
    x.visits[0]!.visitor = { kind: 'person', name: 'Kim Jong Un', state: 'PRK' };
    const people = collectPeople(x);
    expect(people.filter((p) => p.ref === 'kim jong un')).toHaveLength(1);
    expect(people.map((p) => p.ref).sort()).toEqual(['hua chunying', 'kim jong un', 'park geun hye', 'sergei lavrov', 'vladimir putin', 'xi jinping']);
  });

  it('takes a state from a fact when the people list has none', () => {
    const x = bare('Vladimir Putin', null);
    x.statements.push({ speaker: { kind: 'person', name: 'Vladimir Putin', state: 'RUS' }, date: null, quote: 'hello', about: [], event: null, evidence: [] });
    expect(collectPeople(x)[0]?.state).toBe('RUS');
  });
});

describe('resolvePeople', () => {
  it('asks the graph about a bare surname only', () => {
    expect(surnameLookups(collectPeople(bare('Putin', 'RUS')))).toEqual([{ surnameKey: 'putin', state: 'RUS' }]);
    expect(surnameLookups(collectPeople(bare('Vladimir Putin', 'RUS')))).toEqual([]);
  });

  it('joins a bare surname to the one known person of that state', () => {
    const people = collectPeople(bare('Putin', 'RUS'));
    const matches = new Map([[lookupKey({ surnameKey: 'putin', state: 'RUS' }), ['person:vladimir putin']]]);
    const [putin] = resolvePeople(people, matches);
    expect(putin).toMatchObject({ id: 'person:vladimir putin', joinedTo: 'graph', state: 'RUS' });
  });

  it('keeps a bare surname on its own node when several or none match', () => {
    const people = collectPeople(bare('Kim', 'PRK'));
    const several = new Map([[lookupKey({ surnameKey: 'kim', state: 'PRK' }), ['person:kim il sung', 'person:kim jong un']]]);
    expect(resolvePeople(people, several)[0]).toMatchObject({ id: 'person:kim', joinedTo: null });
    expect(resolvePeople(people, new Map())[0]).toMatchObject({ id: 'person:kim', joinedTo: null });
  });

  it('joins a bare surname to a full name of the same article first', () => {
    const x = bare('Putin', 'RUS');
    x.people.push({ name: 'Vladimir Putin', aliases: [], state: 'RUS', role: 'president', leader: true });
    const people = collectPeople(x);
    expect(surnameLookups(people)).toEqual([]);
    const resolved = resolvePeople(people, new Map());
    expect(resolved.map((p) => p.id)).toEqual(['person:vladimir putin', 'person:vladimir putin']);
    expect(resolved[0]?.joinedTo).toBe('article');
  });

  it('does not join across states', () => {
    const x = bare('Kim', 'KOR');
    x.people.push({ name: 'Kim Jong-un', aliases: [], state: 'PRK', role: 'leader', leader: true });
    const resolved = resolvePeople(collectPeople(x), new Map());
    expect(resolved.find((p) => p.ref === 'kim')?.id).toBe('person:kim');
  });
});

describe('batchMatches', () => {
  const person = (name: string, state: string | null): ArticlePerson => ({ ref: name.toLowerCase(), name, aliases: [], state, role: null, leader: false, term: null });

  it('lets a bare surname join a full name from an earlier article of the batch', () => {
    const [first, second] = batchMatches([[person('Vladimir Putin', 'RUS')], [person('Putin', 'RUS')]], new Map());
    expect(first?.size).toBe(0);
    const resolved = resolvePeople([person('Putin', 'RUS')], second ?? new Map());
    expect(resolved[0]).toMatchObject({ id: 'person:vladimir putin', joinedTo: 'graph' });
  });

  it('does not look ahead to later articles, nor across states', () => {
    const [first] = batchMatches([[person('Putin', 'RUS')], [person('Vladimir Putin', 'RUS')]], new Map());
    expect([...(first?.values() ?? [])]).toEqual([[]]);
    const [, other] = batchMatches([[person('Vladimir Putin', 'RUS')], [person('Putin', 'BLR')]], new Map());
    expect([...(other?.values() ?? [])]).toEqual([[]]);
  });

  it('adds the batch’s candidates to the graph’s, so two of them mean no join', () => {
    const graph = new Map([[lookupKey({ surnameKey: surnameKey('Putin', 'RUS'), state: 'RUS' }), ['person:someone putin']]]);
    const [, second] = batchMatches([[person('Vladimir Putin', 'RUS')], [person('Putin', 'RUS')]], graph);
    expect(resolvePeople([person('Putin', 'RUS')], second ?? new Map())[0]).toMatchObject({ id: 'person:putin', joinedTo: null });
  });
});
