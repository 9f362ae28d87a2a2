/**
 * Synthetic images for the benchmark, written straight to disk with the test tar writer (deterministic: the
 * same spec always gives the same bytes). A layer set is written once as separate layer tars; the image
 * formats (legacy docker-archive, OCI layout with gzip layers) are assembled from them.
 *
 * Content is realistic enough for the numbers to mean something: a mix of incompressible bytes and
 * text-like bytes (gzip about 2×), a log-uniform spread of small files plus a few large ones, later layers
 * that overwrite, delete (whiteouts), hide (opaque) and duplicate earlier files.
 */
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, createWriteStream, existsSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { tarHeaderBlocks } from '../test/helpers/tar-writer.ts';
import type { TarEntrySpec } from '../test/helpers/tar-writer.ts';

/** What to generate. */
export interface SyntheticSpec {
  /** number of layers */
  layers: number;
  /** number of small files over all layers (log-uniform sizes in [32 B, smallMaxBytes]) */
  smallFiles: number;
  /** largest small file (default: 32 KiB) */
  smallMaxBytes?: number;
  /** approximate total content bytes; the rest after the small files goes into big files */
  totalBytes: number;
  /** size range of the big files (default: 1 MiB … 16 MiB) */
  bigMinBytes?: number;
  bigMaxBytes?: number;
  /** PRNG seed (default: 1) */
  seed?: number;
}

/** One written layer. */
export interface LayerFile {
  path: string;
  sizeBytes: number;
  /** `sha256:…` of the tar */
  diffId: string;
  /** number of tar entries */
  entries: number;
}

/** Deterministic xorshift32 PRNG. */
class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0 || 1;
  }
  /** uint32 */
  next(): number {
    let x = this.s;
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    this.s = x;
    return x;
  }
  /** float in [0, 1) */
  float(): number {
    return this.next() / 4294967296;
  }
  /** int in [0, n) */
  int(n: number): number {
    return Math.floor(this.float() * n);
  }
}

const POOL_HALF = 24 << 20;

/** 48 MiB: the first half pseudo-random, the second half text-like. */
function makePool(seed: number): Uint8Array {
  const pool = new Uint8Array(POOL_HALF * 2);
  const rng = new Rng(seed ^ 0x9e3779b9);
  const view = new Uint32Array(pool.buffer, 0, POOL_HALF / 4);
  for (let i = 0; i < view.length; i++) view[i] = rng.next();
  const words = 'the of and to in is that for it as with was on be by at this from or an are which not have had but were all can one there their so if more its when some what time out would into also about other these first two may only then like such over new very where any used make after function return const value module export import require node_modules package json lib usr share doc locale'.split(' ');
  const enc = new TextEncoder();
  const wb = words.map((w) => enc.encode(w));
  let off = POOL_HALF;
  while (off < pool.length) {
    const w = wb[rng.int(wb.length)]!;
    const n = Math.min(w.length, pool.length - off);
    pool.set(w.subarray(0, n), off);
    off += n;
    if (off < pool.length) pool[off++] = rng.int(12) === 0 ? 10 : 32;
  }
  return pool;
}

/** Buffered synchronous writer that also hashes what it writes. */
class Out {
  private readonly fd: number;
  private readonly buf = new Uint8Array(4 << 20);
  private fill = 0;
  readonly hash = createHash('sha256');
  bytes = 0;
  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }
  write(b: Uint8Array): void {
    this.bytes += b.length;
    this.hash.update(b);
    if (b.length > this.buf.length / 2) {
      this.flush();
      let off = 0;
      while (off < b.length) off += writeSync(this.fd, b, off, b.length - off);
      return;
    }
    if (this.fill + b.length > this.buf.length) this.flush();
    this.buf.set(b, this.fill);
    this.fill += b.length;
  }
  flush(): void {
    let off = 0;
    while (off < this.fill) off += writeSync(this.fd, this.buf, off, this.fill - off);
    this.fill = 0;
  }
  close(): string {
    this.flush();
    closeSync(this.fd);
    return 'sha256:' + this.hash.digest('hex');
  }
}

