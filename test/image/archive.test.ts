import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { InputError } from '../../src/errors.ts';
import { openSource } from '../../src/image/index.ts';
import type { LoadedImage, LoadOptions, Progress } from '../../src/image/types.ts';
import { gzip, tarEntries } from '../helpers/tar-writer.ts';
import {
  digestOf,
  docker25,
  dockerLegacy,
  jsonBytes,
  loadOpts,
  makeImage,
  ociArchive,
  ociDir,
  tempDir,
  tempFile,
  twoLayers,
} from './fixtures.ts';
import type { Fixture } from './fixtures.ts';

function contentBytes(img: LoadedImage): number[] {
  return img.layers.map((l) => l.scan.events.toArray().filter((e) => e.kind === 'file').reduce((a, e) => a + e.sizeBytes, 0));
}

function stdinOf(bytes: Uint8Array, chunk = 5000): NodeJS.ReadableStream {
  const parts: Buffer[] = [];
  for (let o = 0; o < bytes.length; o += chunk) parts.push(Buffer.from(bytes.subarray(o, o + chunk)));
  return Readable.from(parts);
}

/** Loads bytes three ways: as a file (bare path), as docker-archive:/oci-archive: and from stdin. */
async function loadAllWays(bytes: Uint8Array, transport: 'docker-archive' | 'oci-archive', over: Partial<LoadOptions> = {}): Promise<LoadedImage[]> {
  const file = tempFile(bytes);
  return [
    await openSource(file).load(loadOpts(over)),
    await openSource(`${transport}:${file}`).load(loadOpts(over)),
    await openSource('-', { stdin: stdinOf(bytes) }).load(loadOpts(over)),
  ];
}

async function rejects(p: Promise<unknown> | (() => unknown), message: string | RegExp): Promise<void> {
  await assert.rejects(
    async () => (typeof p === 'function' ? p() : p),
    (e: unknown) => {
      assert.ok(e instanceof InputError, `expected InputError, got ${String(e)}`);
      if (typeof message === 'string') assert.equal(e.message, message);
      else assert.match(e.message, message);
      return true;
    },
  );
}

function checkImage(img: LoadedImage, f: Fixture): void {
  assert.equal(img.configDigest, f.configDigest);
  assert.deepEqual(
    img.layers.map((l) => l.diffId),
    f.layers.map((l) => l.diffId),
  );
  assert.deepEqual(img.platform, { os: 'linux', architecture: 'amd64' });
  assert.deepEqual(contentBytes(img), [26 + 1000, 15]);
  assert.deepEqual(
    img.layers[1]!.scan.events.toArray().map((e) => `${e.kind} ${e.path}`),
    ['dir /app', 'file /app/main.js', 'whiteout /etc/passwd'],
  );
}

test('legacy docker save: file, transport and stdin agree; digests, sizes, media types', async () => {
  const f = makeImage(twoLayers());
  const imgs = await loadAllWays(dockerLegacy(f), 'docker-archive', { scan: { hash: true, verify: true } });
  for (const img of imgs) {
    checkImage(img, f);
    assert.deepEqual(img.names, ['example/app:latest']);
    assert.equal(img.manifestDigest, null);
    assert.deepEqual(
      img.layers.map((l) => [l.digest, l.mediaType, l.compressedBytes]),
      f.layers.map((l) => [l.diffId, 'application/vnd.docker.image.rootfs.diff.tar', l.tar.length]),
    );
  }
  assert.equal(imgs[0]!.transport, 'docker-archive');
  assert.equal(imgs[2]!.transport, 'stdin');
});

test('legacy docker save: a layer stored as a tar symlink or hardlink resolves to the same scan', async () => {
  const l = twoLayers();
  const f = makeImage([l[0]!, l[1]!, l[0]!]);
  const imgs = [
    ...(await loadAllWays(dockerLegacy(f, { symlinkDuplicates: true }), 'docker-archive')),
    ...(await loadAllWays(dockerLegacy(f, { hardlinkDuplicates: true }), 'docker-archive')),
  ];
  for (const img of imgs) {
    assert.equal(img.layers.length, 3);
    assert.deepEqual(contentBytes(img), [1026, 15, 1026]);
    assert.equal(img.layers[2]!.compressedBytes, f.layers[0]!.tar.length);
    assert.equal(img.layers[2]!.scan, img.layers[0]!.scan);
  }
});

