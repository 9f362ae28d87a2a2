/**
 * Regenerates docs/explorer.png: the explorer page of the test bed's node-app image (or the demo image when the
 * bed is not built), opened in Debian's Chromium, with the npm install layer selected.
 *
 * Usage: node scripts/explorer-screenshot.ts [--out docs/explorer.png]
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../src/cli/main.ts';
import { launchChromium } from '../test/explorer/browser.ts';
import { loadBed } from '../test/helpers/bed.ts';
import { writeDemoImage } from './demo-image.ts';

const root = new URL('..', import.meta.url).pathname;
const i = process.argv.indexOf('--out');
const out = i > 0 ? process.argv[i + 1]! : join(root, 'docs/explorer.png');
const dir = mkdtempSync(join(tmpdir(), 'lb-shot-'));
const bed = loadBed();
let source: string;
const extra: string[] = [];
if (bed?.images['node-app']) {
  source = `docker-archive:${bed.images['node-app'].exports['docker-archive']}`;
  // relative, as a user passes it (the page shows the path as given)
  extra.push('--dockerfile', relative(process.cwd(), join(root, 'test/images/node-app/Dockerfile')));
} else {
  writeDemoImage(join(dir, 'app.tar'), 'after');
  source = `docker-archive:${join(dir, 'app.tar')}`;
}
const html = join(dir, 'explorer.html');
const code = await main(['explore', source, '--output', html, ...extra], {
  console: { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t), isTTY: false, columns: 100 },
  files: { readText: async (p) => (existsSync(p) ? readFileSync(p, 'utf8') : null), writeText: async (p, t) => writeFileSync(p, t) },
  env: {},
  stdin: Readable.from([]),
});
if (code !== 0) process.exit(code);
const browser = await launchChromium();
if (!browser) {
  console.error('explorer-screenshot: /usr/bin/chromium is missing (apt-get install chromium)');
  process.exit(2);
}
const page = await browser.newPage({ viewport: { width: 1400, height: 760 } });
await page.goto(`file://${html}`);
await page.waitForSelector('body[data-ready="true"]');
const rows = page.locator('#layers tbody tr');
const n = await rows.count();
// the largest non-base layer: where a reader starts
let pick = n - 1;
let best = -1;
for (let k = 0; k < n; k++) {
  const bytes = (await page.evaluate(`window.layerBudgetExplorer.size(${k})`)) as number;
  if (k > 0 && bytes > best) [best, pick] = [bytes, k];
}
await rows.nth(pick).click();
await page.locator('#tree .row').nth(1).locator('.tog').click().catch(() => {});
await page.locator('#tree .row').nth(2).locator('.tog').click().catch(() => {});
await page.screenshot({ path: out });
await browser.close();
console.log(`explorer-screenshot: wrote ${out} (${source})`);
