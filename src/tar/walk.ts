/**
 * The one tar walker: the per-header state every driver of this module shares (the streaming driver, the
 * seeking driver and the member index). It decodes one header block in context — the first header, lone zero
 * blocks, the end-of-archive rule, PAX / GNU metadata carried to the next entry — and names the entry in every
 * error. It never touches bodies: it says how many bytes follow and what they are; the drivers move the bytes.
 *
 * End-of-archive rule (one for every driver): two zero blocks end the archive; a lone zero block followed by a
 * header is skipped; garbage after a single zero block ends it too (as GNU tar does); an archive that stops at
 * an entry boundary without the marker is accepted (as Go's archive/tar does); an archive that stops inside a
 * header, a body or its padding is truncated; metadata without its entry is truncated.
 */
import { InputError, untrusted } from '../errors.ts';
import { BLOCK_BYTES, HeaderError, TYPE, decodeHeader, decodeString, parseGnuLongName, parsePax } from './headers.ts';
import type { PaxRecords, TarHeader } from './headers.ts';

/** Largest metadata body (PAX records, GNU long name) we buffer: 1 MiB; real ones are a few hundred bytes. */
export const MAX_META_BYTES = 1 << 20;

/** The hint for a truncated archive. */
const TRUNCATED_HINT = 'the archive is cut short: export it again (docker save, skopeo copy) and check that the copy completed';
/** The hint for a corrupt archive. */
const CORRUPT_HINT = 'the archive is damaged or not a tar: export it again (docker save, skopeo copy)';

/** What follows a header (the return value of TarWalk.header). */
export const STEP = {
  /** an entry (`TarWalk.entry`): `bodyBytes` of body follow, then `padBytes` */
  entry: 0,
  /** read `bodyBytes` of metadata, hand them to `meta()`, then skip `padBytes` */
  meta: 1,
  /** a zero block: continue with the next header */
  zero: 2,
  /** end of archive: ignore the rest */
  end: 3,
} as const;

/** One of the STEP values. */
export type Step = (typeof STEP)[keyof typeof STEP];

/**
 * What the streaming and seeking drivers hand entries to. `entry` returns how many leading bytes of the body it
 * wants (0 for none; more than the body is clamped); the driver then calls `body` with those bytes, in one or
 * more pieces, the last with `last` true, and skips the rest. A piece is valid only during the call.
 */
export interface TarSink {
  entry(h: TarHeader, bodyOffset: number): number;
  body(bytes: Uint8Array, last: boolean): void;
}

/** Bytes of padding after a body of `n` bytes. */
export function padOf(n: number): number {
  const r = n % BLOCK_BYTES;
  return r === 0 ? 0 : BLOCK_BYTES - r;
}

/** Whether a header's body is metadata for the next entry (PAX 'x' / 'g', GNU 'L' / 'K'). */
export function isMetaHeader(h: TarHeader): boolean {
  const t = h.typeflag;
  return t === TYPE.pax || t === TYPE.paxGlobal || t === TYPE.gnuLongName || t === TYPE.gnuLongLink;
}

/** The metadata that applies to the next entry, and the global PAX records that apply to all later ones. */
class PendingMeta {
  private pax: PaxRecords | null = null;
  private global: PaxRecords | null = null;
  private longName: string | null = null;
  private longLink: string | null = null;

  /** whether metadata is waiting for an entry (an archive that ends here is truncated) */
  get pending(): boolean {
    return this.pax !== null || this.longName !== null || this.longLink !== null;
  }

  /** takes the body of a metadata header (see isMetaHeader); throws HeaderError for malformed records */
  accept(h: TarHeader, body: Uint8Array): void {
    switch (h.typeflag) {
      case TYPE.pax:
        this.pax = { ...(this.pax ?? {}), ...parsePax(body) };
        break;
      case TYPE.paxGlobal: {
        // global path / linkpath / size make no sense for every later entry; only ids and times apply
        const g = parsePax(body);
        const keep: PaxRecords = { ...(this.global ?? {}) };
        if (g.uid !== undefined) keep.uid = g.uid;
        if (g.gid !== undefined) keep.gid = g.gid;
        if (g.mtimeSec !== undefined) keep.mtimeSec = g.mtimeSec;
        this.global = keep;
        break;
      }
      case TYPE.gnuLongName:
        this.longName = parseGnuLongName(body);
        break;
      case TYPE.gnuLongLink:
        this.longLink = parseGnuLongName(body);
        break;
      default:
        throw new HeaderError('field', 'not a metadata header');
    }
  }

