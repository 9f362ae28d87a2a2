/**
 * The union-filesystem reducer: replays layers of FileEvents, in order, into one tree and accounts every
 * regular-file byte either as visible (in the final tree) or as wasted (shipped but hidden), with the cause and
 * the two layers involved (docs/architecture.md §"Accounting").
 *
 * Model. Every regular-file event creates an inode (its bytes, its layer). Paths map to nodes: a file node
 * references an inode, a hardlink adds one more path reference to the inode at its target *as the tree stands
 * when the hardlink is read*. An inode becomes waste when its last path reference goes away; the event that
 * removed that reference gives the cause:
 *  - the same path written again: 'overwritten', or 'attribute-copy-up' when the content is the same (same
 *    contentHash and size when both are hashed; otherwise same size and same mtime);
 *  - `.wh.NAME` of a file: 'deleted-file'; of a directory: 'deleted-dir' for the whole subtree;
 *  - `.wh..wh..opq`: 'opaque' for every lower-layer child, applied after the whole layer is read, so entries of
 *    the same layer survive (go-containerregistry / umoci semantics);
 *  - a non-directory written where a directory was: 'replaced-dir' for the subtree (overlay writes no whiteout);
 *  - a non-directory parent replaced by a directory (explicit or implied by a child path): 'overwritten'.
 * Whiteouts apply to lower layers only (OCI image spec): a whiteout never removes what its own layer wrote, so
 * `.wh.d` + `d/new` in one layer behaves like an opaque `d` whatever the entry order. A later entry for the same
 * path in the same layer overrides the earlier one (tar semantics).
 *
 * Same-layer shadowing is not waste. Bytes a layer writes and the same layer makes invisible — a later entry of
 * the same path, a non-directory or an implied directory over a path the layer filled, a file entry for `/` —
 * were never visible at any layer boundary: no layer hid another's bytes, and extracting that one tar on an empty
 * directory already drops them. They are the layer's `shadowedBytes`: not in its content bytes (nor in added or
 * modified bytes), not in the waste, and never in a hiddenBy/hides pair, so a layer is never "hidden by" itself.
 * Waste always has `hiddenBy > layer`. (Whiteouts never touch the same layer's entries, see above.) Parents of a written path are created implicitly. A whiteout of a missing path records
 * nothing. A hardlink whose target is missing or a directory is dangling: it adds a note and changes nothing.
 *
 * Invariants (asserted by the tests): Σ content bytes = visible + wasted, and Σ per-layer wastedBytes =
 * Σ waste by cause = wasted.
 *
 * Pure and compact: a path trie over interned segments with numeric node ids, nodes and inodes in typed arrays,
 * children as linked lists (removing a subtree visits only it), a path → node cache for directories; no object per
 * path. After `finish` the same store is the read-only {@link UnionTree} (`UnionResult.tree`, `Analysis.tree`):
 * the final tree plus every layer's changes path by path, for explorers and rules that need every path.
 */
import type { VisibleFile, WastedItem } from './types.ts';
import type { CountBytes, DeletedPath, WasteCause } from '../report/types.ts';
import type { FileEvent } from '../layer/events.ts';

/** What one layer did to the tree. */
export interface LayerChanges {
  /**
   * the layer's content bytes: the sizes of its regular-file entries, less `shadowedBytes` (see the module doc,
   * same-layer shadowing)
   */
  contentBytes: number;
  /** bytes of this layer's own entries that its own later entries made invisible: neither content nor waste */
  shadowedBytes: number;
  /** paths new to the tree (each path once per layer); bytes are the regular-file bytes written */
  added: CountBytes;
  /** paths that existed and were written again; bytes are the new regular-file bytes */
  modified: CountBytes;
  /** paths removed by whiteouts, opaque markers or directory replacement; bytes are the visible bytes removed */
  deleted: CountBytes;
  /** bytes this layer holds that were hidden (later, or by its own later entries) */
  wastedBytes: number;
  /** which layers hid them, by layer index ascending */
  hiddenBy: Array<{ layer: number; bytes: number }>;
  /** bytes of this or earlier layers that this layer hid */
  hidesBytes: number;
  /** whose bytes, by layer index ascending */
  hides: Array<{ layer: number; bytes: number }>;
}

