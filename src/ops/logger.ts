/**
 * The service's logger: human-readable lines when stdout is a terminal (someone is reading),
 * JSON lines otherwise (a collector is reading), or as LOG_FORMAT says.
 */
import pino, { type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';

export type LogFormat = 'json' | 'pretty';

export function chooseLogFormat(setting: LogFormat | undefined, isTTY: boolean): LogFormat {
  return setting ?? (isTTY ? 'pretty' : 'json');
}

export function createLogger(options: { level: string; format: LogFormat; destination?: DestinationStream; colorize?: boolean }): Logger {
  const base = { level: options.level, base: { app: 'diplograph' } };
  if (options.format === 'json') return options.destination ? pino(base, options.destination) : pino(base);
  // pino-pretty as a stream in this thread rather than a worker transport: a crash's last
  // lines are written before the process exits.
  const stream = pretty({
    colorize: options.colorize ?? true,
    translateTime: 'HH:MM:ss.l',
    ignore: 'pid,hostname,app',
    singleLine: true,
    sync: true,
    ...(options.destination ? { destination: options.destination } : {}),
  });
  return pino(base, stream);
}