test('legacy docker save with gzip layers (kaniko style): sniffed, media type adjusted', async () => {
  const f = makeImage(twoLayers(), { compress: 'gzip' });
  for (const img of await loadAllWays(dockerLegacy(f), 'docker-archive', { scan: { hash: false, verify: true } })) {
    checkImage(img, f);
    assert.deepEqual(
      img.layers.map((l) => [l.digest, l.mediaType, l.compressedBytes, l.scan.compression]),
      f.layers.map((l) => [l.digest, 'application/vnd.docker.image.rootfs.diff.tar.gzip', l.blob.length, 'gzip']),
    );
  }
});

test('Docker 25+ save: manifest.json after the blobs, OCI media types and manifest digest', async () => {
  for (const compress of [undefined, 'gzip'] as const) {
    const f = makeImage(twoLayers(), compress ? { compress } : {});
    for (const img of await loadAllWays(docker25(f), 'docker-archive', { scan: { hash: true, verify: true } })) {
      checkImage(img, f);
      assert.equal(img.manifestDigest, f.manifestDigest);
      assert.deepEqual(img.names, ['example/app:latest']);
      assert.equal(img.annotations['org.opencontainers.image.base.name'], 'example/base:1');
      assert.deepEqual(
        img.layers.map((l) => [l.digest, l.mediaType, l.compressedBytes]),
        f.layers.map((l) => [l.digest, l.mediaType, l.blob.length]),
      );
    }
  }
});

test('Docker 25+ save with a nested index (containerd store)', async () => {
  const f = makeImage(twoLayers(), { compress: 'gzip' });
  const inner = jsonBytes({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    manifests: [{ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: f.manifestDigest, size: f.manifestBytes.length, platform: { os: 'linux', architecture: 'amd64' } }],
  });
  const outer = {
    schemaVersion: 2,
    manifests: [{ mediaType: 'application/vnd.oci.image.index.v1+json', digest: digestOf(inner), size: inner.length, annotations: { 'org.opencontainers.image.ref.name': 'latest' } }],
  };
  const dir = ociDir(f, { index: outer, extraBlobs: [inner] });
  checkImage(await openSource(`oci:${dir}`).load(loadOpts()), f);
  checkImage(await openSource(`oci:${dir}:latest`).load(loadOpts()), f);
  const archive = ociArchive(f, { index: outer, extraBlobs: [inner] });
  for (const img of await loadAllWays(archive, 'oci-archive')) {
    checkImage(img, f);
    assert.equal(img.manifestDigest, f.manifestDigest);
  }
});

test('oci-archive and OCI directory: gzip, zstd and plain layers, seekable path without hashing', async () => {
  for (const compress of [undefined, 'gzip', 'zstd'] as const) {
    const f = makeImage(twoLayers(), compress ? { compress } : {});
    for (const hash of [true, false]) {
      for (const img of await loadAllWays(ociArchive(f), 'oci-archive', { scan: { hash, verify: false } })) checkImage(img, f);
      const img = await openSource(`oci:${ociDir(f)}`).load(loadOpts({ scan: { hash, verify: !hash } }));
      checkImage(img, f);
      assert.equal(img.transport, 'oci');
      assert.deepEqual(img.names, ['latest']);
      assert.deepEqual(
        img.layers.map((l) => [l.digest, l.compressedBytes]),
        f.layers.map((l) => [l.digest, l.blob.length]),
      );
    }
  }
});

