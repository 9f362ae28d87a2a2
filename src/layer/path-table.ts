/**
 * PathTable: every path of one image, interned once. A path trie over interned segments with numeric node ids
 * (node 0 is `/`), parents and segments in typed arrays, an open-addressing table keyed by (parent, segment).
 * The scanner interns each entry's cleaned path as it reads the header (LayerEvents keep only the node id), and
 * the union filesystem (src/analysis/union-fs.ts) replays node ids over the same table, so no layer of the
 * pipeline keeps a string per path: a few tens of bytes per distinct path, plus each distinct segment once.
 *
 * A node id names one path for ever; whether that path exists in some layer or tree is the caller's business.
 * Paths are cleaned absolute POSIX paths (src/tar/paths.ts cleanPath); they are never written to disk.
 */

const NONE = -1;

function grow(a: Int32Array<ArrayBuffer>, n: number, fill: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(n);
  b.set(a);
  if (fill !== 0) b.fill(fill, a.length);
  return b;
}

export class PathTable {
  private readonly segIds = new Map<string, number>();
  private readonly segs: string[] = [];
  private count = 1;
  private nParent = new Int32Array(1024).fill(NONE);
  private nSeg = new Int32Array(1024).fill(NONE);
  /** open-addressing table of node ids keyed by (parent, segment) */
  private table = new Int32Array(2048).fill(NONE);
  /** the joined path of each node asked for (directories also as paths are interned) */
  private readonly joined: Array<string | undefined> = ['/'];
  /** the parent directory of the last path interned, and its node */
  private lastDir = '';
  private lastDirNode = 0;

  /** number of node ids (node 0 is `/`) */
  get size(): number {
    return this.count;
  }

  /** number of distinct segments */
  get segmentCount(): number {
    return this.segs.length;
  }

  /** the node's parent (−1 for `/`) */
  parent(node: number): number {
    return this.nParent[node] as number;
  }

  /** the node's last segment ('' for `/`) */
  name(node: number): string {
    return node === 0 ? '' : (this.segs[this.nSeg[node] as number] as string);
  }

  /** the node's interned segment id (−1 for `/`); equal ids are equal names */
  segment(node: number): number {
    return this.nSeg[node] as number;
  }

  /**
   * The cleaned absolute path of a node. Joined once and kept: every layer, rule and view that names the same
   * path shares one string (a path nobody asks for costs nothing).
   */
  path(node: number): string {
    const known = this.joined[node];
    if (known !== undefined) return known;
    if (node === 0) return '/';
    const chain: number[] = [];
    let n = node;
    while (n !== 0 && this.joined[n] === undefined) {
      chain.push(n);
      n = this.nParent[n] as number;
    }
    let s = n === 0 ? '' : (this.joined[n] as string);
    for (let i = chain.length - 1; i >= 0; i--) {
      const c = chain[i] as number;
      s = s + '/' + (this.segs[this.nSeg[c] as number] as string);
      this.joined[c] = s;
    }
    return s;
  }

  private segId(seg: string): number {
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
    // murmur3's finalizer over both keys: sequential parents and segments spread over the whole table
    let h = Math.imul(parent, 0x9e3779b1) ^ seg;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    h = (h ^ (h >>> 16)) & mask;
    for (;;) {
      const id = this.table[h] as number;
      if (id === NONE || (this.nParent[id] === parent && this.nSeg[id] === seg)) return h;
      h = (h + 1) & mask;
    }
  }

  private childBySeg(parent: number, seg: number): number {
    let h = this.slot(parent, seg);
    const found = this.table[h] as number;
    if (found !== NONE) return found;
    const id = this.count++;
    if (id >= this.nParent.length) {
      const n = this.nParent.length * 2;
      this.nParent = grow(this.nParent, n, NONE);
      this.nSeg = grow(this.nSeg, n, NONE);
    }
    this.nParent[id] = parent;
    this.nSeg[id] = seg;
    this.joined.push(undefined); // dense, one slot per node (a sparse write would turn it into a dictionary)
    if (this.count * 2 > this.table.length) {
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

  /** the node of `name` below `parent`, created when new */
  child(parent: number, name: string): number {
    return this.childBySeg(parent, this.segId(name));
  }

  /** the node of a directory path, walking (and creating) its segments */
  private internDir(dir: string): number {
    let node = 0;
    let from = 1;
    while (from < dir.length) {
      let to = dir.indexOf('/', from);
      if (to < 0) to = dir.length;
      node = this.childBySeg(node, this.segId(dir.slice(from, to)));
      from = to + 1;
    }
    return node;
  }

  /**
   * The node of a cleaned absolute path, created (with its ancestors) when new. Consecutive paths in one
   * directory, the common order of tar entries, cost one segment lookup each.
   */
  intern(path: string): number {
    if (path === '/') return 0;
    const slash = path.lastIndexOf('/');
    let dirNode: number;
    const last = this.lastDir;
    if (slash === 0) dirNode = 0;
    else if (slash === last.length && path.startsWith(last)) dirNode = this.lastDirNode;
    else {
      const dir = path.slice(0, slash);
      dirNode = this.internDir(dir);
      this.lastDir = dir;
      this.lastDirNode = dirNode;
      if (this.joined[dirNode] === undefined) this.joined[dirNode] = dir;
    }
    return this.childBySeg(dirNode, this.segId(path.slice(slash + 1)));
  }

  /** The node of a cleaned absolute path when it was ever interned, else −1. Creates nothing. */
  lookup(path: string): number {
    if (path === '/') return 0;
    let node = 0;
    let from = 1;
    while (from <= path.length) {
      let to = path.indexOf('/', from);
      if (to < 0) to = path.length;
      const seg = this.segIds.get(path.slice(from, to));
      if (seg === undefined) return NONE;
      node = this.table[this.slot(node, seg)] as number;
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
