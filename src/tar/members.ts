/**
 * The member index of an OUTER tar (docker save, oci-archive): member names, types, link targets and body
 * offsets, built on the one walker (walk.ts), so the outer and the layer tars share one end-of-archive rule, one
 * set of entry types and one path cleaner. Two drivers:
 *
 * - `indexMembers` seeks from header to header of an archive file (seek.ts; bodies are never read);
 * - `walkMembers` passes once over a stream and hands each member's body to a consumer as it passes.
 *
 * Member names are relative cleaned paths (`./manifest.json` → `manifest.json`, see paths.ts). They are used
 * only as keys; nothing is ever written to disk.
 */
import { InputError, untrusted } from '../errors.ts';
import { BLOCK_BYTES, entryType } from './headers.ts';
import type { EntryType, TarHeader } from './headers.ts';
import type { ByteReader } from './byte-reader.ts';
import { cleanRelative, resolveRelative } from './paths.ts';
import { seekTarSync } from './seek.ts';
import type { ReadAtSync } from './seek.ts';
import { STEP, TarWalk } from './walk.ts';

/** One member of the outer tar. */
export interface TarMember {
  /** cleaned relative path (`./a/../b` → `b`) */
  name: string;
  type: EntryType;
  /** symlink target (raw) or hardlink target (cleaned, archive-relative); '' otherwise */
  linkName: string;
  /** body length in bytes of a file or 'other' member (0 for links and directories) */
  sizeBytes: number;
  /** byte offset of the body from the start of the archive */
  offset: number;
}

/** The member for a resolved entry header whose body starts at `offset`. */
function memberOf(h: TarHeader, offset: number): TarMember {
  const type = entryType(h);
  const linkName = type === 'hardlink' ? cleanRelative(h.linkname) : type === 'symlink' ? h.linkname : '';
  const sizeBytes = type === 'file' || type === 'other' ? h.sizeBytes : 0;
  return { name: cleanRelative(h.name), type, linkName, sizeBytes, offset };
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
    if (m.type === 'symlink') name = resolveRelative(m.name, m.linkName);
    else if (m.type === 'hardlink') name = m.linkName;
    else return null;
  }
  throw new InputError(`${where}: too many levels of links at ${untrusted(path)}`, { hint: 'the archive links its members in a loop; export it again' });
}

/**
 * Indexes a tar file by seeking from header to header (bodies are never read). Throws InputError for a corrupt
 * archive or one that ends inside a member.
 */
export function indexMembers(read: ReadAtSync, sizeBytes: number): TarMember[] {
  const out: TarMember[] = [];
  seekTarSync(read, sizeBytes, {
    entry(h, bodyOffset) {
      out.push(memberOf(h, bodyOffset));
      return 0;
    },
    body() {},
  });
  return out;
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
  private readonly walk: TarWalk;

  constructor(reader: ByteReader, sizeBytes: number, walk: TarWalk) {
    this.reader = reader;
    this.left = sizeBytes;
    this.walk = walk;
    this.done = new Promise((r) => (this.resolveDone = r));
    if (sizeBytes === 0) this.resolveDone();
  }

  async peek(n: number): Promise<Uint8Array> {
    return this.reader.peek(Math.min(n, this.left));
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    while (this.left > 0) {
      const c = await this.reader.read(this.left);
      if (c === null) throw this.walk.truncatedBody();
      this.left -= c.length;
      if (this.left === 0) this.resolveDone();
      yield c;
    }
  }

  async readAll(): Promise<Uint8Array> {
    const out = await this.reader.readExact(this.left);
    if (out === null) throw this.walk.truncatedBody();
    this.left = 0;
    this.resolveDone();
    return out;
  }

  /** skips whatever the consumer left unread */
  async drain(): Promise<void> {
    if (this.left > 0) {
      if (!(await this.reader.skip(this.left))) throw this.walk.truncatedBody();
      this.left = 0;
      this.resolveDone();
    }
  }
}

/**
 * Walks a tar delivered as chunks, once. `onMember` gets each member with its body (empty for links and
 * directories); it may read the body fully, partly or not at all, and must return once it no longer reads it
 * (the rest is skipped). Ends at the end-of-archive marker, or at the end of input after a complete member.
 */
export async function walkMembers(reader: ByteReader, onMember: (m: TarMember, body: MemberBody) => Promise<void>): Promise<void> {
  const walk = new TarWalk();
  for (;;) {
    const offset = reader.position;
    const block = await reader.readExact(BLOCK_BYTES);
    if (block === null) {
      if (reader.position !== offset) throw walk.truncatedHeader();
      walk.endAtBoundary(offset);
      return;
    }
    const step = walk.header(block, 0, offset);
    if (step === STEP.end) return;
    if (step === STEP.zero) continue;
    const n = walk.bodyBytes;
    if (step === STEP.meta) {
      const body = await reader.readExact(n);
      if (body === null) throw walk.truncatedBody();
      walk.meta(n === 0 ? body : body.slice(), offset);
    } else {
      const m = memberOf(walk.entry!, offset + BLOCK_BYTES);
      const body = new StreamBody(reader, m.sizeBytes, walk);
      await onMember(m, body);
      await body.drain();
      // links and directories carry no member body, but whatever their size field says is skipped
      if (n > m.sizeBytes && !(await reader.skip(n - m.sizeBytes))) throw walk.truncatedBody();
    }
    if (!(await reader.skip(walk.padBytes))) throw walk.truncatedBody();
  }
}
