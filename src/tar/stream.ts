/**
 * The streaming driver: a state machine over chunks of an uncompressed tar, pushed in order. Chunks may split
 * headers and bodies anywhere. Each entry goes to a TarSink (see walk.ts), which says how much of the body it
 * wants; those bytes are handed over in place, piece by piece, never concatenated, and the rest is skipped.
 * Only metadata bodies (PAX, GNU long names) are copied.
 *
 *   const t = new TarStream(sink);
 *   for await (const chunk of tar) t.push(chunk);
 *   t.end();
 */
import { BLOCK_BYTES } from './headers.ts';
import { STEP, TarWalk } from './walk.ts';
import type { TarSink } from './walk.ts';

const S_HEADER = 0;
const S_BODY = 1;
const S_META = 2;
const S_SKIP = 3;
const S_DONE = 4;

/** Walks one tar stream pushed in chunks of any size. */
export class TarStream {
  /** bytes pushed so far (the uncompressed tar length at the end) */
  tarBytes = 0;
  /** the walker (entry counts, the last entry's name) */
  readonly walk = new TarWalk();
  private readonly sink: TarSink;
  private state = S_HEADER;
  private readonly hdr = new Uint8Array(BLOCK_BYTES);
  private hdrFill = 0;
  /** bytes left of the wanted body (S_BODY), of the metadata body (S_META) or of what to skip (S_SKIP) */
  private remaining = 0;
  /** what to skip after the wanted body: the unwanted rest and the padding */
  private after = 0;
  private metaBuf: Uint8Array | null = null;
  private metaFill = 0;
  private metaOffset = 0;

  constructor(sink: TarSink) {
    this.sink = sink;
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
        case S_BODY: {
          const n = Math.min(this.remaining, len - pos);
          const last = n === this.remaining;
          this.remaining -= n;
          this.sink.body(chunk.subarray(pos, pos + n), last);
          pos += n;
          if (last) this.skip(this.after);
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
            this.skip(this.after);
          }
          break;
        }
        default:
          // S_DONE: whatever follows the end-of-archive marker is ignored (but counted)
          return;
      }
    }
  }

  /** finishes the stream; throws InputError when the archive is truncated */
  end(): void {
    if (this.state === S_DONE) return;
    if (this.state === S_HEADER) {
      if (this.hdrFill > 0) throw this.walk.truncatedHeader();
      this.walk.endAtBoundary(this.tarBytes);
      return;
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
      case STEP.entry: {
        const size = walk.bodyBytes;
        const want = Math.min(size, this.sink.entry(walk.entry!, offset + BLOCK_BYTES));
        if (want > 0) {
          this.remaining = want;
          this.after = size - want + walk.padBytes;
          this.state = S_BODY;
        } else {
          this.skip(size + walk.padBytes);
        }
        return;
      }
      case STEP.zero:
        return;
      case STEP.end:
        this.state = S_DONE;
        return;
      case STEP.meta:
        this.after = walk.padBytes;
        this.metaOffset = offset;
        if (walk.bodyBytes === 0) {
          walk.meta(new Uint8Array(0), offset);
          this.skip(this.after);
          return;
        }
        this.metaBuf = new Uint8Array(walk.bodyBytes);
        this.metaFill = 0;
        this.remaining = walk.bodyBytes;
        this.state = S_META;
        return;
    }
  }
}
