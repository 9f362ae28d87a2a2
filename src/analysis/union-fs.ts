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
 * path in the same layer overrides the earlier one (tar semantics); the earlier bytes are waste with
 * `layer === hiddenBy`. Parents of a written path are created implicitly. A whiteout of a missing path records
 * nothing. A hardlink whose target is missing or a directory is dangling: it adds a note and changes nothing.
 *
 * Invariants (asserted by the tests): Σ content bytes = visible + wasted, and Σ per-layer wastedBytes =
 * Σ waste by cause = wasted.
 *
 * Pure and fast: Maps keyed by path, plus a children index per directory so removing a subtree visits only it.
 */
import type { VisibleFile, WastedItem } from './types.ts';
import type { CountBytes, DeletedPath, WasteCause } from '../report/types.ts';
import type { FileEvent } from '../layer/events.ts';

/** What one layer did to the tree. */
export interface LayerChanges {
  /** sum of this layer's regular-file event sizes (its content bytes) */
  contentBytes: number;
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
}

/** Options for {@link replayLayers}. */
export interface ReplayOptions {
  /** keep at most this many notes (default: 100) */
  maxNotes?: number;
}

type NodeKind = 'file' | 'dir' | 'symlink' | 'other';

interface Inode {
  id: number;
  sizeBytes: number;
  layer: number;
  path: string;
  contentHash: string | undefined;
  mtimeSec: number;
  mode: number;
  uid: number;
  gid: number;
  /** live path references */
  refs: number;
}

interface Node {
  kind: NodeKind;
  /** file nodes: the inode; null otherwise */
  inode: Inode | null;
  /** dir nodes: child paths; null otherwise */
  children: Set<string> | null;
  /** last layer that wrote this node or anything below it (all ancestors of a stamped node are stamped) */
  stamp: number;
  /** last layer that counted this path as added or modified (-1: none) */
  countedIn: number;
  /** which count it went to in that layer */
  bucket: Bucket;
}

type Bucket = 'added' | 'modified';

interface MutableStats {
  contentBytes: number;
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

/** True when `next` carries the same bytes as `prev` (an attribute-only copy-up). */
function sameContent(prev: Inode, next: Inode): boolean {
  if (prev.sizeBytes !== next.sizeBytes) return false;
  if (prev.contentHash !== undefined && next.contentHash !== undefined) return prev.contentHash === next.contentHash;
  return prev.mtimeSec === next.mtimeSec;
}

/**
 * An incremental replay: `applyLayer` for each layer in order, then `finish`. Most callers want
 * {@link replayLayers}.
 */
export class UnionFs {
  private readonly nodes = new Map<string, Node>();
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
  private nextInode = 1;
  /** layer being applied */
  private L = -1;
  private cur: MutableStats = newStats();

  constructor(opts: ReplayOptions = {}) {
    this.maxNotes = opts.maxNotes ?? 100;
    this.nodes.set('/', { kind: 'dir', inode: null, children: new Set(), stamp: -1, countedIn: -1, bucket: 'modified' });
  }

  /** Applies the events of the next layer (layer indexes are assigned 0, 1, 2, … in call order). */
  applyLayer(events: readonly FileEvent[]): void {
    this.L = this.stats.length;
    this.cur = newStats();
    this.stats.push(this.cur);
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
          this.write(e.path, e.kind, null, 0);
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
      const node = this.nodes.get(dir);
      if (node !== undefined && node.kind === 'dir') this.removeUntouched(node, 'opaque');
    }
  }

