/** The demo seed articles: each must read as a dated wire story whose file name tells its date. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../../../src/article';

const DIR = join(__dirname, '../../../seeds');
const files = readdirSync(DIR).filter((f) => f.endsWith('.txt'));

describe('seed articles', () => {
  it('are a dozen or more', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  it.each(files)('%s has a headline, the date of its name and a dateline', (file) => {
    const m = /^([a-z]+)-(\d{4}-\d{2}-\d{2})-[a-z0-9-]+\.txt$/.exec(file);
    expect(m).not.toBeNull();
    const a = parseArticle(readFileSync(join(DIR, file)), { filename: file });
    expect(a.title).toBeTruthy();
    expect(a.publishedAt).toBe(m![2]);
    expect(a.dateline?.city).toBeTruthy();
    expect(a.source?.toLowerCase()).toBe(m![1]);
  });
});
