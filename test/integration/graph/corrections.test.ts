/**
 * Analysts' corrections on the real Neo4j: merging two people, splitting a person, moving a
 * fact to another actor; each must hold when its articles are ingested again, changed, or
 * removed and ingested again. Hand-built extractions with tagged names, so each test owns
 * its people.
 */
import type { Article } from '../../../src/article/types';
import type { ExtractedPerson, Invitation, Visit } from '../../../src/extract/types';
import { CorrectionError, listCorrections, mergePeople, moveFact, splitPerson } from '../../../src/graph/corrections';
import { ingestArticle, removeArticle } from '../../../src/graph/ingest';
import { closeTestDriver, testExecutor, uniquePrefix } from '../../support/neo4j';
import { cap, cleanupTag, emptyFacts, factsOf, FixtureExtractor, input, nameTag, query } from './helpers';

afterAll(closeTestDriver);
jest.setTimeout(180_000);

const db = testExecutor();
const who = { by: 'test analyst', reason: 'read the articles side by side' };

/** Per article id: one person visiting a state, or inviting another actor. */
interface Fixture {
  person: ExtractedPerson;
  visit?: string;
  invite?: string;
}

function extractorFor(fixtures: Map<string, Fixture>) {
  return new FixtureExtractor((article: Article) => {
    const f = fixtures.get(article.id);
    if (!f) throw new Error(`no fixture for ${article.id}`);
    const span = [{ text: article.text, start: 0, end: article.text.length }];
    const actor = { kind: 'person' as const, name: f.person.name, state: f.person.state };
    const visits: Visit[] = f.visit ? [{ visitor: actor, destination: { kind: 'state', code: f.visit }, event: null, status: 'occurred', negated: false, date: '2016-04', evidence: span }] : [];
    const invitations: Invitation[] = f.invite ? [{ inviter: actor, invitee: { kind: 'state', code: f.invite }, event: null, status: 'pending', negated: false, date: null, evidence: span }] : [];
    return { ...emptyFacts(), people: [f.person], visits, invitations };
  });
}

const person = (name: string, state: string): ExtractedPerson => ({ name, aliases: [], state, role: 'foreign minister', leader: false });

/** "from -> to sourceCount" of the facts these articles support. */
async function facts(ids: string[], type: string): Promise<string[]> {
  return (await factsOf(ids)).filter((f) => f.type === type).map((f) => `${f.from} -> ${f.to} ${String(f.props.sourceCount)}`).sort();
}

const exists = async (id: string) => (await query(`MATCH (p:Person {id: $id}) RETURN p.id`, { id })).length === 1;