/** Everything a replay yields. */
export interface UnionResult {
  /** every regular file of the final tree, sorted by path (hardlinked paths each listed, same inode) */
  visibleFiles: VisibleFile[];
  /** regular-file bytes of the final tree, each inode once */
  visibleBytes: number;
  /** Σ content bytes of all layers */
  totalBytes: number;
  /** totalBytes − visibleBytes: Σ of `wasted` */
  wastedBytes: number;
  /** every wasted block, in the order it became waste */
  wasted: WastedItem[];
  /** bytes per cause (all six causes present) */
  wasteByCause: Record<WasteCause, number>;
  /** every removal by whiteout, opaque marker or replacement: the top-most removed path, with the bytes it hid */
  deletions: DeletedPath[];
  /** per layer, by index */
  layers: LayerChanges[];
  /** oddities met on the way (dangling hardlinks, a non-directory at `/`), capped at `maxNotes` */
  notes: string[];
  /** notes left out by the cap */
  notesOmitted: number;
  /** the compact model of the final tree and of every layer's changes */
  tree: UnionTree;
  /** the tree node of each `visibleFiles` entry (same index) */
  visibleNodes: Int32Array;
}

/** Options for {@link replayLayers}. */
export interface ReplayOptions {
  /** keep at most this many notes (default: 100) */
  maxNotes?: number;
}

/** Node kinds of the compact tree (0: the path is not in the tree). */
export const ABSENT = 0;
export const FILE = 1;
export const DIR = 2;
export const SYMLINK = 3;
export const OTHER = 4;
type NodeKind = typeof FILE | typeof DIR | typeof SYMLINK | typeof OTHER;
const KIND_OF: Record<'dir' | 'symlink' | 'other', NodeKind> = { dir: DIR, symlink: SYMLINK, other: OTHER };
const KIND_NAME = ['absent', 'file', 'dir', 'symlink', 'other'] as const;

/** Per-layer change kinds recorded in {@link LayerLog}. */
export const ADDED = 0;
export const MODIFIED = 1;
export const DELETED = 2;

/**
 * What one layer did, path by path, in the order it happened: `node[i]` (a {@link UnionTree} node id) was
 * `change[i]` (ADDED, MODIFIED or DELETED) with `bytes[i]` (regular-file bytes written; for DELETED the visible
 * bytes the removal of that path itself freed, 0 for a directory or a still-linked inode). A path appears once per
 * layer for ADDED/MODIFIED (the first write decides the kind; later same-layer writes add their bytes) and once
 * per removal for DELETED (every removed path, subtrees included).
 */
export interface LayerLog {
  length: number;
  node: Int32Array;
  change: Uint8Array;
  bytes: Float64Array;
}

const NONE = -1;
const SEG_SHIFT = 0x4000000; // 2^26: parent * 2^26 + seg stays a safe integer

type Bucket = 'added' | 'modified';

interface MutableStats {
  contentBytes: number;
  shadowedBytes: number;
  added: CountBytes;
  modified: CountBytes;
  deleted: CountBytes;
  wastedBytes: number;
  hiddenBy: Map<number, number>;
  hidesBytes: number;
  hides: Map<number, number>;
}

function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

function newStats(): MutableStats {
  return {
    contentBytes: 0,
    shadowedBytes: 0,
    added: { count: 0, bytes: 0 },
    modified: { count: 0, bytes: 0 },
    deleted: { count: 0, bytes: 0 },
    wastedBytes: 0,
    hiddenBy: new Map(),
    hidesBytes: 0,
    hides: new Map(),
  };
}

function sortedPairs(m: Map<number, number>): Array<{ layer: number; bytes: number }> {
  return [...m].sort((a, b) => a[0] - b[0]).map(([layer, bytes]) => ({ layer, bytes }));
}

function grow<T extends Int32Array | Uint8Array | Float64Array>(a: T, n: number, fill?: number): T {
  const b = new (a.constructor as new (n: number) => T)(n);
  b.set(a);
  if (fill !== undefined) b.fill(fill, a.length);
  return b;
}

function newLog(): LayerLog {
  return { length: 0, node: new Int32Array(64), change: new Uint8Array(64), bytes: new Float64Array(64) };
}

/**
 * The compact union filesystem: a path trie with numeric node ids over interned path segments, and inodes, all in
 * typed arrays (a few tens of bytes per path; no object per path). {@link UnionFs} builds it; after `finish` it is
 * the read-only model of the final tree and of every layer's changes (see {@link UnionTree}).
 */
