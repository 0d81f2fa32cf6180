import { mkdtempSync, mkdirSync, rmSync, writeFileSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { readInputs, boundedLines, type InputItem } from '../../../src/input/read';

const STORY =
  'Abe to visit Tehran\n\nJune 10, 2019\n\nTOKYO (Wire) — Japanese Prime Minister Shinzo Abe will visit Iran this week, the first trip by a Japanese leader in four decades, officials said on Monday.\n';
const JSON_STORY = JSON.stringify({ id: 'inputs-test-json', publishedAt: '2019-06-12', text: 'Iranian President Hassan Rouhani welcomed Abe in Tehran on Wednesday and said the two countries would work together.' });

async function collect(args: string[], stdin?: Readable, maxBytes?: number): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const item of readInputs(args, { stdin, maxBytes })) out.push(item);
  return out;
}

describe('readInputs', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'diplograph-inputs-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads files of each format in argument order', async () => {
    writeFileSync(join(dir, 'b.txt'), STORY);
    writeFileSync(join(dir, 'a.json'), JSON_STORY);
    writeFileSync(join(dir, 'c.html'), `<html><body><article><h1>Abe in Tehran</h1><p>${'Japanese Prime Minister Shinzo Abe arrived in Tehran on Wednesday for talks with Iranian leaders. '.repeat(3)}</p></article></body></html>`);
    const items = await collect([join(dir, 'b.txt'), join(dir, 'a.json'), join(dir, 'c.html')]);
    expect(items.map((i) => i.ok)).toEqual([true, true, true]);
    const [b, a, c] = items.map((i) => (i.ok ? i.article : null));
    expect(b?.title).toBe('Abe to visit Tehran');
    expect(b?.publishedAt).toBe('2019-06-10');
    expect(a?.id).toBe('inputs-test-json');
    expect(c?.title).toBe('Abe in Tehran');
  });

  it('walks a directory in name order, keeping only article files', async () => {
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'z.txt'), STORY);
    writeFileSync(join(dir, 'sub', 'a.json'), JSON_STORY);
    writeFileSync(join(dir, 'notes.md'), '# not an article');
    writeFileSync(join(dir, '.hidden.txt'), STORY);
    const items = await collect([dir]);
    expect(items.map((i) => i.source)).toEqual([join(dir, 'sub', 'a.json'), join(dir, 'z.txt')]);
  });

  it('reads NDJSON from stdin, one article a line, naming failures by line', async () => {
    const stdin = Readable.from([`${JSON_STORY}\n\n{"id":"broken"\n`, JSON.stringify({ id: 'inputs-test-2', text: STORY }) + '\n']);
    const items = await collect(['-'], stdin);
    expect(items.map((i) => [i.source, i.ok])).toEqual([
      ['stdin:1', true],
      ['stdin:3', false],
      ['stdin:4', true],
    ]);
    const bad = items[1]!;
    expect(bad.ok ? null : bad.error.code).toBe('INVALID_JSON');
  });

  it('refuses an over-long stdin line without buffering it, then reads the next', async () => {
    const huge = `{"id":"inputs-test-huge","text":"${'x'.repeat(5000)}"}\n`;
    const stdin = Readable.from([huge.slice(0, 2000), huge.slice(2000), `${JSON_STORY}\n`]);
    const items = await collect(['-'], stdin, 1000);
    expect(items.map((i) => (i.ok ? i.article.id : i.error.code))).toEqual(['TOO_LARGE', 'inputs-test-json']);
  });

  it('splits lines across chunk boundaries and CRLF endings', async () => {
    const out: Array<string | null> = [];
    for await (const l of boundedLines(Readable.from([Buffer.from('ab'), Buffer.from('c\r\nde'), Buffer.from('f\n\ng')]), 100)) out.push(l);
    expect(out).toEqual(['abc', 'def', '', 'g']);
  });

  it('turns every bad file into an error item and goes on', async () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'fr.json'), JSON.stringify({ id: 'inputs-test-fr', text: 'Le président a invité le dirigeant à Moscou pour les cérémonies, a déclaré le ministre des Affaires étrangères.' }));
    writeFileSync(join(dir, 'big.txt'), '');
    truncateSync(join(dir, 'big.txt'), 10 * 1024 * 1024);
    writeFileSync(join(dir, 'ok.txt'), STORY);
    const items = await collect([join(dir, 'empty.txt'), join(dir, 'fr.json'), join(dir, 'big.txt'), join(dir, 'missing.txt'), join(dir, 'ok.txt')]);
    expect(items.map((i) => (i.ok ? 'ok' : i.error.code))).toEqual(['EMPTY', 'NOT_ENGLISH', 'TOO_LARGE', 'NOT_FOUND', 'ok']);
    // a JSON record that could be read keeps its own id for its error line
    expect(items[1]!.ok ? null : items[1]!.id).toBe('inputs-test-fr');
    expect(items[2]!.ok ? null : items[2]!.id).toBe(join(dir, 'big.txt'));
  });

  it('applies the size limit it is given', async () => {
    writeFileSync(join(dir, 'ok.txt'), STORY);
    const items = await collect([join(dir, 'ok.txt')], undefined, 50);
    expect(items[0]!.ok ? 'ok' : items[0]!.error.code).toBe('TOO_LARGE');
  });

  it('reads a .json array as one article per element, naming each by its position', async () => {
    const good = (n: string) => ({ id: `inputs-test-${n}`, publishedAt: '2019-06-12', text: 'Iranian President Hassan Rouhani welcomed Abe in Tehran on Wednesday and said the two countries would work together.' });
    writeFileSync(join(dir, 'batch.json'), JSON.stringify([good('a'), { id: 'inputs-test-bad' }, good('b')]));
    const items = await collect([join(dir, 'batch.json')]);
    expect(items.map((i) => [i.source, i.ok ? i.article.id : `${i.id} ${i.error.code}`])).toEqual([
      [`${join(dir, 'batch.json')}[0]`, 'inputs-test-a'],
      [`${join(dir, 'batch.json')}[1]`, 'inputs-test-bad INVALID_FIELD'],
      [`${join(dir, 'batch.json')}[2]`, 'inputs-test-b'],
    ]);
  });

  it('orders a directory by code point, whatever the locale, and recurses into sub-directories', async () => {
    mkdirSync(join(dir, 'b'));
    for (const name of ['a.txt', 'B.txt', 'b/a.txt', 'Z.txt', 'é.txt', '_.txt']) writeFileSync(join(dir, name), STORY);
    const items = await collect([dir]);
    expect(items.map((i) => i.source.slice(dir.length + 1))).toEqual(['B.txt', 'Z.txt', '_.txt', 'a.txt', 'b/a.txt', 'é.txt']);
  });
});
