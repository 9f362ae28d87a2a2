/**
 * File-backed stores: an OCI layout directory, and an archive file indexed by a header walk (bodies are read
 * only when needed, by offset). Also the layer opener for both: the seekable path for an uncompressed layer when
 * hashing and verification are off, else a 1 MiB-chunk read stream of the blob's byte range.
 */
import { constants, readSync, realpathSync, statSync } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { join, posix, sep } from 'node:path';
import { InputError, untrusted } from '../errors.ts';
import type { LayerScan } from '../layer/events.ts';
import { MemberStore } from './layout.ts';
import type { BlobStore } from './layout.ts';
import { JSON_CAP_BYTES } from './plan.ts';
import type { PlannedLayer } from './plan.ts';
import { indexMembers } from '../tar/members.ts';
import type { TarMember } from '../tar/members.ts';
import type { ReadAtSync } from '../tar/seek.ts';
import type { LoadOptions, RandomAccess } from './types.ts';

/** Flags for every open of an image file: read-only, and never blocking on a FIFO swapped in after the checks. */
const READ_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;

/** Read-stream chunk size: 1 MiB reads parse about 5× faster than the 64 KiB default. */
export const READ_CHUNK_BYTES = 1 << 20;

/** A blob's bytes inside a file: the whole file (layout) or one member's range (archive). */
export interface FileRange {
  path: string;
  start: number;
  sizeBytes: number;
}

/**
 * An async iterable over a byte range of a file, read in 1 MiB chunks. Two buffers alternate: while the consumer
 * works on one chunk the next is already being read into the other. A chunk is valid until the next one is
 * requested (the LayerScanner contract), so no chunk is ever allocated afresh; fresh 1 MiB Buffers cost far more
 * CPU and memory than the copy itself.
 */
