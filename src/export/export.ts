/**
 * Streams the graph's facts from Neo4j into one of the export formats, row by row, waiting
 * for the output to drain when it is slower than Neo4j: memory stays flat whatever the size.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Executor } from '../db';
import { createFormat, type FormatName } from './formats';
import { exportRows, type FactRow } from './rows';

export interface ExportOptions {
  format: FormatName;
  from?: string | null;
  to?: string | null;
  state?: string | null;
  /** Called after each fact with the number of facts and rows so far. */
  onProgress?: (facts: number, rows: number) => void;
}

export interface ExportSummary {
  facts: number;
  rows: number;
}

async function write(out: Writable, text: string): Promise<void> {
  if (text !== '' && !out.write(text)) await once(out, 'drain');
}

export async function exportFacts(db: Executor, out: Writable, options: ExportOptions): Promise<ExportSummary> {
  const format = createFormat(options.format);
  const params = { from: options.from ?? null, to: options.to ?? null, state: options.state?.toUpperCase() ?? null };
  let facts = 0;
  let rows = 0;
  await write(out, format.header);
  for await (const fact of db.stream<FactRow & Record<string, never>>('export-facts', params)) {
    for (const r of exportRows(fact, format.includeUncoded)) {
      const text = format.row(r);
      if (text !== '') rows += 1;
      await write(out, text);
    }
    facts += 1;
    options.onProgress?.(facts, rows);
  }
  await write(out, format.footer);
  return { facts, rows };
}
