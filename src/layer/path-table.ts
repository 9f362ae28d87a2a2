/**
 * PathTable: every path of one image, interned once. A path trie with numeric node ids (node 0 is `/`): parents
 * and name hashes in typed arrays, each node's name, and an open-addressing table keyed by (parent, name) that
 * hashes the name in place (no substring is made to look a name up, and no global segment map is kept).
 * The scanner interns each entry's cleaned path as it reads the header (LayerEvents keep only the node id), and
 * the union filesystem (src/analysis/union-fs.ts) replays node ids over the same table, so no layer of the
 * pipeline keeps a string per path: a few tens of bytes per distinct path, plus its name.
 *
 * A node id names one path for ever; whether that path exists in some layer or tree is the caller's business.
 * Paths are cleaned absolute POSIX paths (src/tar/paths.ts cleanPath); they are never written to disk.
 */

import { InputError } from '../errors.ts';
import { resized } from './typed.ts';

const NONE = -1;
/**
 * The longest probe chain a lookup walks. With a table at most 3/4 full, chains of real names are a few slots
 * long; a chain this long means names chosen to collide, and the scan stops (bounded time: at most
 * MAX_PROBES² / 2 probes are spent before that).
 */
export const MAX_PROBES = 4096;

/** Options of a PathTable. */
export interface PathTableOptions {
  /** the hash's start value (default: a constant; the core is deterministic) */
  seed?: number;
  /** replaces the name hash (tests: a constant one makes every name collide) */
  hash?: (name: string, from: number, to: number) => number;
}

export class PathTable {
  private count = 1;
  private nParent = new Int32Array(1024).fill(NONE);
  /** a 32-bit hash of the node's name (compared before the name itself) */
  private nHash = new Int32Array(1024);
  /** the node's name (its last segment); '' for `/` */
  private readonly nName: string[] = [''];
  /** open-addressing table keyed by (parent, name): per slot the node id, its parent and its name hash */
  private slots = 2048;
  private table = new Int32Array(2048 * 3).fill(NONE);
  /** the joined path of each directory node, kept once joined (see `path`) */
  private readonly joined: Array<string | undefined> = ['/'];
  private readonly seed: number;
  private readonly customHash: ((name: string, from: number, to: number) => number) | null;
  /** the parent directory of the last path interned, and its node */
  private lastDir = '';
  private lastDirNode = 0;

  constructor(opts: PathTableOptions = {}) {
    this.seed = (opts.seed ?? 0x2545f491) | 0;
    this.customHash = opts.hash ?? null;
  }

  /** number of node ids (node 0 is `/`) */
  get size(): number {
    return this.count;
  }

  /**
   * Bytes held by the typed arrays and the slot arrays at their capacity, plus each name's characters and a
   * string header of 16 (one byte a character: most names are Latin-1), plus the joined paths kept so far.
   */
  retainedBytes(): number {
    let n = this.nParent.byteLength + this.nHash.byteLength + this.table.byteLength + 4 * (this.nName.length + this.joined.length);
    for (const s of this.nName) n += 16 + s.length;
    for (const s of this.joined) if (s !== undefined) n += 16 + s.length;
    return n;
  }

  /** the node's parent (−1 for `/`) */
  parent(node: number): number {
    return this.nParent[node] as number;
  }

  /** the node's last segment ('' for `/`) */
  name(node: number): string {
    return this.nName[node] as string;
  }

  /**
   * The cleaned absolute path of a node. The path of a node used as a parent is joined once and kept (its
   * children share it); a leaf's is joined afresh each time, so no string per file is kept.
   */
  path(node: number): string {
    const known = this.joined[node];
    if (known !== undefined) return known;
    if (node === 0) return '/';
    const p = this.nParent[node] as number;
    return (p === 0 ? '' : this.dirPath(p)) + '/' + (this.nName[node] as string);
  }

  private dirPath(node: number): string {
    const known = this.joined[node];
    if (known !== undefined) return known;
    const chain: number[] = [];
    let n = node;
    while (n !== 0 && this.joined[n] === undefined) {
      chain.push(n);
      n = this.nParent[n] as number;
    }
    let s = n === 0 ? '' : (this.joined[n] as string);
    for (let i = chain.length - 1; i >= 0; i--) {
      const c = chain[i] as number;
      s = s + '/' + (this.nName[c] as string);
      this.joined[c] = s;
    }
    return s;
  }

  /**
   * A hash of the UTF-16 code units of name[from, to) (FNV-1a steps with a rotation, seeded). Entry names come
   * from the image, and the hash is fixed, so an image could choose names that share one probe chain: every
   * probe chain is capped at MAX_PROBES, and such an image is rejected (exit 2) in bounded time.
   */
  private hash(name: string, from: number, to: number): number {
    let h = this.seed;
    for (let i = from; i < to; i++) {
      h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
      h = (h << 5) | (h >>> 27);
    }
    return h ^ (to - from);
  }

