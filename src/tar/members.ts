/**
 * Walking the OUTER tar of an image archive (docker save, oci-archive): member names, types, link targets and
 * body offsets. Two walkers share one header model: `walkTarStream` (single pass over chunks, bodies handed out
 * as they pass) and `indexTarFd` (seeks from header to header of a file on disk, never reading bodies).
 *
 * Member names are cleaned to relative POSIX paths (`./manifest.json` → `manifest.json`). They are used only as
 * keys; nothing is ever written to disk.
 */
import { posix } from 'node:path';
import { InputError, untrusted } from '../errors.ts';
import { HeaderError, TYPE, decodeHeader } from './headers.ts';
import type { TarHeader } from './headers.ts';
import { MAX_META_BYTES, PendingMeta, isMetaHeader } from './entries.ts';
import type { ByteReader } from '../image/byte-reader.ts';

const BLOCK = 512;
/** Largest PAX / GNU long-name body we accept (guard against absurd sizes). */
const META_CAP_BYTES = MAX_META_BYTES;

/** One member of the outer tar. */
export interface TarMember {
  /** cleaned relative path (`./a/../b` → `b`) */
  name: string;
  type: 'file' | 'hardlink' | 'symlink' | 'dir' | 'other';
  /** symlink target (raw) or hardlink target (cleaned, archive-relative); '' otherwise */
  linkName: string;
  /** body length in bytes (0 for links and directories) */
  sizeBytes: number;
  /** byte offset of the body from the start of the archive */
  offset: number;
}

/** Cleans a member name to a relative POSIX path; `..` cannot climb above the archive root. */
export function cleanMemberName(name: string): string {
  const n = posix.normalize('/' + name).slice(1);
  return n.endsWith('/') ? n.slice(0, -1) : n;
}

/** Resolves a symlink target relative to the member's own directory (archive-relative, cleaned). */
export function resolveSymlink(member: string, target: string): string {
  return cleanMemberName(target.startsWith('/') ? target : posix.join(posix.dirname(member), target));
}

/**
 * The regular-file member a name leads to, following tar symlinks and hardlinks between members (legacy
 * `docker save` links shared layers); null when it leads nowhere or to a non-file.
 */
export function resolveMember(members: ReadonlyMap<string, TarMember>, path: string, where: string): TarMember | null {
  let name = path;
  for (let hops = 0; hops < 16; hops++) {
    const m = members.get(name);
    if (m === undefined) return null;
    if (m.type === 'file') return m;
    if (m.type === 'symlink') name = resolveSymlink(m.name, m.linkName);
    else if (m.type === 'hardlink') name = m.linkName;
    else return null;
  }
  throw new InputError(`${where}: too many levels of links at ${untrusted(path)}`, { hint: 'the archive links its files in a cycle or too long a chain; re-export it' });
}

/** Decodes a header block; null for a zero block; InputError (with the offset) for a bad block. */
function parseHeader(b: Uint8Array, offset: number): TarHeader | null {
  try {
    return decodeHeader(b, 0);
  } catch (e) {
    if (e instanceof HeaderError && e.reason === 'checksum') {
      const what = offset === 0 ? 'not a tar archive' : 'corrupt archive';
      throw new InputError(`${what}: bad header checksum at offset ${offset}`, { cause: e, hint: 'the archive is corrupt or not a tar; re-export it' });
    }
    throw new InputError(`corrupt tar header at offset ${offset}: ${(e as Error).message}`, { cause: e, hint: 'the archive is corrupt or not a tar; re-export it' });
  }
}

