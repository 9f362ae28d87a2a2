/**
 * The entries of a layer, reduced to what the union-filesystem model needs: LayerEvents (one layer's entries as
 * columns over the image's PathTable; what the scanner produces and the core reads) and FileEvent (one entry as
 * an object, for tests and small callers).
 *
 * Paths are absolute, cleaned POSIX paths: `./etc/passwd`, `etc//passwd` and `/etc/passwd` all become
 * `/etc/passwd`; `..` can never climb above `/`. The root directory is `/`. They are never written to disk.
 */
import { PathTable } from './path-table.ts';
import { resized } from './typed.ts';

/** What an entry does to the union filesystem. */
export type EventKind =
  /** a regular file; its `sizeBytes` are content bytes */
  | 'file'
  | 'dir'
  | 'symlink'
  /** a hardlink entry; `linkTarget` names another (cleaned, absolute) path; carries 0 bytes */
  | 'hardlink'
  /** `.wh.NAME`: `path` is the deleted path (NAME), not the marker */
  | 'whiteout'
  /** `.wh..wh..opq`: `path` is the directory whose lower children are hidden */
  | 'opaque'
  /** char/block device, fifo */
  | 'other';

export interface FileEvent {
  /** cleaned absolute path (see module doc) */
  path: string;
  kind: EventKind;
  /** regular-file content bytes; 0 for every other kind */
  sizeBytes: number;
  /** permission bits and type bits as stored in the tar header */
  mode: number;
  uid: number;
  gid: number;
  /** modification time, whole seconds since the epoch */
  mtimeSec: number;
  /** symlink: the raw target; hardlink: the cleaned absolute path it links to */
  linkTarget?: string;
  /** fast content hash (xxh64, hex) of a regular file's bytes, when hashing is on */
  contentHash?: string;
  /** the file's first bytes (bounded, see ScanOptions.capture), for hints such as package.json or secrets */
  content?: Uint8Array;
}

/** Column codes of the event kinds (LayerEvents.kindCode). */
export const KIND_CODES: readonly EventKind[] = ['file', 'dir', 'symlink', 'hardlink', 'whiteout', 'opaque', 'other'];
export const K_FILE = 0;
export const K_DIR = 1;
export const K_SYMLINK = 2;
export const K_HARDLINK = 3;
export const K_WHITEOUT = 4;
export const K_OPAQUE = 5;
export const K_OTHER = 6;
/** The column code of each kind (the inverse of KIND_CODES). */
export const CODE_OF: Record<EventKind, number> = { file: 0, dir: 1, symlink: 2, hardlink: 3, whiteout: 4, opaque: 5, other: 6 };

/** `kindCode`'s bit set when the entry carries a content hash */
const HASHED = 0x80;
const HEX = /^[0-9a-f]{16}$/;

function hex64(v: bigint): string {
  return v.toString(16).padStart(16, '0');
}

/**
 * The FileEvents of one layer, in archive order, as columns: a path node (in a {@link PathTable} shared by the
 * image's layers), a kind code, sizes, modes, owners, times and 64-bit content hashes in typed arrays; link
 * targets and captured bytes in sparse maps. About 50 bytes an entry and no object per entry. `at(i)` (and
 * iteration) materializes a {@link FileEvent} for callers that want one; hot paths read the columns.
 */
export class LayerEvents implements Iterable<FileEvent> {
  /** the table the path nodes belong to */
  readonly paths: PathTable;
  /** number of events */
  length = 0;
  private nodes = new Int32Array(256);
  private codes = new Uint8Array(256);
  private sizes = new Float64Array(256);
  private modes = new Float64Array(256);
  private uids = new Float64Array(256);
  private gids = new Float64Array(256);
  private mtimes = new Float64Array(256);
  private hashes = new BigUint64Array(256);
  /** the same bytes as 32-bit halves (two per hash; on little-endian hosts the low half first) */
  private halves = new Uint32Array(this.hashes.buffer);
  /** hashes that are not 16 hex digits (hand-made events only) */
  private readonly oddHashes = new Map<number, string>();
  private readonly links = new Map<number, string>();
  private readonly linkNodes = new Map<number, number>();
  private readonly contents = new Map<number, Uint8Array>();

  constructor(paths: PathTable = new PathTable()) {
    this.paths = paths;
  }

