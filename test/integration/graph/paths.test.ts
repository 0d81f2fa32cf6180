/**
 * Ingest from files and directories (what the CLI and start-up seeding use): every supported
 * format, nested directories, NDJSON on a stream, a summary that counts each outcome, and a
 * pipeline that reads its input no faster than it writes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { ingestEach, removeArticle, type IngestResult } from '../../../src/graph/ingest';
import { ingestInputs, type IngestProgress } from '../../../src/graph/ingest-inputs';
import { readInputs } from '../../../src/input/read';
import { closeTestDriver, testExecutor, uniquePrefix } from '../../support/neo4j';
import { emptyFacts, FixtureExtractor } from './helpers';

afterAll(closeTestDriver);

const BODY = 'China said on Thursday that talks in Beijing with South Korea had gone well for both sides.';

describe('ingestInputs', () => {
  it('reads files, directories and NDJSON, and summarises', async () => {
    const db = testExecutor();
    const prefix = uniquePrefix('paths');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-paths-'));
    const record = (n: string) => ({ id: `${prefix}${n}`, text: `${BODY} (${n})`, publishedAt: '2015-01-22' });
    fs.mkdirSync(path.join(dir, 'nested'));
    fs.writeFileSync(path.join(dir, 'one.json'), JSON.stringify(record('json')));
    fs.writeFileSync(path.join(dir, 'batch.json'), JSON.stringify([record('arr1'), record('arr2')]));
    fs.writeFileSync(path.join(dir, 'nested', 'lines.ndjson'), `${JSON.stringify(record('nd1'))}\n\n${JSON.stringify(record('nd2'))}\n{broken\n`);
    fs.writeFileSync(path.join(dir, 'notes.md'), 'not an article');
    const stdin = Readable.from([`${JSON.stringify(record('stdin'))}\n`]);
    const extractor = new FixtureExtractor(() => ({ ...emptyFacts(), states: [{ code: 'CHN', name: 'China', mentions: ['China'] }] }));
    const progress: IngestProgress[] = [];
    const ids = ['json', 'arr1', 'arr2', 'nd1', 'nd2', 'stdin'].map((n) => `${prefix}${n}`);
    try {
      const summary = await ingestInputs(db, readInputs([dir, '-', path.join(dir, 'missing.txt')], { stdin }), { extractor, concurrency: 2, keepResults: true, onProgress: (p) => progress.push(p) });
      expect({ total: summary.total, created: summary.created, failed: summary.failed, unchanged: summary.unchanged }).toEqual({ total: 8, created: 6, failed: 2, unchanged: 0 });
      expect(summary.results.filter((r) => r.result.status === 'failed').map((r) => r.result.error?.code).sort()).toEqual(['INVALID_JSON', 'NOT_FOUND'].sort());
      expect(summary.results.filter((r) => r.result.status === 'created').map((r) => r.result.articleId).sort()).toEqual([...ids].sort());
      expect(progress).toHaveLength(8);
      expect(progress.map((p) => p.done)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(progress.map((p) => p.source).sort()).toEqual(summary.results.map((r) => r.source).sort());

      const again = await ingestInputs(db, readInputs([dir]), { extractor, concurrency: 2 });
      expect(again.results).toEqual([]);
      expect({ created: again.created, unchanged: again.unchanged, failed: again.failed }).toEqual({ created: 0, unchanged: 5, failed: 1 });
    } finally {
      for (const id of ids) await removeArticle(db, id);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes an article met twice in one batch once, and fails an item that cannot be loaded alone', async () => {
    const db = testExecutor();
    const prefix = uniquePrefix('twice');
    const extractor = new FixtureExtractor(() => ({ ...emptyFacts(), states: [{ code: 'CHN', name: 'China', mentions: ['China'] }] }));
    const record = (n: string, text = BODY) => ({ id: `${prefix}${n}`, text, publishedAt: '2015-01-22' });
    const items = [record('a'), record('b'), record('a'), null, record('b', `${BODY} Revised.`)];
    try {
      const results: IngestResult[] = [];
      await ingestEach(
        db,
        items,
        async (item) => {
          if (item === null) throw new Error('file vanished');
          return { item };
        },
        { extractor, batchSize: 10, concurrency: 1, onResult: (result, index) => (results[index] = result) },
      );
      expect(results.map((r) => [r.articleId, r.status, r.error?.code])).toEqual([
        [`${prefix}a`, 'created', undefined],
        [`${prefix}b`, 'created', undefined],
        [`${prefix}a`, 'unchanged', undefined],
        [null, 'failed', 'UNREADABLE'],
        [`${prefix}b`, 'updated', undefined],
      ]);
    } finally {
      for (const n of ['a', 'b']) await removeArticle(db, `${prefix}${n}`);
    }
  });

  it('pulls a streaming input no further ahead than the batches being filled and written', async () => {
    const db = testExecutor();
    const prefix = uniquePrefix('stream');
    const extractor = new FixtureExtractor(() => ({ ...emptyFacts(), states: [{ code: 'CHN', name: 'China', mentions: ['China'] }] }));
    const count = 40;
    let pulled = 0;
    let finished = 0;
    let mostAhead = 0;
    async function* articles(): AsyncGenerator<{ id: string; text: string; publishedAt: string }> {
      for (let i = 0; i < count; i++) {
        pulled += 1;
        mostAhead = Math.max(mostAhead, pulled - finished);
        yield { id: `${prefix}${i}`, text: `${BODY} (${i})`, publishedAt: '2015-01-22' };
      }
    }
    try {
      await ingestEach(db, articles(), async (item) => ({ item }), { extractor, batchSize: 4, concurrency: 2, onResult: () => (finished += 1) });
      expect(finished).toBe(count);
      // Two batches of four being filled or written, and one pull each waiting on a full batch.
      expect(mostAhead).toBeLessThanOrEqual(2 * 4 + 2);
    } finally {
      for (let i = 0; i < count; i++) await removeArticle(db, `${prefix}${i}`);
    }
  });
});