test('progress is reported on every layer boundary', async () => {
  const f = makeImage(twoLayers());
  const seen: Progress[] = [];
  await openSource(`oci:${ociDir(f)}`).load(loadOpts({ onProgress: (p) => seen.push({ ...p }) }));
  assert.deepEqual(
    seen.map((p) => [p.layersDone, p.layersTotal]),
    [
      [0, 2],
      [1, 2],
      [2, 2],
    ],
  );
  assert.equal(seen.at(-1)!.bytesRead, f.layers[0]!.blob.length + f.layers[1]!.blob.length);
  const streamed: Progress[] = [];
  await openSource('-', { stdin: stdinOf(dockerLegacy(f)) }).load(loadOpts({ onProgress: (p) => streamed.push({ ...p }) }));
  assert.ok(streamed.length >= 3);
  assert.equal(streamed.at(-1)!.layersDone, 2);
});

test('a blob buffered as JSON that turns out to be a layer is scanned from its buffer', async () => {
  // a layer whose first entry name starts with '{' looks like JSON to the single-pass reader
  const f = makeImage([[{ name: '{weird}', body: 'abc' }]]);
  for (const img of await loadAllWays(docker25(f), 'docker-archive')) {
    assert.deepEqual(
      img.layers[0]!.scan.events.toArray().map((e) => e.path),
      ['/{weird}'],
    );
  }
});

test('platform selection from a multi-platform index; error lists the platforms', async () => {
  const amd = makeImage(twoLayers());
  const arm = makeImage(twoLayers(), { platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } });
  const list = jsonBytes({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    manifests: [
      { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: arm.manifestDigest, size: arm.manifestBytes.length, platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } },
      { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: amd.manifestDigest, size: amd.manifestBytes.length, platform: { os: 'linux', architecture: 'amd64' } },
    ],
  });
  const index = {
    schemaVersion: 2,
    manifests: [{ mediaType: 'application/vnd.oci.image.index.v1+json', digest: digestOf(list), size: list.length, annotations: { 'org.opencontainers.image.ref.name': 'latest' } }],
  };
  const dir = ociDir([amd, arm], { index, extraBlobs: [list] });
  const def = await openSource(`oci:${dir}`).load(loadOpts());
  assert.equal(def.configDigest, amd.configDigest);
  for (const p of [
    { os: 'linux', architecture: 'arm64' },
    { os: 'linux', architecture: 'aarch64' },
    { os: 'linux', architecture: 'arm64', variant: 'v8' },
  ]) {
    const img = await openSource(`oci:${dir}`).load(loadOpts({ platform: p }));
    assert.equal(img.configDigest, arm.configDigest);
    assert.deepEqual(img.platform, { os: 'linux', architecture: 'arm64', variant: 'v8' });
  }
  const x86 = await openSource(`oci:${dir}`).load(loadOpts({ platform: { os: 'linux', architecture: 'x86_64' } }));
  assert.equal(x86.configDigest, amd.configDigest);
  await rejects(
    openSource(`oci:${dir}`).load(loadOpts({ platform: { os: 'linux', architecture: 's390x' } })),
    `no image for platform linux/s390x in index ${digestOf(list).slice(0, 19)}… of oci:${dir}; available: linux/arm64/v8, linux/amd64`,
  );
  // several images, none amd64, no platform given
  const arm7 = makeImage(twoLayers(), { platform: { os: 'linux', architecture: 'arm', variant: 'v7' } });
  const noAmd = {
    schemaVersion: 2,
    manifests: [
      { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: arm.manifestDigest, size: 1, platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } },
      { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: arm7.manifestDigest, size: 1, platform: { os: 'linux', architecture: 'arm', variant: 'v7' } },
    ],
  };
  const dir2 = ociDir([arm, arm7], { index: noAmd });
  await rejects(openSource(`oci:${dir2}`).load(loadOpts()), `index.json of oci:${dir2} holds several images and none is linux/amd64; available: linux/arm64/v8, linux/arm/v7`);
  // an index holding a single image is used whatever its platform
  const single = await openSource(`oci:${ociDir(arm, { index: { schemaVersion: 2, manifests: [{ digest: arm.manifestDigest, size: 1, platform: { os: 'linux', architecture: 'arm64' } }] } })}`).load(loadOpts());
  assert.equal(single.configDigest, arm.configDigest);
});

