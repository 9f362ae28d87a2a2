import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, truncateSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { spawnSync } from 'node:child_process';
import { main } from '../../src/cli/main.ts';
import type { Ports } from '../../src/cli/ports.ts';
import { fromJson } from '../../src/report/json.ts';
import { writeDemoImage } from '../../scripts/demo-image.ts';

const dir = mkdtempSync(join(tmpdir(), 'lb-cli-'));
const before = join(dir, 'before.tar');
const after = join(dir, 'after.tar');
writeDemoImage(before, 'before');
writeDemoImage(after, 'after');
const root = new URL('../..', import.meta.url).pathname;

interface Captured {
  ports: Ports;
  out: () => string;
  err: () => string;
}

function capture(files: Record<string, string> = {}, stdin: Readable = Readable.from([])): Captured {
  let out = '';
  let err = '';
  const written: Record<string, string> = {};
  return {
    ports: {
      console: { out: (t) => void (out += t), err: (t) => void (err += t), isTTY: false, columns: 100 },
      files: {
        readText: async (p) => files[p] ?? written[p] ?? (existsFile(p) ? readFileSync(p, 'utf8') : null),
        writeText: async (p, t) => void writeFileSync(p, t),
      },
      env: {},
      stdin,
    },
    out: () => out,
    err: () => err,
  };
}

function existsFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

test('analyze --json prints a valid schemaVersion 1 report with exact totals', async () => {
  const c = capture();
  assert.equal(await main(['analyze', `docker-archive:${before}`, '--json'], c.ports), 0);
  const report = fromJson(c.out(), 'cli output');
  assert.equal(report.schemaVersion, 1);
  assert.equal(report.totals.layerCount, 5);
  // layer 4 (npm install): express 600000 + eslint 2400000 + mocha 900000 + cache 1500000 + 3 package.json files
  const pkgBytes = ['express', 'eslint', 'mocha'].reduce((s, n) => s + Buffer.byteLength(JSON.stringify({ name: n, version: '1.0.0' }) + '\n'), 0);
  assert.equal(report.layers[4]!.contentBytes, 600_000 + 2_400_000 + 900_000 + 1_500_000 + pkgBytes);
  assert.equal(report.totals.wastedBytes, 0);
  assert.equal(report.totals.visibleBytes, report.totals.totalBytes);
  assert.equal(c.err(), '');
});

test('analyze prints a terminal report naming the layers and the deleted download', async () => {
  const c = capture();
  assert.equal(await main(['analyze', after], c.ports), 0);
  assert.match(c.out(), /RUN npm install/);
  assert.match(c.out(), /\/tmp\/tool\.zip/);
  assert.match(c.out(), /2\.8 MB/);
});

test('check exits 1 when a budget fails and 0 with --waived; --format json carries the verdicts', async () => {
  const config = 'budgets:\n  wasted: 1MB\n';
  const c = capture({ 'budget.yml': config });
  assert.equal(await main(['check', `docker-archive:${after}`, '--config', 'budget.yml', '--format', 'json'], c.ports), 1);
  const result = JSON.parse(c.out()) as { status: string; verdicts: Array<{ rule: string; status: string; actual: number }> };
  assert.equal(result.status, 'fail');
  const wasted = result.verdicts.find((v) => v.rule === 'wasted');
  assert.equal(wasted?.status, 'fail');
  assert.equal(wasted?.actual, 2_800_000);
  const w = capture({ 'budget.yml': config });
  assert.equal(await main(['check', `docker-archive:${after}`, '--config', 'budget.yml', '--waived'], w.ports), 0);
});

test('check --baseline diffs against a saved report; markdown carries the sticky marker', async () => {
  const reportPath = join(dir, 'before.json');
  const a = capture();
  assert.equal(await main(['analyze', `docker-archive:${before}`, '--output', reportPath], a.ports), 0);
  const c = capture({ 'b.yml': 'budgets:\n  growth:\n    total: 5MB\n' });
  const code = await main(['check', `docker-archive:${after}`, '--config', 'b.yml', '--baseline', reportPath, '--format', 'markdown', '--key', 'web'], c.ports);
  assert.equal(code, 1);
  assert.ok(c.out().startsWith('<!-- layer-budget:web -->'));
  assert.match(c.out(), /RUN npm install/);
  assert.ok(c.out().length <= 65_536);
});

test('diff compares two images and two reports the same way', async () => {
  const c = capture();
  assert.equal(await main(['diff', `docker-archive:${before}`, `docker-archive:${after}`, '--format', 'json'], c.ports), 0);
  const d = JSON.parse(c.out()) as { diff: { layers: Array<{ status: string }> } };
  const statuses = d.diff.layers.map((l) => l.status);
  assert.deepEqual(statuses.filter((s) => s === 'unchanged').length, 3);
  assert.deepEqual(statuses.filter((s) => s === 'added').length, 2);
});

