/**
 * The streaming tar scanner: a state machine over chunks of an uncompressed tar (the "extract" side; header
 * decoding lives in tar-headers.ts / tar-walk.ts). Chunks may split headers and bodies anywhere. File bodies
 * are hashed in place, piece by piece, and never concatenated; only metadata bodies (PAX, GNU long names)
 * and the captured first bytes of chosen files are copied.
 *
 *   const p = new TarStreamParser({ hasher, capture });
 *   for await (const chunk of tar) p.push(chunk);
 *   const events = p.end();
 */
import type { FileEvent } from '../layer/events.ts';
import type { ContentHasher } from '../layer/hash.ts';
import { BLOCK_BYTES } from './headers.ts';
import { STEP, TarWalk } from './walk.ts';

/** Options of a TarStreamParser. */
export interface TarStreamOptions {
  /** content hasher for regular files (default: none, no contentHash) */
  hasher?: ContentHasher | null;
  /** how many leading bytes of a file to keep in `content` (default: none) */
  capture?: ((path: string, sizeBytes: number) => number) | undefined;
}

const S_HEADER = 0;
const S_FILE = 1;
const S_META = 2;
const S_SKIP = 3;
const S_DONE = 4;

/** Parses one tar stream pushed in chunks of any size into FileEvents. */
export class TarStreamParser {
  /** bytes pushed so far (the uncompressed tar length at the end) */
  tarBytes = 0;
  private readonly walk: TarWalk;
  private readonly hasher: ContentHasher | null;
  private readonly capture: TarStreamOptions['capture'];
  private state = S_HEADER;
  private readonly hdr = new Uint8Array(BLOCK_BYTES);
  private hdrFill = 0;
  /** bytes left of the current body (S_FILE, S_META) or of what to skip (S_SKIP) */
  private remaining = 0;
  /** padding to skip after the current body */
  private pad = 0;
  private file: FileEvent | null = null;
  private hashing = false;
  private hashStarted = false;
  private captured: Uint8Array | null = null;
  private capturedFill = 0;
  private metaBuf: Uint8Array | null = null;
  private metaFill = 0;
  private metaOffset = 0;

  constructor(opts: TarStreamOptions = {}) {
    this.hasher = opts.hasher ?? null;
    this.capture = opts.capture;
    this.walk = new TarWalk(this.hasher !== null);
  }

  /** the events so far */
  get events(): FileEvent[] {
    return this.walk.events;
  }

  /** feeds the next chunk; throws InputError for a corrupt archive */
  push(input: Uint8Array): void {
    // a plain Uint8Array view: Buffer#subarray goes through the species constructor (slow), and one element
    // kind keeps the header decoder's loops monomorphic
    const chunk = input.constructor === Uint8Array ? input : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    const len = chunk.length;
    const base = this.tarBytes;
    this.tarBytes += len;
    let pos = 0;
    while (pos < len) {
      switch (this.state) {
        case S_HEADER: {
          if (this.hdrFill === 0 && len - pos >= BLOCK_BYTES) {
            pos += BLOCK_BYTES;
            this.onHeader(chunk, pos - BLOCK_BYTES, base + pos - BLOCK_BYTES);
          } else {
            const n = Math.min(BLOCK_BYTES - this.hdrFill, len - pos);
            this.hdr.set(chunk.subarray(pos, pos + n), this.hdrFill);
            this.hdrFill += n;
            pos += n;
            if (this.hdrFill === BLOCK_BYTES) {
              this.hdrFill = 0;
              this.onHeader(this.hdr, 0, base + pos - BLOCK_BYTES);
            }
          }
          break;
        }
        case S_SKIP: {
          const n = Math.min(this.remaining, len - pos);
          pos += n;
          this.remaining -= n;
          if (this.remaining === 0) this.state = S_HEADER;
          break;
        }
        case S_FILE: {
          const n = Math.min(this.remaining, len - pos);
          this.fileBytes(chunk, pos, n);
          pos += n;
          break;
        }
        case S_META: {
          const n = Math.min(this.remaining, len - pos);
          this.metaBuf!.set(chunk.subarray(pos, pos + n), this.metaFill);
          this.metaFill += n;
          this.remaining -= n;
          pos += n;
          if (this.remaining === 0) {
            this.walk.meta(this.metaBuf!, this.metaOffset);
            this.metaBuf = null;
            this.skip(this.pad);
          }
          break;
        }
        default:
          // S_DONE: whatever follows the end-of-archive marker is ignored (but counted)
          return;
      }
    }
  }