test('refs: oci:DIR:ref picks by ref name; several images without a ref is an error', async () => {
  const a = makeImage(twoLayers());
  const b = makeImage([twoLayers()[0]!]);
  const index = {
    schemaVersion: 2,
    manifests: [
      { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: a.manifestDigest, size: 1, annotations: { 'org.opencontainers.image.ref.name': 'one' } },
      { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: b.manifestDigest, size: 1, annotations: { 'org.opencontainers.image.ref.name': 'two' } },
    ],
  };
  const dir = ociDir([a, b], { index });
  assert.equal((await openSource(`oci:${dir}:two`).load(loadOpts())).configDigest, b.configDigest);
  assert.equal((await openSource(`oci:${dir}:one`).load(loadOpts())).configDigest, a.configDigest);
  await rejects(openSource(`oci:${dir}`).load(loadOpts()), `oci:${dir} holds 2 images (one, two); name one`);
  await rejects(openSource(`oci:${dir}:three`).load(loadOpts()), `no image named "three" in oci:${dir}:three; available: one, two`);
  const file = tempFile(ociArchive([a, b], { index }));
  assert.equal((await openSource(`oci-archive:${file}:two`).load(loadOpts())).configDigest, b.configDigest);
  // two names with platforms: still a choice only the user can make
  for (const m of index.manifests) Object.assign(m, { platform: { os: 'linux', architecture: 'amd64' } });
  const dir2 = ociDir([a, b], { index });
  await rejects(openSource(`oci:${dir2}`).load(loadOpts()), `oci:${dir2} holds 2 images (one, two); name one`);
  assert.equal((await openSource(`oci:${dir2}:one`).load(loadOpts())).configDigest, a.configDigest);
  const tty = Object.assign(Readable.from([]), { isTTY: true });
  await rejects(() => openSource('-', { stdin: tty }), '- reads an image archive from stdin, but stdin is a terminal');
});

test('docker save with several images: pick by tag, else an error listing them', async () => {
  const a = makeImage(twoLayers());
  const b = makeImage([twoLayers()[0]!]);
  const la = dockerLegacy(a);
  // merge: take a's archive entries and add b's manually through manifestEntries
  const both = dockerLegacy(a, {
    manifestEntries: [
      { Config: `${a.configDigest.slice(7)}.json`, RepoTags: ['app:one'], Layers: [] },
      { Config: `${a.configDigest.slice(7)}.json`, RepoTags: ['app:two'], Layers: [] },
    ],
  });
  assert.ok(la.length > 0);
  const file = tempFile(both);
  await rejects(openSource(file).load(loadOpts()), `${file} holds 2 images (app:one, app:two); name one`);
  await rejects(openSource(`docker-archive:${file}:app:three`).load(loadOpts()), `no image "app:three" in docker-archive:${file}:app:three; available: app:one, app:two`);
  await rejects(
    openSource(`docker-archive:${file}:app:two`).load(loadOpts()),
    `docker-archive:${file}:app:two: the manifest lists 0 layers but the config's rootfs.diff_ids has 2`,
  );
  assert.ok(b);
});