/** Applies pending PAX / GNU metadata to a real header and turns it into a member. */
function toMember(meta: PendingMeta, raw: TarHeader, offset: number): { member: TarMember; bodyBytes: number } {
  const h = meta.resolve(raw);
  const t = h.typeflag;
  const type: TarMember['type'] =
    t === TYPE.file || t === TYPE.oldFile || t === TYPE.contiguous
      ? h.name.endsWith('/') ? 'dir' : 'file'
      : t === TYPE.hardlink ? 'hardlink' : t === TYPE.symlink ? 'symlink' : t === TYPE.dir ? 'dir' : 'other';
  const name = cleanMemberName(h.name);
  const linkName = type === 'hardlink' ? cleanMemberName(h.linkname) : type === 'symlink' ? h.linkname : '';
  // links and directories carry no body whatever their size field says
  const bodyBytes = t === TYPE.hardlink || t === TYPE.symlink || t === TYPE.dir ? 0 : h.sizeBytes;
  const hasBody = type === 'file' || type === 'other';
  return { member: { name, type, linkName, sizeBytes: hasBody ? h.sizeBytes : 0, offset }, bodyBytes };
}

function padding(n: number): number {
  return (BLOCK - (n % BLOCK)) % BLOCK;
}

/** The body of one member while it passes: an async iterable of chunks that ends after exactly sizeBytes. */
export interface MemberBody extends AsyncIterable<Uint8Array> {
  /** the member's first `n` bytes (or all of a shorter body), without consuming them */
  peek(n: number): Promise<Uint8Array>;
  /** reads the whole body into one buffer (callers check the size first) */
  readAll(): Promise<Uint8Array>;
  /** resolves when every byte of the body has been read */
  readonly done: Promise<void>;
}

class StreamBody implements MemberBody {
  private left: number;
  private resolveDone!: () => void;
  readonly done: Promise<void>;
  private readonly reader: ByteReader;
  private readonly name: string;

  constructor(reader: ByteReader, sizeBytes: number, name: string) {
    this.reader = reader;
    this.left = sizeBytes;
    this.name = name;
    this.done = new Promise((r) => (this.resolveDone = r));
    if (sizeBytes === 0) this.resolveDone();
  }

  async peek(n: number): Promise<Uint8Array> {
    return this.reader.peek(Math.min(n, this.left));
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    while (this.left > 0) {
      const c = await this.reader.read(this.left);
      if (c === null) throw new InputError(`unexpected end of archive in ${untrusted(this.name)} (${this.left} bytes missing)`, { hint: 'the archive was truncated (an interrupted download or copy?); re-export it, e.g. docker save -o image.tar IMAGE' });
      this.left -= c.length;
      if (this.left === 0) this.resolveDone();
      yield c;
    }
  }

  async readAll(): Promise<Uint8Array> {
    const n = this.left;
    const out = await this.reader.readExact(n);
    if (out === null) throw new InputError(`unexpected end of archive in ${untrusted(this.name)}`, { hint: 'the archive was truncated (an interrupted download or copy?); re-export it, e.g. docker save -o image.tar IMAGE' });
    this.left = 0;
    this.resolveDone();
    return out;
  }

  /** skips whatever the consumer left unread */
  async drain(): Promise<void> {
    if (this.left > 0) {
      const ok = await this.reader.skip(this.left);
      if (!ok) throw new InputError(`unexpected end of archive in ${untrusted(this.name)}`, { hint: 'the archive was truncated (an interrupted download or copy?); re-export it, e.g. docker save -o image.tar IMAGE' });
      this.left = 0;
      this.resolveDone();
    }
  }
}

/**
 * Walks a tar delivered as chunks, once. `onMember` gets each member with its body; it may read the body fully,
 * partly or not at all, and must return once it no longer reads it (the rest is skipped). Ends at the
 * end-of-archive marker or at the end of input (after a complete member).
 */
