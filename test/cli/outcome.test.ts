/**
 * The CLI over the one core: a shipped secret fails `check` by default, credentials are masked in every output
 * format, `--format markdown` is the comment for every command, and `--config` (hints.rules) applies to `analyze`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../../src/cli/main.ts';
import type { Ports } from '../../src/cli/ports.ts';
import { loadConfig } from '../../src/core/inputs.ts';
import { run } from '../../src/core/run.ts';
import { render } from '../../src/render/index.ts';
import { fromJson, toJson } from '../../src/report/json.ts';
import { AWS_SECRET, GHP, NPM, PEM_BODY, writeSecretFilesImage, writeSecretHistoryImage } from '../core/images.ts';

const dir = mkdtempSync(join(tmpdir(), 'lb-cli-outcome-'));
const files = join(dir, 'secret-files.tar');
const history = join(dir, 'secret-history.tar');
const historyBefore = join(dir, 'secret-history-before.tar');
writeSecretFilesImage(files);
writeSecretHistoryImage(history, 'after');
writeSecretHistoryImage(historyBefore, 'before');

/** the parts of the credentials that must never be printed (the token prefixes alone say nothing) */
const SECRETS = [GHP.slice(4), NPM.slice(4), AWS_SECRET, PEM_BODY];

async function cli(argv: string[], fileTexts: Record<string, string> = {}): Promise<{ code: number; out: string; err: string; written: Record<string, string> }> {
  let out = '';
  let err = '';
  const written: Record<string, string> = {};
  const ports: Ports = {
    console: { out: (t) => void (out += t), err: (t) => void (err += t), isTTY: false, columns: 100 },
    files: {
      readText: async (p) => fileTexts[p] ?? written[p] ?? (exists(p) ? readFileSync(p, 'utf8') : null),
      writeText: async (p, t) => void (written[p] = t),
    },
    env: {},
    stdin: Readable.from([]),
  };
  const code = await main(argv, ports);
  return { code, out, err, written };
}

