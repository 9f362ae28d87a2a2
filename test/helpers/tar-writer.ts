/**
 * A tiny in-memory tar writer for tests (and the benchmark's generator): ustar, POSIX pax and GNU flavours,
 * correct checksums, PAX long names / sizes and GNU 'L'/'K' long names. It writes exactly what it is told, so
 * tests can also build broken archives (a header `size` that lies, no end-of-archive marker, odd names).
 *
 *   tarEntries([{ name: 'etc/passwd', body: 'root:x:0:0' }, { name: 'etc/.wh.shadow' }])
 *   gzip(tarEntries(...)), zstd(tarEntries(...))
 */
import { gzipSync, zstdCompressSync } from 'node:zlib';

/** Entry types the writer knows, named for humans. */
export type TarEntryType = 'file' | 'dir' | 'symlink' | 'hardlink' | 'char' | 'block' | 'fifo';

/** One entry to write. */
export interface TarEntrySpec {
  /** the name as stored (nothing is cleaned: `./a`, `../x`, `/abs` are written as given) */
  name: string;
  /** (default: 'file', or 'dir' when the name ends with '/') */
  type?: TarEntryType;
  /** file content (default: empty) */
  body?: Uint8Array | string;
  /** header size field, overriding the body's length (the body is still written as given) (default: body length) */
  size?: number;
  /** symlink / hardlink target */
  linkname?: string;
  /** permission bits (default: 0o644 for files, 0o755 for dirs, 0o777 for symlinks) */
  mode?: number;
  /** (default: 0) */
  uid?: number;
  /** (default: 0) */
  gid?: number;
  /** seconds since the epoch (default: 1700000000) */
  mtime?: number;
  /** extra PAX records written in an 'x' header before this entry (any format) */
  pax?: Record<string, string>;
}

/** Archive-wide options. */
export interface TarOptions {
  /** header flavour: 'ustar' (prefix split, throws when a name does not fit), 'pax' (pax 'x' headers for long names and big numbers), 'gnu' (GNU magic, 'L'/'K' long names, base-256 numbers), 'v7' (no magic) (default: 'pax') */
  format?: 'ustar' | 'pax' | 'gnu' | 'v7';
  /** write the two zero blocks that end the archive (default: true) */
  end?: boolean;
}

const BLOCK = 512;
const enc = new TextEncoder();

const TYPEFLAG: Record<TarEntryType, string> = {
  file: '0',
  hardlink: '1',
  symlink: '2',
  char: '3',
  block: '4',
  dir: '5',
  fifo: '6',
};

function bytesOf(x: Uint8Array | string | undefined): Uint8Array {
  if (x === undefined) return new Uint8Array(0);
  return typeof x === 'string' ? enc.encode(x) : x;
}

function padded(n: number): number {
  return Math.ceil(n / BLOCK) * BLOCK;
}

/** Writes `s` into `buf` at [off, off+len), truncating; returns whether it fit. */
function putString(buf: Uint8Array, off: number, len: number, s: string): boolean {
  const b = enc.encode(s);
  buf.set(b.subarray(0, len), off);
  return b.length <= len;
}

