/**
 * Pure parsing of tar headers: one 512-byte block at a time, plus the bodies of the metadata entries that
 * modify the next header (PAX 'x' / global 'g' records, GNU 'L' / 'K' long names), and what an entry is
 * (entryType). No stream state lives here; see walk.ts (the state between headers) and the drivers that feed it
 * (stream.ts, seek.ts, members.ts).
 *
 * Flavours: POSIX ustar / pax (`ustar\0` + `00`, with the 155-byte name prefix), GNU (`ustar  \0`, no
 * prefix, base-256 numbers), and old v7 (no magic). Checksums are accepted as unsigned or signed byte sums.
 */
import { InputError } from '../errors.ts';

/** Size of a tar block. */
export const BLOCK_BYTES = 512;

/** Largest size we accept from any numeric field (2^53 − 1): beyond it the archive is nonsense. */
export const MAX_SIZE_BYTES = Number.MAX_SAFE_INTEGER;

/** Typeflags (as char codes) with a meaning to us. */
export const TYPE = {
  /** '\0': old regular file */
  oldFile: 0,
  /** '0' regular file */
  file: 0x30,
  /** '1' hardlink */
  hardlink: 0x31,
  /** '2' symlink */
  symlink: 0x32,
  /** '3' character device */
  char: 0x33,
  /** '4' block device */
  block: 0x34,
  /** '5' directory */
  dir: 0x35,
  /** '6' fifo */
  fifo: 0x36,
  /** '7' contiguous file (a regular file) */
  contiguous: 0x37,
  /** 'x' PAX extended header for the next entry */
  pax: 0x78,
  /** 'g' PAX global extended header */
  paxGlobal: 0x67,
  /** 'L' GNU long name for the next entry */
  gnuLongName: 0x4c,
  /** 'K' GNU long link name for the next entry */
  gnuLongLink: 0x4b,
  /** 'D' GNU dump directory (a directory with a listing as body) */
  gnuDumpDir: 0x44,
  /** 'S' GNU sparse file */
  gnuSparse: 0x53,
} as const;

/** One decoded header block. */
export interface TarHeader {
  /** raw entry name (ustar prefix joined with '/'), not cleaned */
  name: string;
  /** permission and type bits */
  mode: number;
  uid: number;
  gid: number;
  /** the size field: length of the body stored after the header */
  sizeBytes: number;
  /** seconds since the epoch */
  mtimeSec: number;
  /** the typeflag byte as a char code (see TYPE) */
  typeflag: number;
  /** raw link target */
  linkname: string;
  /** which header flavour the magic says */
  format: 'ustar' | 'gnu' | 'v7';
}

/** Why a block is not a valid header; the caller adds where it happened. */
export class HeaderError extends InputError {
  /** 'checksum' for a block whose checksum does not match (e.g. not a tar at all), 'field' for a bad field */
  readonly reason: 'checksum' | 'field';
  constructor(reason: 'checksum' | 'field', message: string) {
    super(message, { hint: 'the archive is corrupt or not a tar; re-export it' });
    this.reason = reason;
  }
}

const utf8 = new TextDecoder('utf-8');

/** Node's native UTF-8 slice (what Buffer#toString uses), about 3× faster than TextDecoder on short strings. */
const nativeUtf8Slice = (Buffer.prototype as unknown as { utf8Slice?: (this: Uint8Array, start: number, end: number) => string }).utf8Slice;

/** Decodes the NUL-terminated UTF-8 string in buf[start, end). */
export function decodeString(buf: Uint8Array, start: number, end: number): string {
  let i = start;
  while (i < end && buf[i] !== 0) i++;
  if (i === start) return '';
  return nativeUtf8Slice !== undefined ? nativeUtf8Slice.call(buf, start, i) : utf8.decode(buf.subarray(start, i));
}

/**
 * Parses a numeric field: octal digits (leading spaces / NULs and trailing space / NUL allowed) or GNU base-256
 * (first byte has the high bit set). Throws HeaderError for garbage, negative or > 2^53 values.
 */