  /** applies the pending metadata to an entry header (in place) and clears it; PAX wins over GNU long names */
  resolve(h: TarHeader): TarHeader {
    const g = this.global;
    if (g !== null) {
      if (g.uid !== undefined) h.uid = g.uid;
      if (g.gid !== undefined) h.gid = g.gid;
      if (g.mtimeSec !== undefined) h.mtimeSec = g.mtimeSec;
    }
    if (this.longName !== null) h.name = this.longName;
    if (this.longLink !== null) h.linkname = this.longLink;
    const p = this.pax;
    if (p !== null) {
      if (p.path !== undefined) h.name = p.path;
      if (p.linkpath !== undefined) h.linkname = p.linkpath;
      if (p.sizeBytes !== undefined) h.sizeBytes = p.sizeBytes;
      if (p.uid !== undefined) h.uid = p.uid;
      if (p.gid !== undefined) h.gid = p.gid;
      if (p.mtimeSec !== undefined) h.mtimeSec = p.mtimeSec;
    }
    this.pax = null;
    this.longName = null;
    this.longLink = null;
    return h;
  }
}

/** Header-by-header state of one archive. */
export class TarWalk {
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
  /** after a STEP.entry: the entry's header, with PAX / GNU metadata applied */
  entry: TarHeader | null = null;
  /** after a STEP.meta: the metadata header */
  metaHeader: TarHeader | null = null;
  /** a zero block was just seen (a second one ends the archive) */
  zeroSeen = false;
  /** the end-of-archive marker was seen */
  ended = false;
  private readonly pending = new PendingMeta();

  /** where we are, for messages: `after entry NAME` or `at the start` */
  where(): string {
    return this.lastName === null ? 'at the start of the archive' : `after entry ${untrusted(this.lastName)}`;
  }

  /** the error for an archive that ends in the middle of a header block */
  truncatedHeader(): InputError {
    if (this.headerCount === 0) return new InputError('not a tar archive: shorter than one header', { hint: CORRUPT_HINT });
    return new InputError(`unexpected end of archive in a header ${this.where()}`, { hint: TRUNCATED_HINT });
  }

  /** the error for an archive that ends inside the body (or padding) of the current entry */
  truncatedBody(): InputError {
    const name = this.metaHeader !== null ? `metadata header ${this.where()}` : `entry ${untrusted(this.lastName ?? '?')}`;
    return new InputError(`unexpected end of archive in ${name}`, { hint: TRUNCATED_HINT });
  }

  /** checks an archive that ended right after a complete header or body (no end-of-archive marker) */
  endAtBoundary(totalBytes: number): void {
    if (this.ended || this.zeroSeen) return;
    if (totalBytes === 0) throw new InputError('not a tar archive: empty', { hint: CORRUPT_HINT });
    if (this.pending.pending) {
      throw new InputError(`unexpected end of archive ${this.where()}: metadata header without its entry`, { hint: TRUNCATED_HINT });
    }
    // A missing end-of-archive marker at an entry boundary is tolerated, as Go's archive/tar does.
  }

  /**
   * Decodes the header block at block[off, off+512), which sits at tar offset `offset`. Returns what follows
   * (see STEP) and sets bodyBytes / padBytes / entry / metaHeader.
   */
  header(block: Uint8Array, off: number, offset: number): Step {
    let h: TarHeader | null;
    try {
      h = decodeHeader(block, off);
    } catch (err) {
      if (!(err instanceof HeaderError)) throw err;
      if (err.reason === 'checksum') {
        if (this.headerCount === 0) throw new InputError('not a tar archive: bad header checksum', { hint: CORRUPT_HINT });
        if (this.zeroSeen) {
          // garbage after a single zero block: treat the zero block as the end (GNU tar warns and stops too)
          this.ended = true;
          return STEP.end;
        }
        throw new InputError(`corrupt archive: bad header checksum at offset ${offset} ${this.where()}`, { hint: CORRUPT_HINT });
      }
      const name = decodeString(block, off, off + 100);
      throw new InputError(`${err.message} in entry ${untrusted(name || '(no name)')} at offset ${offset}`, { hint: CORRUPT_HINT });
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
        throw new InputError(`absurd metadata header size (${h.sizeBytes} bytes) at offset ${offset} ${this.where()}`, { hint: CORRUPT_HINT });
      }
      this.metaHeader = h;
      this.entry = null;
      this.bodyBytes = h.sizeBytes;
      this.padBytes = padOf(h.sizeBytes);
      return STEP.meta;
    }
    this.pending.resolve(h); // a PAX size record changes the body length
    this.bodyBytes = h.sizeBytes;
    this.padBytes = padOf(h.sizeBytes);
    this.metaHeader = null;
    this.entryCount++;
    this.lastName = h.name;
    this.entry = h;
    return STEP.entry;
  }

  /** takes the body of the metadata header announced by the last STEP.meta */
  meta(body: Uint8Array, offset: number): void {
    const h = this.metaHeader!;
    try {
      this.pending.accept(h, body);
    } catch (err) {
      if (!(err instanceof HeaderError)) throw err;
      throw new InputError(`${err.message} in metadata header at offset ${offset} ${this.where()}`, { hint: CORRUPT_HINT });
    }
    this.metaHeader = null;
  }
}