  /** Events built from FileEvent objects (tests, hand-made images), interned into `paths`. */
  static from(events: Iterable<FileEvent>, paths: PathTable = new PathTable()): LayerEvents {
    if (events instanceof LayerEvents && events.paths === paths) return events;
    const out = new LayerEvents(paths);
    for (const e of events) {
      const i = out.push(paths.intern(e.path), CODE_OF[e.kind] ?? K_OTHER, e.kind === 'file' ? e.sizeBytes : 0, e.mode, e.uid, e.gid, e.mtimeSec);
      if (e.linkTarget !== undefined) out.setLink(i, e.linkTarget, e.kind === 'hardlink' ? paths.intern(e.linkTarget) : -1);
      if (e.contentHash !== undefined) {
        if (HEX.test(e.contentHash)) out.setHash(i, BigInt('0x' + e.contentHash));
        else {
          out.codes[i] = (out.codes[i] as number) | HASHED;
          out.oddHashes.set(i, e.contentHash);
        }
      }
      if (e.content !== undefined) out.setContent(i, e.content);
    }
    return out.trim();
  }

  /** Appends an event; returns its index. */
  push(node: number, code: number, sizeBytes: number, mode: number, uid: number, gid: number, mtimeSec: number): number {
    const i = this.length++;
    if (i === this.nodes.length) this.resize(i * 2);
    this.nodes[i] = node;
    this.codes[i] = code;
    this.sizes[i] = sizeBytes;
    this.modes[i] = mode;
    this.uids[i] = uid;
    this.gids[i] = gid;
    this.mtimes[i] = mtimeSec;
    return i;
  }

  /** sets event i's content hash (xxh64) */
  setHash(i: number, hash: bigint): void {
    this.hashes[i] = hash;
    this.codes[i] = (this.codes[i] as number) | HASHED;
  }

  /** sets event i's link target (raw for a symlink; cleaned, with its node, for a hardlink) */
  setLink(i: number, target: string, node = -1): void {
    this.links.set(i, target);
    if (node >= 0) this.linkNodes.set(i, node);
  }

  /** keeps event i's leading bytes */
  setContent(i: number, bytes: Uint8Array): void {
    this.contents.set(i, bytes);
  }

  private resize(n: number): void {
    this.nodes = resized(this.nodes, n);
    this.codes = resized(this.codes, n);
    this.sizes = resized(this.sizes, n);
    this.modes = resized(this.modes, n);
    this.uids = resized(this.uids, n);
    this.gids = resized(this.gids, n);
    this.mtimes = resized(this.mtimes, n);
    this.hashes = resized(this.hashes, n);
    this.halves = new Uint32Array(this.hashes.buffer);
  }

  /**
   * Bytes held by the columns (typed arrays at their capacity), plus 24 per link target or capture entry and
   * the captured bytes: what the events cost beyond the shared PathTable. (An estimate of the maps' entries.)
   */
  retainedBytes(): number {
    let n = this.nodes.byteLength + this.codes.byteLength + this.sizes.byteLength + this.modes.byteLength;
    n += this.uids.byteLength + this.gids.byteLength + this.mtimes.byteLength + this.hashes.byteLength;
    n += 24 * (this.links.size + this.linkNodes.size + this.oddHashes.size + this.contents.size);
    for (const c of this.contents.values()) n += c.byteLength;
    return n;
  }

  /** Drops the spare capacity (call when the layer is complete); returns this. */
  trim(): this {
    if (this.nodes.length !== this.length) this.resize(this.length);
    return this;
  }