class Store {
  // segments
  protected readonly segIds = new Map<string, number>();
  protected readonly segs: string[] = [];
  // nodes (node 0 is `/`)
  protected nCount = 1;
  protected nParent = new Int32Array(1024).fill(NONE);
  protected nSeg = new Int32Array(1024);
  protected nKind = new Uint8Array(1024);
  protected nInode = new Int32Array(1024).fill(NONE);
  protected nStamp = new Int32Array(1024).fill(-1);
  protected nCounted = new Int32Array(1024).fill(-1);
  protected nBucket = new Uint8Array(1024);
  /** index of the node's ADDED/MODIFIED record in the log of layer nCounted */
  protected nLogIdx = new Int32Array(1024);
  protected nFirst = new Int32Array(1024).fill(NONE);
  protected nLast = new Int32Array(1024).fill(NONE);
  protected nNext = new Int32Array(1024).fill(NONE);
  protected nPrev = new Int32Array(1024).fill(NONE);
  /** open-addressing table of node ids keyed by (parent, segment) */
  protected table = new Int32Array(2048).fill(NONE);
  // inodes (inode id = index + 1)
  protected iCount = 0;
  protected iSize = new Float64Array(1024);
  protected iLayer = new Int32Array(1024);
  protected iRefs = new Int32Array(1024);
  /** node the inode was written at (its event's path) */
  protected iNode = new Int32Array(1024);
  /** log record (of layer iLayer) the inode's bytes were counted in */
  protected iLogIdx = new Int32Array(1024);
  protected iEvent: FileEvent[] = [];
  protected logs: LayerLog[] = [];
  /**
   * directory path → node id, for paths seen as a parent. A node id names one path for ever, so an entry never
   * goes stale: only whether the node is (still) a directory needs checking. One entry per directory.
   */
  protected dirIds = new Map<string, number>();

  constructor() {
    this.nKind[0] = DIR;
    this.nBucket[0] = 1;
  }

  protected intern(seg: string): number {
    let id = this.segIds.get(seg);
    if (id === undefined) {
      id = this.segs.length;
      this.segs.push(seg);
      this.segIds.set(seg, id);
    }
    return id;
  }

  private slot(parent: number, seg: number): number {
    const mask = this.table.length - 1;
    let h = (Math.imul(parent, 0x9e3779b1) ^ Math.imul(seg + 0x7f4a7c15, 0x85ebca77)) >>> 0;
    h = (h ^ (h >>> 15)) & mask;
    for (;;) {
      const id = this.table[h] as number;
      if (id === NONE || (this.nParent[id] === parent && this.nSeg[id] === seg)) return h;
      h = (h + 1) & mask;
    }
  }

  /** The node for (parent, seg), present or not; NONE when never created. */
  protected child(parent: number, seg: number): number {
    return this.table[this.slot(parent, seg)] as number;
  }

  /** The node for (parent, seg), created (absent) when needed. */
  protected childOrNew(parent: number, seg: number): number {
    let h = this.slot(parent, seg);
    const found = this.table[h] as number;
    if (found !== NONE) return found;
    const id = this.nCount++;
    if (id >= this.nParent.length) {
      const n = this.nParent.length * 2;
      this.nParent = grow(this.nParent, n, NONE);
      this.nSeg = grow(this.nSeg, n);
      this.nKind = grow(this.nKind, n);
      this.nInode = grow(this.nInode, n, NONE);
      this.nStamp = grow(this.nStamp, n, -1);
      this.nCounted = grow(this.nCounted, n, -1);
      this.nBucket = grow(this.nBucket, n);
      this.nLogIdx = grow(this.nLogIdx, n);
      this.nFirst = grow(this.nFirst, n, NONE);
      this.nLast = grow(this.nLast, n, NONE);
      this.nNext = grow(this.nNext, n, NONE);
      this.nPrev = grow(this.nPrev, n, NONE);
    }
    this.nParent[id] = parent;
    this.nSeg[id] = seg;
    if (this.nCount * 2 > this.table.length) {
      const old = this.table;
      this.table = new Int32Array(old.length * 2).fill(NONE);
      for (let i = 0; i < old.length; i++) {
        const n = old[i] as number;
        if (n !== NONE) this.table[this.slot(this.nParent[n] as number, this.nSeg[n] as number)] = n;
      }
      h = this.slot(parent, seg);
    }
    this.table[h] = id;
    return id;
  }

  /** The present node at a cleaned absolute path, or NONE. */
  protected lookupPath(path: string): number {
    if (path === '/') return 0;
    const slash = path.lastIndexOf('/');
    if (slash > 0) {
      const dir = this.dirIds.get(path.slice(0, slash));
      if (dir !== undefined && this.nKind[dir] === DIR) {
        const seg = this.segIds.get(path.slice(slash + 1));
        if (seg === undefined) return NONE;
        const n = this.child(dir, seg);
        return n === NONE || this.nKind[n] === ABSENT ? NONE : n;
      }
    }
    let node = 0;
    let from = 1;
    while (from <= path.length) {
      let to = path.indexOf('/', from);
      if (to < 0) to = path.length;
      const seg = this.segIds.get(path.slice(from, to));
      if (seg === undefined) return NONE;
      node = this.child(node, seg);
      if (node === NONE || this.nKind[node] === ABSENT) return NONE;
      from = to + 1;
    }
    return node;
  }

  /** Joins the segments from `/` down to `node`. */
  protected pathOfNode(node: number): string {
    if (node === 0) return '/';
    const parts: string[] = [];
    for (let n = node; n !== 0; n = this.nParent[n] as number) parts.push(this.segs[this.nSeg[n] as number] as string);
    parts.reverse();
    return '/' + parts.join('/');
  }

