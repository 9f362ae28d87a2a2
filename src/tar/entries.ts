/**
 * From decoded tar headers to FileEvents: the metadata carried between headers (PAX 'x' / 'g' records, GNU
 * 'L' / 'K' long names) and the mapping of one resolved entry to a FileEvent (cleaned paths, whiteouts,
 * opaque markers, hardlink targets). Shared by the streaming and the seeking scanners.
 */
import type { EventKind, FileEvent } from '../layer/events.ts';
import { cleanPath } from './paths.ts';
import { HeaderError, TYPE, parseGnuLongName, parsePax } from './headers.ts';
import type { PaxRecords, TarHeader } from './headers.ts';

/** Largest metadata body (PAX records, GNU long name) we buffer: 1 MiB; real ones are a few hundred bytes. */
export const MAX_META_BYTES = 1 << 20;

const WHITEOUT_PREFIX = '.wh.';
const OPAQUE_MARKER = '.wh..wh..opq';

/** Whether a header's body is metadata for the next entry (PAX 'x' / 'g', GNU 'L' / 'K'). */
export function isMetaHeader(h: TarHeader): boolean {
  const t = h.typeflag;
  return t === TYPE.pax || t === TYPE.paxGlobal || t === TYPE.gnuLongName || t === TYPE.gnuLongLink;
}

/** The metadata that applies to the next entry, and the global PAX records that apply to all later ones. */
export class PendingMeta {
  private pax: PaxRecords | null = null;
  private global: PaxRecords | null = null;
  private longName: string | null = null;
  private longLink: string | null = null;

  /** whether metadata is waiting for an entry (an archive that ends here is truncated) */
  get pending(): boolean {
    return this.pax !== null || this.longName !== null || this.longLink !== null;
  }

  /** takes the body of a metadata header (see isMetaHeader); throws HeaderError for malformed records */
  accept(h: TarHeader, body: Uint8Array): void {
    switch (h.typeflag) {
      case TYPE.pax:
        this.pax = { ...(this.pax ?? {}), ...parsePax(body) };
        break;
      case TYPE.paxGlobal: {
        // global path / linkpath / size make no sense for every later entry; only ids and times apply
        const g = parsePax(body);
        const keep: PaxRecords = { ...(this.global ?? {}) };
        if (g.uid !== undefined) keep.uid = g.uid;
        if (g.gid !== undefined) keep.gid = g.gid;
        if (g.mtimeSec !== undefined) keep.mtimeSec = g.mtimeSec;
        this.global = keep;
        break;
      }
      case TYPE.gnuLongName:
        this.longName = parseGnuLongName(body);
        break;
      case TYPE.gnuLongLink:
        this.longLink = parseGnuLongName(body);
        break;
      default:
        throw new HeaderError('field', 'not a metadata header');
    }
  }

  /** applies the pending metadata to an entry header (in place) and clears it; PAX wins over GNU long names */
  resolve(h: TarHeader): TarHeader {
    const g = this.global;
    if (g !== null) {
      if (g.uid !== undefined) h.uid = g.uid;
      if (g.gid !== undefined) h.gid = g.gid;
      if (g.mtimeSec !== undefined) h.mtimeSec = g.mtimeSec;
    }
    if (this.longName !== null) h.name = this.longName;
    if (this.longLink !== null) h.linkname = this.longLink;
    const p = this.pax;
    if (p !== null) {
      if (p.path !== undefined) h.name = p.path;
      if (p.linkpath !== undefined) h.linkname = p.linkpath;
      if (p.sizeBytes !== undefined) h.sizeBytes = p.sizeBytes;
      if (p.uid !== undefined) h.uid = p.uid;
      if (p.gid !== undefined) h.gid = p.gid;
      if (p.mtimeSec !== undefined) h.mtimeSec = p.mtimeSec;
    }
    this.pax = null;
    this.longName = null;
    this.longLink = null;
    return h;
  }
}

function kindOf(h: TarHeader): EventKind {
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
      // devices, fifos, and types we do not know (volume labels, multi-volume continuations…)
      return 'other';
  }
}

/**
 * The FileEvent for one resolved entry header, without contentHash / content (the scanners add those). Maps
 * `.wh..wh..opq` to 'opaque' (path = its directory) and `.wh.NAME` to 'whiteout' (path = dir/NAME), whatever
 * the entry's type, as go-containerregistry does; hardlink targets are cleaned to absolute paths, symlink
 * targets stay raw. With `hashSlot` (default: false), a regular file's event is created with `contentHash: ''`
 * for the caller to fill in.
 */
export function eventOf(h: TarHeader, hashSlot = false): FileEvent {
  let kind = kindOf(h);
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