test('bad input: one clear line, exit 2, no stack trace', async () => {
  const truncated = join(dir, 'truncated.tar');
  writeFileSync(truncated, readFileSync(before).subarray(0, 1_000_000));
  const notTar = join(dir, 'random.bin');
  writeFileSync(notTar, Buffer.alloc(4096, 7));
  const cases: Array<[string[], RegExp]> = [
    [['analyze', `docker-archive:${truncated}`], /unexpected end|truncated/i],
    [['analyze', `docker-archive:${notTar}`], /not a tar|tar archive/i],
    [['analyze', `docker-archive:${join(dir, 'missing.tar')}`], /missing\.tar/],
    [['analyze'], /expected analyze SOURCE/],
    [['frobnicate', 'x'], /unknown command 'frobnicate'/],
    [['analyze', before, '--bogus'], /unknown option '--bogus'/i],
    [['analyze', before, '--format', 'xml'], /--format xml: unknown format/],
    [['check', before, '--config', 'nope.yml'], /config file nope\.yml not found/],
    [['check', before, '--baseline', join(dir, 'missing.json')], /baseline report .* not found/],
  ];
  for (const [argv, re] of cases) {
    const c = capture();
    const code = await main(argv, c.ports);
    assert.equal(code, 2, `${argv.join(' ')} → exit ${code}: ${c.err()}`);
    assert.match(c.err(), re, argv.join(' '));
    assert.ok(!/\n\s+at /.test(c.err()), `stack trace for ${argv.join(' ')}: ${c.err()}`);
    assert.ok(c.err().startsWith('layer-budget: '));
  }
});

test('a corrupt baseline is an input error naming the file', async () => {
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify({ schemaVersion: 0 }));
  const c = capture();
  assert.equal(await main(['check', before, '--baseline', bad], c.ports), 2);
  assert.match(c.err(), /bad\.json/);
  assert.match(c.err(), /schemaVersion/);
});

test('the bundled CLI (dist/cli.js) runs on Node 24 with the same exit statuses', () => {
  const cli = join(root, 'dist/cli.js');
  const ok = spawnSync(process.execPath, [cli, 'analyze', before, '--json'], { encoding: 'utf8' });
  assert.equal(ok.status, 0, ok.stderr);
  assert.equal(fromJson(ok.stdout, 'dist output').totals.layerCount, 5);
  const bad = spawnSync(process.execPath, [cli, 'analyze', join(dir, 'nope.tar')], { encoding: 'utf8' });
  assert.equal(bad.status, 2);
  assert.equal(bad.stderr.trim().split('\n')[0]!.startsWith('layer-budget: '), true);
  const stdin = spawnSync(process.execPath, [cli, 'analyze', '-', '--json'], { input: readFileSync(after), encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(stdin.status, 0, stdin.stderr);
  assert.equal(fromJson(stdin.stdout, 'stdin output').totals.wastedBytes, 2_800_000);
});

test('truncating an archive at every region never hangs or crashes (exit 2)', async () => {
  const size = statSync(after).size;
  for (const frac of [0.001, 0.1, 0.37, 0.5, 0.93, 0.999]) {
    const p = join(dir, `cut-${frac}.tar`);
    writeFileSync(p, readFileSync(after));
    truncateSync(p, Math.floor(size * frac));
    const c = capture();
    const code = await main(['analyze', `docker-archive:${p}`], c.ports);
    assert.equal(code, 2, `cut at ${frac}: exit ${code} ${c.err()}`);
  }
});

test('--base-image marks the leading layers it shares; a baseline passes that knowledge on while it still holds', async () => {
  // before and after share their first three layers (base, apt update, apt install)
  const withBase = join(dir, 'with-base.json');
  const c = capture();
  assert.equal(await main(['analyze', after, '--base-image', `docker-archive:${before}`, '--json', '--output', withBase], c.ports), 0);
  const report = fromJson(c.out(), 'with base');
  assert.equal(report.baseImage.source, 'input');
  assert.equal(report.baseImage.layerCount, 3);
  assert.deepEqual(report.layers.map((l) => l.isBase), [true, true, true, false, false, false, false]);

  const inherited = capture();
  assert.equal(await main(['check', after, '--baseline', withBase, '--format', 'json'], inherited.ports), 0);
  const r2 = JSON.parse(inherited.out()) as { report: { baseImage: { source: string; layerCount: number | null } } };
  assert.equal(r2.report.baseImage.source, 'baseline');
  assert.equal(r2.report.baseImage.layerCount, 3);

  // a baseline whose base layers no longer lead the image (the base changed) says nothing: unknown, not "0 layers"
  const tampered = JSON.parse(readFileSync(withBase, 'utf8')) as { layers: Array<{ diffId: string }> };
  tampered.layers[0]!.diffId = 'sha256:' + '0'.repeat(64);
  const tamperedPath = join(dir, 'changed-base.json');
  writeFileSync(tamperedPath, JSON.stringify(tampered));
  const changed = capture();
  assert.equal(await main(['check', after, '--baseline', tamperedPath, '--format', 'json'], changed.ports), 0);
  const r3 = JSON.parse(changed.out()) as { report: { baseImage: { source: string; layerCount: number | null } } };
  assert.equal(r3.report.baseImage.source, 'unknown');
  assert.equal(r3.report.baseImage.layerCount, null);

  const missing = capture();
  assert.equal(await main(['analyze', after, '--base-image', join(dir, 'nope.tar')], missing.ports), 2);
  assert.match(missing.err(), /reading the base image .*nope\.tar/);
});

test('an explicit --platform that the single image does not have is an input error, not silently ignored', async () => {
  const c = capture();
  assert.equal(await main(['analyze', before, '--platform', 'linux/arm64'], c.ports), 2);
  assert.match(c.err(), /--platform linux\/arm64: .* holds a linux\/amd64 image only/);
  const ok = capture();
  assert.equal(await main(['analyze', before, '--platform', 'linux/x86_64', '--json'], ok.ports), 0);
});
