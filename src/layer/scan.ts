/**
 * The LayerScanner: one layer blob → one LayerScan. Compression is sniffed from the magic bytes; the
 * uncompressed tar goes through the streaming driver (src/tar/stream.ts) or, for an uncompressed tar with random
 * access and no hashing, the seeking driver (src/tar/seek.ts); either feeds an EventSink (entries.ts).
 *
 * The whole blob is always consumed, also past the end-of-archive marker, so that byte counts and digests
 * cover every byte and the source is drained.
 */
import type { LayerScan, LayerScanner, RandomAccess, ScanOptions } from './events.ts';
import { SNIFF_BYTES, decompress, sniffCompression } from './compression.ts';
import { EventSink } from './entries.ts';
import { Sha256, loadContentHasher } from './hash.ts';
import { TarStream } from '../tar/stream.ts';
import { seekTar } from '../tar/seek.ts';

/** Scans one layer blob delivered as chunks (see LayerScanner.scanStream). */
export async function scanStream(body: AsyncIterable<Uint8Array>, opts: ScanOptions): Promise<LayerScan> {
  const hasher = opts.hash ? await loadContentHasher() : null;
  const it = body[Symbol.asyncIterator]();
  let finished = false;
  try {
    const head: Uint8Array[] = [];
    let headBytes = 0;
    while (headBytes < SNIFF_BYTES) {
      const r = await it.next();
      if (r.done) {
        finished = true;
        break;
      }
      if (r.value.length === 0) continue;
      head.push(r.value);
      headBytes += r.value.length;
    }
    const first = head.length === 1 ? head[0]! : Buffer.concat(head, headBytes);
    const compression = sniffCompression(first.subarray(0, SNIFF_BYTES));

    const blobHash = opts.verify ? new Sha256() : null;
    let blobBytes = 0;
    async function* blob(): AsyncGenerator<Uint8Array> {
      for (const c of head) {
        blobBytes += c.length;
        blobHash?.update(c);
        yield c;
      }
      while (!finished) {
        const r = await it.next();
        if (r.done) {
          finished = true;
          break;
        }
        blobBytes += r.value.length;
        blobHash?.update(r.value);
        yield r.value;
      }
    }

    const sink = new EventSink({ hasher, capture: opts.capture, paths: opts.paths });
    const parser = new TarStream(sink);
    const tarHash = opts.verify && compression !== 'none' ? new Sha256() : null;
    const tar = compression === 'none' ? blob() : decompress(compression, blob());
    for await (const chunk of tar) {
      tarHash?.update(chunk);
      parser.push(chunk);
    }
    parser.end();
    const scan: LayerScan = { events: sink.events.trim(), tarBytes: parser.tarBytes, blobBytes, compression };
    if (blobHash !== null) {
      scan.blobDigest = blobHash.digest();
      scan.diffId = tarHash === null ? scan.blobDigest : tarHash.digest();
    }
    return scan;
  } finally {
    if (!finished) await it.return?.();
  }
}

/** Sequential chunks of a RandomAccess, for compressed blobs handed to scanSeekable. */
async function* readAll(ra: RandomAccess, chunkBytes: number): AsyncGenerator<Uint8Array> {
  for (let off = 0; off < ra.sizeBytes; off += chunkBytes) {
    const got = await ra.read(off, Math.min(chunkBytes, ra.sizeBytes - off));
    if (got.length === 0) return;
    yield got;
  }
}

/**
 * Scans an uncompressed tar by seeking from header to header (see LayerScanner.scanSeekable). Needs hash and
 * verify off (an Error otherwise: that is a caller's bug). A blob that turns out to be compressed is streamed
 * through scanStream instead, so callers need not trust media types.
 */
export async function scanSeekable(ra: RandomAccess, opts: ScanOptions): Promise<LayerScan> {
  if (opts.hash || opts.verify) throw new Error('internal error: scanSeekable needs hash and verify off; use scanStream');
  const head = ra.sizeBytes === 0 ? new Uint8Array(0) : await ra.read(0, Math.min(SNIFF_BYTES, ra.sizeBytes));
  const compression = sniffCompression(head);
  if (compression !== 'none') return scanStream(readAll(ra, 1 << 20), opts);
  const sink = new EventSink({ capture: opts.capture, paths: opts.paths });
  await seekTar((offset, length) => ra.read(offset, length), ra.sizeBytes, sink);
  return { events: sink.events.trim(), tarBytes: ra.sizeBytes, blobBytes: ra.sizeBytes, compression };
}

/** The LayerScanner of this project. */
export function createLayerScanner(): LayerScanner {
  return { scanStream, scanSeekable };
}