  protected link(parent: number, node: number): void {
    const last = this.nLast[parent] as number;
    this.nPrev[node] = last;
    this.nNext[node] = NONE;
    if (last === NONE) this.nFirst[parent] = node;
    else this.nNext[last] = node;
    this.nLast[parent] = node;
  }

  protected unlink(node: number): void {
    const parent = this.nParent[node] as number;
    const prev = this.nPrev[node] as number;
    const next = this.nNext[node] as number;
    if (prev === NONE) this.nFirst[parent] = next;
    else this.nNext[prev] = next;
    if (next === NONE) this.nLast[parent] = prev;
    else this.nPrev[next] = prev;
    this.nPrev[node] = NONE;
    this.nNext[node] = NONE;
  }

  protected record(layer: number, node: number, change: number, bytes: number): number {
    const log = this.logs[layer] as LayerLog;
    const i = log.length++;
    if (i >= log.node.length) {
      const n = log.node.length * 2;
      log.node = grow(log.node, n);
      log.change = grow(log.change, n);
      log.bytes = grow(log.bytes, n);
    }
    log.node[i] = node;
    log.change[i] = change;
    log.bytes[i] = bytes;
    return i;
  }
}

/**
 * The final tree and every layer's changes, read-only, as compact arrays: the public model for explorers and
 * rules that need every path (see `docs/architecture.md`, "the compact model").
 *
 * Nodes are numbered 0 … nodeCount−1; node 0 is `/`. A node id names one path for the whole replay (a path
 * deleted and written again keeps its id); `kind(node)` is ABSENT when the path is not in the final tree. Paths
 * are never stored whole: `path(node)` joins the interned segments (allocates; call it for what you display).
 */
export class UnionTree extends Store {
  /** number of node ids (present or not) */
  get nodeCount(): number {
    return this.nCount;
  }
  /** number of layers replayed */
  get layerCount(): number {
    return this.logs.length;
  }
  /** the node's parent (−1 for `/`) */
  parent(node: number): number {
    return this.nParent[node] as number;
  }
  /** the node's last path segment ('' for `/`) */
  name(node: number): string {
    return node === 0 ? '' : (this.segs[this.nSeg[node] as number] as string);
  }
  /** the node's cleaned absolute path */
  path(node: number): string {
    return this.pathOfNode(node);
  }
  /** 'file' | 'dir' | 'symlink' | 'other' in the final tree, or 'absent' */
  kind(node: number): 'absent' | 'file' | 'dir' | 'symlink' | 'other' {
    return KIND_NAME[this.nKind[node] as number] as 'absent';
  }
  /** the present node at a cleaned absolute path, or −1 */
  lookup(path: string): number {
    return this.lookupPath(path);
  }
  /** for a file node of the final tree: its inode id (≥ 1; shared by hardlinks), else −1 */
  inode(node: number): number {
    const i = this.nInode[node] as number;
    return i === NONE ? NONE : i + 1;
  }
  /** regular-file bytes of an inode id */
  inodeSizeBytes(inode: number): number {
    return this.iSize[inode - 1] as number;
  }
  /** layer that wrote an inode's bytes */
  inodeLayer(inode: number): number {
    return this.iLayer[inode - 1] as number;
  }
  /** number of final-tree paths sharing an inode (hardlinks; 0 once the inode is waste) */
  inodeLinks(inode: number): number {
    return this.iRefs[inode - 1] as number;
  }
  /** the tar event that created an inode (content hash, mode, uid, gid, captured content) */
  inodeEvent(inode: number): FileEvent {
    return this.iEvent[inode - 1] as FileEvent;
  }
  /** calls `fn` for each present child of a directory node, in first-written order */
  forEachChild(node: number, fn: (child: number) => void): void {
    for (let c = this.nFirst[node] as number; c !== NONE; c = this.nNext[c] as number) fn(c);
  }
  /** the present children of a directory node, sorted so that a depth-first walk yields paths in code-unit order */
  sortedChildren(node: number): number[] {
    const out: number[] = [];
    for (let c = this.nFirst[node] as number; c !== NONE; c = this.nNext[c] as number) out.push(c);
    if (out.length < 2) return out;
    const key = out.map((c) => (this.nKind[c] === DIR && this.nFirst[c] !== NONE ? this.name(c) + '/' : this.name(c)));
    let sorted = true;
    for (let i = 1; i < key.length && sorted; i++) sorted = (key[i - 1] as string) < (key[i] as string);
    if (sorted) return out;
    const idx = out.map((_, i) => i).sort((a, b) => ((key[a] as string) < (key[b] as string) ? -1 : (key[a] as string) > (key[b] as string) ? 1 : 0));
    return idx.map((i) => out[i] as number);
  }
  /**
   * Visits every present node below `node` (default `/`), depth first, in code-unit path order, with its depth
   * (`/` is 0). Return false from `fn` to skip a directory's subtree. Iterative: no recursion limit.
   */
  walk(fn: (node: number, depth: number) => boolean | void, node = 0): void {
    const stack: number[] = [node];
    const depths: number[] = [0];
    while (stack.length > 0) {
      const n = stack.pop() as number;
      const d = depths.pop() as number;
      if (fn(n, d) === false || this.nFirst[n] === NONE) continue;
      const kids = this.sortedChildren(n);
      for (let i = kids.length - 1; i >= 0; i--) {
        stack.push(kids[i] as number);
        depths.push(d + 1);
      }
    }
  }
  /** what layer `layer` did, path by path (see {@link LayerLog}); the arrays may be longer than `length` */
  layerLog(layer: number): LayerLog {
    return this.logs[layer] as LayerLog;
  }
}