  /** The final tree and all the accounting. The instance must not be used afterwards. */
  finish(): UnionResult {
    const paths: string[] = [];
    for (const [path, node] of this.nodes) if (node.inode !== null) paths.push(path);
    paths.sort(); // UTF-16 code-unit order, native (no comparator call)
    const visibleFiles: VisibleFile[] = new Array(paths.length);
    const counted = new Set<number>();
    let visibleBytes = 0;
    for (let i = 0; i < paths.length; i++) {
      const path = paths[i] as string;
      const ino = (this.nodes.get(path) as Node).inode as Inode;
      const f: VisibleFile = { path, sizeBytes: ino.sizeBytes, layer: ino.layer, mode: ino.mode, uid: ino.uid, gid: ino.gid, inode: ino.id };
      if (ino.contentHash !== undefined) f.contentHash = ino.contentHash;
      visibleFiles[i] = f;
      if (ino.refs > 1) {
        if (counted.has(ino.id)) continue;
        counted.add(ino.id);
      }
      visibleBytes += ino.sizeBytes;
    }
    let totalBytes = 0;
    let wastedBytes = 0;
    const layers = this.stats.map((s): LayerChanges => {
      totalBytes += s.contentBytes;
      wastedBytes += s.wastedBytes;
      return {
        contentBytes: s.contentBytes,
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
    };
  }

  private note(msg: string): void {
    if (this.notes.length < this.maxNotes) this.notes.push(msg);
    else this.notesOmitted++;
  }

  /**
   * Counts a write of `bytes` at a path whose current node is `existing`: 'added' when the path is new to the tree,
   * 'modified' when it existed; a path counts once per layer (a same-layer override only adds its bytes).
   */
  private count(existing: Node | undefined, bytes: number): Bucket {
    if (existing !== undefined && existing.countedIn === this.L) {
      this.cur[existing.bucket].bytes += bytes;
      return existing.bucket;
    }
    const b: Bucket = existing === undefined ? 'added' : 'modified';
    const c = this.cur[b];
    c.count++;
    c.bytes += bytes;
    return b;
  }

  private writeFile(e: FileEvent): void {
    const ino: Inode = {
      id: this.nextInode++,
      sizeBytes: e.sizeBytes,
      layer: this.L,
      path: e.path,
      contentHash: e.contentHash,
      mtimeSec: e.mtimeSec,
      mode: e.mode,
      uid: e.uid,
      gid: e.gid,
      refs: 0,
    };
    this.write(e.path, 'file', ino, e.sizeBytes);
  }

  private hardlink(e: FileEvent): void {
    const target = e.linkTarget === undefined ? undefined : this.nodes.get(e.linkTarget);
    if (target === undefined || target.kind === 'dir') {
      this.note(`layer ${this.L}: hardlink ${e.path} → ${e.linkTarget ?? '(none)'}: target ${target === undefined ? 'missing' : 'is a directory'}; ignored`);
      return;
    }
    if (e.path === e.linkTarget) return;
    if (target.kind !== 'file') {
      this.write(e.path, target.kind, null, 0);
      return;
    }
    const ino = target.inode as Inode;
    const existing = this.nodes.get(e.path);
    if (existing !== undefined && existing.inode === ino) {
      existing.bucket = this.count(existing, 0);
      existing.countedIn = this.L;
      existing.stamp = this.L;
      this.ensureDir(parentOf(e.path));
      return;
    }
    this.write(e.path, 'file', ino, 0);
  }

  /** Writes a node of `kind` at `path` (file nodes reference `ino`); `bytes` are counted as added/modified. */
  private write(path: string, kind: NodeKind, ino: Inode | null, bytes: number): void {
    if (path === '/') {
      const root = this.nodes.get('/') as Node;
      root.bucket = this.count(root, bytes);
      root.countedIn = this.L;
      if (kind === 'dir') {
        root.stamp = this.L;
        return;
      }
      this.note(`layer ${this.L}: a ${kind} entry for / ignored`);
      if (ino !== null && ino.refs === 0) this.waste(ino, 'overwritten');
      return;
    }
    // Reference the new inode first, so removing what was there can never waste it (hardlink into own subtree).
    if (ino !== null) ino.refs++;
    const parent = this.ensureDir(parentOf(path));
    const existing = this.nodes.get(path);
    const bucket = this.count(existing, bytes);
    if (existing !== undefined) {
      if (existing.kind === 'dir') {
        if (kind === 'dir') {
          existing.stamp = this.L;
          existing.countedIn = this.L;
          existing.bucket = bucket;
          return;
        }
        this.removeChildren(path, existing, 'replaced-dir', true);
        this.nodes.delete(path);
      } else {
        this.nodes.delete(path);
        if (existing.inode !== null) this.unref(existing.inode, ino !== null && sameContent(existing.inode, ino) ? 'attribute-copy-up' : 'overwritten');
      }
    }
    this.nodes.set(path, {
      kind,
      inode: ino,
      children: kind === 'dir' ? new Set() : null,
      stamp: this.L,
      countedIn: this.L,
      bucket,
    });
    // a replaced path is still listed in its parent's children
    if (existing === undefined) (parent.children as Set<string>).add(path);
  }

  /** Makes `path` a directory stamped with the current layer, creating or replacing ancestors as needed. */
  private ensureDir(path: string): Node {
    const hit = this.nodes.get(path);
    if (hit !== undefined && hit.kind === 'dir' && hit.stamp === this.L) return hit; // the common case
    const chain: string[] = [];
    let p = path;
    for (;;) {
      const n = this.nodes.get(p);
      if (n !== undefined && n.kind === 'dir' && n.stamp === this.L) break;
      chain.push(p);
      if (p === '/') break;
      p = parentOf(p);
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const q = chain[i] as string;
      const n = this.nodes.get(q);
      if (n !== undefined && n.kind === 'dir') {
        n.stamp = this.L;
        continue;
      }
      const parent = this.nodes.get(parentOf(q)) as Node;
      if (n !== undefined) {
        this.note(`layer ${this.L}: ${q} was a ${n.kind}; replaced by a directory implied by a path below it`);
        this.nodes.delete(q);
        if (n.inode !== null) this.unref(n.inode, 'overwritten');
      }
      const bucket = this.count(n, 0);
      this.nodes.set(q, { kind: 'dir', inode: null, children: new Set(), stamp: this.L, countedIn: this.L, bucket });
      (parent.children as Set<string>).add(q);
    }
    return this.nodes.get(path) as Node;
  }

  private whiteout(path: string): void {
    if (path === '/') return;
    const node = this.nodes.get(path);
    if (node === undefined) return;
    const cause: WasteCause = node.kind === 'dir' ? 'deleted-dir' : 'deleted-file';
    if (node.stamp !== this.L) {
      const before = this.cur.deleted.bytes;
      this.removeChildren(path, node, cause, false);
      this.nodes.delete(path);
      (this.nodes.get(parentOf(path)) as Node).children?.delete(path);
      this.cur.deleted.count++;
      if (node.inode !== null) this.unref(node.inode, cause, true);
      this.deletions.push({ path, sizeBytes: this.cur.deleted.bytes - before, layer: this.L, kind: node.kind === 'dir' ? 'dir' : 'file' });
    } else if (node.kind === 'dir') {
      // Written (or written below) by this same layer: the whiteout only hides what lower layers put there.
      this.removeUntouched(node, cause);
    }
  }

  /** Removes every child of `dir` not touched by the current layer (recursing into touched directories). */
  private removeUntouched(dir: Node, cause: WasteCause): void {
    for (const child of [...(dir.children as Set<string>)]) {
      const c = this.nodes.get(child) as Node;
      if (c.stamp === this.L) {
        if (c.kind === 'dir') this.removeUntouched(c, cause);
        continue;
      }
      const before = this.cur.deleted.bytes;
      this.removeChildren(child, c, cause, false);
      this.nodes.delete(child);
      this.cur.deleted.count++;
      if (c.inode !== null) this.unref(c.inode, cause, true);
      (dir.children as Set<string>).delete(child);
      this.deletions.push({ path: child, sizeBytes: this.cur.deleted.bytes - before, layer: this.L, kind: c.kind === 'dir' ? 'dir' : 'file' });
    }
  }

  /**
   * Removes the whole subtree below `path` (not `path` itself), each removed path counted as deleted by the
   * current layer. With `record`, adds one deletion entry for `path` (a replaced directory).
   */
  private removeChildren(path: string, node: Node, cause: WasteCause, record: boolean): void {
    if (node.children === null || node.children.size === 0) {
      if (record) this.deletions.push({ path, sizeBytes: 0, layer: this.L, kind: 'dir' });
      return;
    }
    const before = this.cur.deleted.bytes;
    const stack: Node[] = [node];
    while (stack.length > 0) {
      const n = stack.pop() as Node;
      for (const child of n.children as Set<string>) {
        const c = this.nodes.get(child) as Node;
        this.nodes.delete(child);
        this.cur.deleted.count++;
        if (c.inode !== null) this.unref(c.inode, cause, true);
        else if (c.children !== null && c.children.size > 0) stack.push(c);
      }
    }
    node.children.clear();
    if (record) this.deletions.push({ path, sizeBytes: this.cur.deleted.bytes - before, layer: this.L, kind: 'dir' });
  }

  /** Drops one path reference; the last one makes the inode waste of `cause`, hidden by the current layer. */
  private unref(ino: Inode, cause: WasteCause, deletion = false): void {
    ino.refs--;
    if (ino.refs > 0) return;
    this.waste(ino, cause);
    if (deletion) this.cur.deleted.bytes += ino.sizeBytes;
  }

  private waste(ino: Inode, cause: WasteCause): void {
    const bytes = ino.sizeBytes;
    this.wasted.push({ path: ino.path, sizeBytes: bytes, cause, layer: ino.layer, hiddenBy: this.L });
    this.byCause[cause] += bytes;
    const holder = this.stats[ino.layer] as MutableStats;
    holder.wastedBytes += bytes;
    holder.hiddenBy.set(this.L, (holder.hiddenBy.get(this.L) ?? 0) + bytes);
    this.cur.hidesBytes += bytes;
    this.cur.hides.set(ino.layer, (this.cur.hides.get(ino.layer) ?? 0) + bytes);
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
