/**
 * The explorer at scale: for one image, the time `analyze --json` takes, the time `explore` takes to write the
 * page (same run, side by side), the page's size, and the time Debian's Chromium takes from navigation to the
 * layer list and the tree's top level being on screen (best of 3), plus a layer switch and a search.
 *
 * Usage: node bench/explorer.ts SOURCE [--cli dist/cli.js]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../test/explorer/browser.ts';

const root = new URL('..', import.meta.url).pathname;
const source = process.argv[2];
if (!source) {
  console.error('usage: node bench/explorer.ts SOURCE [--cli dist/cli.js]');
  process.exit(2);
}
const i = process.argv.indexOf('--cli');
const cli = i > 0 ? process.argv[i + 1]! : join(root, 'dist/cli.js');
const html = join(mkdtempSync(join(tmpdir(), 'lb-bench-explorer-')), 'explorer.html');

function timed(args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [cli, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`layer-budget ${args.join(' ')} exited ${r.status}`);
  return (performance.now() - t0) / 1000;
}

const analyze = Math.min(timed(['analyze', '--json', source]), timed(['analyze', '--json', source]));
const explore = Math.min(timed(['explore', source, '--output', html]), timed(['explore', source, '--output', html]));
const browser = await launchChromium();
if (!browser) throw new Error('chromium is not installed');
let ready = Infinity;
let layerSwitch = Infinity;
let searchMs = Infinity;
for (let k = 0; k < 3; k++) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
  const t0 = performance.now();
  await page.goto(`file://${html}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  await page.locator('#layers tbody tr').first().waitFor();
  await page.locator('#tree .row').first().waitFor();
  ready = Math.min(ready, performance.now() - t0);
  const rows = page.locator('#layers tbody tr');
  const t1 = performance.now();
  await rows.nth(Math.floor((await rows.count()) / 2)).click();
  layerSwitch = Math.min(layerSwitch, performance.now() - t1);
  const t2 = performance.now();
  await page.locator('#search').fill('.json');
  await page.locator('#search').press('Enter');
  searchMs = Math.min(searchMs, performance.now() - t2);
  await page.close();
}
await browser.close();
console.log(`| ${source} | ${(statSync(html).size / 1e6).toFixed(1)} MB | ${analyze.toFixed(2)} s | ${explore.toFixed(2)} s (${(explore / analyze).toFixed(2)}×) | ${ready.toFixed(0)} ms | ${layerSwitch.toFixed(0)} ms | ${searchMs.toFixed(0)} ms | ${loadavg()[0]!.toFixed(1)} |`);
