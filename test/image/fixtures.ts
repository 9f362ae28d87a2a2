/**
 * Crafted images for the reader tests: layers from tar entry lists, a config and a manifest with correct
 * digests, and writers for every layout (legacy docker save, Docker 25+ save, oci-archive, OCI directory).
 * Every part can be mutated to build broken images.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzip, tarEntries, zstd } from '../helpers/tar-writer.ts';
import type { TarEntrySpec } from '../helpers/tar-writer.ts';
import { createLayerScanner } from '../../src/layer/scan.ts';
import type { LoadOptions } from '../../src/image/types.ts';

const enc = new TextEncoder();

/** sha256 digest of bytes. */
export function digestOf(b: Uint8Array): string {
  return 'sha256:' + createHash('sha256').update(b).digest('hex');
}

/** JSON bytes. */
export function jsonBytes(x: unknown): Uint8Array {
  return enc.encode(JSON.stringify(x));
}

/** One built layer. */
export interface BuiltLayer {
  tar: Uint8Array;
  blob: Uint8Array;
  diffId: string;
  digest: string;
  mediaType: string;
}

/** One built image. */
export interface Fixture {
  layers: BuiltLayer[];
  config: Record<string, unknown>;
  configBytes: Uint8Array;
  configDigest: string;
  manifest: Record<string, unknown>;
  manifestBytes: Uint8Array;
  manifestDigest: string;
}

/** Options for makeImage. */
export interface ImageOptions {
  /** layer compression (default: none) */
  compress?: 'gzip' | 'zstd';
  /** config platform (default: linux/amd64) */
  platform?: { os: string; architecture: string; variant?: string };
  /** edits the config before it is serialized */
  editConfig?: (c: Record<string, unknown>) => void;
  /** edits the manifest before it is serialized */
  editManifest?: (m: Record<string, unknown>) => void;
}

/** Builds an image from per-layer entry lists. */
export function makeImage(layers: TarEntrySpec[][], opts: ImageOptions = {}): Fixture {
  const built = layers.map((entries): BuiltLayer => {
    const tar = tarEntries(entries);
    const blob = opts.compress === 'gzip' ? gzip(tar) : opts.compress === 'zstd' ? zstd(tar) : tar;
    const mediaType = `application/vnd.oci.image.layer.v1.tar${opts.compress ? `+${opts.compress}` : ''}`;
    return { tar, blob, diffId: digestOf(tar), digest: digestOf(blob), mediaType };
  });
  const p = opts.platform ?? { os: 'linux', architecture: 'amd64' };
  const config: Record<string, unknown> = {
    ...p,
    config: { Env: ['PATH=/usr/bin'] },
    rootfs: { type: 'layers', diff_ids: built.map((l) => l.diffId) },
    history: built.map((_, i) => ({ created_by: `RUN step ${i}` })),
  };
  opts.editConfig?.(config);
  const configBytes = jsonBytes(config);
  const configDigest = digestOf(configBytes);
  const manifest: Record<string, unknown> = {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: configDigest, size: configBytes.length },
    layers: built.map((l) => ({ mediaType: l.mediaType, digest: l.digest, size: l.blob.length })),
    annotations: { 'org.opencontainers.image.base.name': 'example/base:1' },
  };
  opts.editManifest?.(manifest);
  const manifestBytes = jsonBytes(manifest);
  return { layers: built, config, configBytes, configDigest, manifest, manifestBytes, manifestDigest: digestOf(manifestBytes) };
}

function hex(d: string): string {
  return d.slice('sha256:'.length);
}

/** Legacy docker save: `<id>/layer.tar`, `<config>.json`, manifest.json, repositories. `symlinkDuplicates` / `hardlinkDuplicates`: a repeated layer is stored as a tar symlink / hardlink. */
export function dockerLegacy(f: Fixture, opts: { symlinkDuplicates?: boolean; hardlinkDuplicates?: boolean; tags?: string[]; manifestEntries?: unknown[] } = {}): Uint8Array {
  const entries: TarEntrySpec[] = [];
  const paths: string[] = [];
  const seen = new Map<string, string>();
  f.layers.forEach((l, i) => {
    const id = createHash('sha256').update(`layer-${i}-${l.diffId}`).digest('hex');
    const path = `${id}/layer.tar`;
    paths.push(path);
    entries.push({ name: `${id}/`, type: 'dir' }, { name: `${id}/VERSION`, body: '1.0' }, { name: `${id}/json`, body: `{"id":"${id}"}` });
    const first = seen.get(l.diffId);
    if (first !== undefined && opts.symlinkDuplicates) entries.push({ name: path, type: 'symlink', linkname: `../${first}` });
    else if (first !== undefined && opts.hardlinkDuplicates) entries.push({ name: `./${path}`, type: 'hardlink', linkname: `./${first}` });
    else {
      entries.push({ name: path, body: l.blob });
      seen.set(l.diffId, path);
    }
  });
  entries.push({ name: `${hex(f.configDigest)}.json`, body: f.configBytes });
  const manifest = opts.manifestEntries ?? [{ Config: `${hex(f.configDigest)}.json`, RepoTags: opts.tags ?? ['example/app:latest'], Layers: paths }];
  entries.push({ name: 'manifest.json', body: jsonBytes(manifest) });
  entries.push({ name: 'repositories', body: '{}' });
  return tarEntries(entries);
}

