/**
 * A tiny in-memory zip writer for artifact fixtures: deflated (or stored) entries, optionally streamed the
 * way artifact uploads are (zeros in the local header, sizes in a data descriptor).
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipWriteOptions {
  /** write sizes in data descriptors instead of local headers (default: false) */
  dataDescriptor?: boolean;
  /** store instead of deflate (default: false) */
  store?: boolean;
}

/** Builds a zip archive from name → content. Names are written as given (tests use this to forge bad ones). */
export function writeZip(files: Record<string, Uint8Array | string>, opts: ZipWriteOptions = {}): Uint8Array {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content);
    const body = opts.store ? data : deflateRawSync(data);
    const crc = crc32(data) >>> 0;
    const nameBytes = Buffer.from(name);
    const flags = 0x0800 | (opts.dataDescriptor ? 0x0008 : 0);
    const method = opts.store ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(opts.dataDescriptor ? 0 : crc, 14);
    local.writeUInt32LE(opts.dataDescriptor ? 0 : body.length, 18);
    local.writeUInt32LE(opts.dataDescriptor ? 0 : data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const chunk = [local, nameBytes, body];
    if (opts.dataDescriptor) {
      const dd = Buffer.alloc(16);
      dd.writeUInt32LE(0x08074b50, 0);
      dd.writeUInt32LE(crc, 4);
      dd.writeUInt32LE(body.length, 8);
      dd.writeUInt32LE(data.length, 12);
      chunk.push(dd);
    }
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(flags, 8);
    cd.writeUInt16LE(method, 10);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(body.length, 20);
    cd.writeUInt32LE(data.length, 24);
    cd.writeUInt16LE(nameBytes.length, 28);
    cd.writeUInt32LE(offset, 42);
    central.push(cd, nameBytes);
    for (const c of chunk) {
      parts.push(c);
      offset += c.length;
    }
  }
  const cdBytes = Buffer.concat(central);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  const n = Object.keys(files).length;
  eocd.writeUInt16LE(n, 8);
  eocd.writeUInt16LE(n, 10);
  eocd.writeUInt32LE(cdBytes.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, cdBytes, eocd]));
}