test('bad input: each error names what is wrong', async () => {
  const f = makeImage(twoLayers());
  // not a tar: gzip'd tarball, random bytes, JSON, filesystem tarball
  const gz = tempFile(gzip(dockerLegacy(f)), 'image.tar.gz');
  await rejects(() => openSource(gz), `${gz} is a gzip-compressed file (not a plain tar archive)`);
  await rejects(openSource(`docker-archive:${gz}`).load(loadOpts()), `docker-archive:${gz} is a gzip-compressed file (not a plain tar archive)`);
  await rejects(openSource('-', { stdin: stdinOf(gzip(dockerLegacy(f))) }).load(loadOpts()), 'stdin is a gzip-compressed file (not a plain tar archive)');
  const rnd = tempFile(new Uint8Array(2000).map((_, i) => (i * 7919) % 251), 'random.bin');
  await rejects(() => openSource(rnd), `${rnd} is not a tar archive`);
  const fsTar = tempFile(tarEntries(twoLayers()[0]!), 'rootfs.tar');
  await rejects(() => openSource(fsTar), `${fsTar} is a tar archive without manifest.json or index.json; it looks like a filesystem tarball (a single layer), not an image archive`);
  await rejects(openSource('-', { stdin: stdinOf(tarEntries(twoLayers()[0]!)) }).load(loadOpts()), 'stdin has neither manifest.json nor index.json');
  await rejects(openSource('-', { stdin: stdinOf(new Uint8Array(0)) }).load(loadOpts()), 'stdin is empty');
  await rejects(() => openSource('nope:thing'), 'unknown transport "nope" in "nope:thing"');
  await rejects(() => openSource('/does/not/exist'), 'unknown image source "/does/not/exist": no such file or directory, and not a known transport');

  // missing config / manifest layer / count mismatch
  const noConfig = tarEntries([{ name: 'manifest.json', body: jsonBytes([{ Config: 'abc.json', RepoTags: [], Layers: [] }]) }]);
  await rejects(openSource(`docker-archive:${tempFile(noConfig)}`).load(loadOpts()), /^config abc\.json named by manifest\.json is missing from docker-archive:/);
  await rejects(openSource('-', { stdin: stdinOf(noConfig) }).load(loadOpts()), 'config abc.json named by manifest.json is missing from stdin');
  const extra = makeImage(twoLayers(), { editConfig: (c) => (c['rootfs'] as { diff_ids: string[] }).diff_ids.push('sha256:' + '0'.repeat(64)) });
  await rejects(openSource('-', { stdin: stdinOf(dockerLegacy(extra)) }).load(loadOpts()), "stdin: the manifest lists 2 layers but the config's rootfs.diff_ids has 3");
  const dirX = ociDir(extra);
  await rejects(openSource(`oci:${dirX}`).load(loadOpts()), `oci:${dirX}: the manifest lists 2 layers but the config's rootfs.diff_ids has 3`);
  const noRootfs = makeImage(twoLayers(), { editConfig: (c) => delete c['rootfs'] });
  await rejects(openSource('-', { stdin: stdinOf(docker25(noRootfs)) }).load(loadOpts()), /^config blobs\/sha256\/[0-9a-f]{64} of stdin has no rootfs\.diff_ids$/);

  // OCI layout: missing oci-layout, wrong version, missing blobs, escaping digest, unknown / foreign media types
  const dirNoLayout = ociDir(f, { layout: null });
  await rejects(openSource(`oci:${dirNoLayout}`).load(loadOpts()), `oci:${dirNoLayout} is not an OCI layout: oci-layout is missing`);
  const dirV2 = ociDir(f, { layout: '{"imageLayoutVersion":"2.0.0"}' });
  await rejects(openSource(`oci:${dirV2}`).load(loadOpts()), `oci:${dirV2}: unsupported OCI layout version "2.0.0" (expected 1.x)`);
  const noManifest = makeImage(twoLayers());
  const dirNoManifest = ociDir(noManifest, { index: { schemaVersion: 2, manifests: [{ digest: 'sha256:' + 'a'.repeat(64), size: 3 }] } });
  await rejects(openSource(`oci:${dirNoManifest}`).load(loadOpts()), `manifest sha256:aaaaaaaaaaaa… of oci:${dirNoManifest} is missing: no blobs/sha256/${'a'.repeat(64)} in oci:${dirNoManifest}`);
  const escape = ociDir(f, { index: { schemaVersion: 2, manifests: [{ digest: 'sha256:../../../etc/passwd', size: 3 }] } });
  await rejects(openSource(`oci:${escape}`).load(loadOpts()), `invalid digest "sha256:../../../etc/passwd" in oci:${escape}`);
  const escLayer = makeImage(twoLayers(), { editManifest: (m) => ((m['layers'] as { digest: string }[])[1]!.digest = 'sha256/../../x') });
  const dirEsc = ociDir(escLayer);
  await rejects(openSource(`oci:${dirEsc}`).load(loadOpts()), `invalid digest "sha256/../../x" in oci:${dirEsc}`);
  const weird = makeImage(twoLayers(), { editManifest: (m) => ((m['layers'] as { mediaType: string }[])[1]!.mediaType = 'application/vnd.in-toto+json') });
  const dirWeird = ociDir(weird);
  await rejects(
    openSource(`oci:${dirWeird}`).load(loadOpts()),
    `layer 1 (${weird.layers[1]!.digest.slice(0, 19)}…) of oci:${dirWeird} has unsupported media type application/vnd.in-toto+json`,
  );
  const foreign = makeImage(twoLayers(), {
    editManifest: (m) => {
      const l = (m['layers'] as { mediaType: string; digest: string }[])[0]!;
      l.mediaType = 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip';
      l.digest = 'sha256:' + 'f'.repeat(64);
    },
  });
  const dirForeign = ociDir(foreign);
  await rejects(
    openSource(`oci:${dirForeign}`).load(loadOpts()),
    `layer 0 (sha256:ffffffffffff…) is a foreign layer (application/vnd.docker.image.rootfs.foreign.diff.tar.gzip) whose blob is not in oci:${dirForeign}`,
  );
  const missingLayer = makeImage(twoLayers(), { editManifest: (m) => ((m['layers'] as { digest: string }[])[1]!.digest = 'sha256:' + 'b'.repeat(64)) });
  const dirMissing = ociDir(missingLayer);
  await rejects(
    openSource(`oci:${dirMissing}`).load(loadOpts()),
    `layer 1 (sha256:bbbbbbbbbbbb…): blob blobs/sha256/${'b'.repeat(64)} is missing from oci:${dirMissing}`,
  );
  const schema1 = makeImage(twoLayers(), { editManifest: (m) => (m['schemaVersion'] = 1) });
  const dirS1 = ociDir(schema1);
  await rejects(openSource(`oci:${dirS1}`).load(loadOpts()), `manifest ${schema1.manifestDigest.slice(0, 19)}… of oci:${dirS1} is a Docker schema 1 manifest, which is not supported`);
});

