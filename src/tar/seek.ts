/**
 * The seeking tar scanner: walks an uncompressed tar from header to header through random access, reading
 * only headers, metadata bodies and captured leading bytes, never whole file bodies. Reads go through a
 * window so that runs of small entries cost one read, and large bodies are jumped over.
 */
import type { FileEvent } from '../layer/events.ts';
import type { RandomAccess } from '../image/types.ts';
import { BLOCK_BYTES } from './headers.ts';
import { STEP, TarWalk } from './walk.ts';

/** Bytes read at once when the next header is not in the window. */
const WINDOW_BYTES = 256 * 1024;

/** Options of seekTar. */
export interface SeekOptions {
  /** how many leading bytes of a file to keep in `content` (default: none) */
  capture?: ((path: string, sizeBytes: number) => number) | undefined;
  /** read size when the window misses (default: 256 KiB) */
  windowBytes?: number;
}

/** Walks the tar behind `ra` and returns its events; throws InputError for a corrupt or truncated archive. */
export async function seekTar(ra: RandomAccess, opts: SeekOptions = {}): Promise<FileEvent[]> {
  const size = ra.sizeBytes;
  const windowBytes = opts.windowBytes ?? WINDOW_BYTES;
  const walk = new TarWalk();
  let buf: Uint8Array = new Uint8Array(0);
  let bufStart = 0;

  /** bytes [offset, offset+n) from the window, or undefined when they are not in it (no await: most headers hit) */
  function cached(offset: number, n: number): Uint8Array | undefined {
    if (offset < bufStart || offset + n > bufStart + buf.length) return undefined;
    return buf.subarray(offset - bufStart, offset - bufStart + n);
  }

  /** bytes [offset, offset+n) as a view, or null when the tar ends first */
  async function bytesAt(offset: number, n: number): Promise<Uint8Array | null> {
    if (offset + n > size) return null;
    const hit = cached(offset, n);
    if (hit !== undefined) return hit;
    const len = Math.min(Math.max(n, windowBytes), size - offset);
    const read = await ra.read(offset, len);
    if (read.length < n) return null;
    // a plain Uint8Array view (see TarStreamParser.push)
    const got = read.constructor === Uint8Array ? read : new Uint8Array(read.buffer, read.byteOffset, read.byteLength);
    buf = got;
    bufStart = offset;
    return buf.subarray(0, n);
  }

  let off = 0;
  for (;;) {
    if (off >= size) {
      walk.endAtBoundary(size);
      return walk.events;
    }
    const block = (off + BLOCK_BYTES <= size ? cached(off, BLOCK_BYTES) : undefined) ?? (await bytesAt(off, BLOCK_BYTES));
    if (block === null) throw walk.truncatedHeader();
    const step = walk.header(block, 0, off);
    off += BLOCK_BYTES;
    switch (step) {
      case STEP.end:
        return walk.events;
      case STEP.zero:
        continue;
      case STEP.meta: {
        const pad = walk.padBytes;
        const body = walk.bodyBytes === 0 ? new Uint8Array(0) : await bytesAt(off, walk.bodyBytes);
        if (body === null) throw walk.truncatedBody();
        walk.meta(body.slice(), off - BLOCK_BYTES);
        off += body.length + pad;
        break;
      }
      case STEP.file: {
        const ev = walk.fileEvent!;
        const n = walk.bodyBytes;
        const keep = opts.capture === undefined ? 0 : Math.min(n, Math.max(0, Math.floor(opts.capture(ev.path, n))));
        if (keep > 0) {
          const head = await bytesAt(off, keep);
          if (head === null) throw walk.truncatedBody();
          ev.content = head.slice();
        }
        off += n + walk.padBytes;
        break;
      }
      default:
        off += walk.bodyBytes + walk.padBytes;
        break;
    }
    if (off > size) throw walk.truncatedBody();
  }
}
