/**
 * Entity resolution across articles, through the real write path: spellings of one name are
 * one person; a bare surname joins the one known person of that state, and only then.
 */
import type { Article } from '../../../src/article/types';
import type { ActorRef, ExtractedPerson } from '../../../src/extract/types';
import { ingestArticle, removeArticle } from '../../../src/graph/ingest';
import { closeTestDriver, testExecutor, uniquePrefix } from '../../support/neo4j';
import { cap, cleanupTag, emptyFacts, FixtureExtractor, input, nameTag, query } from './helpers';

afterAll(closeTestDriver);

/** Each article: "<name> visited <destination>." with the given person. */
function visitExtractor(people: Map<string, ExtractedPerson & { destination: string }>) {
  return new FixtureExtractor((article: Article) => {
    const p = people.get(article.id);
    if (!p) throw new Error(`no fixture for ${article.id}`);
    const visitor: ActorRef = { kind: 'person', name: p.name, state: p.state };
    return {
      ...emptyFacts(),
      states: [{ code: p.destination, name: p.destination, mentions: [] }],
      people: [p],
      visits: [{ visitor, destination: { kind: 'state', code: p.destination }, event: null, status: 'occurred', negated: false, date: '2015-03', evidence: [{ text: article.text, start: 0, end: article.text.length }] }],
    };
  });
}

describe('entity resolution', () => {
  it('makes "Kim Jong-x" and "Kim Jong X" one person', async () => {
    const db = testExecutor();
    const tag = nameTag();
    const prefix = uniquePrefix('res');
    const people = new Map([
      [`${prefix}1`, { name: `Kim Jong-${tag}`, aliases: [], state: 'PRK', role: 'leader', leader: true, destination: 'RUS' }],
      [`${prefix}2`, { name: `Kim Jong ${cap(tag)}`, aliases: [], state: 'PRK', role: 'leader', leader: true, destination: 'CHN' }],
    ]);
    const extractor = visitExtractor(people);
    try {
      for (const [id, p] of people) await ingestArticle(db, input(id, `${p.name} visited ${p.destination} in March.`), { extractor });
      const nodes = await query<{ id: string; aliases: string[]; leader: boolean; surnameKey: string }>(
        `MATCH (p:Person) WHERE p.id CONTAINS $tag RETURN p.id AS id, p.aliases AS aliases, p:Leader AS leader, p.surnameKey AS surnameKey`,
        { tag },
      );
      expect(nodes).toHaveLength(1);
      expect(nodes[0]).toMatchObject({ id: `person:kim jong ${tag}`, leader: true, surnameKey: 'kim' });
      expect([...(nodes[0]?.aliases ?? [])].sort()).toEqual([`Kim Jong ${cap(tag)}`, `Kim Jong-${tag}`].sort());
      const visits = await query<{ to: string }>(`MATCH (p:Person {id: $id})-[:VISITED]->(s:State) RETURN s.code AS to ORDER BY to`, { id: `person:kim jong ${tag}` });
      expect(visits).toEqual([{ to: 'CHN' }, { to: 'RUS' }]);
    } finally {
      for (const id of people.keys()) await removeArticle(db, id);
      await cleanupTag(tag);
    }
  });

  it('joins a bare surname to the one known person of that state, and not when there are two', async () => {
    const db = testExecutor();
    const tag = nameTag();
    const prefix = uniquePrefix('sur');
    const surname = `Zorin${tag}`;
    const full = (given: string) => ({ name: `${given} ${surname}`, aliases: [surname], state: 'RUS', role: 'foreign minister', leader: false, destination: 'FRA' });
    const bare = { name: surname, aliases: [], state: 'RUS', role: null, leader: false, destination: 'DEU' };
    const ids = [1, 2, 3, 4].map((n) => `${prefix}${n}`);
    const people = new Map<string, ExtractedPerson & { destination: string }>([
      [ids[0]!, full('Vladimir')],
      [ids[1]!, bare],
      [ids[2]!, full('Ivan')],
      [ids[3]!, { ...bare, destination: 'ITA' }],
    ]);
    const extractor = visitExtractor(people);
    const visitsOf = (id: string) => query<{ to: string }>(`MATCH (:Person {id: $id})-[:VISITED]->(s:State) RETURN s.code AS to ORDER BY to`, { id });
    try {
      // Vladimir is the only Zorin of Russia when the bare "Zorin" comes: it is him.
      for (const id of ids.slice(0, 2)) await ingestArticle(db, input(id, `${people.get(id)!.name} visited ${people.get(id)!.destination}.`), { extractor });
      await expect(visitsOf(`person:vladimir ${surname.toLowerCase()}`)).resolves.toEqual([{ to: 'DEU' }, { to: 'FRA' }]);
      await expect(query(`MATCH (p:Person {id: $id}) RETURN p.id`, { id: `person:${surname.toLowerCase()}` })).resolves.toEqual([]);
      const [vladimir] = await query<{ aliases: string[] }>(`MATCH (p:Person {id: $id}) RETURN p.aliases AS aliases`, { id: `person:vladimir ${surname.toLowerCase()}` });
      expect(vladimir?.aliases).toContain(surname);

      // With Ivan Zorin known too, a bare "Zorin" is ambiguous: a node of its own.
      for (const id of ids.slice(2)) await ingestArticle(db, input(id, `${people.get(id)!.name} visited ${people.get(id)!.destination}.`), { extractor });
      await expect(visitsOf(`person:${surname.toLowerCase()}`)).resolves.toEqual([{ to: 'ITA' }]);
      await expect(visitsOf(`person:vladimir ${surname.toLowerCase()}`)).resolves.toEqual([{ to: 'DEU' }, { to: 'FRA' }]);
    } finally {
      for (const id of ids) await removeArticle(db, id);
      await cleanupTag(tag.toLowerCase());
    }
  });

  it('makes a person a :Leader exactly while a link to a state says so, whatever the order', async () => {
    const db = testExecutor();
    const tag = nameTag();
    const prefix = uniquePrefix('lead');
    const name = `Anton Kessel${tag}`;
    const ids = { stated: `${prefix}1`, stateless: `${prefix}2` };
    const people = new Map<string, ExtractedPerson & { destination: string }>([
      [ids.stated, { name, aliases: [], state: 'AUT', role: 'president', leader: true, destination: 'DEU' }],
      [ids.stateless, { name, aliases: [], state: null, role: 'president', leader: true, destination: 'ITA' }],
    ]);
    const extractor = visitExtractor(people);
    const ingest = (id: string) => ingestArticle(db, input(id, `${name} visited ${people.get(id)!.destination}.`), { extractor });
    const leader = () => query<{ leader: boolean }>(`MATCH (p:Person {id: $id}) RETURN p:Leader AS leader`, { id: `person:anton kessel${tag}` });
    try {
      // No state, no head of state of anything: not a :Leader.
      await ingest(ids.stateless);
      await expect(leader()).resolves.toEqual([{ leader: false }]);
      await ingest(ids.stated);
      await expect(leader()).resolves.toEqual([{ leader: true }]);
      // The link goes with its only article: back to what the stateless article alone gives.
      await removeArticle(db, ids.stated);
      await expect(leader()).resolves.toEqual([{ leader: false }]);
    } finally {
      for (const id of Object.values(ids)) await removeArticle(db, id);
      await cleanupTag(tag);
    }
  });
});
