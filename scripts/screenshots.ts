/**
 * `npm run screenshots [-- --url http://127.0.0.1:4000]`: the README's pictures of the
 * explorer (an actor view and a bilateral view), taken in the browser the tests use, from the
 * running service at --url or from one started here with the seed articles.
 */
import path from 'node:path';
import { Command } from 'commander';
import { launchChromium, onlyLocal } from './chromium';
import { useService } from './service';

const DOCS = path.join(__dirname, '..', 'docs');

async function main(): Promise<void> {
  const opts = new Command().option('--url <url>', 'a running diplograph service').parse().opts<{ url?: string }>();
  const service = await useService(opts.url);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1800, height: 940 }, deviceScaleFactor: 1 });
    const external = await onlyLocal(page, service.url);
    const shots: [string, string, string][] = [
      ['explorer-actor.png', `#/actor/${encodeURIComponent('person:vladimir putin')}?fact=${encodeURIComponent('inv|person:vladimir putin|person:kim jong un|event:ceremony|2015-05-09|RUS|false')}`, '#network[data-drawn] , .message'],
      ['explorer-bilateral.png', '#/bilateral/RUS/PRK', '#bilateral-counts, .message'],
    ];
    for (const [file, hash, ready] of shots) {
      await page.goto(`${service.url}/${hash}`);
      await page.waitForSelector(ready, { timeout: 30_000 });
      // The fact panel loads after the view; wait for its sources when one is open.
      if (hash.includes('fact=')) await page.waitForSelector('#fact-panel .evidence mark', { timeout: 30_000 });
      await page.screenshot({ path: path.join(DOCS, file) });
      process.stdout.write(`docs/${file}\n`);
    }
    if (external.length) throw new Error(`the page tried to reach other hosts: ${external.join(', ')}`);
  } finally {
    await browser.close();
    await service.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`screenshots failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
