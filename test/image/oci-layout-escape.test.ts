/**
 * Reading an `oci:` layout never leaves the layout directory (issue 11, item 9): a blob, index.json or
 * oci-layout that is a symlink out of the layout is refused, and so are FIFOs and devices, before any open (a
 * FIFO must not block the read). Symlinks that stay inside the layout are followed. Fixtures are made in temp dirs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../../src/errors.ts';
import { openSource } from '../../src/image/index.ts';
import { loadOpts, makeImage, ociDir, tempDir, twoLayers } from './fixtures.ts';
import type { Fixture } from './fixtures.ts';

const root = new URL('../..', import.meta.url).pathname;
const NODE = join(root, 'node_modules', '.bin', 'node');

function layout(): { f: Fixture; dir: string; blob: (i: number) => string } {
  const f = makeImage(twoLayers());
  const dir = ociDir(f);
  return { f, dir, blob: (i) => join(dir, 'blobs', 'sha256', f.layers[i]!.digest.slice(7)) };
}

/** Moves a layout file out of the layout and leaves a symlink to it (absolute or relative) in its place. */
function escapeVia(path: string, relative = false): string {
  const outside = join(tempDir('lb-outside-'), 'stolen');
  renameSync(path, outside);
  symlinkSync(relative ? join('..', '..', '..', '..', outside) : outside, path);
  return outside;
}

async function refused(dir: string, message: RegExp, scan = { hash: true, verify: false }): Promise<void> {
  const started = Date.now();
  await assert.rejects(openSource(`oci:${dir}`).load(loadOpts({ scan })), (e: unknown) => {
    assert.ok(e instanceof InputError, String(e));
    assert.match(e.message, message);
    assert.ok(e.hint !== undefined && e.hint.length > 0, `no hint: ${e.message}`);
    return true;
  });
  assert.ok(Date.now() - started < 10_000, 'bounded time');
}

test('a layer blob symlinked out of the layout is refused (absolute and relative links, hashed and seekable reads)', async () => {
  for (const relative of [false, true]) {
    for (const scan of [{ hash: true, verify: false }, { hash: false, verify: false }, { hash: false, verify: true }]) {
      const l = layout();
      escapeVia(l.blob(1), relative);
      await refused(l.dir, /^"blobs\/sha256\/[0-9a-f]{64}" in oci:.* is a symlink that leads out of the layout, to ".*stolen"$/, scan);
    }
  }
});

test('the config blob, index.json and oci-layout symlinked out of the layout are refused', async () => {
  const c = layout();
  escapeVia(join(c.dir, 'blobs', 'sha256', c.f.configDigest.slice(7)));
  await refused(c.dir, /is a symlink that leads out of the layout/);
  for (const name of ['index.json', 'oci-layout']) {
    const l = layout();
    escapeVia(join(l.dir, name));
    await refused(l.dir, new RegExp(`^"${name}" in oci:.* is a symlink that leads out of the layout`));
  }
  // a symlinked blobs/ directory that leaves the layout
  const b = layout();
  const outside = join(tempDir('lb-outside-'), 'blobs');
  renameSync(join(b.dir, 'blobs'), outside);
  symlinkSync(outside, join(b.dir, 'blobs'));
  await refused(b.dir, /is a symlink that leads out of the layout/);
  // a link to a system file
  const s = layout();
  rmSync(s.blob(0));
  symlinkSync('/etc/passwd', s.blob(0));
  await refused(s.dir, /leads out of the layout, to "\/etc\/passwd"/);
});

test('a FIFO in place of a blob or index.json is refused without blocking', async () => {
  for (const which of ['blob', 'index.json'] as const) {
    const l = layout();
    const p = which === 'blob' ? l.blob(1) : join(l.dir, 'index.json');
    rmSync(p);
    const r = spawnSync('mkfifo', [p]);
    if (r.status !== 0) return; // no mkfifo here
    await refused(l.dir, which === 'blob' ? /^"blobs\/sha256\/[0-9a-f]{64}" in oci:.* is a FIFO, not a regular file$/ : /^"index.json" in oci:.* is a FIFO, not a regular file$/);
    await refused(l.dir, /is a FIFO/, { hash: false, verify: false });
  }
});

test('devices are refused: a device node in the layout, or a link to /dev/zero', async (t) => {
  const l = layout();
  rmSync(l.blob(1));
  symlinkSync('/dev/zero', l.blob(1));
  await refused(l.dir, /leads out of the layout, to "\/dev\/zero"/);
  const d = layout();
  rmSync(d.blob(1));
  if (spawnSync('mknod', [d.blob(1), 'c', '1', '5']).status !== 0) {
    t.skip('mknod needs root');
    return;
  }
  await refused(d.dir, /is a character device, not a regular file$/);
});

test('symlinks that stay inside the layout are followed', async () => {
  const l = layout();
  const want = await openSource(`oci:${l.dir}`).load(loadOpts());
  const inside = join(l.dir, 'elsewhere');
  copyFileSync(l.blob(1), inside);
  rmSync(l.blob(1));
  symlinkSync('../../elsewhere', l.blob(1));
  const got = await openSource(`oci:${l.dir}`).load(loadOpts());
  assert.deepEqual(got.layers, want.layers);
  // the layout directory itself may be reached through a symlink
  const link = join(tempDir('lb-link-'), 'layout');
  symlinkSync(l.dir, link);
  assert.deepEqual((await openSource(`oci:${link}`).load(loadOpts())).layers, want.layers);
});

test('the CLI: exit 2, one line, and a hint', () => {
  const l = layout();
  escapeVia(l.blob(1));
  const r = spawnSync(NODE, [join(root, 'src', 'cli', 'index.ts'), 'analyze', `oci:${l.dir}`, '--json'], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /symlink that leads out of the layout/);
  assert.match(r.stderr, /hint: /);
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
});
