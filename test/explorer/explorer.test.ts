/**
 * The explorer page in real Chromium: opened from file:// as a user opens a downloaded artifact. It checks what a
 * dive user does with it: pick a layer and see what it added, search, jump from the waste view into the tree,
 * and that the page makes no request and renders hostile names as text.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { Browser, Page } from 'playwright-core';
import { main } from '../../src/cli/main.ts';
import type { Ports } from '../../src/cli/ports.ts';
import { dockerArchive, writeDemoImage } from '../../scripts/demo-image.ts';
import { EXPORT_FORMATS, isCI, loadBed } from '../helpers/bed.ts';
import { run } from '../../src/core/run.ts';
import { formatBytes } from '../../src/render/format.ts';
import { KIND, buildExplorerData, explorerInput } from '../../src/render/explorer/model.ts';
import { launchChromium } from './browser.ts';

const dir = mkdtempSync(join(tmpdir(), 'lb-explore-'));

function ports(): Ports {
  return {
    console: { out: () => {}, err: () => {}, isTTY: false, columns: 100 },
    files: { readText: async (p) => (existsSync(p) ? readFileSync(p, 'utf8') : null), writeText: async (p, t) => void writeFileSync(p, t) },
    env: {},
    stdin: Readable.from([]),
  };
}

async function explore(source: string, out: string, extra: string[] = []): Promise<string> {
  const code = await main(['explore', source, '--output', out, ...extra], ports());
  assert.equal(code, 0, `explore ${source} exits 0`);
  return out;
}

/** Opens a page from file://, recording every request and page error. */
async function open(browser: Browser, file: string): Promise<{ page: Page; requests: string[]; errors: string[]; dialogs: string[]; ms: number }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
  const requests: string[] = [];
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const t0 = performance.now();
  await page.goto(`file://${file}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  return { page, requests, errors, dialogs, ms: performance.now() - t0 };
}

const HOSTILE = [
  '<img src=x onerror=alert(1)>.txt',
  '"><svg onload=alert(2)><script>alert(4)',
  '<!-- layer-budget:web -->',
  '`rm -rf`|@team&amp;\u202e',
];

describe('explorer page in Chromium', () => {
  let browser: Browser | null = null;
  before(async () => {
    browser = await launchChromium();
    if (!browser && isCI()) throw new Error('chromium is not installed (.ci/run installs Debian chromium)');
  });
  after(async () => {
    await browser?.close();
  });

  it('renders hostile file names and instructions as text, never as markup, and makes no request', async (t) => {
    if (!browser) return t.skip('no chromium');
    const tar = join(dir, 'hostile.tar');
    writeFileSync(
      tar,
      dockerArchive(
        [
          { createdBy: '/bin/sh -c #(nop) ADD file:abc in / ', entries: [{ name: 'app/', type: 'dir' }, ...HOSTILE.map((n, i) => ({ name: `app/${n}`, body: 'x'.repeat(100 + i) }))] },
          { createdBy: '/bin/sh -c echo "</script><script>alert(3)</script>" <!-- layer-budget:web -->', entries: [{ name: 'app/.wh.' + HOSTILE[0]! }] },
        ],
        'hostile/<b>x</b>:latest',
      ),
    );
    const file = await explore(`docker-archive:${tar}`, join(dir, 'hostile.html'));
    const html = readFileSync(file, 'utf8');
    assert.ok(!html.includes('<img src=x'), 'no raw markup from file names in the page source');
    assert.ok(!html.includes('</script><script>alert'), 'no script breakout in the page source');
    const { page, requests, errors, dialogs } = await open(browser, file);
    await page.locator('#tree .row', { hasText: 'app/' }).first().locator('.tog').click();
    for (const name of HOSTILE.slice(1)) {
      assert.equal(await page.locator('#tree .row .name', { hasText: name }).count(), 1, `${name} is shown as text`);
    }
    // the deleted one is struck through, with the layer that deleted it
    const gone = page.locator('#tree .row.gone', { hasText: HOSTILE[0]! });
    assert.equal(await gone.count(), 1);
    assert.match((await gone.textContent()) ?? '', /deleted by layer 1/);
    assert.equal(await page.locator('img, svg, #tree script').count(), 0, 'no element was created from a name');
    assert.equal(await page.locator('#layers td', { hasText: '<!-- layer-budget:web -->' }).count(), 1, 'the instruction is text');
    assert.deepEqual(dialogs, [], 'no script from the image ran');
    assert.deepEqual(errors, []);
    assert.deepEqual(requests, [`file://${file}`], 'the page requests nothing but itself');
    await page.close();
  });

  it('the demo image against its baseline: bars with the baseline alongside, keyboard navigation, treemap into the tree', async (t) => {
    if (!browser) return t.skip('no chromium');
    const before = join(dir, 'before.tar');
    const afterTar = join(dir, 'after.tar');
    writeDemoImage(before, 'before');
    writeDemoImage(afterTar, 'after');
    const baseline = join(dir, 'before.json');
    assert.equal(await main(['analyze', '--json', `docker-archive:${before}`, '--output', baseline], ports()), 0);
    const file = await explore(`docker-archive:${afterTar}`, join(dir, 'demo.html'), ['--baseline', baseline]);
    const { page, errors, requests } = await open(browser, file);
    // bars: this image and the baseline's layers, side by side
    await page.locator('#tabs button[data-tab="bars"]').click();
    assert.match((await page.locator('#panel-bars').textContent()) ?? '', /grey: baseline demo\/app:before/);
    assert.equal(await page.locator('#panel-bars .fill.base').count(), 5, 'one baseline bar per baseline layer');
    assert.equal(await page.locator('#panel-bars .fill:not(.base)').count(), 7);
    // keyboard: down to /app, right expands it, down enters it
    await page.locator('#tabs button[data-tab="tree"]').click();
    await page.locator('#tree').focus();
    const selectedName = async (): Promise<string> => ((await page.locator('#tree .row.selected .name').textContent()) ?? '').replace(/[\u25b8\u25be]/g, '').trim();
    await page.keyboard.press('ArrowDown');
    assert.match(await selectedName(), /^app\//);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    assert.match(await selectedName(), /^node_modules\//, 'sorted by size: node_modules first inside /app');
    await page.keyboard.press('ArrowLeft');
    assert.match(await selectedName(), /^app\//, 'left goes back to the parent');
    // treemap: a click on the largest rectangle zooms into that directory
    await page.locator('#tabs button[data-tab="map"]').click();
    const box = (await page.locator('#map').boundingBox())!;
    await page.mouse.click(box.x + 10, box.y + 10);
    assert.match((await page.locator('#map-crumbs').textContent()) ?? '', /^\/\w/);
    assert.deepEqual(errors, []);
    assert.deepEqual(requests, [`file://${file}`]);
    await page.close();
  });

  it('download-delete (test bed): a layer shows what it added; search; the waste view jumps into the tree', async (t) => {
    if (!browser) return t.skip('no chromium');
    const bed = loadBed();
    if (!bed) return t.skip('test bed not built');
    const image = bed.images['download-delete']!;
    // with the image's own Dockerfile: each layer row names its line
    const file = await explore(`docker-archive:${image.exports['docker-archive']}`, join(dir, 'dd.html'), ['--dockerfile', 'test/images/download-delete/Dockerfile']);
    const { page, requests, errors, ms } = await open(browser, file);
    t.diagnostic(`first render ${ms.toFixed(0)} ms`);
    // headline numbers are the report's, formatted as the comment formats them
    const { report } = await run({ source: `docker-archive:${image.exports['docker-archive']}` }, { env: {}, stdin: Readable.from([]) });
    const headline = (await page.locator('#headline').textContent()) ?? '';
    assert.ok(headline.includes(`total${formatBytes(report.totals.totalBytes)}`), headline);
    assert.ok(headline.includes(`wasted${formatBytes(report.totals.wastedBytes)}`), headline);
    // the layer list shows each layer's Dockerfile line: the download RUN (lines 6-11) and the rm (line 13)
    assert.equal(await page.locator('#layers tbody tr[data-layer="1"] .loc').textContent(), 'test/images/download-delete/Dockerfile:6-11');
    assert.equal(await page.locator('#layers tbody tr[data-layer="3"] .loc').textContent(), 'test/images/download-delete/Dockerfile:13');

    // select the download layer (1): the archive it added is marked added
    await page.locator('#layers tbody tr[data-layer="1"]').click();
    await page.locator('#only-changes').check();
    await page.locator('#search').fill('awscliv2.tar.gz');
    await page.locator('#search').press('Enter');
    const row = page.locator('#tree .row.selected');
    assert.match((await row.textContent()) ?? '', /awscliv2\.tar\.gz/);
    assert.match((await row.getAttribute('class')) ?? '', /\badded\b/);
    assert.match((await row.textContent()) ?? '', /added in layer 1/);
    // with "only this layer's changes", every row shown is the layer's or leads to one
    const notes = await page.locator('#tree .row:visible .note').allTextContents();
    assert.ok(notes.length > 2);

    // the final image: the archive is deleted (struck through, by layer 3)
    await page.locator('#layers tbody tr[data-layer="3"]').click();
    await page.locator('#only-changes').uncheck();
    await page.locator('#search').fill('/tmp/*.tar.gz');
    await page.locator('#search').press('Enter');
    const sel = page.locator('#tree .row.selected');
    assert.match((await sel.getAttribute('class')) ?? '', /\bgone\b/);
    assert.match((await sel.textContent()) ?? '', /deleted by layer 3/);

    // waste view: the archive's bytes, in layer 1, hidden by layer 3; a click lands on it in the tree
    await page.locator('#tabs button[data-tab="waste"]').click();
    const item = page.locator('.waste-item', { hasText: 'awscliv2.tar.gz' }).first();
    assert.match((await item.textContent()) ?? '', /in layer 1, hidden by layer 3/);
    await item.click();
    assert.equal(await page.locator('#panel-tree').isVisible(), true);
    assert.match((await page.locator('#tree .row.selected').textContent()) ?? '', /awscliv2\.tar\.gz/);

    // keyboard: / focuses the search box
    await page.locator('#tree').focus();
    await page.keyboard.press('/');
    assert.equal(await page.evaluate('document.activeElement && document.activeElement.id'), 'search');
    assert.deepEqual(errors, []);
    assert.deepEqual(requests, [`file://${file}`]);
    await page.close();
  });
});