/** True when inode `next` carries the same bytes as inode `prev` (an attribute-only copy-up). */
function sameContent(prevSize: number, prev: FileEvent, nextSize: number, next: FileEvent): boolean {
  if (prevSize !== nextSize) return false;
  if (prev.contentHash !== undefined && next.contentHash !== undefined) return prev.contentHash === next.contentHash;
  return prev.mtimeSec === next.mtimeSec;
}

/**
 * An incremental replay: `applyLayer` for each layer in order, then `finish`. Most callers want
 * {@link replayLayers}.
 */
export class UnionFs extends UnionTree {
  private readonly stats: MutableStats[] = [];
  private readonly wasted: WastedItem[] = [];
  private readonly byCause: Record<WasteCause, number> = {
    overwritten: 0,
    'attribute-copy-up': 0,
    'deleted-file': 0,
    'deleted-dir': 0,
    opaque: 0,
    'replaced-dir': 0,
  };
  private readonly deletions: DeletedPath[] = [];
  private readonly notes: string[] = [];
  private readonly maxNotes: number;
  private notesOmitted = 0;
  /** layer being applied */
  private L = -1;
  private cur: MutableStats = newStats();
  /** ensureDir cache: the last parent path resolved, valid while no directory was removed (`gen`) in layer L */
  private cachePath = '';
  private cacheNode = NONE;
  private cacheGen = -1;
  private gen = 0;
  private stack = new Int32Array(64);

  constructor(opts: ReplayOptions = {}) {
    super();
    this.maxNotes = opts.maxNotes ?? 100;
  }

  /** Applies the events of the next layer (layer indexes are assigned 0, 1, 2, … in call order). */
  applyLayer(events: readonly FileEvent[]): void {
    this.L = this.stats.length;
    this.cur = newStats();
    this.stats.push(this.cur);
    this.logs.push(newLog());
    this.gen++;
    const opaque: string[] = [];
    for (const e of events) {
      switch (e.kind) {
        case 'file':
          this.cur.contentBytes += e.sizeBytes;
          this.writeFile(e);
          break;
        case 'dir':
        case 'symlink':
        case 'other':
          this.write(e.path, KIND_OF[e.kind], NONE, 0);
          break;
        case 'hardlink':
          this.hardlink(e);
          break;
        case 'whiteout':
          this.whiteout(e.path);
          break;
        case 'opaque':
          opaque.push(e.path);
          break;
      }
    }
    for (const dir of opaque) {
      const node = this.lookupPath(dir);
      if (node !== NONE && this.nKind[node] === DIR) this.removeUntouched(node, 'opaque');
    }
  }

  /** The final tree and all the accounting. The instance must not be replayed into afterwards. */
  finish(): UnionResult {
    const visibleFiles: VisibleFile[] = [];
    const visibleNodes: number[] = [];
    const counted = new Set<number>();
    let visibleBytes = 0;
    this.walk((n) => {
      const i = this.nInode[n] as number;
      if (i === NONE) return;
      const ev = this.iEvent[i] as FileEvent;
      const size = this.iSize[i] as number;
      const path = this.iNode[i] === n ? ev.path : this.pathOfNode(n); // a hardlink's path is joined
      const f: VisibleFile = { path, sizeBytes: size, layer: this.iLayer[i] as number, mode: ev.mode, uid: ev.uid, gid: ev.gid, inode: i + 1 };
      if (ev.contentHash !== undefined) f.contentHash = ev.contentHash;
      visibleFiles.push(f);
      visibleNodes.push(n);
      if ((this.iRefs[i] as number) > 1) {
        if (counted.has(i)) return;
        counted.add(i);
      }
      visibleBytes += size;
    });
    let totalBytes = 0;
    let wastedBytes = 0;
    const layers = this.stats.map((s): LayerChanges => {
      totalBytes += s.contentBytes;
      wastedBytes += s.wastedBytes;
      return {
        contentBytes: s.contentBytes,
        shadowedBytes: s.shadowedBytes,
        added: s.added,
        modified: s.modified,
        deleted: s.deleted,
        wastedBytes: s.wastedBytes,
        hiddenBy: sortedPairs(s.hiddenBy),
        hidesBytes: s.hidesBytes,
        hides: sortedPairs(s.hides),
      };
    });
    return {
      visibleFiles,
      visibleBytes,
      totalBytes,
      wastedBytes,
      wasted: this.wasted,
      wasteByCause: { ...this.byCause },
      deletions: this.deletions,
      layers,
      notes: this.notes,
      notesOmitted: this.notesOmitted,
      tree: this,
      visibleNodes: Int32Array.from(visibleNodes),
    };
  }

