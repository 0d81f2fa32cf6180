/**
 * Ingest from files and directories (what the CLI and start-up seeding use): every supported
 * format, nested directories, NDJSON on a stream, and a summary that counts each outcome.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { ingestEach, ingestPaths, removeArticle, type IngestProgress } from '../../../src/graph/ingest';
import { closeTestDriver, testExecutor, uniquePrefix } from '../../support/neo4j';
import { emptyFacts, FixtureExtractor } from './helpers';

afterAll(closeTestDriver);

const BODY = 'China said on Thursday that talks in Beijing with South Korea had gone well for both sides.';

describe('ingestPaths', () => {
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
      const summary = await ingestPaths(db, [dir, '-', path.join(dir, 'missing.txt')], { extractor, stdin, concurrency: 2, onProgress: (p) => progress.push(p) });
      expect({ total: summary.total, created: summary.created, failed: summary.failed, unchanged: summary.unchanged }).toEqual({ total: 8, created: 6, failed: 2, unchanged: 0 });
      expect(summary.results.filter((r) => r.result.status === 'failed').map((r) => r.result.error?.code).sort()).toEqual(['INVALID_JSON', 'NOT_FOUND'].sort());
      expect(summary.results.filter((r) => r.result.status === 'created').map((r) => r.result.articleId).sort()).toEqual([...ids].sort());
      expect(progress).toHaveLength(8);
      expect(progress.at(-1)).toMatchObject({ done: 8, total: 8 });

      const again = await ingestPaths(db, [dir], { extractor, concurrency: 2 });
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
      const results = await ingestEach(
        db,
        items,
        async (item) => {
          if (item === null) throw new Error('file vanished');
          return item;
        },
        { extractor, batchSize: 10, concurrency: 1 },
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
});
