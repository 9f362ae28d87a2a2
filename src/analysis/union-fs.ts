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
 * Pure and compact: it replays node ids of the image's PathTable (src/layer/path-table.ts), the same ids the
 * scanner interned each entry's path to, with per-node state and inodes in typed arrays and children as linked
 * lists (removing a subtree visits only it); no object or string per path. After `finish` the same store is the
 * read-only {@link UnionTree} (`UnionResult.tree`, `Analysis.tree`): the final tree plus every layer's changes
 * path by path, for explorers and rules that need every path (docs/architecture.md, "The compact model").
 */
import type { VisibleFile, WastedItem } from './types.ts';
import type { CountBytes, DeletedPath, WasteCause } from '../report/types.ts';
import type { FileEvent } from '../layer/events.ts';
import { K_DIR, K_FILE, K_HARDLINK, K_OPAQUE, K_SYMLINK, K_WHITEOUT, LayerEvents } from '../layer/events.ts';
import { PathTable } from '../layer/path-table.ts';
import { resized } from '../layer/typed.ts';

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

function newLog(): LayerLog {
  return { length: 0, node: new Int32Array(64), change: new Uint8Array(64), bytes: new Float64Array(64) };
}

/**
 * The compact union filesystem: per-node state over the image's PathTable (src/layer/path-table.ts; node ids
 * are its ids, node 0 is `/`) and inodes, all in typed arrays (a few tens of bytes per path; no object per path).
 * {@link UnionFs} builds it; after `finish` it is the read-only model of the final tree and of every layer's
 * changes (see {@link UnionTree}).
 */
class Store {
  protected readonly paths: PathTable;
  // per node (index = PathTable node id; grown as the table grows)
  protected nKind = new Uint8Array(0);
  protected nInode = new Int32Array(0);
  protected nStamp = new Int32Array(0);
  protected nCounted = new Int32Array(0);
  protected nBucket = new Uint8Array(0);
  /** index of the node's ADDED/MODIFIED record in the log of layer nCounted */
  protected nLogIdx = new Int32Array(0);
  protected nFirst = new Int32Array(0);
  protected nLast = new Int32Array(0);
  protected nNext = new Int32Array(0);
  protected nPrev = new Int32Array(0);
  // inodes (inode id = index + 1)
  protected iCount = 0;
  protected iSize = new Float64Array(1024);
  protected iLayer = new Int32Array(1024);
  protected iRefs = new Int32Array(1024);
  /** node the inode was written at (its event's path) */
  protected iNode = new Int32Array(1024);
  /** log record (of layer iLayer) the inode's bytes were counted in */
  protected iLogIdx = new Int32Array(1024);
  /** index of the inode's event in its layer's events */
  protected iEvent = new Int32Array(1024);
  /** each replayed layer's events */
  protected events: LayerEvents[] = [];
  protected logs: LayerLog[] = [];

  constructor(paths: PathTable) {
    this.paths = paths;
    this.fitNodes(Math.max(1024, paths.size));
    this.nKind[0] = DIR;
    this.nBucket[0] = 1;
  }

  /**
   * Makes room for `need` node ids (default: every node id of the table). The table is usually complete before
   * the first layer is replayed (every layer interned while scanned): the arrays are sized to it exactly then,
   * and grow by halves for tables that grow between layers.
   */
  protected fitNodes(need = this.paths.size): void {
    if (need <= this.nKind.length) return;
    const n = Math.max(need, Math.floor(this.nKind.length * 1.5));
    this.nKind = resized(this.nKind, n);
    this.nInode = resized(this.nInode, n, NONE);
    this.nStamp = resized(this.nStamp, n, -1);
    this.nCounted = resized(this.nCounted, n, -1);
    this.nBucket = resized(this.nBucket, n);
    this.nLogIdx = resized(this.nLogIdx, n);
    this.nFirst = resized(this.nFirst, n, NONE);
    this.nLast = resized(this.nLast, n, NONE);
    this.nNext = resized(this.nNext, n, NONE);
    this.nPrev = resized(this.nPrev, n, NONE);
  }