  private note(msg: string): void {
    if (this.notes.length < this.maxNotes) this.notes.push(msg);
    else this.notesOmitted++;
  }

  /**
   * Counts a write of `bytes` at `node` (present or not): 'added' when the path is new to the tree, 'modified'
   * when it existed; a path counts once per layer (a same-layer override only adds its bytes).
   */
  private count(node: number, present: boolean, bytes: number): number {
    if (present && this.nCounted[node] === this.L) {
      const b = this.nBucket[node] as number;
      (b === 0 ? this.cur.added : this.cur.modified).bytes += bytes;
      const log = this.logs[this.L] as LayerLog;
      const at = this.nLogIdx[node] as number;
      log.bytes[at] = (log.bytes[at] as number) + bytes;
      return b;
    }
    const b = present ? 1 : 0;
    const c = b === 0 ? this.cur.added : this.cur.modified;
    c.count++;
    c.bytes += bytes;
    this.nLogIdx[node] = this.record(this.L, node, b === 0 ? ADDED : MODIFIED, bytes);
    return b;
  }

  private writeFile(e: FileEvent): void {
    const i = this.iCount++;
    if (i >= this.iSize.length) {
      const n = this.iSize.length * 2;
      this.iSize = grow(this.iSize, n);
      this.iLayer = grow(this.iLayer, n);
      this.iRefs = grow(this.iRefs, n);
      this.iLogIdx = grow(this.iLogIdx, n);
      this.iNode = grow(this.iNode, n);
    }
    this.iSize[i] = e.sizeBytes;
    this.iLayer[i] = this.L;
    this.iRefs[i] = 0;
    this.iEvent.push(e);
    this.iLogIdx[i] = -1;
    this.write(e.path, FILE, i, e.sizeBytes);
  }

  private hardlink(e: FileEvent): void {
    const target = e.linkTarget === undefined ? NONE : this.lookupPath(e.linkTarget);
    if (target === NONE || this.nKind[target] === DIR) {
      this.note(`layer ${this.L}: hardlink ${e.path} → ${e.linkTarget ?? '(none)'}: target ${target === NONE ? 'missing' : 'is a directory'}; ignored`);
      return;
    }
    if (e.path === e.linkTarget) return;
    const kind = this.nKind[target] as NodeKind;
    if (kind !== FILE) {
      this.write(e.path, kind, NONE, 0);
      return;
    }
    const ino = this.nInode[target] as number;
    const existing = this.lookupPath(e.path);
    if (existing !== NONE && this.nInode[existing] === ino) {
      this.nBucket[existing] = this.count(existing, true, 0);
      this.nCounted[existing] = this.L;
      this.nStamp[existing] = this.L;
      this.ensureDir(parentOf(e.path));
      return;
    }
    this.write(e.path, FILE, ino, 0);
  }

