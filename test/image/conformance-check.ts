/**
 * The conformance checks over one test-bed image: every export through every reader must give the same
 * config digest, diffIds and platform, identical per-layer events (path, kind, size, mode, link target), and
 * per-layer content bytes and entry counts equal to the bed's oracle (GNU tar's listing).
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { openSource } from '../../src/image/index.ts';
import type { LoadedImage, LoadOptions } from '../../src/image/types.ts';
import { EXPORT_FORMATS } from '../helpers/bed.ts';
import type { BedImage, ExportFormat } from '../helpers/bed.ts';
import { loadOpts } from './fixtures.ts';

/** One way of reading an export. */
export interface ReadWay {
  /** label for messages, e.g. `oci-gzip via oci:` */
  label: string;
  load: () => Promise<LoadedImage>;
}

/**
 * The read paths exercised per export (each distinct code path at least once per format). Content hashing is
 * the scanner's business and is off here, to keep the suite affordable on 2 shared cores.
 */
export function readWays(image: BedImage, fmt: ExportFormat): ReadWay[] {
  const path = image.exports[fmt];
  const noHash: Partial<LoadOptions> = { scan: { hash: false, verify: false } };
  const ways: ReadWay[] = [];
  const isDir = fmt === 'oci-gzip' || fmt === 'oci-zstd' || fmt === 'oci-uncompressed';
  if (isDir) {
    ways.push({ label: `${fmt} via oci:DIR:latest`, load: () => openSource(`oci:${path}:latest`).load(loadOpts(noHash)) });
    // one way per image checks every blob digest and diffId of a real image (sha256 is slow: once is enough)
    const verify: Partial<LoadOptions> = fmt === 'oci-gzip' ? { scan: { hash: false, verify: true } } : noHash;
    ways.push({ label: `${fmt} via bare path${fmt === 'oci-gzip' ? ', verified' : ''}`, load: () => openSource(path).load(loadOpts(verify)) });
  } else {
    const transport = fmt === 'oci-archive' ? 'oci-archive' : 'docker-archive';
    ways.push({ label: `${fmt} via ${transport}:`, load: () => openSource(`${transport}:${path}`).load(loadOpts(noHash)) });
    ways.push({ label: `${fmt} via stdin`, load: () => openSource('-', { stdin: createReadStream(path, { highWaterMark: 1 << 20 }) }).load(loadOpts(noHash)) });
  }
  return ways;
}

/** A fingerprint of a layer's events: path, kind, size, mode, link target, in order. */
export function layerFingerprint(img: LoadedImage, i: number): string {
  const h = createHash('sha256');
  for (const e of img.layers[i]!.scan.events) h.update(`${e.path}\0${e.kind}\0${e.sizeBytes}\0${e.mode}\0${e.linkTarget ?? ''}\n`);
  return h.digest('hex');
}

/** Per-layer counts as the oracle defines them. */
export function layerCounts(img: LoadedImage, i: number): Record<string, number> {
  const ev = img.layers[i]!.scan.events.toArray();
  const n = (k: string): number => ev.filter((e) => e.kind === k).length;
  return {
    contentBytes: ev.filter((e) => e.kind === 'file').reduce((a, e) => a + e.sizeBytes, 0),
    entryCount: ev.length,
    fileCount: n('file'),
    whiteoutCount: n('whiteout'),
    opaqueCount: n('opaque'),
    hardlinkCount: n('hardlink'),
    symlinkCount: n('symlink'),
    dirCount: n('dir'),
    tarBytes: img.layers[i]!.scan.tarBytes,
  };
}

/** Runs every export of one image through every read way and checks it against the oracle and each other. */
export async function checkImage(image: BedImage, formats: readonly ExportFormat[] = EXPORT_FORMATS): Promise<number> {
  let reference: { label: string; prints: string[] } | null = null;
  let loads = 0;
  for (const fmt of formats) {
    for (const way of readWays(image, fmt)) {
      const img = await way.load();
      loads++;
      const at = `${image.name}, ${way.label}`;
      assert.equal(img.configDigest, image.configDigest, `${at}: config digest`);
      assert.deepEqual(
        img.layers.map((l) => l.diffId),
        image.diffIds,
        `${at}: diffIds`,
      );
      assert.equal(img.platform.os, 'linux', `${at}: os`);
      assert.equal(img.platform.architecture, 'amd64', `${at}: architecture`);
      assert.equal(img.layers.length, image.oracle.layers.length, `${at}: layer count`);
      image.oracle.layers.forEach((o, i) => {
        const { createdBy: _c, diffId: _d, ...want } = o;
        // GNU tar lists hardlinks as their own entries, as do we; '.wh.' markers are whiteout / opaque events
        assert.deepEqual(layerCounts(img, i), want, `${at}: layer ${i} counts`);
      });
      if (fmt !== 'docker-archive') {
        for (const [k, v] of Object.entries(image.annotations)) assert.equal(img.annotations[k], v, `${at}: annotation ${k}`);
        assert.notEqual(img.manifestDigest, null, `${at}: manifest digest`);
      }
      const compressed = fmt === 'oci-gzip' || fmt === 'oci-archive' || fmt === 'docker25-gzip' ? 'gzip' : fmt === 'oci-zstd' ? 'zstd' : 'none';
      img.layers.forEach((l, i) => {
        assert.equal(l.scan.compression, compressed, `${at}: layer ${i} compression`);
        assert.ok(l.compressedBytes > 0, `${at}: layer ${i} compressedBytes`);
        if (compressed === 'none') assert.equal(l.compressedBytes, l.scan.tarBytes, `${at}: layer ${i} stored = tar bytes`);
      });
      const prints = img.layers.map((_, i) => layerFingerprint(img, i));
      if (reference === null) reference = { label: way.label, prints };
      else {
        prints.forEach((p, i) => assert.equal(p, reference!.prints[i], `${at}: layer ${i} events differ from ${reference!.label}`));
      }
    }
  }
  return loads;
}