function exists(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** The rule ids of the comment's hints, in the order the comment lists them. */
function commentHintRules(md: string): string[] {
  const section = md.slice(md.indexOf('💡'));
  return [...section.matchAll(/^\d+\. \*\*.*· `([a-z-]+)` \((?:error|warning|info)\)$/gm)].map((m) => m[1]!);
}

test('check, no config: a shipped private key and a .env with an AWS key fail (exit 1, FAIL, status fail)', async () => {
  const text = await cli(['check', files]);
  assert.equal(text.code, 1, text.err);
  assert.match(text.out, /^FAIL /);
  assert.match(text.out, /✗ hints\s+1 hint at or above error/);
  const json = await cli(['check', files, '--format', 'json']);
  assert.equal(json.code, 1);
  const result = JSON.parse(json.out) as { status: string; failed: boolean; report: { hints: Array<{ rule: string; severity: string }> } };
  assert.equal(result.status, 'fail');
  assert.equal(result.failed, true);
  assert.deepEqual(result.report.hints.map((h) => h.rule), ['secrets', 'apt-leftovers'], 'the JSON order is errors first');
  const md = await cli(['check', files, '--format', 'markdown']);
  assert.equal(md.code, 1);
  assert.match(md.out, /### ❌ .* is over budget/);
  assert.match(md.out, /\| ❌ \| `hints` \| 1 hint at or above error \|/);
  for (const s of SECRETS) assert.ok(!(text.out + json.out + md.out).includes(s), 'the key itself is never printed');
});

test('check, no config: the secret is the first hint of the comment', async () => {
  const md = await cli(['check', files, '--format', 'markdown']);
  assert.equal(commentHintRules(md.out)[0], 'secrets');
});

test('only budgets.hints: off (or a waiver) lets the secret pass', async () => {
  assert.equal((await cli(['check', files, '--config', 'c.yml'], { 'c.yml': 'budgets:\n  hints: off\n' })).code, 0);
  assert.equal((await cli(['check', files, '--config', 'c.yml'], { 'c.yml': 'budgets:\n  total: 1GB\n' })).code, 1, 'a config that does not mention hints keeps the default');
  const waived = await cli(['check', files, '--waived', '--format', 'json']);
  assert.equal(waived.code, 0);
  assert.equal((JSON.parse(waived.out) as { status: string }).status, 'warn');
});

test('credentials from the history, Env and labels are masked in every output format', async () => {
  const outputs: Record<string, string> = {};
  const runs: Array<[string, string[]]> = [
    ['analyze text', ['analyze', history]],
    ['analyze markdown', ['analyze', history, '--format', 'markdown']],
    ['analyze json', ['analyze', history, '--json']],
    ['check text', ['check', history]],
    ['check markdown', ['check', history, '--format', 'markdown']],
    ['check json', ['check', history, '--format', 'json']],
    ['diff text', ['diff', historyBefore, history]],
    ['diff markdown', ['diff', historyBefore, history, '--format', 'markdown']],
    ['diff json', ['diff', historyBefore, history, '--format', 'json']],
  ];
  for (const [name, argv] of runs) {
    const r = await cli([...argv, ...(argv[0] === 'diff' ? [] : ['--output', 'out.json'])]);
    assert.ok(r.code === 0 || r.code === 1, `${name}: exit ${r.code} ${r.err}`);
    outputs[name] = r.out + r.err;
    if (r.written['out.json']) outputs[`${name} --output`] = r.written['out.json'];
  }
  // the job summary, rendered from the same outcome the action would have
  const config = await loadConfig(async () => null, undefined);
  const baseline = (await run({ source: `docker-archive:${historyBefore}` }, { env: {}, stdin: Readable.from([]) })).report;
  const outcome = await run({ source: `docker-archive:${history}`, config, baseline }, { env: {}, stdin: Readable.from([]) });
  outputs['summary'] = render(outcome, 'summary');
  outputs['comment'] = render(outcome, 'comment');
  assert.ok(Object.keys(outputs).length >= 13);
  for (const [name, text] of Object.entries(outputs)) {
    for (const s of SECRETS) assert.ok(!text.includes(s), `${name} leaks ${s.slice(0, 6)}…`);
  }
  // the instruction is kept, with the value shown as masked
  const report = fromJson(outputs['analyze json']!, 'analyze --json');
  assert.equal(report.layers[2]!.instruction, 'RUN |1 NPM_TOKEN=*** /bin/sh -c GITHUB_TOKEN=*** npm install # buildkit');
  assert.equal(report.layers[2]!.normalizedInstruction, 'RUN GITHUB_TOKEN=*** npm install');
  assert.match(outputs['analyze text']!, /RUN GITHUB_TOKEN=\*\*\* npm install/);
  assert.match(outputs['check markdown']!, /`RUN GITHUB_TOKEN=\*\*\* npm install`/);
  assert.match(outputs['diff text']!, /RUN GITHUB_TOKEN=\*\*\* npm install/);
  assert.match(outputs['summary']!, /`RUN GITHUB_TOKEN=\*\*\* npm install`/);
  // and the secrets hint names what leaked, by name only
  assert.deepEqual(report.hints.filter((h) => h.rule === 'secrets').length, 3);
  assert.match(JSON.stringify(report.hints), /AWS_SECRET_ACCESS_KEY/);
});

test('an error message quoting a credential is masked too', async () => {
  const r = await cli(['analyze', history, '--base-image', `docker-archive:${join(dir, `GITHUB_TOKEN=${GHP}.tar`)}`]);
  assert.equal(r.code, 2);
  assert.match(r.err, /reading the base image .*GITHUB_TOKEN=\*\*\*/);
  assert.ok(!r.err.includes(GHP.slice(4)));
});

test('analyze --format markdown prints the PR comment, the same as check --format markdown', async () => {
  const a = await cli(['analyze', files, '--format', 'markdown', '--key', 'web']);
  const c = await cli(['check', files, '--format', 'markdown', '--key', 'web']);
  assert.equal(a.code, 0, 'analyze reports, it does not gate');
  assert.equal(c.code, 1);
  assert.ok(a.out.startsWith('<!-- layer-budget:web -->\n'));
  assert.equal(a.out, c.out);
  assert.ok(!/^Layers$/m.test(a.out), 'not the terminal report');
});

test('analyze --config honours hints.rules (and so does check)', async () => {
  const config = { 'h.yml': 'hints:\n  rules:\n    apt-leftovers: off\n    secrets: warning\n' };
  const a = await cli(['analyze', files, '--config', 'h.yml', '--json'], config);
  assert.equal(a.code, 0, a.err);
  const report = fromJson(a.out, 'analyze --json');
  assert.deepEqual(report.hints.map((h) => `${h.rule}:${h.severity}`), ['secrets:warning']);
  const plain = fromJson((await cli(['analyze', files, '--json'])).out, 'analyze --json');
  assert.deepEqual(plain.hints.map((h) => `${h.rule}:${h.severity}`), ['secrets:error', 'apt-leftovers:warning']);
  assert.equal((await cli(['check', files, '--config', 'h.yml'], config)).code, 0, 'a secret re-levelled to warning does not fail');
  const text = await cli(['analyze', files, '--config', 'h.yml'], config);
  assert.doesNotMatch(text.out, /apt-leftovers/);
  const bad = await cli(['analyze', files, '--config', 'nope.yml']);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /config file nope\.yml not found/);
});

test('--output writes the canonical report of the outcome', async () => {
  const r = await cli(['check', files, '--output', 'r.json']);
  const written = r.written['r.json']!;
  const report = fromJson(written, 'r.json');
  assert.equal(written, `${toJson(report)}\n`, 'canonical toJson');
  assert.deepEqual(report.verdicts.map((v) => [v.rule, v.status]), [['hints', 'fail']]);
  writeFileSync(join(dir, 'r.json'), written);
  const again = await cli(['check', files, '--baseline', join(dir, 'r.json'), '--format', 'json']);
  assert.equal((JSON.parse(again.out) as { diff: { totals: { totalBytes: { delta: number } } } }).diff.totals.totalBytes.delta, 0);
});