const ZERO = new Uint8Array(512);

interface PlannedFile {
  path: string;
  size: number;
  /** pool offset of the content (size bytes, possibly wrapping) */
  poolOff: number;
  /** 8-byte stamp written first, making contents unique (a duplicate copies its source's stamp) */
  stamp: number;
}

/**
 * Writes the layer tars of `spec` into `dir` (layer-00.tar …), returning them in order. Files: the first
 * layer gets 40% of the small files (a base OS), the rest are spread evenly; big files are spread too.
 */
export function writeLayers(dir: string, spec: SyntheticSpec): LayerFile[] {
  mkdirSync(dir, { recursive: true });
  const rng = new Rng(spec.seed ?? 1);
  const pool = makePool(spec.seed ?? 1);
  const smallMax = spec.smallMaxBytes ?? 32 * 1024;
  const bigMin = spec.bigMinBytes ?? 1 << 20;
  const bigMax = spec.bigMaxBytes ?? 16 << 20;
  const lnMin = Math.log(32);
  const lnMax = Math.log(smallMax);
  const smallMean = (smallMax - 32) / (lnMax - lnMin);
  let bigBudget = Math.max(0, Math.floor(spec.totalBytes - spec.smallFiles * smallMean));
  const written: PlannedFile[] = []; // files of earlier layers, for overwrites / deletes / duplicates
  const out: LayerFile[] = [];
  let stamp = 0;
  const mtime = 1700000000;

  for (let li = 0; li < spec.layers; li++) {
    const share = spec.layers === 1 ? 1 : li === 0 ? 0.4 : 0.6 / (spec.layers - 1);
    const nSmall = Math.round(spec.smallFiles * share);
    const bigBytes = spec.layers === 1 ? bigBudget : li === spec.layers - 1 ? bigBudget : Math.round(bigBudget / (spec.layers - li));
    const path = join(dir, `layer-${String(li).padStart(2, '0')}.tar`);
    const tmp = path + '.partial';
    const w = new Out(tmp);
    let entries = 0;
    const dirsDone = new Set<string>();
    const entry = (e: TarEntrySpec): void => {
      for (const b of tarHeaderBlocks(e)) w.write(b);
      entries++;
    };
    const ensureDir = (p: string): void => {
      const parts = p.split('/');
      for (let i = 1; i < parts.length; i++) {
        const d = parts.slice(0, i).join('/') + '/';
        if (dirsDone.has(d)) continue;
        dirsDone.add(d);
        entry({ name: d, type: 'dir', mtime });
      }
    };
    const stampBuf = new Uint8Array(8);
    const body = (f: PlannedFile): void => {
      new DataView(stampBuf.buffer).setFloat64(0, f.stamp);
      let left = f.size;
      const head = Math.min(8, left);
      w.write(stampBuf.subarray(0, head));
      left -= head;
      let off = f.poolOff;
      while (left > 0) {
        const half = f.poolOff >= POOL_HALF ? POOL_HALF : 0;
        if (off >= half + POOL_HALF) off = half;
        const n = Math.min(left, half + POOL_HALF - off);
        w.write(pool.subarray(off, off + n));
        off += n;
        left -= n;
      }
      const pad = (512 - (f.size % 512)) % 512;
      if (pad) w.write(ZERO.subarray(0, pad));
    };
    const file = (f: PlannedFile, mode = 0o644): void => {
      ensureDir(f.path);
      entry({ name: f.path, size: f.size, mode, mtime, uid: li === 0 ? 0 : 1000, gid: li === 0 ? 0 : 1000 });
      body(f);
    };
    const fresh = (path: string, size: number): PlannedFile => {
      const text = rng.int(10) < 6;
      const off = (text ? POOL_HALF : 0) + rng.int(POOL_HALF - 1024);
      return { path, size, poolOff: off, stamp: ++stamp };
    };

    ensureDir(`./usr/lib/layer${li}/`);
    if (li > 0 && li === Math.floor(spec.layers / 2)) {
      // an opaque directory over a part of the base layer
      entry({ name: './usr/lib/pkg0/sub0/.wh..wh..opq', mtime });
    }
    // small files. Overwrites and deletions pick a file of an earlier layer, each path at most once per layer: a
    // same-layer rewrite is shadowing (not waste), and a same-layer write then whiteout means different things to
    // different tools.
    const perDir = 40;
    const earlier = written.length;
    const touched = new Set<string>();
    const pick = (): PlannedFile | null => {
      const old = written[rng.int(earlier)]!;
      if (touched.has(old.path)) return null;
      touched.add(old.path);
      return old;
    };
    for (let i = 0; i < nSmall; i++) {
      const size = Math.floor(Math.exp(lnMin + rng.float() * (lnMax - lnMin)));
      const r = rng.int(100);
      if (li > 0 && earlier > 0 && r < 5) {
        // overwrite an earlier file
        const old = pick();
        if (old === null) continue;
        const f = fresh(old.path, size);
        file(f);
        continue;
      }
      if (li > 0 && earlier > 0 && r < 6) {
        const old = pick();
        if (old === null) continue;
        const slash = old.path.lastIndexOf('/');
        ensureDir(old.path);
        entry({ name: old.path.slice(0, slash + 1) + '.wh.' + old.path.slice(slash + 1), mtime });
        continue;
      }
      const dirNo = Math.floor(i / perDir);
      const name = `./usr/lib/${li === 0 ? 'pkg' + (dirNo % 500) : 'layer' + li}/sub${Math.floor(dirNo / 500) % 50}/file-${li}-${i}.${r % 3 === 0 ? 'js' : r % 3 === 1 ? 'so' : 'txt'}`;
      if (written.length > 0 && r >= 97) {
        // a duplicate of an earlier file's content at a new path
        const src = written[rng.int(written.length)]!;
        const f = { ...src, path: name };
        file(f);
        continue;
      }
      const f = fresh(name, size);
      file(f);
      if (written.length < 200_000 || rng.int(4) === 0) written.push(f);
    }
    // big files
    let big = bigBytes;
    let k = 0;
    while (big > bigMin / 2) {
      const size = Math.min(big, Math.floor(bigMin + rng.float() * (bigMax - bigMin)));
      file(fresh(`./opt/big${li}/blob-${k++}.bin`, size), 0o755);
      big -= size;
    }
    bigBudget -= bigBytes;
    // symlinks and hardlinks, as real layers have. The hardlink names a file this same layer wrote before it: an
    // earlier layer's file may have been deleted, or hidden by this layer's opaque marker, which tools that apply
    // entries in order (umoci) process before the link ('link: no such file or directory').
    entry({ name: `./usr/lib/layer${li}/current`, type: 'symlink', linkname: '../pkg0', mtime });
    const own = `./usr/lib/layer${li}/own-target.txt`;
    file(fresh(own, 100));
    entry({ name: `./usr/lib/layer${li}/hard`, type: 'hardlink', linkname: own, mtime });
    w.write(new Uint8Array(1024));
    const diffId = w.close();
    renameSync(tmp, path);
    out.push({ path, sizeBytes: w.bytes, diffId, entries });
  }
  return out;
}

