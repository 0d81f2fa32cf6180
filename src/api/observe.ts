/**
 * One observation per GraphQL request: its operation name, duration and outcome go to the
 * metrics and to one log line. Only names, codes and timings are recorded: never variables
 * (they hold article text) nor headers (they hold keys).
 */
import type { Plugin } from 'graphql-yoga';
import type { ApiWriter, IngestResult } from './ports';
import { factsWritten, graphqlErrors, httpDuration, ingestArticles } from '../ops/metrics';

export interface RequestLog {
  info(obj: Record<string, unknown>, msg: string): void;
}

interface Pending {
  started: number;
  operation: string;
}

export function observeRequests(log: RequestLog): Plugin {
  const pending = new WeakMap<Request, Pending>();
  return {
    onRequest({ request }) {
      pending.set(request, { started: performance.now(), operation: 'anonymous' });
    },
    onParams({ params, request }) {
      const p = pending.get(request);
      // Operation names are the client's choice: bounded in length so a label stays small.
      if (p && params.operationName) p.operation = params.operationName.slice(0, 64);
    },
    onResultProcess({ request, result }) {
      const p = pending.get(request);
      if (!p) return;
      pending.delete(request);
      const results = Array.isArray(result) ? result : [result];
      const codes: string[] = [];
      for (const r of results) {
        const errors = (r as { errors?: readonly { extensions?: { code?: unknown } }[] } | null)?.errors ?? [];
        for (const e of errors) codes.push(typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL');
      }
      for (const code of codes) graphqlErrors.inc({ code });
      const outcome = codes.length === 0 ? 'ok' : 'error';
      const seconds = (performance.now() - p.started) / 1000;
      httpDuration.observe({ operation: p.operation, outcome }, seconds);
      log.info({ operation: p.operation, durationMs: Math.round(seconds * 10_000) / 10, outcome, ...(codes.length ? { errors: codes } : {}) }, 'graphql request');
    },
  };
}

function count(results: IngestResult[]): void {
  for (const r of results) {
    ingestArticles.inc({ status: r.status });
    const c = r.counts;
    factsWritten.inc(c.invitations + c.visits + c.statements);
  }
}

/** The writer, counting each article's outcome and the facts it wrote. */
export function countingWriter(writer: ApiWriter): ApiWriter {
  return {
    ingestArticle: async (raw) => {
      const r = await writer.ingestArticle(raw);
      count([r]);
      return r;
    },
    ingestArticles: async (items) => {
      const rs = await writer.ingestArticles(items);
      count(rs);
      return rs;
    },
    removeArticle: (id) => writer.removeArticle(id),
  };
}
