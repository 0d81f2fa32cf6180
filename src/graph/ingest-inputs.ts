/**
 * Ingest what the input reader yields (src/input/read.ts): the `ingest` command and start-up
 * seeding. Articles stream through the batching pipeline as they are read; only counts are
 * kept unless every result is asked for, so a long input does not grow memory.
 */
import type { Executor } from '../db/executor';
import type { Extractor } from '../extract/types';
import type { InputItem } from '../input/read';
import { failed, ingestEach, type IngestResult } from './ingest';

export interface IngestProgress {
  /** Inputs finished so far (the total is not known until the input ends). */
  done: number;
  source: string;
  result: IngestResult;
}

export interface IngestInputsOptions {
  extractor?: Extractor;
  /** Batches written at the same time, and articles per batch (see ingestEach). */
  concurrency?: number;
  batchSize?: number;
  /** Characters of text in flight at most (see ingestEach). */
  inFlightText?: number;
  onProgress?: (progress: IngestProgress) => void;
  /** Keep every result in the summary (memory grows with the input). */
  keepResults?: boolean;
}

export interface IngestSummary {
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  /** Facts (invitations, visits, statements) in the articles created or updated. */
  factsWritten: number;
  /** Every result in completion order, when `keepResults` was set; else empty. */
  results: Array<{ source: string; result: IngestResult }>;
}

/** Ingest every article the reader yields; database failures are thrown, article failures counted. */
export async function ingestInputs(db: Executor, inputs: AsyncIterable<InputItem>, opts: IngestInputsOptions = {}): Promise<IngestSummary> {
  const summary: IngestSummary = { total: 0, created: 0, updated: 0, unchanged: 0, failed: 0, factsWritten: 0, results: [] };
  await ingestEach(db, inputs, async (input) => (input.ok ? { article: input.article } : { failure: failed(input.id === input.source ? null : input.id, input.error.code, input.error.message) }), {
    ...(opts.extractor === undefined ? {} : { extractor: opts.extractor }),
    ...(opts.concurrency === undefined ? {} : { concurrency: opts.concurrency }),
    ...(opts.batchSize === undefined ? {} : { batchSize: opts.batchSize }),
    ...(opts.inFlightText === undefined ? {} : { inFlightText: opts.inFlightText }),
    onResult: (result, _index, input) => {
      summary.total += 1;
      summary[result.status] += 1;
      if (result.status === 'created' || result.status === 'updated') summary.factsWritten += result.counts.invitations + result.counts.visits + result.counts.statements;
      if (opts.keepResults) summary.results.push({ source: input.source, result });
      opts.onProgress?.({ done: summary.total, source: input.source, result });
    },
  });
  return summary;
}
