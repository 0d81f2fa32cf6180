/**
 * The `extract` command: articles in, extractions out, in one process (resources are loaded
 * once by the caller and the extractor handed in, which keeps this testable without them).
 */
import { Command, InvalidArgumentError } from 'commander';
import type { Readable, Writable } from 'node:stream';
import type { Article } from '../article';
import { DEFAULT_MAX_BYTES } from '../article';
import type { ArticleExtraction } from '../extract/types';
import { readInputs, type InputFailure } from '../input/read';
import { errorRecord, toRecord } from './serialise';
import { summarise } from './summary';

export type ExtractFn = (article: Article) => ArticleExtraction | Promise<ArticleExtraction>;

export interface ExtractIo {
  stdout: Writable;
  stderr: Writable;
  stdin: Readable;
}

const HELP_AFTER = `
Inputs:
  FILE        an article as JSON ({id?, url?, title?, publishedAt?, source?, text}),
              or a JSON array of them; plain text (headline, date line, body opening
              with a dateline) or HTML; the format follows the extension (.json, .txt,
              .html), else the content.
  DIRECTORY   every .json, .txt, .html, .htm, .ndjson and .jsonl file inside,
              recursively, in code-point order of names.
  -           NDJSON on standard input: one JSON article per line.
  .ndjson / .jsonl files are read as one JSON article per line too.
  The ingest command reads the same inputs in the same order.

Output:
  --json      one JSON object per line (NDJSON), one per input article, in input order:
              {id, url, title, publishedAt, source, dateline, skipped, states, people,
               events, invitations, visits, statements, warnings}; actors are
              {name, state} (people) or {code} (states); each fact carries "evidence"
              (the sentence text) and "evidenceSpans" ([{start, end}] offsets into the
              article text).
  otherwise   a readable summary per article.

Bad input:
  An input that cannot be read or parsed (empty, binary, invalid UTF-8, over the size
  limit, not English, invalid JSON or field) is reported on stderr as
  "extract: SOURCE: CODE: message"; with --json its line on stdout is
  {"id", "source", "error": {"code", "message"}, "states": [], "people": [],
   "invitations": [], "visits": [], "statements": []}, where id is the article's own id
  when it could be read, else the file name. The other inputs are still extracted.

Exit status: 0 when every input got its line (an extraction, or with --json an error
record), so that one bad article in a batch does not discard the others' results;
with --strict, 1 when any input failed. 2 on a usage error.
`;

function parseSize(v: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m)?$/i.exec(v.trim());
  if (!m) throw new InvalidArgumentError('expected a size such as 5MB, 200KB or 1048576');
  const unit = (m[2] ?? 'b').toLowerCase();
  const mult = unit.startsWith('m') ? 1024 * 1024 : unit.startsWith('k') ? 1024 : 1;
  return Math.floor(Number(m[1]) * mult);
}

/** Runs the command; resolves to the exit status instead of exiting, so tests can call it. */
export async function runExtract(argv: string[], extract: () => Promise<ExtractFn> | ExtractFn, io: ExtractIo): Promise<number> {
  const program = new Command('extract')
    .description('Extract states, people, invitations, visits and statements from news articles.')
    .argument('<inputs...>', 'article files, directories, or - for NDJSON on stdin')
    .option('--json', 'print NDJSON, one extraction per article')
    .option('--max-bytes <size>', 'largest accepted article', parseSize, DEFAULT_MAX_BYTES)
    .option('--strict', 'exit with status 1 when any input failed')
    .addHelpText('after', HELP_AFTER)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });

  try {
    program.parse(argv, { from: 'user' });
  } catch (e) {
    const code = (e as { exitCode?: number; code?: string }).code;
    return code === 'commander.helpDisplayed' || code === 'commander.version' ? 0 : 2;
  }
  const opts = program.opts<{ json?: boolean; maxBytes: number; strict?: boolean }>();
  const inputs = program.args;
  // Loaded once, before the first article, whatever the number of inputs.
  const fn = await extract();

  let failed = 0;
  let first = true;
  for await (const item of readInputs(inputs, { maxBytes: opts.maxBytes, stdin: io.stdin })) {
    let line: string;
    if (item.ok) {
      try {
        const record = toRecord(await fn(item.article));
        line = opts.json ? JSON.stringify(record) : summarise(record);
      } catch (e) {
        failed++;
        const error: InputFailure = { code: 'EXTRACTION_FAILED', message: (e as Error)?.message ?? String(e) };
        io.stderr.write(`extract: ${item.source}: ${error.code}: ${error.message}\n`);
        if (!opts.json) continue;
        line = JSON.stringify(errorRecord(item.article.id, item.source, error));
      }
    } else {
      failed++;
      io.stderr.write(`extract: ${item.source}: ${item.error.code}: ${item.error.message}\n`);
      if (!opts.json) continue;
      line = JSON.stringify(errorRecord(item.id, item.source, item.error));
    }
    if (!opts.json && !first) io.stdout.write('\n');
    io.stdout.write(line + '\n');
    first = false;
  }
  return failed && opts.strict ? 1 : 0;
}