  /** finishes the stream: returns the events, or throws InputError when the archive is truncated */
  end(): FileEvent[] {
    if (this.state === S_DONE) return this.walk.events;
    if (this.state === S_HEADER) {
      if (this.hdrFill > 0) throw this.walk.truncatedHeader();
      this.walk.endAtBoundary(this.tarBytes);
      return this.walk.events;
    }
    throw this.walk.truncatedBody();
  }

  private skip(n: number): void {
    if (n === 0) {
      this.state = S_HEADER;
    } else {
      this.state = S_SKIP;
      this.remaining = n;
    }
  }

  private onHeader(block: Uint8Array, off: number, offset: number): void {
    const walk = this.walk;
    switch (walk.header(block, off, offset)) {
      case STEP.zero:
        return;
      case STEP.end:
        this.state = S_DONE;
        return;
      case STEP.skip:
        this.skip(walk.bodyBytes + walk.padBytes);
        return;
      case STEP.meta:
        this.pad = walk.padBytes;
        this.metaOffset = offset;
        if (walk.bodyBytes === 0) {
          walk.meta(new Uint8Array(0), offset);
          this.skip(this.pad);
          return;
        }
        this.metaBuf = new Uint8Array(walk.bodyBytes);
        this.metaFill = 0;
        this.remaining = walk.bodyBytes;
        this.state = S_META;
        return;
      case STEP.file: {
        const ev = walk.fileEvent!;
        const size = walk.bodyBytes;
        this.pad = walk.padBytes;
        const keep = this.capture === undefined ? 0 : Math.min(size, Math.max(0, Math.floor(this.capture(ev.path, size))));
        this.captured = keep > 0 ? new Uint8Array(keep) : null;
        this.capturedFill = 0;
        this.hashing = this.hasher !== null;
        this.hashStarted = false;
        if (size === 0) {
          if (this.hashing) ev.contentHash = this.hasher!.once(new Uint8Array(0));
          this.skip(this.pad);
          return;
        }
        if (!this.hashing && keep === 0) {
          this.skip(size + this.pad);
          return;
        }
        this.file = ev;
        this.remaining = size;
        this.state = S_FILE;
        return;
      }
    }
  }

  /** consumes n bytes of the current file's body at chunk[pos] */
  private fileBytes(chunk: Uint8Array, pos: number, n: number): void {
    const last = n === this.remaining;
    if (this.hashing) {
      const h = this.hasher!;
      if (!this.hashStarted && last) {
        this.file!.contentHash = h.once(chunk.subarray(pos, pos + n));
      } else {
        if (!this.hashStarted) {
          h.begin();
          this.hashStarted = true;
        }
        h.update(chunk.subarray(pos, pos + n));
        if (last) this.file!.contentHash = h.end();
      }
    }
    const cap = this.captured;
    if (cap !== null && this.capturedFill < cap.length) {
      const k = Math.min(cap.length - this.capturedFill, n);
      cap.set(chunk.subarray(pos, pos + k), this.capturedFill);
      this.capturedFill += k;
    }
    this.remaining -= n;
    if (last) {
      if (cap !== null) this.file!.content = cap;
      this.captured = null;
      this.file = null;
      this.skip(this.pad);
    }
  }
}
