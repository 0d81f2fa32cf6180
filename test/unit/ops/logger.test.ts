/** Readable lines on a terminal, JSON otherwise, LOG_FORMAT over both. */
import { Writable } from 'node:stream';
import { chooseLogFormat, createLogger, type LogFormat } from '../../../src/ops/logger';
import { loadConfig } from '../../../src/config';

function capture(format: LogFormat): { logger: ReturnType<typeof createLogger>; text: () => string } {
  const chunks: string[] = [];
  const destination = new Writable({ write(c, _e, done) { chunks.push(String(c)); done(); } });
  return { logger: createLogger({ level: 'info', format, destination, colorize: false }), text: () => chunks.join('') };
}

it('chooses readable on a terminal, JSON otherwise, unless LOG_FORMAT says', () => {
  expect(chooseLogFormat(undefined, true)).toBe('pretty');
  expect(chooseLogFormat(undefined, false)).toBe('json');
  expect(chooseLogFormat('json', true)).toBe('json');
  expect(chooseLogFormat('pretty', false)).toBe('pretty');
  expect(loadConfig({ LOG_FORMAT: 'pretty' }).logFormat).toBe('pretty');
  expect(() => loadConfig({ LOG_FORMAT: 'xml' })).toThrow(/LOG_FORMAT/);
});

it('writes one JSON object a line in json, one readable line in pretty', () => {
  const json = capture('json');
  json.logger.info({ operation: 'StatesPage', durationMs: 4.2, outcome: 'ok' }, 'graphql request');
  expect(JSON.parse(json.text().trim())).toMatchObject({ msg: 'graphql request', operation: 'StatesPage', outcome: 'ok' });

  const pretty = capture('pretty');
  pretty.logger.info({ operation: 'StatesPage', durationMs: 4.2, outcome: 'ok' }, 'graphql request');
  const line = pretty.text();
  expect(line.trim().split('\n')).toHaveLength(1);
  expect(line).toMatch(/INFO.*graphql request.*StatesPage/);
  expect(() => JSON.parse(line)).toThrow();
});