  /**
   * The table slot of (parent, name with hash h): the node's slot, or the empty slot where it would go. A slot is
   * three Int32s, node id, parent and name hash, so a probe reads one place in memory (the name is compared only
   * when parent and hash match).
   */
  private slot(parent: number, h: number, name: string, from: number, to: number): number {
    const t = this.table;
    const mask = this.slots - 1;
    // murmur3's finalizer over both keys: sequential parents spread over the whole table
    let k = Math.imul(parent, 0x9e3779b1) ^ h;
    k = Math.imul(k ^ (k >>> 16), 0x85ebca6b);
    k = Math.imul(k ^ (k >>> 13), 0xc2b2ae35);
    k = (k ^ (k >>> 16)) & mask;
    const len = to - from;
    for (let probes = 0; ; probes++) {
      if (probes > MAX_PROBES) {
        throw new InputError(`too many entry names collide in the path table (more than ${MAX_PROBES} in one probe chain)`, {
          hint: 'the image looks built to slow analysis down; if it is yours, report it to layer-budget with the image',
        });
      }
      const at = k * 3;
      const id = t[at] as number;
      if (id === NONE) return k;
      if (t[at + 1] === parent && t[at + 2] === h) {
        const n = this.nName[id] as string;
        if (n.length === len && (from === 0 && to === name.length ? n === name : name.startsWith(n, from))) return k;
      }
      k = (k + 1) & mask;
    }
  }

  /** the node of name[from, to) below `parent`, created when `create`; −1 when absent and not created */
  private find(parent: number, name: string, from: number, to: number, create: boolean): number {
    const h = this.customHash === null ? this.hash(name, from, to) : this.customHash(name, from, to);
    let k = this.slot(parent, h, name, from, to);
    const found = this.table[k * 3] as number;
    if (found !== NONE || !create) return found;
    const id = this.count++;
    if (id >= this.nParent.length) {
      const n = this.nParent.length * 2;
      this.nParent = resized(this.nParent, n, NONE);
      this.nHash = resized(this.nHash, n);
    }
    this.nParent[id] = parent;
    this.nHash[id] = h;
    this.nName.push(from === 0 && to === name.length ? name : name.slice(from, to));
    this.joined.push(undefined); // dense, one slot per node (a sparse write would turn it into a dictionary)
    if (this.count * 4 > this.slots * 3) {
      // more than 3/4 full: double
      this.slots *= 2;
      this.table = new Int32Array(this.slots * 3).fill(NONE);
      for (let n = 1; n < this.count; n++) this.place(n);
      k = this.slot(parent, h, name, from, to);
    }
    this.table[k * 3] = id;
    this.table[k * 3 + 1] = parent;
    this.table[k * 3 + 2] = h;
    return id;
  }

  /** puts an existing node into the (rebuilt) table */
  private place(n: number): void {
    const nm = this.nName[n] as string;
    const k = this.slot(this.nParent[n] as number, this.nHash[n] as number, nm, 0, nm.length);
    this.table[k * 3] = n;
    this.table[k * 3 + 1] = this.nParent[n] as number;
    this.table[k * 3 + 2] = this.nHash[n] as number;
  }

  /** the node of `name` below `parent`, created when new */
  child(parent: number, name: string): number {
    return this.find(parent, name, 0, name.length, true);
  }

  /** the node of the directory path[0, end), walking (and creating) its segments */
  private internDir(path: string, end: number): number {
    let node = 0;
    let from = 1;
    while (from < end) {
      let to = path.indexOf('/', from);
      if (to < 0 || to > end) to = end;
      node = this.find(node, path, from, to, true);
      from = to + 1;
    }
    return node;
  }

  /**
   * The node of a cleaned absolute path, created (with its ancestors) when new. Consecutive paths in one
   * directory, the common order of tar entries, cost one lookup each.
   */
  intern(path: string): number {
    if (path === '/') return 0;
    const slash = path.lastIndexOf('/');
    let dirNode: number;
    const last = this.lastDir;
    if (slash === 0) dirNode = 0;
    else if (slash === last.length && path.startsWith(last)) dirNode = this.lastDirNode;
    else {
      dirNode = this.internDir(path, slash);
      const dir = path.slice(0, slash);
      this.lastDir = dir;
      this.lastDirNode = dirNode;
      if (this.joined[dirNode] === undefined) this.joined[dirNode] = dir;
    }
    return this.find(dirNode, path, slash + 1, path.length, true);
  }

  /** The node of a cleaned absolute path when it was ever interned, else −1. Creates nothing. */
  lookup(path: string): number {
    if (path === '/') return 0;
    let node = 0;
    let from = 1;
    while (from <= path.length) {
      let to = path.indexOf('/', from);
      if (to < 0) to = path.length;
      node = this.find(node, path, from, to, false);
      if (node === NONE) return NONE;
      from = to + 1;
    }
    return node;
  }

  /** the node's depth (`/` is 0) */
  depth(node: number): number {
    let d = 0;
    for (let n = node; n !== 0; n = this.nParent[n] as number) d++;
    return d;
  }
}