/** The OCI index of a fixture (one manifest, ref `latest`). */
export function ociIndex(f: Fixture, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    manifests: [
      {
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        digest: f.manifestDigest,
        size: f.manifestBytes.length,
        annotations: { 'org.opencontainers.image.ref.name': 'latest' },
        ...extra,
      },
    ],
  };
}

/** Blob entries of a layout: layers, config, manifest, plus extra blobs. */
function blobEntries(fs: Fixture[], extra: Uint8Array[] = []): TarEntrySpec[] {
  const out = new Map<string, Uint8Array>();
  for (const f of fs) {
    for (const l of f.layers) out.set(l.digest, l.blob);
    out.set(f.configDigest, f.configBytes);
    out.set(f.manifestDigest, f.manifestBytes);
  }
  for (const b of extra) out.set(digestOf(b), b);
  return [...out].map(([d, b]) => ({ name: `blobs/sha256/${hex(d)}`, body: b }));
}

/** An oci-archive (oci-layout, index.json first, then blobs). */
export function ociArchive(f: Fixture | Fixture[], opts: { index?: unknown; extraBlobs?: Uint8Array[]; layout?: string } = {}): Uint8Array {
  const fs = Array.isArray(f) ? f : [f];
  return tarEntries([
    { name: 'oci-layout', body: opts.layout ?? '{"imageLayoutVersion":"1.0.0"}' },
    { name: 'index.json', body: jsonBytes(opts.index ?? ociIndex(fs[0]!)) },
    { name: 'blobs/', type: 'dir' },
    { name: 'blobs/sha256/', type: 'dir' },
    ...blobEntries(fs, opts.extraBlobs),
  ]);
}

/** A Docker 25+ save: blobs first, then oci-layout, index.json and manifest.json LAST. */
export function docker25(f: Fixture, opts: { index?: unknown } = {}): Uint8Array {
  const manifest = [{ Config: `blobs/sha256/${hex(f.configDigest)}`, RepoTags: ['example/app:latest'], Layers: f.layers.map((l) => `blobs/sha256/${hex(l.digest)}`) }];
  return tarEntries([
    { name: 'blobs/', type: 'dir' },
    { name: 'blobs/sha256/', type: 'dir' },
    ...blobEntries([f]),
    { name: 'oci-layout', body: '{"imageLayoutVersion":"1.0.0"}' },
    { name: 'index.json', body: jsonBytes(opts.index ?? ociIndex(f, { annotations: { 'io.containerd.image.name': 'docker.io/example/app:latest', 'org.opencontainers.image.ref.name': 'latest' } })) },
    { name: 'manifest.json', body: jsonBytes(manifest) },
  ]);
}

/** A fresh temp directory. */
export function tempDir(prefix = 'lb-image-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes bytes to a new temp file; returns its path. */
export function tempFile(bytes: Uint8Array, name = 'image.tar'): string {
  const p = join(tempDir(), name);
  writeFileSync(p, bytes);
  return p;
}

/** Writes an OCI layout directory; returns its path. */
export function ociDir(f: Fixture | Fixture[], opts: { index?: unknown; extraBlobs?: Uint8Array[]; layout?: string | null } = {}): string {
  const fs = Array.isArray(f) ? f : [f];
  const dir = tempDir('lb-oci-');
  if (opts.layout !== null) writeFileSync(join(dir, 'oci-layout'), opts.layout ?? '{"imageLayoutVersion":"1.0.0"}');
  writeFileSync(join(dir, 'index.json'), jsonBytes(opts.index ?? ociIndex(fs[0]!)));
  mkdirSync(join(dir, 'blobs', 'sha256'), { recursive: true });
  for (const e of blobEntries(fs, opts.extraBlobs)) writeFileSync(join(dir, e.name), e.body as Uint8Array);
  return dir;
}

/** Load options with the real scanner. */
export function loadOpts(over: Partial<LoadOptions> = {}): LoadOptions {
  return { scanner: createLayerScanner(), scan: { hash: true, verify: false }, ...over };
}

/** A small two-layer entry list, with a whiteout in the second layer. */
export function twoLayers(): TarEntrySpec[][] {
  return [
    [{ name: 'etc/', type: 'dir' }, { name: 'etc/passwd', body: 'root:x:0:0::/root:/bin/sh\n' }, { name: 'bin/sh', body: 'x'.repeat(1000) }],
    [{ name: 'app/', type: 'dir' }, { name: 'app/main.js', body: 'console.log(1)\n' }, { name: 'etc/.wh.passwd' }],
  ];
}

/** A chunked async iterable over bytes, like a pipe would deliver. */
export async function* chunks(b: Uint8Array, size = 7000): AsyncGenerator<Uint8Array> {
  for (let o = 0; o < b.length; o += size) yield b.subarray(o, Math.min(b.length, o + size));
}