export function parseNumeric(buf: Uint8Array, start: number, len: number, field: string): number {
  const first = buf[start]!;
  if (first & 0x80) {
    if (first === 0xff) {
      // two's complement negative: fine for an mtime before 1970, nonsense for anything else
      if (field !== 'mtime') throw new HeaderError('field', `negative ${field}`);
      let n = 0;
      for (let i = 1; i < len; i++) {
        n = n * 256 + (buf[start + i]! ^ 0xff);
        if (n > MAX_SIZE_BYTES) throw new HeaderError('field', `absurd ${field} (less than -2^53)`);
      }
      return -(n + 1);
    }
    let v = first & 0x7f;
    for (let i = 1; i < len; i++) {
      v = v * 256 + buf[start + i]!;
      if (v > MAX_SIZE_BYTES) throw new HeaderError('field', `absurd ${field} (more than 2^53)`);
    }
    return v;
  }
  let i = start;
  const end = start + len;
  while (i < end && (buf[i] === 0x20 || buf[i] === 0)) i++;
  let v = 0;
  for (; i < end; i++) {
    const c = buf[i]!;
    if (c >= 0x30 && c <= 0x37) v = v * 8 + (c - 0x30);
    else if (c === 0x20 || c === 0) break;
    else throw new HeaderError('field', `invalid ${field} field`);
  }
  for (; i < end; i++) {
    const c = buf[i]!;
    if (c !== 0x20 && c !== 0) throw new HeaderError('field', `invalid ${field} field`);
  }
  if (v > MAX_SIZE_BYTES) throw new HeaderError('field', `absurd ${field} (more than 2^53)`);
  return v;
}

/** One 32-bit view per underlying buffer, for summing aligned blocks four bytes at a time. */
let wordsOf: ArrayBufferLike | null = null;
let words: Uint32Array = new Uint32Array(0);

/** Unsigned sum of the 512 bytes at buf[off]: four bytes at a time when the block is 4-byte aligned. */
function blockSum(buf: Uint8Array, off: number): number {
  const abs = buf.byteOffset + off;
  if ((abs & 3) === 0) {
    if (wordsOf !== buf.buffer) {
      wordsOf = buf.buffer;
      words = new Uint32Array(buf.buffer, 0, buf.buffer.byteLength >>> 2);
    }
    // two 16-bit lanes per accumulator: 128 words × 255 per lane cannot overflow a lane
    let even = 0;
    let odd = 0;
    for (let w = abs >>> 2, end = w + 128; w < end; w++) {
      const x = words[w]!;
      even += x & 0x00ff00ff;
      odd += (x >>> 8) & 0x00ff00ff;
    }
    return (even & 0xffff) + Math.floor(even / 65536) + (odd & 0xffff) + Math.floor(odd / 65536);
  }
  let sum = 0;
  for (let i = off, end = off + BLOCK_BYTES; i < end; i++) sum += buf[i]!;
  return sum;
}

/** The checksum as old tars computed it: bytes as signed chars, the checksum field as spaces. */
function signedChecksum(buf: Uint8Array, off: number): number {
  let sum = 0;
  for (let i = off; i < off + BLOCK_BYTES; i++) {
    const b = i >= off + 148 && i < off + 156 ? 0x20 : buf[i]!;
    sum += b > 127 ? b - 256 : b;
  }
  return sum;
}

/**
 * Decodes the header block at buf[off, off+512). Returns null for an all-zero block. Throws HeaderError with
 * reason 'checksum' when the stored checksum matches neither the unsigned nor the signed byte sum.
 */
export function decodeHeader(buf: Uint8Array, off: number): TarHeader | null {
  let sum = blockSum(buf, off);
  if (sum === 0) return null;
  // the checksum field counts as eight spaces
  for (let i = off + 148; i < off + 156; i++) sum += 0x20 - buf[i]!;
  let stored: number;
  try {
    stored = parseNumeric(buf, off + 148, 8, 'checksum');
  } catch {
    throw new HeaderError('checksum', 'bad header checksum');
  }
  if (stored !== sum && stored !== signedChecksum(buf, off)) throw new HeaderError('checksum', 'bad header checksum');

  const typeflag = buf[off + 156]!;
  let format: TarHeader['format'] = 'v7';
  if (buf[off + 257] === 0x75 && buf[off + 258] === 0x73 && buf[off + 259] === 0x74 && buf[off + 260] === 0x61 && buf[off + 261] === 0x72) {
    // "ustar\0" (POSIX) or "ustar " followed by " \0" (GNU)
    format = buf[off + 262] === 0x20 ? 'gnu' : 'ustar';
  }
  let name = decodeString(buf, off, off + 100);
  if (format === 'ustar' && buf[off + 345] !== 0) {
    const prefix = decodeString(buf, off + 345, off + 500);
    name = prefix + '/' + name;
  }
  const linkname = buf[off + 157] === 0 ? '' : decodeString(buf, off + 157, off + 257);
  return {
    name,
    mode: parseNumeric(buf, off + 100, 8, 'mode'),
    uid: parseNumeric(buf, off + 108, 8, 'uid'),
    gid: parseNumeric(buf, off + 116, 8, 'gid'),
    sizeBytes: parseNumeric(buf, off + 124, 12, 'size'),
    mtimeSec: parseNumeric(buf, off + 136, 12, 'mtime'),
    typeflag,
    linkname,
    format,
  };
}

