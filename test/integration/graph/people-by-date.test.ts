/**
 * People by date, through the real parser, the rule-based extractor and the writer: a bare
 * surname or a title resolves to whoever held the office on the article's publication day
 * (data/office-holders.json), and the REPRESENTS link carries that office's term. These
 * people are real and other files may write them too, so each test reads only the facts its
 * own articles support.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ingestArticle, removeArticle } from '../../../src/graph/ingest';
import { closeTestDriver, testExecutor, uniquePrefix } from '../../support/neo4j';
import { factsOf, input } from './helpers';

afterAll(closeTestDriver);

// each test ingests real stories through the whole pipeline; a busy machine needs the time
jest.setTimeout(240_000);

const db = testExecutor();

/** "from -> to" of one type of fact the articles support, sorted. */
async function edges(articleIds: string[], type: string): Promise<string[]> {
  return (await factsOf(articleIds)).filter((f) => f.type === type).map((f) => `${f.from} -> ${f.to}`).sort();
}

describe('people by date', () => {
  it('reads a bare "Kim" in a North Korean story of 2011 as Kim Jong-il and of 2024 as Kim Jong Un', async () => {
    const prefix = uniquePrefix('kimdate');
    const text = 'North Korean leader Kim arrived in Moscow on Monday for talks, the state news agency said. Kim also invited the Chinese premier to visit Pyongyang.';
    const ids = [`${prefix}2011`, `${prefix}2024`];
    try {
      await ingestArticle(db, input(ids[0]!, text, '2011-08-22'));
      await ingestArticle(db, input(ids[1]!, text, '2024-08-19'));
      await expect(edges([ids[0]!], 'VISITED')).resolves.toEqual(['person:kim jong il -> RUS']);
      await expect(edges([ids[1]!], 'VISITED')).resolves.toEqual(['person:kim jong un -> RUS']);
      // the premier of the day, named by no one: Wen Jiabao in 2011, Li Qiang in 2024
      await expect(edges([ids[0]!], 'INVITED')).resolves.toEqual(['person:kim jong il -> person:wen jiabao']);
      await expect(edges([ids[1]!], 'INVITED')).resolves.toEqual(['person:kim jong un -> person:li qiang']);

      const links = (await factsOf(ids)).filter((f) => f.type === 'REPRESENTS' && f.to === 'PRK');
      const byPerson = Object.fromEntries(links.map((l) => [l.from, l.props]));
      expect(byPerson['person:kim jong il']).toMatchObject({ office: 'head of state', termStart: '1994-07-08', termEnd: '2011-12-17' });
      expect(byPerson['person:kim jong un']).toMatchObject({ office: 'head of state', termStart: '2011-12-17' });
      // still in office as far as the data knows: Neo4j keeps no null property
      expect(byPerson['person:kim jong un']?.termEnd).toBeUndefined();
    } finally {
      for (const id of ids) await removeArticle(db, id);
    }
  });

  it('leaves a bare surname alone when the article names that person in full', async () => {
    const prefix = uniquePrefix('kimnamed');
    // a story of 2024 about the father: the text says which Kim, the date does not overrule it
    const id = `${prefix}a`;
    const text = 'Former North Korean leader Kim Jong-il visited Moscow in August 2001, archives released on Monday show. Kim travelled by armoured train.';
    try {
      await ingestArticle(db, input(id, text, '2024-08-19'));
      const visits = await edges([id], 'VISITED');
      expect(visits.length).toBeGreaterThan(0);
      expect(visits.every((v) => v.startsWith('person:kim jong il ->'))).toBe(true);
    } finally {
      await removeArticle(db, id);
    }
  });

  it('gives the seed report of 2024 "Kim accepted Putin\'s invitation to visit Moscow" to Kim Jong Un', async () => {
    const id = `${uniquePrefix('seedkim')}tass`;
    const seed = fs.readFileSync(path.join(__dirname, '../../../seeds/tass-2024-06-19-putin-arrives-pyongyang.txt'), 'utf8');
    try {
      const r = await ingestArticle(db, { id, text: seed, source: 'TASS' }, { filename: 'seed.json' });
      expect(r).toMatchObject({ articleId: id, status: 'created' });
      const invitations = (await factsOf([id])).filter((f) => f.type === 'INVITED');
      expect(invitations.map((f) => `${f.from} -> ${f.to} ${String(f.props.status)}`)).toContain('person:vladimir putin -> person:kim jong un accepted');
      expect(invitations.filter((f) => f.to === 'person:kim jong il' || f.from === 'person:kim jong il')).toEqual([]);
    } finally {
      await removeArticle(db, id);
    }
  });
});
