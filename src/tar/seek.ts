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
      // a plain Uint8Array view (see TarStream.push)
      buf = got.constructor === Uint8Array ? got : new Uint8Array(got.buffer, got.byteOffset, got.byteLength);
      bufStart = off;
    }
    const step = walk.header(buf, off - bufStart, off);
    off += BLOCK_BYTES;
    if (step === STEP.entry) {
      const n = walk.bodyBytes;
      const want = Math.min(n, sink.entry(walk.entry!, off));
      if (want > 0) {
        if (off + want > size) throw walk.truncatedBody();
        if (off + want > bufStart + buf.length) {
          req.offset = off;
          req.length = Math.max(want, Math.min(windowBytes, size - off));
          const got = yield req;
          if (got.length < want) throw walk.truncatedBody();
          buf = got.constructor === Uint8Array ? got : new Uint8Array(got.buffer, got.byteOffset, got.byteLength);
          bufStart = off;
        }
        sink.body(buf.subarray(off - bufStart, off - bufStart + want), true);
      }
      off += n + walk.padBytes;
    } else if (step === STEP.meta) {
      const n = walk.bodyBytes;
      if (off + n > size) throw walk.truncatedBody();
      let body = new Uint8Array(0);
      if (n > 0) {
        if (off + n > bufStart + buf.length) {
          req.offset = off;
          req.length = Math.max(n, Math.min(windowBytes, size - off));
          const got = yield req;
          if (got.length < n) throw walk.truncatedBody();
          buf = got.constructor === Uint8Array ? got : new Uint8Array(got.buffer, got.byteOffset, got.byteLength);
          bufStart = off;
        }
        body = buf.slice(off - bufStart, off - bufStart + n);
      }
      walk.meta(body, off - BLOCK_BYTES);
      off += n + walk.padBytes;
    } else if (step === STEP.end) {
      return;
    }
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
