/**
 * Configuration, read once from the environment and validated as a whole: a bad
 * environment fails start-up with every problem listed, not just the first.
 */
import path from 'node:path';
import { z } from 'zod';

/** The repository root (this file lives in src/). */
export const PROJECT_ROOT = path.resolve(__dirname, '..');

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const NEO4J_SCHEMES = ['neo4j', 'neo4j+s', 'neo4j+ssc', 'bolt', 'bolt+s', 'bolt+ssc'];

/** Empty strings count as unset: `FOO=` in a .env file means "no value". */
const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const withDefault = (fallback: string) => optionalString.transform((v) => v ?? fallback);

const port = (name: string, fallback: number) =>
  optionalString.transform((v, ctx) => {
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!/^\d+$/.test(v) || n > 65535) {
      ctx.addIssue({ code: 'custom', message: `${name} must be a port number 0-65535, got "${v}"` });
      return z.NEVER;
    }
    return n;
  });

/** JVM-style sizes: 512m, 1g, 65536k. */
const memorySize = (name: string, fallback: string) =>
  optionalString.transform((v, ctx) => {
    const value = (v ?? fallback).toLowerCase();
    if (!/^[1-9]\d*[kmg]$/.test(value)) {
      ctx.addIssue({ code: 'custom', message: `${name} must look like 512m or 1g, got "${v}"` });
      return z.NEVER;
    }
    return value;
  });

/** Byte sizes for body limits: 2mb, 512kb, 1048576. */
const byteSize = (name: string, fallback: string) =>
  optionalString.transform((v, ctx) => {
    const m = /^(\d+)\s*(b|kb|mb)?$/i.exec(v ?? fallback);
    if (!m || Number(m[1]) === 0) {
      ctx.addIssue({ code: 'custom', message: `${name} must look like 2mb, 512kb or a number of bytes, got "${v}"` });
      return z.NEVER;
    }
    const unit = (m[2] ?? 'b').toLowerCase();
    return Number(m[1]) * (unit === 'mb' ? 1024 * 1024 : unit === 'kb' ? 1024 : 1);
  });

