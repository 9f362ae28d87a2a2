/**
 * From tar entries to events: the TarSink that the tar drivers (src/tar) feed while a layer is scanned. It maps
 * each resolved entry header to one event of LayerEvents (cleaned absolute paths interned into the image's
 * PathTable, whiteouts, opaque markers, hardlink targets), hashes regular-file bodies as they pass, and keeps the
 * leading bytes a capture callback asks for.
 *
 * `.wh..wh..opq` becomes 'opaque' (path = its directory) and `.wh.NAME` becomes 'whiteout' (path = dir/NAME),
 * whatever the entry's type, as go-containerregistry does; hardlink targets are cleaned to absolute paths,
 * symlink targets stay raw.
 */
import { CODE_OF, K_FILE, K_HARDLINK, K_OPAQUE, K_SYMLINK, K_WHITEOUT, LayerEvents } from './events.ts';
import { PathTable } from './path-table.ts';
import type { ContentHasher } from './hash.ts';
import { entryType } from '../tar/headers.ts';
import type { TarHeader } from '../tar/headers.ts';
import { cleanPath } from '../tar/paths.ts';
import type { TarSink } from '../tar/walk.ts';

const WHITEOUT_PREFIX = '.wh.';
const OPAQUE_MARKER = '.wh..wh..opq';
const EMPTY = new Uint8Array(0);

/** Options of an EventSink. */
export interface EventSinkOptions {
  /** content hasher for regular files (default: none, no contentHash) */
  hasher?: ContentHasher | null;
  /** how many leading bytes of a file to keep in `content` (default: none) */
  capture?: ((path: string, sizeBytes: number) => number) | undefined;
  /** the table paths are interned into (default: a new one) */
  paths?: PathTable | undefined;
}

/**
 * Collects the entries of one layer tar into LayerEvents (columns, no object per entry), hashing and capturing
 * file bodies as the driver hands them over.
 */
export class EventSink implements TarSink {
  /** events so far, in archive order */
  readonly events: LayerEvents;
  private readonly paths: PathTable;
  private readonly hasher: ContentHasher | null;
  private readonly capture: EventSinkOptions['capture'];
  /** index of the file whose body is passing, −1 for none */
  private file = -1;
  private hashStarted = false;
  private captured: Uint8Array | null = null;
  private capturedFill = 0;

  constructor(opts: EventSinkOptions = {}) {
    this.paths = opts.paths ?? new PathTable();
    this.events = new LayerEvents(this.paths);
    this.hasher = opts.hasher ?? null;
    this.capture = opts.capture;
  }

  entry(h: TarHeader): number {
    let code = CODE_OF[entryType(h)];
    let path = cleanPath(h.name);
    const slash = path.lastIndexOf('/');
    if (path.charCodeAt(slash + 1) === 0x2e /* . */ && path.startsWith(WHITEOUT_PREFIX, slash + 1)) {
      const base = path.slice(slash + 1);
      if (base === OPAQUE_MARKER) {
        code = K_OPAQUE;
        path = slash === 0 ? '/' : path.slice(0, slash);
      } else if (base.length > WHITEOUT_PREFIX.length) {
        code = K_WHITEOUT;
        path = path.slice(0, slash + 1) + base.slice(WHITEOUT_PREFIX.length);
      }
    }
    const ev = this.events;
    const isFile = code === K_FILE;
    const size = isFile ? h.sizeBytes : 0;
    const i = ev.push(this.paths.intern(path), code, size, h.mode, h.uid, h.gid, h.mtimeSec);
    if (code === K_SYMLINK) ev.setLink(i, h.linkname);
    else if (code === K_HARDLINK) {
      const target = cleanPath(h.linkname);
      ev.setLink(i, target, this.paths.intern(target));
    }
    if (!isFile) return 0;
    const hashing = this.hasher !== null;
    const keep = this.capture === undefined ? 0 : Math.min(size, Math.max(0, Math.floor(this.capture(path, size))));
    if (size === 0) {
      if (hashing) ev.setHash(i, this.hasher!.once(EMPTY));
      return 0;
    }
    if (!hashing && keep === 0) return 0;
    this.file = i;
    this.captured = keep > 0 ? new Uint8Array(keep) : null;
    this.capturedFill = 0;
    this.hashStarted = false;
    return hashing ? size : keep;
  }

  body(bytes: Uint8Array, last: boolean): void {
    const h = this.hasher;
    if (h !== null) {
      if (!this.hashStarted && last) {
        this.events.setHash(this.file, h.once(bytes));
      } else {
        if (!this.hashStarted) {
          h.begin();
          this.hashStarted = true;
        }
        h.update(bytes);
        if (last) this.events.setHash(this.file, h.end());
      }
    }
    const cap = this.captured;
    if (cap !== null && this.capturedFill < cap.length) {
      const k = Math.min(cap.length - this.capturedFill, bytes.length);
      cap.set(k === bytes.length ? bytes : bytes.subarray(0, k), this.capturedFill);
      this.capturedFill += k;
    }
    if (last) {
      if (cap !== null) this.events.setContent(this.file, cap);
      this.captured = null;
      this.file = -1;
    }
  }
}
