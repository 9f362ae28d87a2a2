/**
 * docker-daemon: and podman: with stand-in binaries first on PATH: tiny shell scripts that stream a test
 * archive, or die midway with a message on stderr.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../../src/errors.ts';
import { openSource } from '../../src/image/index.ts';
import { docker25, dockerLegacy, loadOpts, makeImage, tempDir, tempFile, twoLayers } from './fixtures.ts';

/** A directory holding one executable script named `name`; returns an env whose PATH starts with it. */
function standIn(name: string, script: string): Record<string, string | undefined> {
  const dir = tempDir('lb-bin-');
  const p = join(dir, name);
  writeFileSync(p, `#!/bin/sh\n${script}\n`);
  chmodSync(p, 0o755);
  return { ...process.env, PATH: `${dir}:${process.env['PATH'] ?? ''}` };
}

async function rejects(p: Promise<unknown>, message: string | RegExp, hint?: string): Promise<void> {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(e instanceof InputError, `expected InputError, got ${String(e)}`);
    if (typeof message === 'string') assert.equal(e.message, message);
    else assert.match(e.message, message);
    if (hint !== undefined) assert.equal(e.hint, hint);
    return true;
  });
}

test('docker-daemon: streams `docker save IMAGE` stdout into the single-pass reader', async () => {
  const f = makeImage(twoLayers(), { compress: 'gzip' });
  const archive = tempFile(docker25(f));
  const env = standIn('docker', `[ "$1" = save ] && [ "$2" = "example/app:latest" ] || { echo "bad args: $*" >&2; exit 9; }\ncat '${archive}'`);
  const img = await openSource('docker-daemon:example/app:latest', { env }).load(loadOpts({ scan: { hash: true, verify: true } }));
  assert.equal(img.transport, 'docker-daemon');
  assert.equal(img.reference, 'docker-daemon:example/app:latest');
  assert.equal(img.configDigest, f.configDigest);
  assert.deepEqual(img.layers.map((l) => l.digest), f.layers.map((l) => l.digest));
});

test('podman: same, with a legacy archive and a custom binary name', async () => {
  const f = makeImage(twoLayers());
  const archive = tempFile(dockerLegacy(f));
  const env = standIn('my-podman', `cat '${archive}'`);
  const img = await openSource('podman:example/app', { env, podman: 'my-podman' }).load(loadOpts());
  assert.equal(img.transport, 'podman');
  assert.equal(img.configDigest, f.configDigest);
});

test('a tool that writes half the archive then exits 1: its stderr and status, no hang', async () => {
  const f = makeImage(twoLayers());
  const archive = tempFile(dockerLegacy(f));
  const env = standIn('docker', `head -c 3000 '${archive}'\necho 'Error response from daemon: write /dev/stdout: no space left' >&2\nexit 1`);
  await rejects(
    openSource('docker-daemon:app', { env }).load(loadOpts()),
    'docker save app failed (exit status 1): Error response from daemon: write /dev/stdout: no space left',
    'check that the image exists: docker image ls',
  );
});

test('a tool killed by a signal midway, and one that exits 1 after a full archive', async () => {
  const f = makeImage(twoLayers());
  const archive = tempFile(dockerLegacy(f));
  const killed = standIn('docker', `head -c 5000 '${archive}'\necho 'dying' >&2\nkill -9 $$`);
  await rejects(openSource('docker-daemon:app', { env: killed }).load(loadOpts()), 'docker save app failed (killed by SIGKILL): dying');
  const late = standIn('docker', `cat '${archive}'\necho 'warning: something broke at the end' >&2\nexit 3`);
  await rejects(openSource('docker-daemon:app', { env: late }).load(loadOpts()), 'docker save app failed (exit status 3): warning: something broke at the end');
  const unknown = standIn('docker', `echo 'Error response from daemon: reference does not exist' >&2\nexit 1`);
  await rejects(openSource('docker-daemon:nope', { env: unknown }).load(loadOpts()), 'docker save nope failed (exit status 1): Error response from daemon: reference does not exist');
});

test('a missing binary: "docker not found on PATH" with a hint', async () => {
  const env = { ...process.env, PATH: tempDir('lb-empty-') };
  await rejects(
    openSource('docker-daemon:app', { env }).load(loadOpts()),
    'docker not found on PATH',
    'install Docker, or save the image to a file and use docker-archive:PATH',
  );
  await rejects(openSource('podman:app', { env }).load(loadOpts()), 'podman not found on PATH');
});

test('a tool streaming garbage is stopped; the reader\'s error wins', async () => {
  const env = standIn('docker', `trap '' TERM\nhead -c 4096 /dev/urandom\nsleep 30`);
  const t0 = Date.now();
  await rejects(openSource('docker-daemon:app', { env }).load(loadOpts()), /^docker-daemon:app is not a tar archive$/);
  assert.ok(Date.now() - t0 < 10_000, 'no hang');
});

test('docker-daemon and podman: a platform asked for is passed as `save --platform os/arch[/variant]` (containerd store)', async () => {
  const f = makeImage(twoLayers());
  const archive = tempFile(dockerLegacy(f));
  for (const [tool, spec] of [['docker', 'docker-daemon:example/app:1'], ['podman', 'podman:example/app:1']] as const) {
    const env = standIn(tool, `[ "$*" = "save --platform linux/arm64/v8 example/app:1" ] || { echo "bad args: $*" >&2; exit 9; }\ncat '${archive}'`);
    const img = await openSource(spec, { env }).load(loadOpts({ platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } }));
    assert.equal(img.configDigest, f.configDigest);
  }
  // without a platform the arguments stay `save IMAGE`
  const env = standIn('docker', `[ "$*" = "save example/app:1" ] || { echo "bad args: $*" >&2; exit 9; }\ncat '${archive}'`);
  await openSource('docker-daemon:example/app:1', { env }).load(loadOpts());
});