describe('corrections', () => {
  it('merges two people: facts re-keyed, sources kept, counts recomputed, and it holds through re-ingest and removal', async () => {
    const tag = nameTag();
    const prefix = uniquePrefix('merge');
    const ids = [`${prefix}1`, `${prefix}2`];
    const fixtures = new Map<string, Fixture>([
      [ids[0]!, { person: person(`Ivan Zorin${tag}`, 'RUS'), visit: 'DEU' }],
      [ids[1]!, { person: person(`Vanya Zorin${tag}`, 'RUS'), visit: 'DEU' }],
    ]);
    const extractor = extractorFor(fixtures);
    const kept = `person:ivan zorin${tag}`;
    const merged = `person:vanya zorin${tag}`;
    try {
      for (const id of ids) await ingestArticle(db, input(id, `Zorin visited Germany (${id}).`, '2016-04-20'), { extractor });
      await expect(facts(ids, 'VISITED')).resolves.toEqual([`${kept} -> DEU 1`, `${merged} -> DEU 1`]);

      const c = await mergePeople(db, { person: merged, into: kept, ...who });
      expect(c).toMatchObject({ kind: 'mergePeople', by: 'test analyst', person: merged, into: kept, factsMoved: 2 });
      await expect(facts(ids, 'VISITED')).resolves.toEqual([`${kept} -> DEU 2`]);
      await expect(exists(merged)).resolves.toBe(false);
      const [aliases] = await query<{ aliases: string[] }>(`MATCH (p:Person {id: $id}) RETURN p.aliases AS aliases`, { id: kept });
      expect(aliases?.aliases).toContain(`Vanya Zorin${tag}`);
      // the merged person's state link is the kept one's, counted once per article
      await expect(facts(ids, 'REPRESENTS')).resolves.toEqual([`${kept} -> RUS 2`]);

      // the article naming the merged person changes, then goes and comes back
      await ingestArticle(db, input(ids[1]!, `Zorin visited Germany again (${ids[1]}).`, '2016-04-21'), { extractor });
      await expect(facts(ids, 'VISITED')).resolves.toEqual([`${kept} -> DEU 2`]);
      await removeArticle(db, ids[1]!);
      await expect(facts(ids, 'VISITED')).resolves.toEqual([`${kept} -> DEU 1`]);
      await ingestArticle(db, input(ids[1]!, `Zorin visited Germany (${ids[1]}).`, '2016-04-20'), { extractor });
      await expect(facts(ids, 'VISITED')).resolves.toEqual([`${kept} -> DEU 2`]);
      await expect(exists(merged)).resolves.toBe(false);

      const listed = await listCorrections(db, 100);
      expect(listed.find((x) => x.id === c.id)).toMatchObject({ kind: 'mergePeople', reason: who.reason, person: merged, into: kept });
    } finally {
      for (const id of ids) await removeArticle(db, id);
      await query(`MATCH (c:Correction) WHERE c.into CONTAINS $tag DETACH DELETE c`, { tag });
      await cleanupTag(tag);
    }
  });

  it('splits a person: only the named articles\' facts go to the other person, also when they are ingested again', async () => {
    const tag = nameTag();
    const prefix = uniquePrefix('split');
    const ids = [`${prefix}1`, `${prefix}2`, `${prefix}3`];
    const name = `Park ${cap(tag)}`;
    const fixtures = new Map<string, Fixture>([
      [ids[0]!, { person: person(name, 'KOR'), visit: 'JPN' }],
      [ids[1]!, { person: person(name, 'KOR'), visit: 'CHN' }],
      [ids[2]!, { person: person(name, 'KOR'), visit: 'USA' }],
    ]);
    const extractor = extractorFor(fixtures);
    const original = `person:park ${tag}`;
    const other = `person:park ${tag} ho`;
    try {
      for (const id of ids.slice(0, 2)) await ingestArticle(db, input(id, `${name} travelled (${id}).`, '2016-04-20'), { extractor });
      await expect(splitPerson(db, { person: original, name: `${name} Ho`, articles: [`${prefix}none`], ...who })).rejects.toThrow(CorrectionError);

      const c = await splitPerson(db, { person: original, name: `${name} Ho`, articles: [ids[1]!], ...who });
      expect(c).toMatchObject({ kind: 'splitPerson', person: original, into: other, articles: [ids[1]] });
      await expect(facts([ids[0]!], 'VISITED')).resolves.toEqual([`${original} -> JPN 1`]);
      await expect(facts([ids[1]!], 'VISITED')).resolves.toEqual([`${other} -> CHN 1`]);
      await expect(facts([ids[1]!], 'REPRESENTS')).resolves.toEqual([`${other} -> KOR 1`]);
      const mentions = await query<{ id: string }>(`MATCH (:Article {id: $a})-[:MENTIONS]->(p:Person) RETURN p.id AS id`, { a: ids[1] });
      expect(mentions).toEqual([{ id: other }]);

      await removeArticle(db, ids[1]!);
      await expect(exists(other)).resolves.toBe(true);
      await ingestArticle(db, input(ids[1]!, `${name} travelled (${ids[1]}).`, '2016-04-20'), { extractor });
      await expect(facts([ids[1]!], 'VISITED')).resolves.toEqual([`${other} -> CHN 1`]);
      // an article the split does not name still means the original person
      await ingestArticle(db, input(ids[2]!, `${name} travelled (${ids[2]}).`, '2016-04-22'), { extractor });
      await expect(facts([ids[2]!], 'VISITED')).resolves.toEqual([`${original} -> USA 1`]);
    } finally {
      for (const id of ids) await removeArticle(db, id);
      await query(`MATCH (c:Correction) WHERE c.person CONTAINS $tag DETACH DELETE c`, { tag });
      await cleanupTag(tag);
    }
  });

  it('moves a fact to another actor, and the move holds when the article is removed and ingested again', async () => {
    const tag = nameTag();
    const prefix = uniquePrefix('move');
    const id = `${prefix}1`;
    const fixtures = new Map<string, Fixture>([[id, { person: person(`Omar Haddad${tag}`, 'EGY'), invite: 'FRA' }]]);
    const extractor = extractorFor(fixtures);
    const speaker = `person:omar haddad${tag}`;
    try {
      await ingestArticle(db, input(id, `Haddad invited France (${id}).`, '2016-04-20'), { extractor });
      const [fact] = (await factsOf([id])).filter((f) => f.type === 'INVITED');
      expect(fact?.from).toBe(speaker);
      const factId = String(fact?.props.id);

      await expect(moveFact(db, { factId, side: 'to', actor: 'NOWHERE', ...who })).rejects.toThrow('No state or person NOWHERE');
      await expect(moveFact(db, { factId: `${factId}x`, side: 'to', actor: 'DEU', ...who })).rejects.toThrow(CorrectionError);
      await expect(facts([id], 'INVITED')).resolves.toEqual([`${speaker} -> FRA 1`]);

      const c = await moveFact(db, { factId, side: 'to', actor: 'DEU', ...who });
      expect(c).toMatchObject({ kind: 'moveFact', factId, side: 'to', actor: 'DEU', factsMoved: 1 });
      await expect(facts([id], 'INVITED')).resolves.toEqual([`${speaker} -> DEU 1`]);
      expect(c.newFactId).toBe(String((await factsOf([id])).find((f) => f.type === 'INVITED')?.props.id));

      await removeArticle(db, id);
      await expect(facts([id], 'INVITED')).resolves.toEqual([]);
      await ingestArticle(db, input(id, `Haddad invited France (${id}).`, '2016-04-20'), { extractor });
      await expect(facts([id], 'INVITED')).resolves.toEqual([`${speaker} -> DEU 1`]);
      // the state entries follow the moved fact: EGY-DEU, not EGY-FRA
      const dyads = await query<{ dyad: string }>(`MATCH (d:DyadFact {factId: $f}) RETURN d.dyad AS dyad`, { f: c.newFactId });
      expect(dyads).toEqual([{ dyad: 'DEU|EGY' }]);
      await expect(query(`MATCH (d:DyadFact {factId: $f}) RETURN d`, { f: factId })).resolves.toEqual([]);
    } finally {
      await removeArticle(db, id);
      await query(`MATCH (c:Correction) WHERE c.factId CONTAINS $tag DETACH DELETE c`, { tag });
      await cleanupTag(tag);
    }
  });

  it('refuses bad corrections with a clear message and writes nothing', async () => {
    await expect(mergePeople(db, { person: 'person:nobody here', into: 'person:nobody there', ...who })).rejects.toThrow('No person person:nobody here in the graph.');
    await expect(mergePeople(db, { person: 'RUS', into: 'person:x y', ...who })).rejects.toThrow('must be person ids');
    await expect(mergePeople(db, { person: 'person:a b', into: 'person:c d', by: 'x', reason: '  ' })).rejects.toThrow('`reason` is empty');
    await expect(splitPerson(db, { person: 'person:a b', name: 'A B', articles: ['x'], ...who })).rejects.toThrow('give the other person');
    const recorded = await query(`MATCH (c:Correction) WHERE c.person IN ['person:nobody here', 'RUS', 'person:a b'] RETURN c`);
    expect(recorded).toEqual([]);
  });
});
