/**
 * The per-header logic shared by the streaming and the seeking scanner: decode one header block in context
 * (first header, lone zero blocks, end of archive, error messages naming the entry), collect metadata, and
 * emit FileEvents. It never touches bodies: it says how many bytes follow and what they are.
 */
import { InputError, untrusted } from '../errors.ts';
import type { FileEvent } from '../layer/events.ts';
import { MAX_META_BYTES, PendingMeta, eventOf, isMetaHeader } from './entries.ts';
import { BLOCK_BYTES, HeaderError, decodeHeader, decodeString } from './headers.ts';
import type { TarHeader } from './headers.ts';

/** What follows a header (the return value of TarWalk.header). */
export const STEP = {
  /** skip `bodyBytes + padBytes` (a body we do not read, or none) */
  skip: 0,
  /** read `bodyBytes` of metadata, hand them to `meta()`, then skip `padBytes` */
  meta: 1,
  /** a regular file's body: `bodyBytes` of content for `fileEvent`, then `padBytes` */
  file: 2,
  /** a zero block: continue with the next header */
  zero: 3,
  /** end of archive: ignore the rest */
  end: 4,
} as const;

/** One of the STEP values. */
export type Step = (typeof STEP)[keyof typeof STEP];

/** Bytes of padding after a body of `n` bytes. */
export function padOf(n: number): number {
  const r = n % BLOCK_BYTES;
  return r === 0 ? 0 : BLOCK_BYTES - r;
}

/** Header-by-header state of one archive. */
export class TarWalk {
  /** events so far, in archive order */
  readonly events: FileEvent[] = [];
  /** entry headers seen (metadata headers excluded) */
  entryCount = 0;
  /** headers of any kind seen */
  headerCount = 0;
  /** raw name of the last entry, for messages */
  lastName: string | null = null;
  /** after the last `header()`: length of the body that follows */
  bodyBytes = 0;
  /** after the last `header()`: padding after the body */
  padBytes = 0;
  /** after a STEP.file: the event whose body follows (contentHash / content are filled in by the scanner) */
  fileEvent: FileEvent | null = null;
  /** after a STEP.meta: the metadata header */
  metaHeader: TarHeader | null = null;
  /** a zero block was just seen (a second one ends the archive) */
  zeroSeen = false;
  /** the end-of-archive marker was seen */
  ended = false;
  private readonly pending = new PendingMeta();
  private readonly hashSlot: boolean;

  /** `hashSlot`: regular-file events are created with an empty contentHash, to be filled in (default: false) */
  constructor(hashSlot = false) {
    this.hashSlot = hashSlot;
  }

  /** where we are, for messages: `after entry NAME` or `at the start` */
  where(): string {
    return this.lastName === null ? 'at the start of the archive' : `after entry ${this.lastName}`;
  }

  /** the error for an archive that ends in the middle of a header block */
  truncatedHeader(): InputError {
    if (this.headerCount === 0) return new InputError('not a tar archive: shorter than one header', { hint: 'pass a docker save / podman save output, an oci-archive, or an OCI layout directory (see `layer-budget --help`)' });
    return new InputError(`unexpected end of archive in a header ${this.where()}`, { hint: 'the archive was truncated (an interrupted download or copy?); re-export it, e.g. docker save -o image.tar IMAGE' });
  }

  /** the error for an archive that ends inside the body (or padding) of the current entry */
  truncatedBody(): InputError {
    const name = this.metaHeader !== null ? `metadata header ${this.where()}` : `entry ${this.lastName ?? '?'}`;
    return new InputError(`unexpected end of archive in ${untrusted(name)}`, { hint: 'the archive was truncated (an interrupted download or copy?); re-export it, e.g. docker save -o image.tar IMAGE' });
  }

  /** checks an archive that ended right after a complete header or body (no end-of-archive marker) */
  endAtBoundary(totalBytes: number): void {
    if (this.ended || this.zeroSeen) return;
    if (totalBytes === 0) throw new InputError('not a tar archive: empty', { hint: 'pass a docker save / podman save output, an oci-archive, or an OCI layout directory (see `layer-budget --help`)' });
    if (this.pending.pending) throw new InputError(`unexpected end of archive ${this.where()}: metadata header without its entry`, { hint: 'the archive was truncated (an interrupted download or copy?); re-export it, e.g. docker save -o image.tar IMAGE' });
    // A missing end-of-archive marker at an entry boundary is tolerated, as Go's archive/tar does.
  }

  /**
   * Decodes the header block at block[off, off+512), which sits at tar offset `offset`. Returns what follows
   * (see STEP) and sets bodyBytes / padBytes / fileEvent / metaHeader.
   */
  header(block: Uint8Array, off: number, offset: number): Step {
    let h: TarHeader | null;
    try {
      h = decodeHeader(block, off);
    } catch (err) {
      if (!(err instanceof HeaderError)) throw err;
      if (err.reason === 'checksum') {
        if (this.headerCount === 0) throw new InputError('not a tar archive: bad header checksum', { hint: 'pass a docker save / podman save output, an oci-archive, or an OCI layout directory (see `layer-budget --help`)' });
        if (this.zeroSeen) {
          // garbage after a single zero block: treat the zero block as the end (GNU tar warns and stops too)
          this.ended = true;
          return STEP.end;
        }
        throw new InputError(`corrupt archive: bad header checksum at offset ${offset} ${this.where()}`, { hint: 'the archive is corrupt or not a tar; re-export it' });
      }
      const name = decodeString(block, off, off + 100);
      throw new InputError(`${err.message} in entry ${untrusted(name || '(no name)')} at offset ${offset}`, { hint: 'the archive is corrupt or not a tar; re-export it' });
    }
    this.headerCount++;
    if (h === null) {
      if (this.zeroSeen) {
        this.ended = true;
        return STEP.end;
      }
      this.zeroSeen = true;
      return STEP.zero;
    }
    this.zeroSeen = false; // a lone zero block followed by a header is tolerated
    if (isMetaHeader(h)) {
      if (h.sizeBytes > MAX_META_BYTES) {
        throw new InputError(`absurd metadata header size (${h.sizeBytes} bytes) at offset ${offset} ${this.where()}`, { hint: 'the archive is corrupt or hostile: metadata headers (PAX records, long names) are small' });
      }
      this.metaHeader = h;
      this.fileEvent = null;
      this.bodyBytes = h.sizeBytes;
      this.padBytes = padOf(h.sizeBytes);
      return STEP.meta;
    }
    this.pending.resolve(h);
    this.metaHeader = null;
    this.entryCount++;
    this.lastName = h.name;
    const ev = eventOf(h, this.hashSlot);
    this.events.push(ev);
    this.bodyBytes = h.sizeBytes;
    this.padBytes = padOf(h.sizeBytes);
    if (ev.kind === 'file') {
      this.fileEvent = ev;
      return STEP.file;
    }
    this.fileEvent = null;
    return STEP.skip;
  }

  /** takes the body of the metadata header announced by the last STEP.meta */
  meta(body: Uint8Array, offset: number): void {
    const h = this.metaHeader!;
    try {
      this.pending.accept(h, body);
    } catch (err) {
      if (!(err instanceof HeaderError)) throw err;
      throw new InputError(`${err.message} in metadata header at offset ${offset} ${this.where()}`, { hint: 'the archive is corrupt or not a tar; re-export it' });
    }
    this.metaHeader = null;
  }
}