export async function walkTarStream(
  reader: ByteReader,
  onMember: (m: TarMember, body: MemberBody) => Promise<void>,
): Promise<void> {
  const meta = new PendingMeta();
  let members = 0;
  for (;;) {
    const offset = reader.position;
    const block = await reader.readExact(BLOCK);
    if (block === null) {
      if (reader.position === offset) {
        if (members === 0) throw new InputError('not a tar archive: empty input', { hint: 'pass a docker save / podman save output, an oci-archive, or an OCI layout directory (see `layer-budget --help`)' });
        return; // a tar without its end marker, but complete
      }
      throw new InputError(`unexpected end of archive at offset ${offset} (truncated header)`, { hint: 'the archive was truncated (an interrupted download or copy?); re-export it, e.g. docker save -o image.tar IMAGE' });
    }
    const h = parseHeader(block, offset);
    if (h === null) return; // end-of-archive marker; the rest is padding
    if (isMetaHeader(h)) {
      if (h.sizeBytes > META_CAP_BYTES) throw new InputError(`corrupt tar: metadata header of ${h.sizeBytes} bytes at offset ${offset}`, { hint: 'the archive is corrupt or hostile: metadata headers (PAX records, long names) are small' });
      const body = await reader.readExact(h.sizeBytes + padding(h.sizeBytes));
      if (body === null) throw new InputError(`unexpected end of archive at offset ${offset}`, { hint: 'the archive was truncated (an interrupted download or copy?); re-export it, e.g. docker save -o image.tar IMAGE' });
      meta.accept(h, body.subarray(0, h.sizeBytes));
      continue;
    }
    const { member: m, bodyBytes } = toMember(meta, h, offset + BLOCK);
    members++;
    if (m.type === 'file' || m.type === 'other') {
      const body = new StreamBody(reader, m.sizeBytes, m.name);
      await onMember(m, body);
      await body.drain();
    } else {
      await onMember(m, new StreamBody(reader, 0, m.name));
      if (bodyBytes > 0 && !(await reader.skip(bodyBytes))) throw new InputError(`unexpected end of archive in ${untrusted(m.name)}`, { hint: 'the archive was truncated (an interrupted download or copy?); re-export it, e.g. docker save -o image.tar IMAGE' });
    }
    if (!(await reader.skip(padding(bodyBytes)))) {
      // missing padding after the last member: tolerate only at the very end
      return;
    }
  }
}

/**
 * Indexes a tar file on disk by seeking from header to header (bodies are never read; synchronous reads of
 * 512-byte headers). Throws InputError when a member runs past the end of the file.
 */
/** Reads `length` bytes at `position` into `buffer` at `offset`; returns how many were read (fs.readSync's shape). */
export type ReadAt = (buffer: Uint8Array, offset: number, length: number, position: number) => number;

export function indexTarFd(readAt: ReadAt, fileBytes: number): TarMember[] {
  const out: TarMember[] = [];
  const meta = new PendingMeta();
  const block = new Uint8Array(BLOCK);
  let offset = 0;
  while (offset + BLOCK <= fileBytes) {
    if (readAt(block, 0, BLOCK, offset) < BLOCK) break;
    const h = parseHeader(block, offset);
    if (h === null) return out;
    const bodyStart = offset + BLOCK;
    if (isMetaHeader(h)) {
      if (h.sizeBytes > META_CAP_BYTES) throw new InputError(`corrupt tar: metadata header of ${h.sizeBytes} bytes at offset ${offset}`, { hint: 'the archive is corrupt or hostile: metadata headers (PAX records, long names) are small' });
      const body = new Uint8Array(h.sizeBytes);
      if (readAt(body, 0, h.sizeBytes, bodyStart) < h.sizeBytes) throw new InputError(`unexpected end of archive at offset ${offset}`, { hint: 'the archive was truncated (an interrupted download or copy?); re-export it, e.g. docker save -o image.tar IMAGE' });
      meta.accept(h, body);
      offset = bodyStart + h.sizeBytes + padding(h.sizeBytes);
      continue;
    }
    const { member: m, bodyBytes } = toMember(meta, h, bodyStart);
    if (bodyStart + bodyBytes > fileBytes) {
      throw new InputError(`unexpected end of archive in ${untrusted(m.name)}: ${bodyStart + bodyBytes - fileBytes} bytes missing`, { hint: 'the archive was truncated (an interrupted download or copy?); re-export it, e.g. docker save -o image.tar IMAGE' });
    }
    out.push(m);
    offset = bodyStart + bodyBytes + padding(bodyBytes);
  }
  if (out.length === 0) throw new InputError(offset < fileBytes ? 'not a tar archive: truncated first header' : 'not a tar archive: empty input', { hint: 'pass a docker save / podman save output, an oci-archive, or an OCI layout directory (see `layer-budget --help`)' });
  return out;
}
