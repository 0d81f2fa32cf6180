/**
 * Debian's Chromium driven by playwright-core, as the browser tests, the screenshots and the
 * explorer benchmark use it: never a downloaded browser, and no request leaves the server
 * under test.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * Refuses every request to another host and records it: the page must work offline, so a
 * single attempt to reach out is a failure, not just a slower page.
 */
export async function onlyLocal(page: Page, baseUrl: string): Promise<string[]> {
  const external: string[] = [];
  const local = new URL(baseUrl).host;
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'blob:' || url.protocol === 'data:' || url.host === local) return route.continue();
    external.push(url.href);
    return route.abort('blockedbyclient');
  });
  return external;
}