function configJson(layers: LayerFile[]): Uint8Array {
  const config = {
    architecture: 'amd64',
    os: 'linux',
    created: '2024-01-01T00:00:00Z',
    config: { Env: ['PATH=/usr/bin'], Cmd: ['/bin/sh'] },
    rootfs: { type: 'layers', diff_ids: layers.map((l) => l.diffId) },
    history: layers.map((_, i) => ({ created: '2024-01-01T00:00:00Z', created_by: i === 0 ? '/bin/sh -c #(nop) ADD file:abc in / ' : `RUN /bin/sh -c make layer ${i} # buildkit` })),
  };
  return new TextEncoder().encode(JSON.stringify(config));
}

function sha256(b: Uint8Array): string {
  return createHash('sha256').update(b).digest('hex');
}

/** Writes a legacy `docker save` archive (`<diffid>/layer.tar`, config, manifest.json) from layer tars. */
export function writeDockerArchive(path: string, layers: LayerFile[], tag = 'bench:latest'): void {
  const tmp = path + '.partial';
  const w = new Out(tmp);
  const member = (name: string, data: Uint8Array): void => {
    for (const b of tarHeaderBlocks({ name, size: data.length })) w.write(b);
    w.write(data);
    const pad = (512 - (data.length % 512)) % 512;
    if (pad) w.write(ZERO.subarray(0, pad));
  };
  const names: string[] = [];
  for (const l of layers) {
    const id = l.diffId.slice(7);
    const name = `${id}/layer.tar`;
    names.push(name);
    for (const b of tarHeaderBlocks({ name: `${id}/`, type: 'dir' })) w.write(b);
    for (const b of tarHeaderBlocks({ name, size: l.sizeBytes })) w.write(b);
    const fd = openSync(l.path, 'r');
    const buf = Buffer.allocUnsafe(4 << 20);
    let n: number;
    let pos = 0;
    while ((n = readSync(fd, buf, 0, buf.length, pos)) > 0) {
      w.write(buf.subarray(0, n));
      pos += n;
    }
    closeSync(fd);
    const pad = (512 - (l.sizeBytes % 512)) % 512;
    if (pad) w.write(ZERO.subarray(0, pad));
  }
  const config = configJson(layers);
  const configName = `${sha256(config)}.json`;
  member(configName, config);
  member('manifest.json', new TextEncoder().encode(JSON.stringify([{ Config: configName, RepoTags: [tag], Layers: names }])));
  w.write(new Uint8Array(1024));
  w.close();
  renameSync(tmp, path);
}