/** PAX records we apply; every other key (GNU.sparse.*, atime, SCHILY.*, uname…) is ignored. */
export interface PaxRecords {
  path?: string;
  linkpath?: string;
  sizeBytes?: number;
  uid?: number;
  gid?: number;
  mtimeSec?: number;
}

function paxInteger(key: string, value: string): number {
  if (!/^[0-9]{1,16}$/.test(value)) throw new HeaderError('field', `invalid pax ${key} '${value.slice(0, 40)}'`);
  const v = Number(value);
  if (v > MAX_SIZE_BYTES) throw new HeaderError('field', `absurd pax ${key} (more than 2^53)`);
  return v;
}

/**
 * Parses the body of a PAX 'x' or 'g' header: records `LEN key=value\n`, where LEN counts the whole record.
 * Trailing NUL padding is tolerated. Throws HeaderError('field') for malformed records or bad numbers.
 */
export function parsePax(data: Uint8Array): PaxRecords {
  const out: PaxRecords = {};
  let off = 0;
  while (off < data.length) {
    if (data[off] === 0) break; // padding some writers leave
    let len = 0;
    let i = off;
    while (i < data.length && data[i]! >= 0x30 && data[i]! <= 0x39 && i - off < 12) len = len * 10 + (data[i++]! - 0x30);
    if (i === off || data[i] !== 0x20 || len <= i - off + 1 || off + len > data.length || data[off + len - 1] !== 0x0a) {
      throw new HeaderError('field', 'malformed pax record');
    }
    const rec = utf8.decode(data.subarray(i + 1, off + len - 1));
    const eq = rec.indexOf('=');
    if (eq <= 0) throw new HeaderError('field', 'malformed pax record');
    const key = rec.slice(0, eq);
    const value = rec.slice(eq + 1);
    switch (key) {
      case 'path':
        out.path = value;
        break;
      case 'linkpath':
        out.linkpath = value;
        break;
      case 'size':
        out.sizeBytes = paxInteger('size', value);
        break;
      case 'uid':
        out.uid = paxInteger('uid', value);
        break;
      case 'gid':
        out.gid = paxInteger('gid', value);
        break;
      case 'mtime': {
        if (!/^-?[0-9]{1,16}(\.[0-9]*)?$/.test(value)) throw new HeaderError('field', `invalid pax mtime '${value.slice(0, 40)}'`);
        out.mtimeSec = Math.floor(Number(value));
        break;
      }
      default:
        break;
    }
    off += len;
  }
  return out;
}

/** The name in a GNU 'L' / 'K' body: everything up to the first NUL. */
export function parseGnuLongName(data: Uint8Array): string {
  return decodeString(data, 0, data.length);
}

/** What an entry is, for every reader of this module (layer scanning and the member index alike). */
export type EntryType = 'file' | 'dir' | 'symlink' | 'hardlink' | 'other';

/**
 * The type of a resolved entry header: regular files (also old v7 '\0', contiguous '7' and GNU sparse 'S'),
 * directories ('5', GNU dump dir 'D', and old-style regular entries whose name ends in '/'), links, and 'other'
 * (devices, fifos, and types we do not know: volume labels, multi-volume continuations…).
 */
export function entryType(h: TarHeader): EntryType {
  switch (h.typeflag) {
    case TYPE.file:
    case TYPE.oldFile:
    case TYPE.contiguous:
      // old v7 / GNU archives mark directories only by a trailing slash
      return h.name.endsWith('/') ? 'dir' : 'file';
    case TYPE.gnuSparse:
      return 'file';
    case TYPE.dir:
    case TYPE.gnuDumpDir:
      return 'dir';
    case TYPE.symlink:
      return 'symlink';
    case TYPE.hardlink:
      return 'hardlink';
    default:
      return 'other';
  }
}
