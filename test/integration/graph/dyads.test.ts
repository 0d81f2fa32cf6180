/**
 * The state entries bilateral (:DyadFact) and a state's lists (:StateFact) read, through the
 * real write path: they follow a fact's date, a person's state links appearing and going
 * (by a new article, a corrected one, a removal), and always equal what the graph says
 * (computed independently in helpers.dyadEntries and stateFactEntries).
 */
import type { Article } from '../../../src/article/types';
import { ingestArticle, removeArticle } from '../../../src/graph/ingest';
import { dateRangeParams } from '../../../src/api/dates';
import { bilateralFactsParams } from '../../../src/api/resolvers/query/bilateral';
import { toFactRow } from '../../../src/api/records';
import type { ArticleExtraction } from '../../../src/extract/types';
import { closeTestDriver, testExecutor, uniquePrefix } from '../../support/neo4j';
import { cleanupTag, dyadCounts, dyadEntries, emptyFacts, FixtureExtractor, input, nameTag, stateFactEntries } from './helpers';

afterAll(closeTestDriver);

// Two states no other test file uses, so the pair's every fact is this test's.
const A = 'ISL';
const B = 'NPL';

function story() {
  const tag = nameTag();
  const prefix = uniquePrefix('dyad');
  const envoy = `Ilya Torv${tag}`;
  const minister = `Mei Lanh${tag}`;
  const texts = {
    // The envoy's state is not said: the invitation joins no pair yet.
    invite: `${envoy} invited Nepalese Foreign Minister ${minister} to talks. ${minister} will visit Iceland in March 2015.`,
    // A later article says whom the envoy acts for.
    link: `Icelandic envoy ${envoy} arrived in Kathmandu.`,
    // The same article, corrected: it no longer says whom he acts for.
    unlinked: `The envoy ${envoy} arrived in Kathmandu.`,
    // A third dates the invitation.
    dated: `${envoy} invited ${minister} to talks in June 2015.`,
  };
  const span = (text: string, needle: string) => {
    const start = text.indexOf(needle);
    return [{ text: needle, start, end: start + needle.length }];
  };
  const extractor = new FixtureExtractor((article: Article): Omit<ArticleExtraction, 'article'> => {
    const t = article.text;
    const facts = emptyFacts();
    if (t === texts.unlinked) {
      return { ...facts, people: [{ name: envoy, aliases: [], state: null, role: 'envoy', leader: false }] };
    }
    if (t === texts.link) {
      return { ...facts, states: [{ code: A, name: 'Iceland', mentions: ['Icelandic'] }], people: [{ name: envoy, aliases: [], state: A, role: 'envoy', leader: false }] };
    }
    const dated = t === texts.dated;
    const sentence = dated ? t : t.slice(0, t.indexOf('talks.') + 6);
    return {
      ...facts,
      states: [{ code: B, name: 'Nepal', mentions: ['Nepalese'] }, ...(dated ? [] : [{ code: A, name: 'Iceland', mentions: ['Iceland'] }])],
      people: [
        { name: envoy, aliases: [], state: null, role: null, leader: false },
        { name: minister, aliases: [], state: B, role: 'foreign minister', leader: false },
      ],
      invitations: [
        {
          inviter: { kind: 'person', name: envoy, state: null },
          invitee: { kind: 'person', name: minister, state: B },
          event: null,
          status: 'pending',
          negated: false,
          date: dated ? '2015-06' : null,
          evidence: span(t, sentence),
        },
      ],
      visits: dated
        ? []
        : [
            {
              visitor: { kind: 'person', name: minister, state: B },
              destination: { kind: 'state', code: A },
              event: null,
              status: 'planned',
              negated: false,
              date: '2015-03',
              evidence: span(t, `${minister} will visit Iceland in March 2015.`),
            },
          ],
    };
  });
  const ids = { invite: `${prefix}invite`, link: `${prefix}link`, dated: `${prefix}dated` };
  // Neither invitation names an occasion: one fact, whose id ends with none.
  const invitation = `inv|person:ilya torv${tag}|person:mei lanh${tag}|`;
  const visit = `vis|person:mei lanh${tag}|${A}|2015-03`;
  return { tag, texts, extractor, ids, invitation, visit };
}

