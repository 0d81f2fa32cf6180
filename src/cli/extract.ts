/**
 * `npm run extract -- [--json] FILE|DIR|- ...` — see `--help`. Loads the extraction
 * resources (gazetteer, language model) once, then extracts every input in this process.
 */
import { extractArticle, loadExtractionResources } from '../extract';
import { runExtract } from './run-extract';

// A reader that stops early (`| head`) closes the pipe: that is the end of the output, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

async function main(): Promise<void> {
  process.exitCode = await runExtract(
    process.argv.slice(2),
    async () => {
      const resources = await loadExtractionResources();
      return (article) => extractArticle(article, resources);
    },
    { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin },
  );
}

main().catch((e: unknown) => {
  process.stderr.write(`extract: ${(e as Error)?.stack ?? String(e)}\n`);
  process.exitCode = 2;
});
