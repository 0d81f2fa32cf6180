/**
 * The real `extract` command, run as a child process the way the scorer and users run it:
 * several files in, NDJSON out, a bad file reported without stopping the others.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const CLI = join(ROOT, 'src', 'cli', 'extract.ts');

const GOOD = `Putin invites Kim to Moscow for talks

March 3, 2019

MOSCOW (Wire) — Russian President Vladimir Putin has invited North Korean leader Kim Jong-un to visit Moscow, the Kremlin said on Saturday.

Kremlin spokesman Dmitry Peskov told reporters that the dates of the visit were still being discussed.
`;

function runCli(args: string[], stdin = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(TSX, [CLI, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

const lines = (s: string) =>
  s
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('extract CLI', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'diplograph-cli-'));
    writeFileSync(join(dir, 'good.txt'), GOOD);
    writeFileSync(join(dir, 'good.json'), JSON.stringify({ id: 'cli-test-good-json', publishedAt: '2019-03-03', text: GOOD }));
    writeFileSync(join(dir, 'bad.txt'), Buffer.from([0x00, 0x01, 0x02, 0x03, 0x89, 0x00]));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints one NDJSON line per file, an error line for a bad one, and exits 0', async () => {
    const r = await runCli(['--json', join(dir, 'good.json'), join(dir, 'bad.txt')]);
    expect(r.code).toBe(0);
    const out = lines(r.stdout);
    expect(out).toHaveLength(2);
    const [good, bad] = out as [Record<string, any>, Record<string, any>];
    expect(good.id).toBe('cli-test-good-json');
    expect(good.error).toBeUndefined();
    expect(good.publishedAt).toBe('2019-03-03');
    expect(good.states.map((s: { code: string }) => s.code)).toEqual(expect.arrayContaining(['RUS', 'PRK']));
    expect(good.invitations.map((i: any) => [i.inviter.name, i.invitee.name, i.status])).toEqual([['Vladimir Putin', 'Kim Jong-un', 'unknown']]);
    expect(good.statements.map((st: any) => st.speaker.name ?? st.speaker.code)).toEqual(expect.arrayContaining(['Dmitry Peskov']));
    const facts = [...good.invitations, ...good.visits, ...good.statements];
    expect(facts.length).toBeGreaterThan(0);
    for (const f of facts) {
      // The offsets point into the article text, and the evidence is the text they cover.
      expect(f.evidenceSpans.length).toBeGreaterThan(0);
      expect(f.evidence).toBe(f.evidenceSpans.map((s: { start: number; end: number }) => GOOD.slice(s.start, s.end)).join(' '));
    }
    expect(GOOD.slice(good.invitations[0].evidenceSpans[0].start, good.invitations[0].evidenceSpans[0].end)).toBe('Putin invites Kim to Moscow for talks');
    expect(bad.id).toBe(join(dir, 'bad.txt'));
    expect(bad.error).toEqual({ code: 'BINARY', message: expect.any(String) });
    expect(bad.invitations).toEqual([]);
    expect(r.stderr).toContain(`${join(dir, 'bad.txt')}: BINARY`);
  });

  it('exits 1 with --strict when an input failed', async () => {
    const r = await runCli(['--json', '--strict', join(dir, 'good.json'), join(dir, 'bad.txt')]);
    expect(r.code).toBe(1);
    expect(lines(r.stdout).map((o) => o.error === undefined)).toEqual([true, false]);
  });

  it('exits 0 when every input is good, reading NDJSON from stdin too', async () => {
    const r = await runCli(['--json', join(dir, 'good.txt'), '-'], JSON.stringify({ id: 'cli-test-stdin', text: GOOD }) + '\n');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = lines(r.stdout);
    expect(out.map((o) => o.id)).toEqual([expect.stringMatching(/^sha256:[0-9a-f]{64}$/), 'cli-test-stdin']);
    expect(out[0]!.title).toBe('Putin invites Kim to Moscow for talks');
  });

  it('prints a readable summary without --json', async () => {
    const r = await runCli([join(dir, 'good.txt')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('■ Putin invites Kim to Moscow for talks');
    expect(r.stdout).toContain('published 2019-03-03 · Moscow (Wire)');
    expect(r.stdout).toMatch(/\n {2}invitations /);
  });

  it('refuses a call without inputs as a usage error', async () => {
    const r = await runCli(['--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing required argument');
    expect(r.stdout).toBe('');
  });
});
