/**
 * A diplograph service for the scripts that look at the explorer: the one at `--url`, or one
 * started here (`src/main.ts`, on a free port) and stopped afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';

const ROOT = path.join(__dirname, '..');

export interface Service {
  url: string;
  stop(): Promise<void>;
}

export async function useService(url: string | undefined, env: Record<string, string> = {}): Promise<Service> {
  if (url) return { url: url.replace(/\/$/, ''), stop: async () => undefined };
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/main.ts')], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', LOG_FORMAT: 'json', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const listening = await new Promise<string>((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      try {
        const entry = JSON.parse(line) as { msg?: string; url?: string };
        if (entry.msg === 'listening' && entry.url) resolve(entry.url);
      } catch {
        // Not a log line (npm or tsx output): nothing to read.
      }
    });
    child.once('exit', (code) => reject(new Error(`the service exited (code ${code}) before listening`)));
  });
  return { url: listening, stop: () => stopChild(child) };
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
