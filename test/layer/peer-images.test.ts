/**
 * The scanner over real layers made by other tools: dive's test images (a real Docker engine's `docker save`,
 * kaniko's gzip tarball, oci-archives in uncompressed / gzip / zstd / estargz encodings). Each layer is
 * cross-checked against GNU tar's own listing, and the docker-save layers against dive's published sizes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { gunzipSync, zstdDecompressSync } from 'node:zlib';
import type { LayerScan } from '../../src/layer/events.ts';
import { createLayerScanner } from '../../src/layer/scan.ts';
import { decodeHeader, parseGnuLongName, parsePax } from '../../src/tar/headers.ts';
import { chunked } from '../helpers/tar-writer.ts';

const DIR = '/work/shared/peer-images/dive';
const scanner = createLayerScanner();

/** The members of a (small) outer archive: name → bytes, with symlinked members resolved. */
function members(file: string): Map<string, Uint8Array> {
  const bytes = new Uint8Array(readFileSync(file));
  const out = new Map<string, Uint8Array>();
  const links = new Map<string, string>();
  let off = 0;
  let longName: string | null = null;
  let paxPath: string | undefined;
  while (off + 512 <= bytes.length) {
    const h = decodeHeader(bytes, off);
    if (h === null) break;
    const body = bytes.subarray(off + 512, off + 512 + h.sizeBytes);
    off += 512 + Math.ceil(h.sizeBytes / 512) * 512;
    if (h.typeflag === 0x4c) longName = parseGnuLongName(body);
    else if (h.typeflag === 0x78) paxPath = parsePax(body).path;
    else {
      const name = posix.normalize(paxPath ?? longName ?? h.name);
      longName = null;
      paxPath = undefined;
      if (h.typeflag === 0x32) links.set(name, posix.normalize(posix.join(posix.dirname(name), h.linkname)));
      else out.set(name, body);
    }
  }
  for (const [name, target] of links) if (out.has(target)) out.set(name, out.get(target)!);
  return out;
}

/** GNU tar's view of a layer: entry count and the sum of regular-file sizes. */
function gnuTar(blob: Uint8Array): { entries: number; contentBytes: number } {
  const tar = blob[0] === 0x1f ? gunzipSync(blob) : blob[0] === 0x28 ? zstdDecompressSync(blob) : blob;
  const r = spawnSync('tar', ['-tv', '--numeric-owner', '-f', '-'], { input: tar, maxBuffer: 64 << 20 });
  assert.equal(r.status, 0, r.stderr.toString());
  const lines = r.stdout.toString().split('\n').filter(Boolean);
  let contentBytes = 0;
  for (const line of lines) if (line[0] === '-') contentBytes += Number(line.split(/\s+/)[2]);
  return { entries: lines.length, contentBytes };
}

function contentBytes(scan: LayerScan): number {
  let n = 0;
  for (const e of scan.events) n += e.sizeBytes;
  return n;
}

/** Regular files as GNU tar sees them include whiteout markers; ours turns them into whiteout events. */
function entryCount(scan: LayerScan): number {
  return scan.events.length;
}

const have = existsSync(DIR);

test('docker save from a real engine: per-layer sizes equal dive\'s', { skip: !have && 'no ../shared/peer-images' }, async () => {
  const m = members(`${DIR}/test-docker-image.tar`);
  const manifest = JSON.parse(new TextDecoder().decode(m.get('manifest.json'))) as Array<{ Layers: string[] }>;
  const sizes: number[] = [];
  for (const name of manifest[0]!.Layers) {
    const blob = m.get(name)!;
    const scan = await scanner.scanStream(chunked(blob, 4096), { hash: true, verify: true });
    const seek = await scanner.scanSeekable({ sizeBytes: blob.length, read: async (o, l) => blob.subarray(o, o + l) }, { hash: false, verify: false });
    assert.deepEqual(seek.events.toArray(), scan.events.toArray().map(({ contentHash: _, ...e }) => e));
    const ref = gnuTar(blob);
    assert.equal(entryCount(scan), ref.entries, name);
    assert.equal(contentBytes(scan), ref.contentBytes, name);
    assert.equal(scan.diffId, scan.blobDigest);
    sizes.push(contentBytes(scan));
  }
  assert.deepEqual(sizes, [1154361, 6405, 0, 6405, 6405, 6405, 6405, 6405, 6405, 0, 2187, 6405, 6405, 6405]);
  assert.equal(sizes.reduce((a, b) => a + b, 0), 1220598);
});

