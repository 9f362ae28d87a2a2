/**
 * The seeking driver: walks an uncompressed tar from header to header through random access, reading only
 * headers, metadata bodies and the leading body bytes a TarSink asks for, never whole file bodies. Reads go
 * through a window so that runs of small entries cost one read, and large bodies are jumped over.
 *
 * The walk is written once, as a coroutine that yields read requests; `seekTar` runs it over an async read
 * function (layer blobs), `seekTarSync` over a synchronous one (the member index of an archive file).
 */
import { BLOCK_BYTES } from './headers.ts';
import { STEP, TarWalk } from './walk.ts';
import type { TarSink } from './walk.ts';

/** Bytes read at once when the next header is not in the window. */
const WINDOW_BYTES = 256 * 1024;

/**
 * Reads up to `length` bytes at `offset` (fewer only at the end of the data). The bytes returned are done with
 * before the next read, so the reader may reuse one buffer.
 */
export type ReadAt = (offset: number, length: number) => Promise<Uint8Array>;
/** The synchronous form of ReadAt. */
export type ReadAtSync = (offset: number, length: number) => Uint8Array;

/** Options of seekTar. */
export interface SeekOptions {
  /** read size when the window misses (default: 256 KiB) */
  windowBytes?: number;
}

const EMPTY: Uint8Array = new Uint8Array(0);

/** A plain Uint8Array view of read bytes (see TarStream.push: one element kind for the header decoder). */
function plain(b: Uint8Array): Uint8Array {
  return b.constructor === Uint8Array ? b : new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

/** A read the walk needs: `length` bytes at `offset`. */
interface ReadRequest {
  offset: number;
  length: number;
}

/** The walk over `sizeBytes` bytes; yields read requests and receives the bytes read. */
function* seekWalk(sizeBytes: number, sink: TarSink, opts: SeekOptions, walk: TarWalk): Generator<ReadRequest, void, Uint8Array> {
  const size = sizeBytes;
  const windowBytes = opts.windowBytes ?? WINDOW_BYTES;
  const req: ReadRequest = { offset: 0, length: 0 };
  let buf: Uint8Array = new Uint8Array(0);
  let bufStart = 0;

  let off = 0;
  for (;;) {
    if (off >= size) {
      walk.endAtBoundary(size);
      return;
    }
    if (off + BLOCK_BYTES > size) throw walk.truncatedHeader();
    if (off < bufStart || off + BLOCK_BYTES > bufStart + buf.length) {
      req.offset = off;
      req.length = Math.min(windowBytes, size - off);
      const got = yield req;
      if (got.length < BLOCK_BYTES) throw walk.truncatedHeader();
      buf = plain(got);
      bufStart = off;
    }
    const step = walk.header(buf, off - bufStart, off);
    off += BLOCK_BYTES;
    if (step === STEP.end) return;
    if (step === STEP.zero) continue;
    const n = walk.bodyBytes;
    // the body bytes needed now: a metadata body whole, an entry's as many as the sink wants
    const need = step === STEP.meta ? n : Math.min(n, sink.entry(walk.entry!, off));
    let bytes = EMPTY;
    if (need > 0) {
      if (off + need > size) throw walk.truncatedBody();
      if (off + need > bufStart + buf.length) {
        req.offset = off;
        req.length = Math.max(need, Math.min(windowBytes, size - off));
        const got = yield req;
        if (got.length < need) throw walk.truncatedBody();
        buf = plain(got);
        bufStart = off;
      }
      bytes = buf.subarray(off - bufStart, off - bufStart + need);
    }
    if (step === STEP.meta) walk.meta(bytes.slice(), off - BLOCK_BYTES);
    else if (need > 0) sink.body(bytes, true);
    off += n + walk.padBytes;
    if (off > size) throw walk.truncatedBody();
  }
}

/**
 * Walks the tar of `sizeBytes` bytes behind `read`, handing entries to `sink`; throws InputError for a corrupt
 * or truncated archive. Returns the walker (entry counts).
 */
export async function seekTar(read: ReadAt, sizeBytes: number, sink: TarSink, opts: SeekOptions = {}): Promise<TarWalk> {
  const walk = new TarWalk();
  const it = seekWalk(sizeBytes, sink, opts, walk);
  let r = it.next();
  while (!r.done) r = it.next(await read(r.value.offset, r.value.length));
  return walk;
}

/** seekTar over a synchronous read function. */
export function seekTarSync(read: ReadAtSync, sizeBytes: number, sink: TarSink, opts: SeekOptions = {}): TarWalk {
  const walk = new TarWalk();
  const it = seekWalk(sizeBytes, sink, opts, walk);
  let r = it.next();
  while (!r.done) r = it.next(read(r.value.offset, r.value.length));
  return walk;
}