describe('dyad entries', () => {
  it('follow dates, state links and removals, always equal to what the graph says', async () => {
    const db = testExecutor();
    const s = story();
    const pair = `${A}|${B}`;
    const expectEntries = async (lines: string[]) => {
      const { expected, actual } = await dyadEntries(s.tag);
      expect(actual).toEqual(lines);
      expect(expected).toEqual(lines);
      const states = await stateFactEntries(s.tag);
      expect(states.actual).toEqual(states.expected);
      // The pair's counters follow its entries: one per year and type with any.
      const counts = await dyadCounts(pair);
      expect(counts.actual).toEqual(counts.expected);
      expect(counts.actual).toHaveLength(new Set(lines.map((l) => l.split(' ').slice(-2).map((x, i) => (i === 1 ? x.slice(0, 4) : x)).join(' '))).size);
    };
    const bilateral = async (from: string | null = null, to: string | null = null) => {
      const range = dateRangeParams(from, to);
      const [row] = await db.read<{ total: number; facts: string[][] }>('bilateral-facts', bilateralFactsParams(B, A, range, 10, false));
      return { total: row?.total, ids: row?.facts.map((f) => toFactRow(f).id) };
    };
    try {
      await expect(ingestArticle(db, input(s.ids.invite, s.texts.invite, '2015-01-10'), { extractor: s.extractor })).resolves.toMatchObject({ status: 'created' });
      // The invitation's inviter acts for no known state: only the visit joins the pair.
      await expectEntries([`${s.visit} ${pair} VISITED 2015-03`]);
      await expect(bilateral()).resolves.toEqual({ total: 1, ids: [s.visit] });

      // The envoy's link to Iceland appears: his earlier invitation now joins the pair (undated: last).
      await expect(ingestArticle(db, input(s.ids.link, s.texts.link, '2015-02-01'), { extractor: s.extractor })).resolves.toMatchObject({ status: 'created' });
      await expectEntries([`${s.invitation} ${pair} INVITED ~`, `${s.visit} ${pair} VISITED 2015-03`]);
      await expect(bilateral()).resolves.toEqual({ total: 2, ids: [s.visit, s.invitation] });

      // A later report dates the invitation: the entry moves with it.
      await expect(ingestArticle(db, input(s.ids.dated, s.texts.dated, '2015-04-01'), { extractor: s.extractor })).resolves.toMatchObject({ status: 'created' });
      await expectEntries([`${s.invitation} ${pair} INVITED 2015-06`, `${s.visit} ${pair} VISITED 2015-03`]);
      await expect(bilateral()).resolves.toEqual({ total: 2, ids: [s.visit, s.invitation] });
      // Counted from the counters (2015 whole) and from the entries (2015 in part) alike.
      await expect(bilateral('2015', '2015-12-31')).resolves.toEqual({ total: 2, ids: [s.visit, s.invitation] });
      await expect(bilateral('2015-04', '2016')).resolves.toEqual({ total: 1, ids: [s.invitation] });

      // Re-ingesting changes nothing.
      const again = await ingestArticle(db, input(s.ids.dated, s.texts.dated, '2015-04-01'), { extractor: s.extractor });
      expect(again.status).toBe('unchanged');
      await expectEntries([`${s.invitation} ${pair} INVITED 2015-06`, `${s.visit} ${pair} VISITED 2015-03`]);

      // The link's article is corrected and no longer gives his state: the invitation leaves
      // the pair; corrected back, it returns.
      await expect(ingestArticle(db, input(s.ids.link, s.texts.unlinked, '2015-02-01'), { extractor: s.extractor })).resolves.toMatchObject({ status: 'updated' });
      await expectEntries([`${s.visit} ${pair} VISITED 2015-03`]);
      await expect(ingestArticle(db, input(s.ids.link, s.texts.link, '2015-02-01'), { extractor: s.extractor })).resolves.toMatchObject({ status: 'updated' });
      await expectEntries([`${s.invitation} ${pair} INVITED 2015-06`, `${s.visit} ${pair} VISITED 2015-03`]);

      // The dating report goes: undated again. The link's only report goes: out of the pair.
      await expect(removeArticle(db, s.ids.dated)).resolves.toMatchObject({ removed: true });
      await expectEntries([`${s.invitation} ${pair} INVITED ~`, `${s.visit} ${pair} VISITED 2015-03`]);
      await expect(removeArticle(db, s.ids.link)).resolves.toMatchObject({ removed: true });
      await expectEntries([`${s.visit} ${pair} VISITED 2015-03`]);

      // The last article goes: no entry is left behind.
      await expect(removeArticle(db, s.ids.invite)).resolves.toMatchObject({ removed: true });
      await expectEntries([]);
      await expect(bilateral()).resolves.toEqual({ total: 0, ids: [] });
    } finally {
      await Promise.all(Object.values(s.ids).map((id) => removeArticle(db, id)));
      await cleanupTag(s.tag);
    }
  });

  it('count the pair right when many writes reach it at once', async () => {
    const db = testExecutor();
    const tag = nameTag();
    const prefix = uniquePrefix('dyad-many');
    const pair = `${A}|${B}`;
    const visitors = Array.from({ length: 12 }, (_, i) => `Mei Lanh${tag}${String.fromCharCode(97 + i)}`);
    const text = (name: string) => `Nepalese envoy ${name} visited Iceland in May 2016.`;
    const extractor = new FixtureExtractor((article: Article): Omit<ArticleExtraction, 'article'> => {
      const name = visitors.find((v) => article.text === text(v)) as string;
      return {
        ...emptyFacts(),
        states: [{ code: B, name: 'Nepal', mentions: ['Nepalese'] }, { code: A, name: 'Iceland', mentions: ['Iceland'] }],
        people: [{ name, aliases: [], state: B, role: 'envoy', leader: false }],
        visits: [
          {
            visitor: { kind: 'person', name, state: B },
            destination: { kind: 'state', code: A },
            event: null,
            status: 'occurred',
            negated: false,
            date: '2016-05',
            evidence: [{ text: article.text, start: 0, end: article.text.length }],
          },
        ],
      };
    });
    const ids = visitors.map((_, i) => `${prefix}${i}`);
    try {
      // Every article's write adds to the same counter (pair, 2016, VISITED) concurrently.
      const results = await Promise.all(ids.map((id, i) => ingestArticle(db, input(id, text(visitors[i] as string), '2016-05-20'), { extractor })));
      expect(results.map((r) => r.status)).toEqual(ids.map(() => 'created'));
      await expect(dyadCounts(pair)).resolves.toEqual({ expected: [`${pair} 2016 VISITED 12`], actual: [`${pair} 2016 VISITED 12`] });
      await Promise.all(ids.map((id) => removeArticle(db, id)));
      await expect(dyadCounts(pair)).resolves.toEqual({ expected: [], actual: [] });
    } finally {
      await Promise.all(ids.map((id) => removeArticle(db, id)));
      await cleanupTag(tag);
    }
  });
});