  /** The node's kind, ABSENT for ids the replay never sized (interned later). */
  protected kindOf(node: number): number {
    return node < this.nKind.length ? (this.nKind[node] as number) : ABSENT;
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
    const parent = this.paths.parent(node);
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
      log.node = resized(log.node, n);
      log.change = resized(log.change, n);
      log.bytes = resized(log.bytes, n);
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
    return this.paths.size;
  }
  /** the table the node ids belong to */
  get pathTable(): PathTable {
    return this.paths;
  }
  /** number of layers replayed */
  get layerCount(): number {
    return this.logs.length;
  }
  /** the node's parent (−1 for `/`) */
  parent(node: number): number {
    return this.paths.parent(node);
  }
  /** the node's last path segment ('' for `/`) */
  name(node: number): string {
    return this.paths.name(node);
  }
  /** the node's cleaned absolute path */
  path(node: number): string {
    return this.paths.path(node);
  }
  /** 'file' | 'dir' | 'symlink' | 'other' in the final tree, or 'absent' */
  kind(node: number): 'absent' | 'file' | 'dir' | 'symlink' | 'other' {
    return KIND_NAME[this.kindOf(node)] as 'absent';
  }
  /** the present node at a cleaned absolute path, or −1 */
  lookup(path: string): number {
    const n = this.paths.lookup(path);
    return n === NONE || this.kindOf(n) === ABSENT ? NONE : n;
  }
  /** for a file node of the final tree: its inode id (≥ 1; shared by hardlinks), else −1 */
  inode(node: number): number {
    if (node >= this.nInode.length) return NONE;
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
  /** the events of the layer that wrote an inode (the inode's entry is at {@link inodeIndex} in them) */
  protected inodeEvents(inode: number): LayerEvents {
    return this.events[this.iLayer[inode - 1] as number] as LayerEvents;
  }
  /** the index of an inode's entry in its layer's events */
  protected inodeIndex(inode: number): number {
    return this.iEvent[inode - 1] as number;
  }
  /** an inode's permission bits as stored */
  inodeMode(inode: number): number {
    return this.inodeEvents(inode).mode(this.inodeIndex(inode));
  }
  inodeUid(inode: number): number {
    return this.inodeEvents(inode).uid(this.inodeIndex(inode));
  }
  inodeGid(inode: number): number {
    return this.inodeEvents(inode).gid(this.inodeIndex(inode));
  }
  /** an inode's content hash (16 hex digits), undefined when not hashed */
  inodeHash(inode: number): string | undefined {
    return this.inodeEvents(inode).contentHash(this.inodeIndex(inode));
  }
  inodeHashed(inode: number): boolean {
    return this.inodeEvents(inode).hashed(this.inodeIndex(inode));
  }
  /** 32 bits of an inode's content hash (a small key; see inodeHashed) */
  inodeHashLow(inode: number): number {
    return this.inodeEvents(inode).hashLow(this.inodeIndex(inode));
  }
  /**
   * Whether two inodes hold the same bytes by their content hashes: null unless both are hashed (sizes are the
   * caller's to compare).
   */
  protected sameHash(a: number, b: number): boolean | null {
    const ea = this.inodeEvents(a);
    const ia = this.inodeIndex(a);
    const eb = this.inodeEvents(b);
    const ib = this.inodeIndex(b);
    return ea.hashed(ia) && eb.hashed(ib) ? ea.sameHash(ia, eb, ib) : null;
  }
  /** true when both inodes are hashed and their sizes and content hashes are equal */
  sameInodeContent(a: number, b: number): boolean {
    return this.iSize[a - 1] === this.iSize[b - 1] && this.sameHash(a, b) === true;
  }
  /** the events of a replayed layer */
  layerEvents(layer: number): LayerEvents {
    return this.events[layer] as LayerEvents;
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

/** A visible regular file read through the tree: no copy of its path, mode, owner or hash. */
class TreeFile implements VisibleFile {
  private readonly tree: UnionTree;
  readonly node: number;
  readonly inode: number;
  constructor(tree: UnionTree, node: number, inode: number) {
    this.tree = tree;
    this.node = node;
    this.inode = inode;
  }
  get path(): string {
    return this.tree.path(this.node);
  }
  get sizeBytes(): number {
    return this.tree.inodeSizeBytes(this.inode);
  }
  get layer(): number {
    return this.tree.inodeLayer(this.inode);
  }
  get mode(): number {
    return this.tree.inodeMode(this.inode);
  }
  get uid(): number {
    return this.tree.inodeUid(this.inode);
  }
  get gid(): number {
    return this.tree.inodeGid(this.inode);
  }
  get contentHash(): string | undefined {
    return this.tree.inodeHash(this.inode);
  }
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
  private ev: LayerEvents = new LayerEvents();
  private stack = new Int32Array(64);
  private chain = new Int32Array(64);

  /** `paths`: the table the layers' events were interned into (default: a new one; events are re-interned) */
  constructor(opts: ReplayOptions = {}, paths: PathTable = new PathTable()) {
    super(paths);
    this.maxNotes = opts.maxNotes ?? 100;
  }

  /**
   * Applies the events of the next layer (layer indexes are assigned 0, 1, 2, … in call order). Events of
   * another PathTable (or plain FileEvent objects) are interned into this replay's table first.
   */
  applyLayer(layerEvents: LayerEvents | Iterable<FileEvent>): void {
    const ev = LayerEvents.from(layerEvents, this.paths);
    this.fitNodes();
    this.L = this.stats.length;
    this.cur = newStats();
    this.stats.push(this.cur);
    this.logs.push(newLog());
    this.events.push(ev);
    this.ev = ev;
    const opaque: number[] = [];
    for (let i = 0; i < ev.length; i++) {
      const node = ev.node(i);
      switch (ev.kindCode(i)) {
        case K_FILE: {
          const size = ev.sizeBytes(i);
          this.cur.contentBytes += size;
          this.writeFile(node, i, size);
          break;
        }
        case K_DIR:
          this.write(node, DIR, NONE, 0);
          break;
        case K_SYMLINK:
          this.write(node, SYMLINK, NONE, 0);
          break;
        case K_HARDLINK:
          this.hardlink(node, i);
          break;
        case K_WHITEOUT:
          this.whiteout(node);
          break;
        case K_OPAQUE:
          opaque.push(node);
          break;
        default:
          this.write(node, OTHER, NONE, 0);
      }
    }
    for (const dir of opaque) {
      if (this.nKind[dir] === DIR) this.removeUntouched(dir, 'opaque');
    }
  }

  /** The final tree and all the accounting. The instance must not be replayed into afterwards. */
  finish(): UnionResult {
    // the logs are complete: drop their spare capacity (up to half of each)
    for (const log of this.logs) {
      if (log.node.length === log.length) continue;
      log.node = resized(log.node, log.length);
      log.change = resized(log.change, log.length);
      log.bytes = resized(log.bytes, log.length);
    }
    const visibleFiles: VisibleFile[] = [];
    const visibleNodes: number[] = [];
    const counted = new Set<number>();
    let visibleBytes = 0;
    this.walk((n) => {
      const i = this.nInode[n] as number;
      if (i === NONE) return;
      visibleFiles.push(new TreeFile(this, n, i + 1));
      visibleNodes.push(n);
      const size = this.iSize[i] as number;
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

  /** Makes room for `n` inodes in all (exactly, when more than twice the room there is). */
  reserveInodes(n: number): void {
    if (n <= this.iSize.length) return;
    const cap = Math.max(n, this.iSize.length * 2);
    this.iSize = resized(this.iSize, cap);
    this.iLayer = resized(this.iLayer, cap);
    this.iRefs = resized(this.iRefs, cap);
    this.iLogIdx = resized(this.iLogIdx, cap);
    this.iNode = resized(this.iNode, cap);
    this.iEvent = resized(this.iEvent, cap);
  }

  private writeFile(node: number, index: number, size: number): void {
    const i = this.iCount++;
    if (i >= this.iSize.length) this.reserveInodes(i + 1);
    this.iSize[i] = size;
    this.iLayer[i] = this.L;
    this.iRefs[i] = 0;
    this.iEvent[i] = index;
    this.iLogIdx[i] = -1;
    this.write(node, FILE, i, size);
  }

  /** True when inode index `next` carries the same bytes as inode index `prev` (an attribute-only copy-up). */
  private sameContent(prev: number, next: number): boolean {
    if (this.iSize[prev] !== this.iSize[next]) return false;
    // by content hash when both are hashed, else by modification time
    const mtime = (i: number): number => this.inodeEvents(i + 1).mtimeSec(this.inodeIndex(i + 1));
    return this.sameHash(prev + 1, next + 1) ?? mtime(prev) === mtime(next);
  }

  private hardlink(node: number, index: number): void {
    const ev = this.ev;
    const targetNode = ev.linkNode(index);
    const target = targetNode === NONE || this.nKind[targetNode] === ABSENT ? NONE : targetNode;
    if (target === NONE || this.nKind[target] === DIR) {
      this.note(`layer ${this.L}: hardlink ${this.paths.path(node)} → ${ev.linkTarget(index) ?? '(none)'}: target ${target === NONE ? 'missing' : 'is a directory'}; ignored`);
      return;
    }
    if (node === target) return;
    const kind = this.nKind[target] as NodeKind;
    if (kind !== FILE) {
      this.write(node, kind, NONE, 0);
      return;
    }
    const ino = this.nInode[target] as number;
    if (this.nKind[node] !== ABSENT && this.nInode[node] === ino) {
      this.nBucket[node] = this.count(node, true, 0);
      this.nCounted[node] = this.L;
      this.nStamp[node] = this.L;
      this.ensureDir(this.paths.parent(node));
      return;
    }
    this.write(node, FILE, ino, 0);
  }

  /** Writes a node of `kind` (file nodes reference inode index `ino`); `bytes` are counted as added/modified. */
  private write(node: number, kind: NodeKind, ino: number, bytes: number): void {
    if (node === 0) {
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
    const parent = this.ensureDir(this.paths.parent(node));
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
        this.removeChildren(node, 'replaced-dir', true);
      } else {
        const old = this.nInode[node] as number;
        this.nInode[node] = NONE;
        if (old !== NONE) this.unref(old, ino !== NONE && this.sameContent(old, ino) ? 'attribute-copy-up' : 'overwritten');
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

  /**
   * Makes `node` a directory stamped with the current layer, creating or replacing ancestors as needed. A
   * directory stamped this layer has every ancestor stamped too, so the walk up stops at the first one.
   */
  private ensureDir(node: number): number {
    if (this.nKind[node] === DIR && this.nStamp[node] === this.L) return node; // the common case
    let depth = 0;
    let n = node;
    while (n !== 0 && !(this.nKind[n] === DIR && this.nStamp[n] === this.L)) {
      if (depth >= this.chain.length) this.chain = resized(this.chain, this.chain.length * 2);
      this.chain[depth++] = n;
      n = this.paths.parent(n);
    }
    if (n === 0) this.nStamp[0] = this.L;
    let parent = n;
    for (let d = depth - 1; d >= 0; d--) {
      const c = this.chain[d] as number;
      const k = this.nKind[c] as number;
      if (k === DIR) {
        this.nStamp[c] = this.L;
      } else {
        const present = k !== ABSENT;
        if (present) {
          this.note(`layer ${this.L}: ${this.paths.path(c)} was a ${KIND_NAME[k]}; replaced by a directory implied by a path below it`);
          const old = this.nInode[c] as number;
          this.nInode[c] = NONE;
          if (old !== NONE) this.unref(old, 'overwritten');
        }
        const bucket = this.count(c, present, 0);
        this.nKind[c] = DIR;
        this.nStamp[c] = this.L;
        this.nCounted[c] = this.L;
        this.nBucket[c] = bucket;
        if (!present) this.link(parent, c);
      }
      parent = c;
    }
    return node;
  }

  private whiteout(node: number): void {
    if (node === 0) return;
    const k = this.nKind[node] as number;
    if (k === ABSENT) return;
    const isDir = k === DIR;
    const cause: WasteCause = isDir ? 'deleted-dir' : 'deleted-file';
    if (this.nStamp[node] !== this.L) {
      const before = this.cur.deleted.bytes;
      this.removeChildren(node, cause, false);
      this.removeNode(node, cause);
      this.deletions.push({ path: this.paths.path(node), sizeBytes: this.cur.deleted.bytes - before, layer: this.L, kind: isDir ? 'dir' : 'file' });
    } else if (isDir) {
      // Written (or written below) by this same layer: the whiteout only hides what lower layers put there.
      this.removeUntouched(node, cause);
    }
  }

  /** Takes a present node out of the tree (its subtree must be empty), counting it as deleted by this layer. */
  private removeNode(node: number, cause: WasteCause): void {
    this.unlink(node);
    const k = this.nKind[node];
    this.nKind[node] = ABSENT;
    this.cur.deleted.count++;
    const ino = this.nInode[node] as number;
    this.nInode[node] = NONE;
    const before = this.cur.deleted.bytes;
    if (ino !== NONE) this.unref(ino, cause, true);
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
        this.removeChildren(c, cause, false);
        this.removeNode(c, cause);
        this.deletions.push({ path: this.paths.path(c), sizeBytes: this.cur.deleted.bytes - before, layer: this.L, kind: isDir ? 'dir' : 'file' });
      }
      c = next;
    }
  }

  /**
   * Removes the whole subtree below `node` (not `node` itself), each removed path counted as deleted by the
   * current layer. With `record`, adds one deletion entry for `node` (a replaced directory).
   */
  private removeChildren(node: number, cause: WasteCause, record: boolean): void {
    if (this.nFirst[node] === NONE) {
      if (record) this.deletions.push({ path: this.paths.path(node), sizeBytes: 0, layer: this.L, kind: 'dir' });
      return;
    }
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
        if (ino !== NONE) this.unref(ino, cause, true);
        else if (this.nFirst[c] !== NONE) {
          if (sp >= this.stack.length) this.stack = resized(this.stack, this.stack.length * 2);
          this.stack[sp++] = c;
        }
        this.record(this.L, c, DELETED, k === DIR ? 0 : this.cur.deleted.bytes - b0);
        c = next;
      }
    }
    if (record) this.deletions.push({ path: this.paths.path(node), sizeBytes: this.cur.deleted.bytes - before, layer: this.L, kind: 'dir' });
  }

  /** Drops one path reference; the last one makes the inode waste of `cause`, hidden by the current layer. */
  private unref(ino: number, cause: WasteCause, deletion = false): void {
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
    const node = this.iNode[ino] as number;
    this.wasted.push({ path: this.paths.path(node), sizeBytes: bytes, cause, layer, hiddenBy: this.L, node });
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
 * Layers whose events share one PathTable are replayed over it directly; others are interned into a new one.
 */
export function replayLayers(layers: readonly (LayerEvents | Iterable<FileEvent>)[], opts: ReplayOptions = {}): UnionResult {
  const first = layers[0];
  const shared = first instanceof LayerEvents && layers.every((l) => l instanceof LayerEvents && l.paths === first.paths) ? first.paths : new PathTable();
  const fs = new UnionFs(opts, shared);
  let files = 0;
  for (const l of layers) if (l instanceof LayerEvents) for (let i = 0; i < l.length; i++) if (l.kindCode(i) === K_FILE) files++;
  fs.reserveInodes(files);
  for (const events of layers) fs.applyLayer(events);
  return fs.finish();
}