test('verify: a wrong diffId or blob digest names the layer', async () => {
  const f = makeImage(twoLayers(), { compress: 'gzip' });
  const wrong = 'sha256:' + '1'.repeat(64);
  const badDiff = makeImage(twoLayers(), { compress: 'gzip', editConfig: (c) => ((c['rootfs'] as { diff_ids: string[] }).diff_ids[1] = wrong) });
  const dir = ociDir(badDiff);
  await rejects(
    openSource(`oci:${dir}`).load(loadOpts({ scan: { hash: false, verify: true } })),
    `layer 1 (${f.layers[1]!.digest.slice(0, 19)}…): diffId ${f.layers[1]!.diffId} does not match the config's rootfs.diff_ids[1] ${wrong}`,
  );
  // without verify it loads, trusting the config
  assert.equal((await openSource(`oci:${dir}`).load(loadOpts())).layers[1]!.diffId, wrong);
  // a blob whose bytes do not match its digest: swap the layer files' content
  const swapped = docker25(f).slice();
  const file = tempFile(swapped);
  const img = await openSource(file).load(loadOpts({ scan: { hash: false, verify: true } }));
  assert.equal(img.layers[0]!.digest, f.layers[0]!.digest);
  const badDigest = makeImage(twoLayers(), { compress: 'gzip', editManifest: (m) => ((m['layers'] as { digest: string }[])[0]!.digest = f.layers[1]!.digest) });
  // the manifest now names layer 1's blob for layer 0: verification catches the diffId
  await rejects(
    openSource(`oci:${ociDir(badDigest)}`).load(loadOpts({ scan: { hash: false, verify: true } })),
    `layer 0 (${f.layers[1]!.digest.slice(0, 19)}…): diffId ${f.layers[1]!.diffId} does not match the config's rootfs.diff_ids[0] ${f.layers[0]!.diffId}`,
  );
  // a docker save whose layer tar differs from its diffId
  const legacyBad = makeImage(twoLayers(), { editConfig: (c) => ((c['rootfs'] as { diff_ids: string[] }).diff_ids[0] = wrong) });
  await rejects(
    openSource('-', { stdin: stdinOf(dockerLegacy(legacyBad)) }).load(loadOpts({ scan: { hash: true, verify: true } })),
    `layer 0 (${wrong.slice(0, 19)}…): diffId ${f.layers[0]!.diffId} does not match the config's rootfs.diff_ids[0] ${wrong}`,
  );
});

