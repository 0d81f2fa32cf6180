/**
 * Long articles in a stream of ordinary ones, through the real reader, rule-based extractor
 * and Neo4j: an article of megabytes is read in sections and written with evidence pointing
 * into its own text, long articles are not held in memory together, one over the size limit
 * fails alone, and the ordinary articles around them are all written.
 */
import { Readable } from 'node:stream';
import { DEFAULT_MAX_BYTES } from '../../../src/article';
import { SECTION_CHARS } from '../../../src/extract';
import type { Extractor } from '../../../src/extract/types';
import { defaultExtractor } from '../../../src/graph/extractor';
import { removeArticle } from '../../../src/graph/ingest';
import { ingestInputs, type IngestProgress } from '../../../src/graph/ingest-inputs';
import { readInputs } from '../../../src/input/read';
import { generateArticles } from '../../../synthetic/articles';
import { closeTestDriver, testExecutor } from '../../support/neo4j';
import { cleanupTag, nameTag, query } from './helpers';

afterAll(closeTestDriver);

it('writes a multi-megabyte article among ordinary ones, one long article at a time, and fails one over the limit alone', async () => {
  const db = testExecutor();
  const tag = nameTag(6);
  const small = generateArticles({ count: 24, seed: 31, tag }).map((a, i) => ({ ...a.input, id: `${tag}-small-${i}` }));
  // Wire stories run together into texts several sections long, as an agency's daily digest might be.
  const bodies = generateArticles({ count: 4000, seed: 32, tag }).map((a) => a.input.text);
  const longText = (from: number, chars: number): string => {
    const parts: string[] = [];
    let length = 0;
    for (let k = from; length < chars; k++) {
      const body = bodies[k % bodies.length] as string;
      parts.push(body);
      length += body.length + 2;
    }
    return parts.join('\n\n');
  };
  const long = [0, 1].map((n) => ({ id: `${tag}-long-${n}`, title: `Digest ${n}`, publishedAt: '2015-05-09', source: 'Test Wire', text: longText(n * 2000, 1.5 * SECTION_CHARS) }));
  const tooLarge = JSON.stringify({ id: `${tag}-too-large`, text: 'x'.repeat(DEFAULT_MAX_BYTES) });
  const lines = [...small.slice(0, 8), long[0], ...small.slice(8, 16), long[1], ...small.slice(16)].map((a) => JSON.stringify(a));
  lines.splice(12, 0, tooLarge);
  const stdin = Readable.from(lines.map((l) => `${l}\n`));

  // Counts long articles extracted (pulled into a batch) but not yet finished.
  const rules = await defaultExtractor();
  let longAhead = 0;
  let mostLongAhead = 0;
  const extractor: Extractor = {
    name: rules.name,
    version: rules.version,
    extract: (article) => {
      if (article.text.length > SECTION_CHARS) mostLongAhead = Math.max(mostLongAhead, ++longAhead);
      return rules.extract(article);
    },
  };
  const progress: IngestProgress[] = [];
  const ids = [...small, ...long].map((a) => a.id);
  try {
    const summary = await ingestInputs(db, readInputs(['-'], { stdin }), {
      extractor,
      concurrency: 2,
      batchSize: 8,
      // Below one long article's text: the second may not be pulled while the first is held.
      inFlightText: SECTION_CHARS,
      onProgress: (p) => {
        progress.push(p);
        if (p.result.articleId?.includes('-long-')) longAhead -= 1;
      },
    });

    expect(summary).toMatchObject({ total: 27, created: 26, failed: 1 });
    const failures = progress.filter((p) => p.result.status === 'failed');
    expect(failures.map((p) => [p.source, p.result.error?.code])).toEqual([['stdin:13', 'TOO_LARGE']]);
    expect(mostLongAhead).toBe(1);

    const written = await query<{ id: string; evidence: number }>(
      `UNWIND $ids AS aid MATCH (a:Article {id: aid}) OPTIONAL MATCH (a)-[:HAS_EVIDENCE]->(e:Evidence) RETURN a.id AS id, count(e) AS evidence ORDER BY id`,
      { ids },
    );
    expect(written.map((w) => w.id).sort()).toEqual([...ids].sort());
    for (const w of written) expect(w.evidence).toBeGreaterThan(0);

    // Facts are found in every section, and each span is at its place in the whole text.
    for (const article of long) {
      const spans = await query<{ text: string; start: number; end: number }>(
        `MATCH (:Article {id: $id})-[:HAS_EVIDENCE]->(e:Evidence) WHERE e.start IS NOT NULL RETURN e.text AS text, e.start AS start, e.end AS end`,
        { id: article.id },
      );
      for (const s of spans) expect(article.text.slice(s.start, s.end)).toBe(s.text);
      expect(Math.max(...spans.map((s) => s.start))).toBeGreaterThan(SECTION_CHARS);
    }
  } finally {
    for (const id of ids) await removeArticle(db, id);
    await cleanupTag(tag);
  }
}, 300_000);