  /** Writes a node of `kind` at `path` (file nodes reference inode index `ino`); `bytes` are counted as added/modified. */
  private write(path: string, kind: NodeKind, ino: number, bytes: number): void {
    if (path === '/') {
      this.nBucket[0] = this.count(0, true, bytes);
      this.nCounted[0] = this.L;
      if (kind === DIR) {
        this.nStamp[0] = this.L;
        return;
      }
      this.note(`layer ${this.L}: a ${KIND_NAME[kind]} entry for / ignored`);
      if (ino !== NONE && this.iLogIdx[ino] === -1) this.iLogIdx[ino] = this.nLogIdx[0] as number;
      if (ino !== NONE && this.iRefs[ino] === 0) this.waste(ino, 'overwritten'); // shadowed: its own layer's
      return;
    }
    // Reference the new inode first, so removing what was there can never waste it (hardlink into own subtree).
    if (ino !== NONE) this.iRefs[ino] = (this.iRefs[ino] as number) + 1;
    const slash = path.lastIndexOf('/');
    const parent = this.ensureDir(slash <= 0 ? '/' : path.slice(0, slash));
    const node = this.childOrNew(parent, this.intern(path.slice(slash + 1)));
    const prevKind = this.nKind[node] as number;
    const present = prevKind !== ABSENT;
    const bucket = this.count(node, present, bytes);
    if (present) {
      if (prevKind === DIR) {
        if (kind === DIR) {
          this.nStamp[node] = this.L;
          this.nCounted[node] = this.L;
          this.nBucket[node] = bucket;
          return;
        }
        this.removeChildren(path, node, 'replaced-dir', true);
        this.gen++;
      } else {
        const old = this.nInode[node] as number;
        this.nInode[node] = NONE;
        if (old !== NONE) {
          const same = ino !== NONE && sameContent(this.iSize[old] as number, this.iEvent[old] as FileEvent, this.iSize[ino] as number, this.iEvent[ino] as FileEvent);
          this.unref(old, node, same ? 'attribute-copy-up' : 'overwritten');
        }
      }
    }
    this.nKind[node] = kind;
    this.nInode[node] = ino;
    if (ino !== NONE && this.iLogIdx[ino] === -1) {
      this.iLogIdx[ino] = this.nLogIdx[node] as number;
      this.iNode[ino] = node;
    }
    this.nStamp[node] = this.L;
    this.nCounted[node] = this.L;
    this.nBucket[node] = bucket;
    // a replaced path keeps its place among its parent's children
    if (!present) this.link(parent, node);
  }

  /** Makes `path` a directory stamped with the current layer, creating or replacing ancestors as needed. */
  private ensureDir(path: string): number {
    let node = 0;
    let from = 1;
    if (this.cacheGen === this.gen) {
      const c = this.cachePath;
      if (c === path) return this.cacheNode; // the common case
      // a path below the last one resolved: every ancestor up to it is a directory stamped this layer
      if (path.length > c.length && path.charCodeAt(c.length) === 47 && path.startsWith(c)) {
        node = this.cacheNode;
        from = c.length + 1;
      }
    }
    if (node === 0) {
      const known = this.dirIds.get(path);
      if (known !== undefined && this.nKind[known] === DIR) {
        // present: its ancestors are present directories; stamp them up to the first one stamped this layer
        for (let n = known; n !== NONE && this.nStamp[n] !== this.L; n = this.nParent[n] as number) this.nStamp[n] = this.L;
        this.cachePath = path;
        this.cacheNode = known;
        this.cacheGen = this.gen;
        return known;
      }
      this.nStamp[0] = this.L;
    }
    while (from <= path.length && path !== '/') {
      let to = path.indexOf('/', from);
      if (to < 0) to = path.length;
      const parent = node;
      node = this.childOrNew(parent, this.intern(path.slice(from, to)));
      const k = this.nKind[node] as number;
      if (k === DIR) {
        this.nStamp[node] = this.L;
      } else {
        const present = k !== ABSENT;
        if (present) {
          const q = path.slice(0, to);
          this.note(`layer ${this.L}: ${q} was a ${KIND_NAME[k]}; replaced by a directory implied by a path below it`);
          const old = this.nInode[node] as number;
          this.nInode[node] = NONE;
          if (old !== NONE) this.unref(old, node, 'overwritten');
        }
        const bucket = this.count(node, present, 0);
        this.nKind[node] = DIR;
        this.nStamp[node] = this.L;
        this.nCounted[node] = this.L;
        this.nBucket[node] = bucket;
        if (!present) this.link(parent, node);
      }
      from = to + 1;
    }
    this.cachePath = path;
    this.cacheNode = node;
    this.cacheGen = this.gen;
    if (node !== 0) this.dirIds.set(path, node);
    return node;
  }

  private whiteout(path: string): void {
    if (path === '/') return;
    const node = this.lookupPath(path);
    if (node === NONE) return;
    const isDir = this.nKind[node] === DIR;
    const cause: WasteCause = isDir ? 'deleted-dir' : 'deleted-file';
    if (this.nStamp[node] !== this.L) {
      const before = this.cur.deleted.bytes;
      this.removeChildren(path, node, cause, false);
      this.removeNode(node, cause);
      this.deletions.push({ path, sizeBytes: this.cur.deleted.bytes - before, layer: this.L, kind: isDir ? 'dir' : 'file' });
    } else if (isDir) {
      // Written (or written below) by this same layer: the whiteout only hides what lower layers put there.
      this.removeUntouched(node, cause);
    }
  }

  /** Takes a present node out of the tree (its subtree must be empty), counting it as deleted by this layer. */
  private removeNode(node: number, cause: WasteCause): void {
    this.gen++;
    this.unlink(node);
    const k = this.nKind[node];
    this.nKind[node] = ABSENT;
    this.cur.deleted.count++;
    const ino = this.nInode[node] as number;
    this.nInode[node] = NONE;
    const before = this.cur.deleted.bytes;
    if (ino !== NONE) this.unref(ino, node, cause, true);
    this.record(this.L, node, DELETED, k === DIR ? 0 : this.cur.deleted.bytes - before);
  }