/** Writes an OCI layout directory with gzip layers (level 6), compressing up to `parallel` layers at once. */
export async function writeOciGzip(dir: string, layers: LayerFile[], parallel = 2): Promise<string[]> {
  const tmp = dir + '.partial';
  rmSync(tmp, { recursive: true, force: true });
  const blobs = join(tmp, 'blobs', 'sha256');
  mkdirSync(blobs, { recursive: true });
  const gz: Array<{ digest: string; size: number; path: string }> = new Array(layers.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < layers.length) {
      const i = next++;
      const l = layers[i]!;
      const part = join(tmp, `layer-${i}.gz`);
      const h = createHash('sha256');
      let size = 0;
      const gzip = createGzip({ level: 6 });
      gzip.on('data', (c: Buffer) => {
        h.update(c);
        size += c.length;
      });
      await pipeline(createReadStream(l.path, { highWaterMark: 1 << 20 }), gzip, createWriteStream(part));
      const digest = h.digest('hex');
      renameSync(part, join(blobs, digest));
      gz[i] = { digest: 'sha256:' + digest, size, path: join(dir, 'blobs', 'sha256', digest) };
    }
  }
  await Promise.all(Array.from({ length: parallel }, worker));
  const config = configJson(layers);
  const configDigest = sha256(config);
  writeFileSync(join(blobs, configDigest), config);
  const manifest = new TextEncoder().encode(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: 'sha256:' + configDigest, size: config.length },
      layers: gz.map((g) => ({ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: g.digest, size: g.size })),
    }),
  );
  const manifestDigest = sha256(manifest);
  writeFileSync(join(blobs, manifestDigest), manifest);
  writeFileSync(
    join(tmp, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          digest: 'sha256:' + manifestDigest,
          size: manifest.length,
          annotations: { 'org.opencontainers.image.ref.name': 'latest' },
          platform: { architecture: 'amd64', os: 'linux' },
        },
      ],
    }),
  );
  writeFileSync(join(tmp, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  return gz.map((g) => g.path);
}

/** Reads back the layer list written by `writeLayers` (saved as layers.json next to the tars). */
export function saveLayerList(dir: string, layers: LayerFile[]): void {
  writeFileSync(join(dir, 'layers.json'), JSON.stringify(layers, null, 1));
}

/** The layer list saved by saveLayerList, or null. */
export function loadLayerList(dir: string): LayerFile[] | null {
  const f = join(dir, 'layers.json');
  if (!existsSync(f)) return null;
  return JSON.parse(readFileSync(f, 'utf8')) as LayerFile[];
}

/** What {@link writeScaleLayers} generates: many small files with the churn real builds have. */
export interface ScaleSpec {
  /** number of layers (default: 10) */
  layers?: number;
  /** regular-file entries over all layers, churn included */
  files: number;
  /** file sizes are uniform in [minBytes, maxBytes] (default: 512 … 1536, about 1 kB) */
  minBytes?: number;
  maxBytes?: number;
  /** PRNG seed (default: 1) */
  seed?: number;
}

/**
 * Writes the layer tars of a many-small-files image: a base layer with 40% of the files, then layers that add
 * `node_modules`-shaped trees, and churn in every later layer — of its entries, 10% rewrite an earlier file with
 * new bytes, 5% copy an earlier file up unchanged (same bytes and mtime, new mode: a chmod), 5% delete one
 * (`.wh.`), and layer ⌊layers/2⌋+1 deletes a whole base directory (`.wh.` of a directory). Every hardlink names a
 * file its own layer wrote, so unpackers that apply entries in order (umoci) accept the image.
 */
export function writeScaleLayers(dir: string, spec: ScaleSpec): LayerFile[] {
  mkdirSync(dir, { recursive: true });
  const nLayers = spec.layers ?? 10;
  const rng = new Rng(spec.seed ?? 1);
  const pool = makePool(spec.seed ?? 1);
  const minB = spec.minBytes ?? 512;
  const maxB = spec.maxBytes ?? 1536;
  const mtime = 1700000000;
  const live: PlannedFile[] = []; // files that may be churned (swap-removed when deleted)
  const out: LayerFile[] = [];
  let stamp = 0;
  const stampBuf = new Uint8Array(8);
  const enc = new TextEncoder();
  for (let li = 0; li < nLayers; li++) {
    const share = nLayers === 1 ? 1 : li === 0 ? 0.4 : 0.6 / (nLayers - 1);
    const n = Math.round(spec.files * share);
    const path = join(dir, `layer-${String(li).padStart(2, '0')}.tar`);
    const w = new Out(path + '.partial');
    let entries = 0;
    const dirsDone = new Set<string>();
    const touched = new Set<string>();
    const entry = (e: TarEntrySpec): void => {
      for (const b of tarHeaderBlocks(e)) w.write(b);
      entries++;
    };
    const ensureDir = (p: string): void => {
      const slash = p.lastIndexOf('/');
      const d = p.slice(0, slash + 1);
      if (d === './' || dirsDone.has(d)) return;
      ensureDir(d.slice(0, -1));
      dirsDone.add(d);
      entry({ name: d, type: 'dir', mtime });
    };
    const body = (f: PlannedFile): void => {
      new DataView(stampBuf.buffer).setFloat64(0, f.stamp);
      const head = Math.min(8, f.size);
      w.write(stampBuf.subarray(0, head));
      if (f.size > head) w.write(pool.subarray(f.poolOff, f.poolOff + f.size - head));
      const pad = (512 - (f.size % 512)) % 512;
      if (pad) w.write(ZERO.subarray(0, pad));
    };
    const file = (f: PlannedFile, mode = 0o644): void => {
      ensureDir(f.path);
      entry({ name: f.path, size: f.size, mode, mtime, uid: li === 0 ? 0 : 1000, gid: li === 0 ? 0 : 1000 });
      body(f);
    };
    const fresh = (p: string): PlannedFile => {
      const size = minB + rng.int(maxB - minB + 1);
      return { path: p, size, poolOff: (rng.int(2) ? POOL_HALF : 0) + rng.int(POOL_HALF - maxB), stamp: ++stamp };
    };
    const json = (p: string, value: unknown): void => {
      const b = enc.encode(JSON.stringify(value));
      ensureDir(p);
      entry({ name: p, body: b, mtime });
      w.write(b);
      const pad = (512 - (b.length % 512)) % 512;
      if (pad) w.write(ZERO.subarray(0, pad));
    };
    if (li > 0 && li === Math.floor(nLayers / 2) + 1) entry({ name: './usr/share/.wh.doc', mtime }); // a deleted directory
    const app = `./app${li}`;
    const pkgs = li === 0 ? 0 : Math.max(1, Math.floor(n / 200));
    if (li > 0) {
      // an application with a lockfile whose odd packages are dev-only
      const packages: Record<string, unknown> = { '': { name: `app${li}` } };
      for (let k = 0; k < pkgs; k++) packages[`node_modules/pkg-${li}-${k}`] = { version: '1.0.0', ...(k % 2 ? { dev: true } : {}) };
      json(`${app}/package.json`, { name: `app${li}`, dependencies: {}, devDependencies: {} });
      json(`${app}/node_modules/.package-lock.json`, { name: `app${li}`, lockfileVersion: 3, packages });
    }
    for (let i = 0; i < n; i++) {
      const r = rng.int(100);
      if (li > 0 && live.length > 0 && r < 20) {
        const k = rng.int(live.length);
        const old = live[k]!;
        // one change per path and layer: a same-layer rewrite then whiteout means different things to different tools
        if (touched.has(old.path)) continue;
        touched.add(old.path);
        if (r < 10) {
          const f = fresh(old.path); // rewritten
          file(f);
          live[k] = f;
        } else if (r < 15) {
          file(old, 0o600); // copied up unchanged (chmod)
        } else {
          const slash = old.path.lastIndexOf('/');
          ensureDir(old.path);
          entry({ name: old.path.slice(0, slash + 1) + '.wh.' + old.path.slice(slash + 1), mtime });
          live[k] = live[live.length - 1]!;
          live.pop();
        }
        continue;
      }
      const d = Math.floor(i / 25);
      const name =
        li === 0
          ? `./usr/${i % 5 === 0 ? 'share/doc' : 'lib'}/pkg${d % 400}/sub${Math.floor(d / 400)}/f${i}.${i % 3 === 0 ? 'so' : 'txt'}`
          : `${app}/node_modules/pkg-${li}-${d % pkgs}/lib/d${Math.floor(d / pkgs)}/f${i}.js`;
      const f = fresh(name);
      file(f);
      touched.add(name); // churn only touches what earlier layers wrote (no same-layer shadowing)
      if (!name.startsWith('./usr/share/doc/')) live.push(f);
    }
    const own = `./usr/lib/layer${li}/own-target.txt`;
    file(fresh(own));
    entry({ name: `./usr/lib/layer${li}/hard`, type: 'hardlink', linkname: own, mtime });
    entry({ name: `./usr/lib/layer${li}/current`, type: 'symlink', linkname: '../pkg0', mtime });
    w.write(new Uint8Array(1024));
    const diffId = w.close();
    renameSync(path + '.partial', path);
    out.push({ path, sizeBytes: w.bytes, diffId, entries });
  }
  return out;
}

/** Writes one layer tar of `entries` empty regular files (the many-entries, no-bytes extreme). */
export function writeEmptyEntriesLayer(dir: string, entries: number): LayerFile[] {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'layer-00.tar');
  const w = new Out(path + '.partial');
  let n = 0;
  for (let i = 0; i < entries; i++) {
    if (i % 1000 === 0) {
      for (const b of tarHeaderBlocks({ name: `./d${i / 1000}/`, type: 'dir', mtime: 1700000000 })) w.write(b);
      n++;
    }
    for (const b of tarHeaderBlocks({ name: `./d${Math.floor(i / 1000)}/e${i}`, mtime: 1700000000 })) w.write(b);
    n++;
  }
  w.write(new Uint8Array(1024));
  const diffId = w.close();
  renameSync(path + '.partial', path);
  return [{ path, sizeBytes: w.bytes, diffId, entries: n }];
}