describe('explorer data', () => {
  it('is the same from every export format of a test-bed image (compressed sizes aside)', async (t) => {
    const bed = loadBed();
    if (!bed) return t.skip('test bed not built');
    const image = bed.images['download-delete']!;
    const datas = [];
    for (const format of EXPORT_FORMATS) {
      // a bare path: the format is detected, as a user would pass it
      const outcome = await run({ source: image.exports[format] }, { env: {}, stdin: Readable.from([]) });
      const d = buildExplorerData(explorerInput(outcome.analysis!, outcome.report));
      // compressed sizes, the title (OCI exports name the tag only) and base layers (OCI exports carry the base
      // annotations) differ by format; everything read from the layers must not
      const layers = d.layers.map((l) => ({ ...l, compressed: '', isBase: null }));
      const headline = d.headline.filter((h) => h.label !== 'compressed' && h.label !== 'tar size');
      datas.push({ format, d: { ...d, title: '', headline, layers } });
    }
    for (const { format, d } of datas.slice(1)) assert.deepEqual(d, datas[0]!.d, `${format} equals ${datas[0]!.format}`);
    const first = datas[0]!.d;
    assert.equal(first.changes.length, image.oracle.layers.length);
    // every regular-file entry of every layer is in the page's data (hardlinks count as 0-byte files)
    first.changes.forEach((c, i) => {
      const files = c.kind.filter((k) => k === KIND.file).length;
      assert.equal(files, image.oracle.layers[i]!.fileCount + image.oracle.layers[i]!.hardlinkCount, `layer ${i} files`);
      assert.equal(c.bytes.reduce((a, b) => a + b, 0), image.oracle.layers[i]!.contentBytes, `layer ${i} bytes`);
    });
    assert.equal(first.wasted.bytes.reduce((a, b) => a + b, 0), image.oracle.wastedBytes);
  });
});