  /** Removes every child of `dir` not touched by the current layer (recursing into touched directories). */
  private removeUntouched(dir: number, cause: WasteCause): void {
    let c = this.nFirst[dir] as number;
    while (c !== NONE) {
      const next = this.nNext[c] as number;
      if (this.nStamp[c] === this.L) {
        if (this.nKind[c] === DIR) this.removeUntouched(c, cause);
      } else {
        const before = this.cur.deleted.bytes;
        const isDir = this.nKind[c] === DIR;
        this.removeChildren('', c, cause, false);
        this.removeNode(c, cause);
        this.deletions.push({ path: this.pathOfNode(c), sizeBytes: this.cur.deleted.bytes - before, layer: this.L, kind: isDir ? 'dir' : 'file' });
      }
      c = next;
    }
  }

  /**
   * Removes the whole subtree below `node` (not `node` itself), each removed path counted as deleted by the
   * current layer. With `record`, adds one deletion entry for `path` (a replaced directory).
   */
  private removeChildren(path: string, node: number, cause: WasteCause, record: boolean): void {
    if (this.nFirst[node] === NONE) {
      if (record) this.deletions.push({ path, sizeBytes: 0, layer: this.L, kind: 'dir' });
      return;
    }
    this.gen++;
    const before = this.cur.deleted.bytes;
    let sp = 0;
    this.stack[sp++] = node;
    while (sp > 0) {
      const n = this.stack[--sp] as number;
      let c = this.nFirst[n] as number;
      this.nFirst[n] = NONE;
      this.nLast[n] = NONE;
      while (c !== NONE) {
        const next = this.nNext[c] as number;
        this.nNext[c] = NONE;
        this.nPrev[c] = NONE;
        const k = this.nKind[c];
        this.nKind[c] = ABSENT;
        this.cur.deleted.count++;
        const ino = this.nInode[c] as number;
        this.nInode[c] = NONE;
        const b0 = this.cur.deleted.bytes;
        if (ino !== NONE) this.unref(ino, c, cause, true);
        else if (this.nFirst[c] !== NONE) {
          if (sp >= this.stack.length) this.stack = grow(this.stack, this.stack.length * 2);
          this.stack[sp++] = c;
        }
        this.record(this.L, c, DELETED, k === DIR ? 0 : this.cur.deleted.bytes - b0);
        c = next;
      }
    }
    if (record) this.deletions.push({ path, sizeBytes: this.cur.deleted.bytes - before, layer: this.L, kind: 'dir' });
  }

  /** Drops one path reference; the last one makes the inode waste of `cause`, hidden by the current layer. */
  private unref(ino: number, _node: number, cause: WasteCause, deletion = false): void {
    this.iRefs[ino] = (this.iRefs[ino] as number) - 1;
    if ((this.iRefs[ino] as number) > 0) return;
    if (this.waste(ino, cause) && deletion) this.cur.deleted.bytes += this.iSize[ino] as number;
  }

  /**
   * Makes an inode's bytes invisible: waste of `cause` hidden by the current layer, or, when the current layer
   * wrote them itself, shadowed (neither content nor waste; the module doc's same-layer rule). True for waste.
   */
  private waste(ino: number, cause: WasteCause): boolean {
    const bytes = this.iSize[ino] as number;
    const layer = this.iLayer[ino] as number;
    if (layer === this.L) {
      this.cur.shadowedBytes += bytes;
      this.cur.contentBytes -= bytes;
      const log = this.logs[layer] as LayerLog;
      const at = this.iLogIdx[ino] as number;
      (log.change[at] === ADDED ? this.cur.added : this.cur.modified).bytes -= bytes;
      log.bytes[at] = (log.bytes[at] as number) - bytes;
      return false;
    }
    this.wasted.push({ path: (this.iEvent[ino] as FileEvent).path, sizeBytes: bytes, cause, layer, hiddenBy: this.L });
    this.byCause[cause] += bytes;
    const holder = this.stats[layer] as MutableStats;
    holder.wastedBytes += bytes;
    holder.hiddenBy.set(this.L, (holder.hiddenBy.get(this.L) ?? 0) + bytes);
    this.cur.hidesBytes += bytes;
    this.cur.hides.set(layer, (this.cur.hides.get(layer) ?? 0) + bytes);
    return true;
  }
}

/**
 * Replays `layers` (the events of each layer, in rootfs order) into one union filesystem and accounts every byte.
 */
export function replayLayers(layers: readonly (readonly FileEvent[])[], opts: ReplayOptions = {}): UnionResult {
  const fs = new UnionFs(opts);
  for (const events of layers) fs.applyLayer(events);
  return fs.finish();
}