const EnvSchema = z.object({
  NEO4J_URI: optionalString.refine(
    (v) => v === undefined || NEO4J_SCHEMES.some((s) => v.startsWith(`${s}://`)),
    { message: `NEO4J_URI must start with one of ${NEO4J_SCHEMES.map((s) => `${s}://`).join(', ')}` },
  ),
  NEO4J_USER: withDefault('neo4j'),
  NEO4J_PASSWORD: optionalString,
  NEO4J_DATABASE: withDefault('neo4j'),
  HOST: withDefault('127.0.0.1'),
  PORT: port('PORT', 4000),
  // Several keys, comma-separated, let a key be rotated without downtime: add the new one,
  // move the clients over, then drop the old one.
  DIPLOGRAPH_API_KEY: optionalString.refine((v) => v === undefined || v.split(',').every((k) => k.trim().length >= 16), {
    message: 'DIPLOGRAPH_API_KEY must have at least 16 characters per key (or be unset to disable mutations)',
  }),
  DIPLOGRAPH_CORS_ORIGINS: optionalString.transform((v, ctx) => {
    const origins = (v ?? '').split(',').map((o) => o.trim()).filter((o) => o !== '');
    for (const o of origins) {
      let exact = false;
      try {
        exact = new URL(o).origin === o;
      } catch {
        exact = false;
      }
      if (!exact) ctx.addIssue({ code: 'custom', message: `DIPLOGRAPH_CORS_ORIGINS must list exact origins such as https://example.org (no wildcard, path or trailing slash), got "${o}"` });
    }
    return origins;
  }),
  DIPLOGRAPH_BODY_LIMIT: byteSize('DIPLOGRAPH_BODY_LIMIT', '2mb'),
  DIPLOGRAPH_INGEST_BODY_LIMIT: byteSize('DIPLOGRAPH_INGEST_BODY_LIMIT', '16mb'),
  DIPLOGRAPH_REQUEST_TIMEOUT_MS: optionalString.transform((v, ctx) => {
    if (v === undefined) return 60_000;
    if (!/^\d+$/.test(v) || Number(v) < 100) {
      ctx.addIssue({ code: 'custom', message: `DIPLOGRAPH_REQUEST_TIMEOUT_MS must be a number of milliseconds, at least 100, got "${v}"` });
      return z.NEVER;
    }
    return Number(v);
  }),
  LOG_FORMAT: optionalString.pipe(z.enum(['json', 'pretty']).optional()),
  LOG_LEVEL: optionalString.pipe(z.enum(LOG_LEVELS).optional()).transform((v) => v ?? 'info'),
  NODE_ENV: optionalString
    .pipe(z.enum(['development', 'production', 'test']).optional())
    .transform((v) => v ?? 'development'),
  NEO4J_LOCAL_DATA_DIR: optionalString,
  NEO4J_LOCAL_PORT: port('NEO4J_LOCAL_PORT', 0),
  NEO4J_LOCAL_HEAP: memorySize('NEO4J_LOCAL_HEAP', '512m'),
  NEO4J_LOCAL_PAGECACHE: memorySize('NEO4J_LOCAL_PAGECACHE', '64m'),
  DIPLOGRAPH_CACHE_DIR: optionalString,
  JAVA_HOME: optionalString,
});

export interface LocalNeo4jConfig {
  /** Where the embedded Neo4j keeps its store and logs. */
  dataDir: string;
  /** Bolt port; 0 picks a free one. */
  port: number;
  heap: string;
  pageCache: string;
  /** Base of the launcher's jar cache (outside the repository). */
  cacheDir: string | undefined;
  javaHome: string | undefined;
}

export interface Config {
  neo4j: {
    /** Unset: diplograph starts its own local Neo4j. */
    uri: string | undefined;
    user: string;
    /** Unset: no authentication (the local Neo4j runs with auth off). */
    password: string | undefined;
    database: string;
    local: LocalNeo4jConfig;
  };
  http: {
    host: string;
    port: number;
    /** Origins allowed to call the API from a browser; empty: no cross-origin access. */
    corsOrigins: string[];
    /** Largest request body in bytes; requests with a valid API key (ingestion) get their own. */
    bodyLimit: number;
    ingestBodyLimit: number;
    /** A request (headers and body) must arrive whole within this. */
    requestTimeoutMs: number;
  };
  /** Unset: mutations are disabled and say so. One key or several, comma-separated. */
  apiKey: string | undefined;
  logLevel: (typeof LOG_LEVELS)[number];
  /** Unset: readable on a terminal, JSON otherwise. */
  logFormat: 'json' | 'pretty' | undefined;
  nodeEnv: 'development' | 'production' | 'test';
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  const problems: string[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => {
        const key = issue.path.join('.');
        // Custom messages already name the variable; zod's own ones do not.
        return issue.message.startsWith(key) ? issue.message : `${key}: ${issue.message}`;
      });
  problems.push(...crossChecks(env));
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;

  return {
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      local: {
        dataDir: path.resolve(PROJECT_ROOT, e.NEO4J_LOCAL_DATA_DIR ?? '.neo4j/data'),
        port: e.NEO4J_LOCAL_PORT,
        heap: e.NEO4J_LOCAL_HEAP,
        pageCache: e.NEO4J_LOCAL_PAGECACHE,
        cacheDir: e.DIPLOGRAPH_CACHE_DIR,
        javaHome: e.JAVA_HOME,
      },
    },
    http: {
      host: e.HOST,
      port: e.PORT,
      corsOrigins: e.DIPLOGRAPH_CORS_ORIGINS,
      bodyLimit: e.DIPLOGRAPH_BODY_LIMIT,
      ingestBodyLimit: e.DIPLOGRAPH_INGEST_BODY_LIMIT,
      requestTimeoutMs: e.DIPLOGRAPH_REQUEST_TIMEOUT_MS,
    },
    apiKey: e.DIPLOGRAPH_API_KEY,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    nodeEnv: e.NODE_ENV,
  };
}

/** Rules spanning several variables; checked on the raw values so they join the list. */
function crossChecks(env: NodeJS.ProcessEnv): string[] {
  const value = (key: string) => {
    const v = env[key]?.trim();
    return v === undefined || v === '' ? undefined : v;
  };
  const problems: string[] = [];
  const password = value('NEO4J_PASSWORD');
  if (value('NEO4J_URI') === undefined && password !== undefined && password.length < 8) {
    problems.push('NEO4J_PASSWORD must have at least 8 characters for the local Neo4j');
  }
  if (value('NEO4J_URI') !== undefined && value('NEO4J_USER') !== undefined && password === undefined) {
    problems.push('NEO4J_USER is set without NEO4J_PASSWORD');
  }
  return problems;
}