export async function* rangeChunks(r: FileRange): AsyncGenerator<Uint8Array> {
  if (r.sizeBytes === 0) return;
  const fh = await open(r.path, READ_FLAGS);
  try {
    const bufs = [Buffer.allocUnsafe(Math.min(READ_CHUNK_BYTES, r.sizeBytes)), Buffer.allocUnsafe(Math.min(READ_CHUNK_BYTES, r.sizeBytes))] as const;
    let pos = 0;
    let which = 0;
    const readInto = (buf: Buffer, at: number) => fh.read(buf, 0, Math.min(buf.length, r.sizeBytes - at), r.start + at);
    let pending: ReturnType<typeof readInto> | null = readInto(bufs[0], 0);
    while (pending) {
      const { bytesRead, buffer } = await pending;
      if (bytesRead === 0) throw new InputError(`unexpected end of file in ${untrusted(r.path)} (${r.sizeBytes - pos} bytes missing)`, { hint: 'the file was truncated or changed while being read; re-export it' });
      pos += bytesRead;
      which ^= 1;
      pending = pos < r.sizeBytes ? readInto(which === 0 ? bufs[0] : bufs[1], pos) : null;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await fh.close();
  }
}

/** Synchronous reads of an open file for the member index (one buffer, reused: see ReadAtSync). */
export function syncReader(fd: number): ReadAtSync {
  let buf = Buffer.allocUnsafe(0);
  return (offset, length) => {
    if (buf.length < length) buf = Buffer.allocUnsafe(length);
    const n = readSync(fd, buf, 0, length, offset);
    return buf.subarray(0, n);
  };
}

/** Random access to a byte range of an open file (reads are clamped to the range; one buffer is reused). */
export function rangeAccess(fh: FileHandle, start: number, sizeBytes: number): RandomAccess {
  let buf = Buffer.allocUnsafe(0);
  return {
    sizeBytes,
    async read(offset: number, length: number): Promise<Uint8Array> {
      const off = Math.max(0, offset);
      const len = Math.max(0, Math.min(length, sizeBytes - off));
      if (len === 0) return new Uint8Array(0);
      if (buf.length < len) buf = Buffer.allocUnsafe(Math.max(len, 64 * 1024));
      const { bytesRead } = await fh.read(buf, 0, len, start + off);
      return buf.subarray(0, bytesRead);
    },
  };
}

async function readAt(path: string, start: number, length: number): Promise<Uint8Array> {
  const fh = await open(path, READ_FLAGS);
  try {
    const buf = Buffer.alloc(length);
    const { bytesRead } = await fh.read(buf, 0, length, start);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** Whether bytes start with gzip (1f 8b) or zstd (28 b5 2f fd) magic. */
export function isCompressed(head: Uint8Array): boolean {
  return (head[0] === 0x1f && head[1] === 0x8b) || (head[0] === 0x28 && head[1] === 0xb5 && head[2] === 0x2f && head[3] === 0xfd);
}

/** Scans one blob held in a file: seekable when uncompressed and hashing/verification are off, else streamed. */
export async function scanFileRange(r: FileRange, opts: LoadOptions): Promise<LayerScan> {
  if (!opts.scan.hash && !opts.scan.verify && r.sizeBytes >= 512) {
    const head = await readAt(r.path, r.start, 4);
    if (!isCompressed(head)) {
      const fh = await open(r.path, READ_FLAGS);
      try {
        return await opts.scanner.scanSeekable(rangeAccess(fh, r.start, r.sizeBytes), opts.scan);
      } finally {
        await fh.close();
      }
    }
  }
  return opts.scanner.scanStream(rangeChunks(r), opts.scan);
}

/** The hint for a layout file we refuse to read. */
const LAYOUT_HINT = 'an OCI layout must hold its own regular files: copy it again (skopeo copy, oras copy) into a plain directory';

/** What a layout path resolved to: its real path inside the layout and its size, or null when absent. */
type LayoutFile = { real: string; sizeBytes: number } | null;

/**
 * A store over an OCI layout directory. Paths are layout-relative and may not leave the directory: each is
 * resolved through its symlinks (realpath) and refused when it lands outside the layout's own real path, or on
 * something other than a regular file or directory (a FIFO, a device, a socket). Those checks run before any
 * open, so a FIFO can never block a read. Files are then read through their resolved paths.
 */
export class DirStore implements BlobStore {
  readonly where: string;
  private readonly root: string;
  private readonly files = new Map<string, LayoutFile>();

  constructor(dir: string, where: string) {
    this.where = where;
    try {
      this.root = realpathSync(dir);
    } catch (e) {
      throw new InputError(`${where}: cannot read the layout directory ${JSON.stringify(dir)}: ${(e as Error).message}`, { cause: e, hint: LAYOUT_HINT });
    }
  }

  /** resolves a layout path (see the class doc); cached, so every path is checked once */
  private file(path: string): LayoutFile {
    const known = this.files.get(path);
    if (known !== undefined) return known;
    const clean = posix.normalize(path);
    if (clean.startsWith('../') || clean === '..' || posix.isAbsolute(clean)) {
      throw new InputError(`path ${JSON.stringify(path)} escapes ${this.where}`, { hint: LAYOUT_HINT });
    }
    let real: string;
    try {
      real = realpathSync(join(this.root, clean));
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        this.files.set(path, null);
        return null;
      }
      throw new InputError(`${JSON.stringify(path)} in ${this.where} cannot be resolved: ${(e as Error).message}`, { cause: e, hint: LAYOUT_HINT });
    }
    if (real !== this.root && !real.startsWith(this.root.endsWith(sep) ? this.root : this.root + sep)) {
      throw new InputError(`${JSON.stringify(path)} in ${this.where} is a symlink that leads out of the layout, to ${JSON.stringify(real)}`, { hint: LAYOUT_HINT });
    }
    let st;
    try {
      st = statSync(real);
    } catch (e) {
      throw new InputError(`${JSON.stringify(path)} in ${this.where} cannot be read: ${(e as Error).message}`, { cause: e, hint: LAYOUT_HINT });
    }
    let found: LayoutFile = null;
    if (st.isFile()) {
      found = { real, sizeBytes: st.size };
    } else if (!st.isDirectory()) {
      const kind = st.isFIFO() ? 'a FIFO' : st.isCharacterDevice() ? 'a character device' : st.isBlockDevice() ? 'a block device' : st.isSocket() ? 'a socket' : 'not a regular file';
      throw new InputError(`${JSON.stringify(path)} in ${this.where} is ${kind}, not a regular file`, { hint: LAYOUT_HINT });
    }
    this.files.set(path, found);
    return found;
  }

  resolve(path: string): string | null {
    return this.file(path) === null ? null : path;
  }

  sizeOf(path: string): number | null {
    return this.file(path)?.sizeBytes ?? null;
  }

  async readSmall(path: string, what: string): Promise<Uint8Array> {
    const f = this.file(path);
    if (f === null) throw new InputError(`${what} is missing: no ${untrusted(path)} in ${this.where}`, { hint: 'the layout names a blob it does not hold: copy the image again into a fresh directory' });
    if (f.sizeBytes > JSON_CAP_BYTES) throw new InputError(`${what} is too large (${f.sizeBytes} bytes)`, { hint: 'manifests and configs are a few kB; the layout is corrupt or hostile' });
    return readFile(f.real, { flag: READ_FLAGS });
  }

  /** the file range of a layout path */
  range(path: string): FileRange {
    const f = this.file(path);
    return { path: f?.real ?? join(this.root, path), start: 0, sizeBytes: f?.sizeBytes ?? 0 };
  }
}

/** A store over an archive file, indexed once by a header walk. */
export class TarFileStore extends MemberStore {
  private readonly path: string;
  private readonly fh: FileHandle;

  private constructor(path: string, where: string, fh: FileHandle, members: TarMember[]) {
    super(where, new Map(members.map((m) => [m.name, m])));
    this.path = path;
    this.fh = fh;
  }

  /** opens and indexes the archive; call close() when done */
  static async open(path: string, where: string): Promise<TarFileStore> {
    const fh = await open(path, 'r');
    try {
      const { size } = await fh.stat();
      return new TarFileStore(path, where, fh, indexMembers(syncReader(fh.fd), size));
    } catch (e) {
      await fh.close();
      throw e;
    }
  }

  /** the indexed members, in archive order */
  list(): TarMember[] {
    return [...this.members.values()];
  }

  async readSmall(path: string, what: string): Promise<Uint8Array> {
    const m = this.member(path);
    if (m === null) throw new InputError(`${what} is missing: no ${path} in ${this.where}`, { hint: 'the image is incomplete: a file it references is absent; re-export it (docker save, skopeo copy)' });
    if (m.sizeBytes > JSON_CAP_BYTES) throw new InputError(`${what} is too large (${m.sizeBytes} bytes)`, { hint: 'the image is corrupt or hostile: its JSON documents (manifests, indexes, configs) are small' });
    const buf = Buffer.alloc(m.sizeBytes);
    const { bytesRead } = await this.fh.read(buf, 0, m.sizeBytes, m.offset);
    if (bytesRead < m.sizeBytes) throw new InputError(`unexpected end of archive in ${untrusted(m.name)}`, { hint: 'the archive was truncated (an interrupted download or copy?); re-export it, e.g. docker save -o image.tar IMAGE' });
    return buf;
  }

  /** the file range of a member (after links) */
  range(path: string): FileRange {
    const m = this.member(path);
    if (m === null) throw new InputError(`${path} is missing from ${this.where}`, { hint: 'the image is incomplete: a file it references is absent; re-export it (docker save, skopeo copy)' });
    return { path: this.path, start: m.offset, sizeBytes: m.sizeBytes };
  }

  async close(): Promise<void> {
    await this.fh.close();
  }
}

/** The stored size of a planned layer in a file store. */
export function storedSize(store: DirStore | TarFileStore, layer: PlannedLayer): number {
  return store.sizeOf(layer.location) ?? 0;
}
