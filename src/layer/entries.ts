/**
 * From tar entries to FileEvents: the TarSink that the tar drivers (src/tar) feed while a layer is scanned. It
 * maps each resolved entry header to a FileEvent (cleaned absolute paths, whiteouts, opaque markers, hardlink
 * targets), hashes regular-file bodies as they pass, and keeps the leading bytes a capture callback asks for.
 */
import type { FileEvent } from './events.ts';
import type { ContentHasher } from './hash.ts';
import { entryType } from '../tar/headers.ts';
import type { TarHeader } from '../tar/headers.ts';
import { cleanPath } from '../tar/paths.ts';
import type { TarSink } from '../tar/walk.ts';

const WHITEOUT_PREFIX = '.wh.';
const OPAQUE_MARKER = '.wh..wh..opq';
const EMPTY = new Uint8Array(0);

/**
 * The FileEvent for one resolved entry header, without contentHash / content (the sink adds those). Maps
 * `.wh..wh..opq` to 'opaque' (path = its directory) and `.wh.NAME` to 'whiteout' (path = dir/NAME), whatever
 * the entry's type, as go-containerregistry does; hardlink targets are cleaned to absolute paths, symlink
 * targets stay raw. With `hashSlot` (default: false), a regular file's event is created with `contentHash: ''`
 * for the caller to fill in.
 */
export function eventOf(h: TarHeader, hashSlot = false): FileEvent {
  let kind: FileEvent['kind'] = entryType(h);
  let path = cleanPath(h.name);
  const slash = path.lastIndexOf('/');
  if (path.charCodeAt(slash + 1) === 0x2e /* . */ && path.startsWith(WHITEOUT_PREFIX, slash + 1)) {
    const dir = slash === 0 ? '/' : path.slice(0, slash);
    const base = path.slice(slash + 1);
    if (base === OPAQUE_MARKER) {
      kind = 'opaque';
      path = dir;
    } else if (base.length > WHITEOUT_PREFIX.length) {
      kind = 'whiteout';
      path = (slash === 0 ? '/' : dir + '/') + base.slice(WHITEOUT_PREFIX.length);
    }
  }
  if (hashSlot && kind === 'file') {
    // the same shape a hashed event ends with, so filling contentHash in later needs no new property store
    return { path, kind, sizeBytes: h.sizeBytes, mode: h.mode, uid: h.uid, gid: h.gid, mtimeSec: h.mtimeSec, contentHash: '' };
  }
  const ev: FileEvent = {
    path,
    kind,
    sizeBytes: kind === 'file' ? h.sizeBytes : 0,
    mode: h.mode,
    uid: h.uid,
    gid: h.gid,
    mtimeSec: h.mtimeSec,
  };
  if (kind === 'symlink') ev.linkTarget = h.linkname;
  else if (kind === 'hardlink') ev.linkTarget = cleanPath(h.linkname);
  return ev;
}

/** Options of an EventSink. */
export interface EventSinkOptions {
  /** content hasher for regular files (default: none, no contentHash) */
  hasher?: ContentHasher | null;
  /** how many leading bytes of a file to keep in `content` (default: none) */
  capture?: ((path: string, sizeBytes: number) => number) | undefined;
}

/** Collects the FileEvents of one layer tar, hashing and capturing file bodies as the driver hands them over. */
export class EventSink implements TarSink {
  /** events so far, in archive order */
  readonly events: FileEvent[] = [];
  private readonly hasher: ContentHasher | null;
  private readonly capture: EventSinkOptions['capture'];
  private file: FileEvent | null = null;
  /** bytes of the current body still to come */
  private left = 0;
  private hashStarted = false;
  private captured: Uint8Array | null = null;
  private capturedFill = 0;

  constructor(opts: EventSinkOptions = {}) {
    this.hasher = opts.hasher ?? null;
    this.capture = opts.capture;
  }

  entry(h: TarHeader): number {
    const hashing = this.hasher !== null;
    const ev = eventOf(h, hashing);
    this.events.push(ev);
    if (ev.kind !== 'file') return 0;
    const size = ev.sizeBytes;
    const keep = this.capture === undefined ? 0 : Math.min(size, Math.max(0, Math.floor(this.capture(ev.path, size))));
    if (size === 0) {
      if (hashing) ev.contentHash = this.hasher!.once(EMPTY);
      return 0;
    }
    if (!hashing && keep === 0) return 0;
    this.file = ev;
    this.captured = keep > 0 ? new Uint8Array(keep) : null;
    this.capturedFill = 0;
    this.hashStarted = false;
    this.left = hashing ? size : keep;
    return this.left;
  }

  body(bytes: Uint8Array, last: boolean): void {
    const h = this.hasher;
    if (h !== null) {
      if (!this.hashStarted && last) {
        this.file!.contentHash = h.once(bytes);
      } else {
        if (!this.hashStarted) {
          h.begin();
          this.hashStarted = true;
        }
        h.update(bytes);
        if (last) this.file!.contentHash = h.end();
      }
    }
    const cap = this.captured;
    if (cap !== null && this.capturedFill < cap.length) {
      const k = Math.min(cap.length - this.capturedFill, bytes.length);
      cap.set(k === bytes.length ? bytes : bytes.subarray(0, k), this.capturedFill);
      this.capturedFill += k;
    }
    if (last) {
      if (cap !== null) this.file!.content = cap;
      this.captured = null;
      this.file = null;
    }
  }
}