  /** the path node of event i */
  node(i: number): number {
    return this.nodes[i] as number;
  }
  /** the kind code of event i (K_FILE …) */
  kindCode(i: number): number {
    return (this.codes[i] as number) & 0x7f;
  }
  kind(i: number): EventKind {
    return KIND_CODES[(this.codes[i] as number) & 0x7f] as EventKind;
  }
  /** the cleaned absolute path of event i (allocates) */
  path(i: number): string {
    return this.paths.path(this.nodes[i] as number);
  }
  sizeBytes(i: number): number {
    return this.sizes[i] as number;
  }
  mode(i: number): number {
    return this.modes[i] as number;
  }
  uid(i: number): number {
    return this.uids[i] as number;
  }
  gid(i: number): number {
    return this.gids[i] as number;
  }
  mtimeSec(i: number): number {
    return this.mtimes[i] as number;
  }
  linkTarget(i: number): string | undefined {
    return this.links.get(i);
  }
  /** a hardlink's target node in `paths` (−1 for other kinds) */
  linkNode(i: number): number {
    return this.linkNodes.get(i) ?? -1;
  }
  /** whether event i carries a content hash */
  hashed(i: number): boolean {
    return ((this.codes[i] as number) & HASHED) !== 0;
  }
  /** event i's xxh64 (0n when not hashed, or hashed by a hand-made event with an odd hash string) */
  hash(i: number): bigint {
    return this.hashes[i] as bigint;
  }
  /** 32 bits of event i's xxh64 (the low half on little-endian hosts; no allocation; a good small key) */
  hashLow(i: number): number {
    return this.halves[2 * i] as number;
  }
  /** event i's content hash, 16 hex digits, or undefined */
  contentHash(i: number): string | undefined {
    if (((this.codes[i] as number) & HASHED) === 0) return undefined;
    return this.oddHashes.get(i) ?? hex64(this.hashes[i] as bigint);
  }
  /** true when events i (here) and j (of `other`) both carry hashes and they are equal */
  sameHash(i: number, other: LayerEvents, j: number): boolean {
    if (this.oddHashes.size === 0 && other.oddHashes.size === 0) return this.halves[2 * i] === other.halves[2 * j] && this.halves[2 * i + 1] === other.halves[2 * j + 1];
    return this.contentHash(i) === other.contentHash(j);
  }
  content(i: number): Uint8Array | undefined {
    return this.contents.get(i);
  }
  /** the indexes of events with captured content */
  capturedIndexes(): IterableIterator<number> {
    return this.contents.keys();
  }

  /** event i as a FileEvent object (allocates) */
  at(i: number): FileEvent {
    const kind = this.kind(i);
    const e: FileEvent = { path: this.path(i), kind, sizeBytes: this.sizes[i] as number, mode: this.modes[i] as number, uid: this.uids[i] as number, gid: this.gids[i] as number, mtimeSec: this.mtimes[i] as number };
    const link = this.links.get(i);
    if (link !== undefined) e.linkTarget = link;
    const h = this.contentHash(i);
    if (h !== undefined) e.contentHash = h;
    const c = this.contents.get(i);
    if (c !== undefined) e.content = c;
    return e;
  }

  /** every event as a FileEvent object (allocates; for tests and small images) */
  toArray(): FileEvent[] {
    const out: FileEvent[] = [];
    for (let i = 0; i < this.length; i++) out.push(this.at(i));
    return out;
  }

  *[Symbol.iterator](): Iterator<FileEvent> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }
}

/** Everything one pass over one layer blob yields. Independent of every other layer. */
export interface LayerScan {
  /** the layer's entries, in archive order */
  events: LayerEvents;
  /** length of the uncompressed tar stream */
  tarBytes: number;
  /** bytes read from the stored blob (equals tarBytes for an uncompressed blob) */
  blobBytes: number;
  /** sniffed from magic bytes, never from the media type */
  compression: 'none' | 'gzip' | 'zstd';
  /** sha256 of the stored blob, `sha256:…`, only when verification was asked for */
  blobDigest?: string;
  /** sha256 of the uncompressed tar, `sha256:…`, only when verification was asked for */
  diffId?: string;
}

/** Options for scanning one layer. */
export interface ScanOptions {
  /** compute `contentHash` for regular files (default: true) */
  hash: boolean;
  /** compute blobDigest and diffId (default: false) */
  verify: boolean;
  /**
   * Decide whether to keep a file's first bytes in `FileEvent.content`: return the number of bytes to keep
   * (0 keeps none). (default: keep none)
   */
  capture?: (path: string, sizeBytes: number) => number;
  /** the table paths are interned into; share one across an image's layers (default: a new one per layer) */
  paths?: PathTable;
}

/** Random access to bytes, for seeking through an uncompressed tar without reading bodies. */
export interface RandomAccess {
  readonly sizeBytes: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** Scans layers; injected into sources so that readers stay free of parsing. */
export interface LayerScanner {
  /**
   * scan a layer blob delivered as a stream of chunks (compression sniffed); each chunk is done with before the
   * next is requested, so a source may reuse one buffer (much cheaper than a fresh 1 MiB Buffer per chunk)
   */
  scanStream(body: AsyncIterable<Uint8Array>, opts: ScanOptions): Promise<LayerScan>;
  /**
   * scan an uncompressed tar by seeking from header to header (only when hashing and verification are off); the
   * bytes a `read` returns are done with before the next `read`, so the RandomAccess may reuse one buffer
   */
  scanSeekable(body: RandomAccess, opts: ScanOptions): Promise<LayerScan>;
}
