/**
 * Real images from dive's test suite (shared/peer-images/dive): a real engine's docker save, a kaniko tarball
 * with gzip layers, and oci-archives in four layer encodings. Skipped when ../shared is absent.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { openSource } from '../../src/image/index.ts';
import type { LoadedImage } from '../../src/image/types.ts';
import { loadOpts } from './fixtures.ts';

const DIR = '/work/shared/peer-images/dive';
const have = existsSync(join(DIR, 'test-docker-image.tar'));

function contentBytes(img: LoadedImage): number[] {
  return img.layers.map((l) => l.scan.events.toArray().filter((e) => e.kind === 'file').reduce((a, e) => a + e.sizeBytes, 0));
}

const DIVE_SIZES = [1154361, 6405, 0, 6405, 6405, 6405, 6405, 6405, 6405, 0, 2187, 6405, 6405, 6405];

test('dive test-docker-image.tar: per-layer content bytes equal dive\'s published figures, every read path', { skip: !have && 'no peer images' }, async () => {
  const file = join(DIR, 'test-docker-image.tar');
  const ways: Array<[string, () => Promise<LoadedImage>]> = [
    ['bare path, verify', () => openSource(file).load(loadOpts({ scan: { hash: true, verify: true } }))],
    ['seekable, no hash', () => openSource(`docker-archive:${file}`).load(loadOpts({ scan: { hash: false, verify: false } }))],
    ['stdin', () => openSource('-', { stdin: createReadStream(file) }).load(loadOpts())],
  ];
  for (const [name, load] of ways) {
    const img = await load();
    assert.deepEqual(contentBytes(img), DIVE_SIZES, name);
    assert.equal(contentBytes(img).reduce((a, b) => a + b, 0), 1220598);
    assert.deepEqual(img.names, ['dive-test:latest']);
    assert.equal(img.configDigest, 'sha256:75ae28b8ebf89b203319069ddcbecdf5c3838503bbebc0d0d85e4b8589c5de3a');
    assert.deepEqual(img.platform, { os: 'linux', architecture: 'amd64' });
    assert.equal(img.layers[0]!.compressedBytes, 1369600);
    assert.ok(img.layers.every((l) => l.digest === l.diffId && l.mediaType === 'application/vnd.docker.image.rootfs.diff.tar'));
  }
});

test('dive kaniko tarball: gzip layers, sha256:<config> member, verified', { skip: !have && 'no peer images' }, async () => {
  const file = join(DIR, 'test-kaniko-image.tar');
  for (const img of [
    await openSource(file).load(loadOpts({ scan: { hash: true, verify: true } })),
    await openSource('-', { stdin: createReadStream(file) }).load(loadOpts({ scan: { hash: false, verify: true } })),
  ]) {
    assert.equal(img.configDigest, 'sha256:ae16a51058a758c7963b2f9b23d1acfa201ce9cbefc8cb93845f8cd934fb144d');
    assert.equal(img.layers.length, 14);
    assert.ok(img.layers.every((l) => l.scan.compression === 'gzip' && l.mediaType === 'application/vnd.docker.image.rootfs.diff.tar.gzip'));
    assert.equal(img.layers[0]!.digest, 'sha256:5c4213be9af904dd74649d250f22023f532b2f9179ffcb15260b5eaa10d7a3b4');
    assert.equal(img.layers[0]!.compressedBytes, 764655);
    assert.deepEqual(contentBytes(img), [1231733, 9249, 0, 9249, 9249, 9249, 9249, 9249, 9249, 0, 2187, 9249, 9249, 9249]);
  }
});

test('dive oci-archives: uncompressed, gzip, zstd, estargz all load with identical events', { skip: !have && 'no peer images' }, async () => {
  const events: string[] = [];
  for (const enc of ['uncompressed', 'gzip', 'zstd', 'estargz']) {
    const file = join(DIR, `test-oci-${enc}-image.tar`);
    const img = await openSource(`oci-archive:${file}`).load(loadOpts({ scan: { hash: true, verify: true } }));
    assert.equal(img.transport, 'oci-archive');
    assert.deepEqual(img.platform, { os: 'linux', architecture: 'arm64' });
    assert.equal(img.layers.length, 1);
    assert.equal(img.layers[0]!.scan.compression, enc === 'uncompressed' ? 'none' : enc === 'estargz' ? 'gzip' : enc);
    const streamed = await openSource('-', { stdin: createReadStream(file) }).load(loadOpts());
    assert.equal(streamed.configDigest, img.configDigest);
    // estargz adds its TOC and landmark files; compare the image's own files
    const own = img.layers[0]!.scan.events.toArray().filter((e) => !/stargz/.test(e.path)).map((e) => `${e.kind} ${e.path} ${e.sizeBytes} ${e.mode} ${e.linkTarget ?? ''}`);
    events.push(JSON.stringify(own));
    assert.equal(contentBytes(img)[0]! - img.layers[0]!.scan.events.toArray().filter((e) => /stargz/.test(e.path) && e.kind === 'file').reduce((a, e) => a + e.sizeBytes, 0), 11189);
  }
  assert.equal(new Set(events).size, 1);
});