/** Octal field with trailing NUL, or GNU base-256 when allowed and needed; returns whether it fit. */
function putNumber(buf: Uint8Array, off: number, len: number, value: number, base256: boolean): boolean {
  const octal = value.toString(8);
  if (value >= 0 && octal.length <= len - 1) {
    putString(buf, off, len, octal.padStart(len - 1, '0') + '\0');
    return true;
  }
  if (!base256) {
    putString(buf, off, len, '7'.repeat(len - 1) + '\0');
    return false;
  }
  // base-256: high bit of the first byte set, two's complement big-endian
  let v = BigInt(value);
  const field = new Uint8Array(len);
  for (let i = len - 1; i >= 0; i--) {
    field[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  field[0] = (field[0]! | 0x80) & 0xff;
  if (value < 0) field[0] = field[0]! | 0xc0;
  buf.set(field, off);
  return true;
}

/** One PAX record line: `LEN key=value\n`, where LEN counts the whole line including itself. */
export function paxRecord(key: string, value: string): string {
  const rest = ` ${key}=${value}\n`;
  const restLen = enc.encode(rest).length;
  let len = restLen + 1;
  while (String(len).length + restLen !== len) len = String(len).length + restLen;
  return `${len}${rest}`;
}

interface RawHeader {
  name: string;
  prefix?: string;
  typeflag: string;
  size: number;
  linkname: string;
  mode: number;
  uid: number;
  gid: number;
  mtime: number;
  format: 'ustar' | 'pax' | 'gnu' | 'v7';
}

/** Encodes one 512-byte header with a correct checksum. Numbers that do not fit are returned in `overflow`. */
function encodeHeader(h: RawHeader): { block: Uint8Array; overflow: string[] } {
  const b = new Uint8Array(BLOCK);
  const gnu = h.format === 'gnu';
  const overflow: string[] = [];
  putString(b, 0, 100, h.name);
  if (!putNumber(b, 100, 8, h.mode, gnu)) overflow.push('mode');
  if (!putNumber(b, 108, 8, h.uid, gnu)) overflow.push('uid');
  if (!putNumber(b, 116, 8, h.gid, gnu)) overflow.push('gid');
  if (!putNumber(b, 124, 12, h.size, gnu)) overflow.push('size');
  if (!putNumber(b, 136, 12, h.mtime, gnu)) overflow.push('mtime');
  b[156] = h.typeflag.charCodeAt(0);
  putString(b, 157, 100, h.linkname);
  if (h.format === 'gnu') {
    putString(b, 257, 8, 'ustar  \0');
  } else if (h.format !== 'v7') {
    putString(b, 257, 6, 'ustar\0');
    putString(b, 263, 2, '00');
  }
  if (h.format !== 'v7') {
    putString(b, 265, 32, 'root');
    putString(b, 297, 32, 'root');
    if (h.prefix) putString(b, 345, 155, h.prefix);
  }
  b.fill(0x20, 148, 156);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += b[i]!;
  putString(b, 148, 8, sum.toString(8).padStart(6, '0') + '\0 ');
  return { block: b, overflow };
}

/** Splits a long ustar name into prefix + name at a '/', or returns null when impossible. */
function ustarSplit(name: string): { prefix: string; name: string } | null {
  const bytes = enc.encode(name);
  if (bytes.length <= 100) return { prefix: '', name };
  for (let i = name.length - 1; i > 0; i--) {
    if (name[i] !== '/') continue;
    const p = name.slice(0, i);
    const n = name.slice(i + 1);
    if (enc.encode(p).length <= 155 && enc.encode(n).length <= 100 && n.length > 0) return { prefix: p, name: n };
  }
  return null;
}

/** A data entry (pax 'x', GNU 'L'/'K') as header + padded body. */
function metaEntry(typeflag: string, name: string, data: Uint8Array, format: RawHeader['format']): Uint8Array[] {
  const { block } = encodeHeader({ name, typeflag, size: data.length, linkname: '', mode: 0o644, uid: 0, gid: 0, mtime: 0, format });
  const body = new Uint8Array(padded(data.length));
  body.set(data);
  return [block, body];
}

/**
 * The header blocks of one entry (any pax / GNU long-name blocks, then the entry's own header), without its
 * body. Used by `tarEntries` and by streaming generators that write bodies themselves.
 */
export function tarHeaderBlocks(e: TarEntrySpec, opts: TarOptions = {}): Uint8Array[] {
  const format = opts.format ?? 'pax';
  const type: TarEntryType = e.type ?? (e.name.endsWith('/') ? 'dir' : 'file');
  const bodyLen = type === 'file' ? bytesOf(e.body).length : 0;
  const size = e.size ?? bodyLen;
  if (!Number.isSafeInteger(size) || size < 0) throw new Error(`tar-writer: size must be a non-negative integer: ${size}`);
  const linkname = e.linkname ?? '';
  const mode = e.mode ?? (type === 'dir' ? 0o755 : type === 'symlink' ? 0o777 : 0o644);
  const out: Uint8Array[] = [];
  const pax: Record<string, string> = { ...(e.pax ?? {}) };
  let name = e.name;
  let prefix = '';
  let link = linkname;
  const nameLen = enc.encode(e.name).length;
  const linkLen = enc.encode(linkname).length;
  if (format === 'gnu') {
    if (linkLen > 100) {
      out.push(...metaEntry('K', '././@LongLink', enc.encode(linkname + '\0'), format));
      link = linkname.slice(0, 100);
    }
    if (nameLen > 100) {
      out.push(...metaEntry('L', '././@LongLink', enc.encode(e.name + '\0'), format));
      name = e.name.slice(0, 100);
    }
  } else if (format === 'ustar' || format === 'v7') {
    if (linkLen > 100) throw new Error(`tar-writer: linkname too long for ${format}: ${linkname}`);
    if (format === 'v7') {
      if (nameLen > 100) throw new Error(`tar-writer: name too long for v7: ${e.name}`);
    } else {
      const split = ustarSplit(e.name);
      if (!split) throw new Error(`tar-writer: name does not fit ustar: ${e.name}`);
      name = split.name;
      prefix = split.prefix;
    }
  } else {
    if (nameLen > 100 && !('path' in pax)) {
      pax['path'] = e.name;
      name = e.name.slice(0, 100);
    }
    if (linkLen > 100 && !('linkpath' in pax)) {
      pax['linkpath'] = linkname;
      link = linkname.slice(0, 100);
    }
  }
  const raw: RawHeader = { name, prefix, typeflag: TYPEFLAG[type], size, linkname: link, mode, uid: e.uid ?? 0, gid: e.gid ?? 0, mtime: e.mtime ?? 1700000000, format };
  const { block, overflow } = encodeHeader(raw);
  if (format === 'pax') {
    for (const f of overflow) {
      const key = f === 'mtime' ? 'mtime' : f;
      if (!(key in pax)) pax[key] = String(raw[f as 'size' | 'uid' | 'gid' | 'mtime' | 'mode']);
    }
  } else if (overflow.length > 0 && !(format === 'ustar' && overflow.every((f) => f in pax))) {
    if (Object.keys(pax).length === 0) throw new Error(`tar-writer: ${overflow.join(', ')} out of range for ${format}`);
  }
  const records = Object.entries(pax);
  if (records.length > 0) {
    const data = enc.encode(records.map(([k, v]) => paxRecord(k, v)).join(''));
    out.push(...metaEntry('x', `PaxHeaders/${name.slice(0, 80)}`, data, format === 'pax' ? 'pax' : format));
  }
  out.push(block);
  return out;
}

/** Concatenates byte arrays. */
function concat(parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

/** A global PAX header ('g') entry, for tests of global records. */
export function paxGlobal(records: Record<string, string>): TarEntrySpec & { raw: Uint8Array } {
  const data = enc.encode(Object.entries(records).map(([k, v]) => paxRecord(k, v)).join(''));
  return { name: 'pax_global_header', raw: concat(metaEntry('g', 'pax_global_header', data, 'pax')) };
}

/** Builds a whole archive in memory. Entries with a `raw` field are copied verbatim (see `paxGlobal`). */
export function tarEntries(entries: Array<TarEntrySpec & { raw?: Uint8Array }>, opts: TarOptions = {}): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const e of entries) {
    if (e.raw) {
      parts.push(e.raw);
      continue;
    }
    parts.push(...tarHeaderBlocks(e, opts));
    const type = e.type ?? (e.name.endsWith('/') ? 'dir' : 'file');
    if (type === 'file') {
      const body = bytesOf(e.body);
      const p = new Uint8Array(padded(body.length));
      p.set(body);
      parts.push(p);
    }
  }
  if (opts.end ?? true) parts.push(new Uint8Array(BLOCK * 2));
  return concat(parts);
}

/** gzip, synchronously (tests only). */
export function gzip(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(gzipSync(bytes));
}

/** zstd, synchronously (tests only). */
export function zstd(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(zstdCompressSync(bytes));
}

/** Splits bytes into chunks of `size` (the last may be shorter), as an async iterable, for stream tests. */
export async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let off = 0; off < bytes.length; off += size) yield bytes.subarray(off, Math.min(off + size, bytes.length));
}
