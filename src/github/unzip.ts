/**
 * Reads one entry out of a zip archive held in memory, the way an artifact download arrives. Nothing is
 * written to disk, so entry names can't escape anywhere (zip-slip); names are still checked and an entry is
 * only ever looked up by its exact name.
 *
 * The central directory is authoritative (streamed zips, such as artifact uploads, put zeros in the local
 * headers and the sizes in data descriptors). Inflation is capped, so a zip bomb fails fast instead of
 * filling memory; the CRC-32 is checked.
 */
import { crc32, inflateRawSync } from 'node:zlib';

/** One entry of the central directory. */
export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflated */
  method: number;
  compressedBytes: number;
  uncompressedBytes: number;
  crc32: number;
  localHeaderOffset: number;
}

export interface UnzipOptions {
  /** largest uncompressed entry accepted (default: 32 MiB) */
  maxEntryBytes?: number;
  /** most entries in the central directory (default: 10,000) */
  maxEntries?: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Lists the central directory. Throws on a malformed archive or a dangerous entry name. */
export function listZip(bytes: Uint8Array, opts: UnzipOptions = {}): ZipEntry[] {
  const maxEntries = opts.maxEntries ?? 10_000;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip archive: no end of central directory');
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new Error('zip64 archives are not supported');
  if (count > maxEntries) throw new Error(`zip has ${count} entries (limit ${maxEntries})`);
  if (cdOffset + cdSize > eocd) throw new Error('zip central directory out of bounds');
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let n = 0; n < count; n++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== CENTRAL) throw new Error(`zip central directory entry ${n} is corrupt`);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    if (p + 46 + nameLen > eocd) throw new Error(`zip central directory entry ${n} is corrupt`);
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    checkName(name);
    entries.push({
      name,
      method: view.getUint16(p + 10, true),
      crc32: view.getUint32(p + 16, true),
      compressedBytes: view.getUint32(p + 20, true),
      uncompressedBytes: view.getUint32(p + 24, true),
      localHeaderOffset: view.getUint32(p + 42, true),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The bytes of the entry named exactly `name`, or null when the archive has none. */
export function readZipEntry(bytes: Uint8Array, name: string, opts: UnzipOptions = {}): Uint8Array | null {
  const maxEntryBytes = opts.maxEntryBytes ?? 32 * 1024 * 1024;
  const entry = listZip(bytes, opts).find((e) => e.name === name);
  if (!entry) return null;
  if (entry.uncompressedBytes > maxEntryBytes) {
    throw new Error(`zip entry ${name} is ${entry.uncompressedBytes} bytes (limit ${maxEntryBytes})`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw new Error(`zip entry ${name}: bad local header`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedBytes;
  if (end > bytes.length) throw new Error(`zip entry ${name}: data out of bounds`);
  const raw = bytes.subarray(start, end);
  let out: Uint8Array;
  if (entry.method === 0) out = raw;
  else if (entry.method === 8) {
    try {
      out = inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.uncompressedBytes) });
    } catch (err) {
      throw new Error(`zip entry ${name}: inflating failed (limit ${entry.uncompressedBytes} bytes)`, { cause: err });
    }
  } else throw new Error(`zip entry ${name}: unsupported compression method ${entry.method}`);
  if (out.length !== entry.uncompressedBytes) throw new Error(`zip entry ${name}: size mismatch`);
  if ((crc32(out) >>> 0) !== entry.crc32) throw new Error(`zip entry ${name}: crc mismatch`);
  return out;
}

function checkName(name: string): void {
  if (name.includes('\\') || name.includes('\0') || name.startsWith('/') || /^[a-zA-Z]:/.test(name) || name.split('/').includes('..')) {
    throw new Error(`zip entry name is unsafe: ${JSON.stringify(name)}`);
  }
}
