/**
 * The hostile-input case classes of the issue, each with its fixture, asserting exit 2, one message line with
 * its `hint:`, bounded time and (for the child-process runs) bounded memory: wrongly typed image configs, a huge
 * baseline, and image-derived strings carrying terminal escapes and workflow-command newlines.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closeSync, ftruncateSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dockerLegacy, makeImage, twoLayers } from '../image/fixtures.ts';
import { tarEntries } from '../helpers/tar-writer.ts';
import { badInputProblems, runCli, runInProcess } from './cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'lb-hostile-'));
const HOSTILE = '\x1b]0;pwned\x07\x1b[2J\n::error title=forged::injected';

const CONFIGS: Array<[string, (c: Record<string, unknown>) => void, RegExp]> = [
  ['history a string', (c) => (c['history'] = 'x'), /: \/history must be array$/m],
  ['history an object', (c) => (c['history'] = { a: 1 }), /: \/history must be array$/m],
  ['history [null]', (c) => (c['history'] = [null]), /: \/history\/0 must be object$/m],
  ['Env 0', (c) => (c['config'] = { Env: 0 }), /: \/config\/Env must be array or null$/m],
  ['Env [0]', (c) => (c['config'] = { Env: [0] }), /: \/config\/Env\/0 must be string$/m],
  ['created_by a number', (c) => (c['history'] = [{ created_by: 5 }, { created_by: 6 }]), /: \/history\/0\/created_by must be string$/m],
  ['Cmd a number', (c) => (c['config'] = { Cmd: 5 }), /: \/config\/Cmd must be array or null$/m],
  ['Labels values numbers', (c) => (c['config'] = { Labels: { a: 1 } }), /: \/config\/Labels\/a must be string$/m],
  ['rootfs a number', (c) => (c['rootfs'] = 5), /has no rootfs\.diff_ids$/m],
  ['diff_ids not digests', (c) => (c['rootfs'] = { type: 'layers', diff_ids: ['x', 'y'] }), /: \/rootfs\/diff_ids\/0 is not a digest \(alg:hex\)$/m],
];

test('wrongly typed image configs are bad input naming the field (exit 2 + hint), never exit 3', async () => {
  for (const [name, edit, message] of CONFIGS) {
    const p = join(dir, `config-${name.replace(/\W+/g, '-')}.tar`);
    writeFileSync(p, dockerLegacy(makeImage(twoLayers(), { editConfig: edit })));
    const r = await runInProcess(['analyze', `docker-archive:${p}`]);
    assert.deepEqual(badInputProblems(r), [], name);
    assert.match(r.stderr, message, name);
    assert.match(r.stderr, /hint: the image config does not follow the OCI image config spec|hint: the config is not an image config/, name);
  }
  // one as a child process: time and memory
  const r = await runCli(['analyze', `docker-archive:${join(dir, 'config-history-a-string.tar')}`]);
  assert.deepEqual(badInputProblems(r), []);
  assert.ok(r.ms < 20_000 && (r.rssMB ?? 0) < 300, `${r.ms} ms, ${r.rssMB} MB`);
});

test('a huge baseline (600 MB) is refused by size before it is read: exit 2 + hint, small RSS', async () => {
  const huge = join(dir, 'huge.json');
  const fd = openSync(huge, 'w');
  ftruncateSync(fd, 600 * 1024 * 1024); // sparse: costs no disk
  closeSync(fd);
  const image = join(dir, 'good.tar');
  writeFileSync(image, dockerLegacy(makeImage(twoLayers())));
  for (const args of [['check', `docker-archive:${image}`, '--baseline', huge], ['diff', huge, huge]]) {
    const r = await runCli(args);
    assert.deepEqual(badInputProblems(r), [], r.stderr);
    assert.match(r.stderr, /huge\.json is too large \(629145600 bytes; the limit is 67108864 bytes\)/);
    assert.ok(r.ms < 20_000 && (r.rssMB ?? 0) < 300, `${r.ms} ms, ${r.rssMB} MB`);
  }
});

test('image-derived strings in error messages: no raw escape sequence, no line a runner could read as a :: command', async () => {
  // RepoTags listed when the asked-for image is absent
  const tags = join(dir, 'tags.tar');
  writeFileSync(tags, dockerLegacy(makeImage(twoLayers()), { tags: [`app:${HOSTILE}`] }));
  const r1 = await runCli(['analyze', `docker-archive:${tags}:nope`]);
  assert.deepEqual(badInputProblems(r1), [], r1.stderr);
  assert.match(r1.stderr, /available: app:␛\]0;pwned␇␛\[2J␤::error title=forged::injected/);
  assert.ok((r1.rssMB ?? 0) < 300);
  // an archive entry name, in "unexpected end of archive in NAME"
  const tar = tarEntries([{ name: `x${HOSTILE}`, body: 'y'.repeat(4000) }]);
  const cut = join(dir, 'cut.tar');
  writeFileSync(cut, tar.subarray(0, 1024));
  const r2 = await runInProcess(['analyze', `docker-archive:${cut}`]);
  assert.deepEqual(badInputProblems(r2), [], r2.stderr);
  assert.match(r2.stderr, /x␛\]0;pwned␇␛\[2J␤::error title=forged::injected/);
  for (const r of [r1, r2]) for (const line of r.stderr.split('\n')) assert.doesNotMatch(line, /^::/);
});