test('truncated archives: clear errors from the file and the stream readers, no hang', async () => {
  const f = makeImage(twoLayers());
  const full = docker25(f);
  const cut = full.subarray(0, 3000);
  const file = tempFile(cut);
  // one walker, one rule: the file index and the single pass say the same
  await rejects(openSource(`docker-archive:${file}`).load(loadOpts()), /^reading docker-archive:.*: unexpected end of archive in entry blobs\/sha256\/[0-9a-f]{64}$/);
  await rejects(openSource('-', { stdin: stdinOf(cut) }).load(loadOpts()), /^reading stdin: unexpected end of archive in entry blobs\/sha256\/[0-9a-f]{64}$/);
  // cut inside a header
  const inHeader = /: unexpected end of archive in a header after entry blobs\/$/;
  await rejects(openSource('-', { stdin: stdinOf(full.subarray(0, 700)) }).load(loadOpts()), inHeader);
  await rejects(openSource(`docker-archive:${tempFile(full.subarray(0, 700))}`).load(loadOpts()), inHeader);
});

test('a corrupt layer names the layer; the scanner\'s reason follows', async () => {
  const f = makeImage(twoLayers(), { compress: 'gzip' });
  const dir = ociDir(f);
  const p = `${dir}/blobs/sha256/${f.layers[1]!.digest.slice(7)}`;
  const b = readFileSync(p);
  b.fill(0x41, 20, 40);
  writeFileSync(p, b);
  for (const hash of [true, false]) {
    await rejects(openSource(`oci:${dir}`).load(loadOpts({ scan: { hash, verify: false } })), new RegExp(`^reading layer 1 \\(${f.layers[1]!.digest.slice(0, 19)}…\\): corrupt gzip stream`));
  }
  const g = makeImage(twoLayers());
  g.layers[1]!.blob = g.layers[1]!.tar.subarray(0, 700);
  const arch = dockerLegacy(g);
  const label = `reading layer 1 (${g.layers[1]!.diffId.slice(0, 19)}…): unexpected end of archive`;
  for (const hash of [true, false]) {
    await rejects(openSource(`docker-archive:${tempFile(arch)}`).load(loadOpts({ scan: { hash, verify: false } })), new RegExp(`^${label.replace(/[()]/g, '\\$&')}`));
  }
  await rejects(openSource('-', { stdin: stdinOf(arch) }).load(loadOpts()), new RegExp(`^${label.replace(/[()]/g, '\\$&')}`));
});

test('directories: oci needs oci-layout; archives need a file', async () => {
  const empty = tempDir();
  await rejects(() => openSource(empty), `${empty} is a directory without oci-layout, so not an OCI layout`);
  await rejects(openSource(`oci:${empty}`).load(loadOpts()), `oci:${empty} is not an OCI layout: oci-layout is missing`);
  await rejects(openSource(`docker-archive:${empty}`).load(loadOpts()), `docker-archive:${empty}: ${empty} is a directory, not an archive file`);
  await rejects(openSource(`oci-archive:/nope/x.tar`).load(loadOpts()), 'oci-archive:/nope/x.tar: no such file /nope/x.tar');
  await rejects(openSource('oci:/nope/dir').load(loadOpts()), 'oci:/nope/dir: no such directory /nope/dir');
});

test('garbage after some members: a corrupt archive, at its offset', async () => {
  const f = makeImage(twoLayers());
  const bytes = dockerLegacy(f).slice();
  bytes.fill(0x55, 1536, 2048); // the third header (after a dir and VERSION with its body)
  await rejects(openSource(`docker-archive:${tempFile(bytes)}`).load(loadOpts()), /^reading docker-archive:.*: corrupt archive: bad header checksum at offset 1536 after entry [0-9a-f]{64}\/VERSION$/);
  await rejects(openSource('-', { stdin: stdinOf(bytes) }).load(loadOpts()), /^reading stdin: corrupt archive: bad header checksum at offset 1536 after entry [0-9a-f]{64}\/VERSION$/);
});
