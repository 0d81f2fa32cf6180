import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import floor from '../../eval-floor.json';

// Runs the evaluation set's own scorer on its dev articles through the same command users
// run (`npm run --silent extract -- --json`) and holds the extractor to the floor kept in
// test/eval-floor.json: a change that makes extraction worse on annotated news fails here.
// The set lives beside the project (../shared/eval); CI lays it there.
const ROOT = resolve(__dirname, '../../..');
const EVAL = resolve(ROOT, '../shared/eval');
const CMD = 'npm run --silent extract -- --json';

interface ScoreReport {
  exactF1: number;
  kinds: Record<'invitations' | 'visits' | 'statements', { exact: { f: number } }>;
}

function score(gold: string): { overall: number; invitations: number; visits: number; statements: number } {
  const out = execFileSync(process.execPath, [join(EVAL, 'score.mjs'), '--gold', gold, '--cmd', CMD, '--json'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const r = JSON.parse(out) as ScoreReport;
  return { overall: r.exactF1, invitations: r.kinds.invitations.exact.f, visits: r.kinds.visits.exact.f, statements: r.kinds.statements.exact.f };
}

describe('extraction quality on the annotated dev set', () => {
  test('the evaluation set is beside the project', () => {
    expect(existsSync(join(EVAL, 'score.mjs'))).toBe(true);
    expect(readdirSync(join(EVAL, 'dev')).filter((f) => f.endsWith('.json')).length).toBeGreaterThanOrEqual(100);
  });

  test('the dev set scores at or above the floor', () => {
    const s = score(join(EVAL, 'dev'));
    expect(s.overall).toBeGreaterThanOrEqual(floor.overall);
    expect(s.invitations).toBeGreaterThanOrEqual(floor.invitations);
    expect(s.visits).toBeGreaterThanOrEqual(floor.visits);
    expect(s.statements).toBeGreaterThanOrEqual(floor.statements);
  }, 180_000);

  test('the seed article is exactly right', () => {
    const dir = mkdtempSync(join(tmpdir(), 'diplograph-seed-'));
    try {
      symlinkSync(join(EVAL, 'dev', '00-seed-kim-russia-visit.json'), join(dir, '00-seed-kim-russia-visit.json'));
      expect(score(dir).overall).toBeGreaterThanOrEqual(floor.seed);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