test('kaniko tarball: gzip layers', { skip: !have && 'no ../shared/peer-images' }, async () => {
  const m = members(`${DIR}/test-kaniko-image.tar`);
  const manifest = JSON.parse(new TextDecoder().decode(m.get('manifest.json'))) as Array<{ Layers: string[] }>;
  assert.equal(manifest[0]!.Layers.length, 14);
  for (const name of manifest[0]!.Layers) {
    const blob = m.get(name)!;
    const scan = await scanner.scanStream(chunked(blob, 1000), { hash: true, verify: true });
    assert.equal(scan.compression, 'gzip');
    const ref = gnuTar(blob);
    assert.equal(entryCount(scan), ref.entries, name);
    assert.equal(contentBytes(scan), ref.contentBytes, name);
    assert.equal(scan.blobDigest, 'sha256:' + name.replace(/\.tar\.gz$/, ''));
  }
});

test('oci-archives: uncompressed, gzip, zstd and estargz layers', { skip: !have && 'no ../shared/peer-images' }, async () => {
  const seen: Record<string, LayerScan> = {};
  for (const enc of ['uncompressed', 'gzip', 'zstd', 'estargz']) {
    const m = members(`${DIR}/test-oci-${enc}-image.tar`);
    const index = JSON.parse(new TextDecoder().decode(m.get('index.json'))) as { manifests: Array<{ digest: string }> };
    const manifest = JSON.parse(new TextDecoder().decode(m.get(`blobs/sha256/${index.manifests[0]!.digest.slice(7)}`))) as {
      layers: Array<{ digest: string; mediaType: string }>;
    };
    const config = JSON.parse(new TextDecoder().decode(m.get(`blobs/sha256/${(manifest as unknown as { config: { digest: string } }).config.digest.slice(7)}`))) as {
      rootfs: { diff_ids: string[] };
    };
    assert.equal(manifest.layers.length, 1);
    const layer = manifest.layers[0]!;
    const blob = m.get(`blobs/sha256/${layer.digest.slice(7)}`)!;
    const scan = await scanner.scanStream(chunked(blob, 333), { hash: true, verify: true });
    assert.equal(scan.compression, enc === 'uncompressed' ? 'none' : enc === 'zstd' ? 'zstd' : 'gzip', enc);
    assert.equal(scan.blobDigest, layer.digest, enc);
    assert.equal(scan.diffId, config.rootfs.diff_ids[0], enc);
    const ref = gnuTar(blob);
    assert.equal(entryCount(scan), ref.entries, enc);
    assert.equal(contentBytes(scan), ref.contentBytes, enc);
    seen[enc] = scan;
  }
  // the same image in four encodings: the same files (estargz adds its TOC and landmark entries)
  const files = (s: LayerScan): string[] => s.events.toArray().filter((e) => !e.path.startsWith('/.')).map((e) => `${e.kind} ${e.path} ${e.sizeBytes} ${e.contentHash ?? ''}`);
  assert.deepEqual(files(seen['gzip']!), files(seen['uncompressed']!));
  assert.deepEqual(files(seen['zstd']!), files(seen['uncompressed']!));
  assert.deepEqual(files(seen['estargz']!).filter((l) => !l.includes('stargz')), files(seen['uncompressed']!));
});
