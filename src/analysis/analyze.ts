/**
 * analyze(image) → Analysis: replays the layers (union-fs), aligns the history, and summarizes everything into a
 * Report v1 with capped lists and aggregated directories (docs/architecture.md §"Accounting", §"Report, baseline and diff"). Pure: handed a LoadedImage, no I/O.
 */
import { InputError } from '../errors.ts';
import { K_DIR, K_FILE, K_HARDLINK, K_OPAQUE, K_OTHER, K_SYMLINK, K_WHITEOUT } from '../layer/events.ts';
import type { LayerEvents } from '../layer/events.ts';
import { replayLayers } from './union-fs.ts';
import type { UnionResult, UnionTree } from './union-fs.ts';
import type { LoadedImage } from '../image/types.ts';
import { clip, LIMITS, safeDigest } from '../report/limits.ts';
import { normalizeInstruction } from '../report/normalize.ts';
import type { DeletedPath, DirectorySize, DuplicateGroup, LayerEntryCounts, LayerReport, Report, WastedPath } from '../report/types.ts';
import { alignHistory } from './history.ts';
import type { Analysis, VisibleFile, WastedItem } from './types.ts';

/** What is known about the base image, from an input or a baseline. */
export interface BaseImageInfo {
  /** how it is known (default: 'input') */
  source?: 'input' | 'annotation' | 'baseline';
  name?: string;
  digest?: string;
  /** the base image's diffIds: the image's leading layers that equal them are base layers */
  diffIds?: string[];
}

/** Options for {@link analyze}. */
export interface AnalyzeOptions {
  /** version written into `report.tool.version` (default: '0.0.0') */
  toolVersion?: string;
  /** aggregate directory sizes down to this depth; `/` is 0, `/usr` is 1 (default: 4) */
  directoryDepth?: number;
  /** most directories listed: all of depth ≤ 2, then the largest deeper ones (default: 500) */
  maxDirectories?: number;
  /** most wasted items in `waste.topPaths` (default: 50) */
  topPaths?: number;
  /** most removals in `waste.deletedPaths` (default: 50) */
  deletedPaths?: number;
  /** most duplicate groups listed (default: 50) */
  duplicateGroups?: number;
  /** most paths listed per duplicate group (default: 20) */
  duplicatePaths?: number;
  /** most files in each layer's `largestFiles` (default: 10) */
  largestFiles?: number;
  /** the base image, when known from an input or a baseline (default: the manifest annotations, else unknown) */
  baseImage?: BaseImageInfo;
}

const BASE_NAME = 'org.opencontainers.image.base.name';
const BASE_DIGEST = 'org.opencontainers.image.base.digest';

function cap(n: number | undefined, dflt: number, max: number): number {
  const v = n === undefined || !Number.isFinite(n) ? dflt : Math.floor(n);
  return Math.max(0, Math.min(v, max));
}

const path = (p: string): string => clip(p, LIMITS.pathChars);

function entryCounts(events: LayerEvents): LayerEntryCounts {
  const by = [0, 0, 0, 0, 0, 0, 0];
  for (let i = 0; i < events.length; i++) by[events.kindCode(i)]!++;
  return { files: by[K_FILE]!, dirs: by[K_DIR]!, symlinks: by[K_SYMLINK]!, hardlinks: by[K_HARDLINK]!, whiteouts: by[K_WHITEOUT]!, opaques: by[K_OPAQUE]!, other: by[K_OTHER]! };
}

/** The `n` largest regular-file events, largest first (ties by path). */
function largestFiles(events: LayerEvents, n: number): Array<{ path: string; sizeBytes: number }> {
  if (n === 0) return [];
  const top: Array<{ path: string; sizeBytes: number }> = [];
  const before = (size: number, p: string, b: { path: string; sizeBytes: number }): boolean => size > b.sizeBytes || (size === b.sizeBytes && p < b.path);
  for (let i = 0; i < events.length; i++) {
    if (events.kindCode(i) !== K_FILE) continue;
    const size = events.sizeBytes(i);
    // the path is joined only for a file that may enter the list
    if (top.length === n && size < (top[n - 1] as { sizeBytes: number }).sizeBytes) continue;
    const p = events.path(i);
    if (top.length === n && !before(size, p, top[n - 1]!)) continue;
    let k = top.length === n ? n - 1 : top.length;
    while (k > 0 && before(size, p, top[k - 1]!)) k--;
    top.splice(k, 0, { path: p, sizeBytes: size });
    if (top.length > n) top.pop();
  }
  return top.map((e) => ({ path: path(e.path), sizeBytes: e.sizeBytes }));
}

function byWaste(a: WastedItem, b: WastedItem): number {
  return b.sizeBytes - a.sizeBytes || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.layer - b.layer || a.hiddenBy - b.hiddenBy;
}

function baseImage(image: LoadedImage, opts: BaseImageInfo | undefined): Report['baseImage'] {
  const annName = image.annotations[BASE_NAME];
  const annDigest = image.annotations[BASE_DIGEST];
  const str = (s: string | undefined, max: number): string | null => (s === undefined || s === '' ? null : clip(s, max));
  const digestOrNull = (s: string | undefined): string | null => (s === undefined || s === '' ? null : safeDigest(s));
  if (opts !== undefined && (opts.diffIds !== undefined || opts.name !== undefined || opts.digest !== undefined)) {
    let layerCount: number | null = null;
    if (opts.diffIds !== undefined) {
      layerCount = 0;
      while (layerCount < opts.diffIds.length && layerCount < image.layers.length && image.layers[layerCount]?.diffId === opts.diffIds[layerCount]) layerCount++;
    }
    return {
      source: opts.source ?? 'input',
      name: str(opts.name ?? annName, LIMITS.referenceChars),
      digest: digestOrNull(opts.digest ?? annDigest),
      layerCount,
    };
  }
  if (annName !== undefined || annDigest !== undefined) {
    // the annotations name the base, but only its diffIds would say how many layers are its own
    return { source: 'annotation', name: str(annName, LIMITS.referenceChars), digest: digestOrNull(annDigest), layerCount: null };
  }
  return { source: 'unknown', name: null, digest: null, layerCount: null };
}

function duplicates(u: UnionResult, maxGroups: number, maxPaths: number): Report['duplicates'] {
  // Files are grouped by (content hash, size). The first file of each small-integer key (the hash's low 28
  // bits) sits in `first`; a file equal to it joins its group; a different file under the same key (a key
  // collision, or the same hash with another size) goes through `other`, keyed by the full `hash\0size`. Only
  // repeats get a group.
  const { tree, visibleNodes: nodes } = u;
  const first = new Map<number, number>();
  const other = new Map<string, number>();
  const groups = new Map<number, number[]>();
  const inodeAt = (i: number): number => tree.inode(nodes[i] as number);
  for (let i = 0; i < nodes.length; i++) {
    const ino = inodeAt(i);
    const size = tree.inodeSizeBytes(ino);
    if (size === 0) continue;
    if (!tree.inodeHashed(ino)) return { hashed: false, groupCount: 0, reclaimableBytes: 0, groups: [], groupsOmitted: 0 };
    const k = tree.inodeHashLow(ino) & 0x0fffffff;
    let prev = first.get(k);
    if (prev === undefined) {
      first.set(k, i);
      continue;
    }
    if (!tree.sameInodeContent(inodeAt(prev), ino)) {
      const key = `${tree.inodeHash(ino)}\0${size}`;
      prev = other.get(key);
      if (prev === undefined) {
        other.set(key, i);
        continue;
      }
    }
    const g = groups.get(prev);
    if (g === undefined) groups.set(prev, [prev, i]);
    else g.push(i);
  }
  const found: DuplicateGroup[] = [];
  let reclaimable = 0;
  for (const idx of groups.values()) {
    const ino0 = inodeAt(idx[0] as number);
    const size = tree.inodeSizeBytes(ino0);
    const inodes = new Set<number>();
    for (const i of idx) inodes.add(inodeAt(i));
    if (inodes.size < 2) continue;
    const all = idx.map((i) => tree.path(nodes[i] as number)).sort();
    const r = (inodes.size - 1) * size;
    reclaimable += r;
    found.push({
      contentHash: safeDigest(tree.inodeHash(ino0) as string),
      sizeBytes: size,
      paths: all.slice(0, maxPaths).map(path),
      reclaimableBytes: r,
      copies: inodes.size,
      pathsOmitted: Math.max(0, all.length - maxPaths),
    });
  }
  found.sort((a, b) => b.reclaimableBytes - a.reclaimableBytes || ((a.paths[0] ?? '') < (b.paths[0] ?? '') ? -1 : 1));
  const kept = found.slice(0, maxGroups);
  return { hashed: true, groupCount: found.length, reclaimableBytes: reclaimable, groups: kept, groupsOmitted: found.length - kept.length };
}

/**
 * Directory sizes from the tree: each visible file adds to its ancestors down to `depth` (`/` is 0); a hardlinked
 * inode counts once per directory. Linear in files × depth, no path string built except for the listed directories.
 */
function directories(files: readonly VisibleFile[], nodes: Int32Array, tree: UnionTree, depth: number, max: number): { list: DirectorySize[]; omitted: number } {
  const bytes = new Map<number, number>();
  const counts = new Map<number, number>();
  const depths = new Map<number, number>();
  let seen: Map<number, Set<number>> | null = null;
  const chain: number[] = [];
  for (let i = 0; i < files.length; i++) {
    const f = files[i] as VisibleFile;
    chain.length = 0;
    for (let n = tree.parent(nodes[i] as number); n !== -1; n = tree.parent(n)) chain.push(n);
    const linked = tree.inodeLinks(f.inode) > 1;
    for (let d = 0; d <= depth && d < chain.length; d++) {
      const dir = chain[chain.length - 1 - d] as number;
      const c = counts.get(dir);
      if (c === undefined) {
        counts.set(dir, 1);
        bytes.set(dir, 0);
        depths.set(dir, d);
      } else counts.set(dir, c + 1);
      if (linked) {
        seen ??= new Map();
        let s = seen.get(dir);
        if (s === undefined) seen.set(dir, (s = new Set()));
        if (s.has(f.inode)) continue;
        s.add(f.inode);
      }
      bytes.set(dir, (bytes.get(dir) as number) + f.sizeBytes);
    }
  }
  const all: Array<{ path: string; sizeBytes: number; fileCount: number; depth: number }> = [];
  for (const [dir, fileCount] of counts) all.push({ path: tree.path(dir), sizeBytes: bytes.get(dir) as number, fileCount, depth: depths.get(dir) as number });
  all.sort((a, b) => (a.depth <= 2 ? 0 : 1) - (b.depth <= 2 ? 0 : 1) || b.sizeBytes - a.sizeBytes || (a.path < b.path ? -1 : 1));
  const kept = all.slice(0, max).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { list: kept.map((d) => ({ path: path(d.path), sizeBytes: d.sizeBytes, fileCount: d.fileCount })), omitted: all.length - kept.length };
}

function compressedKind(image: LoadedImage): Report['totals']['compressedKind'] {
  const plain = image.layers.filter((l) => l.scan.compression === 'none').length;
  if (plain === image.layers.length) return 'uncompressed-tar';
  return plain === 0 ? 'compressed' : 'mixed';
}

/** Replays and summarizes an image. Hints, verdicts and provenance are left empty for later steps. */
export function analyze(image: LoadedImage, opts: AnalyzeOptions = {}): Analysis {
  if (image.layers.length > LIMITS.layers) {
    throw new InputError(`image has ${image.layers.length} layers; layer-budget reads at most ${LIMITS.layers}`, { hint: 'squash or rebuild the image with fewer layers' });
  }
  const u = replayLayers(image.layers.map((l) => l.scan.events));
  // the replay's own events: the same objects when the layers share one PathTable (a loaded image), else the
  // events interned into the replay's table, so that node ids always match `tree`
  const layerEvents = image.layers.map((_, i) => u.tree.layerEvents(i));
  const history = alignHistory(image.config.history, image.layers.length);
  const base = baseImage(image, opts.baseImage);
  const depth = cap(opts.directoryDepth, 4, LIMITS.directoryDepth);
  const largest = cap(opts.largestFiles, 10, LIMITS.listItems);

  const layers: LayerReport[] = image.layers.map((l, i) => {
    const ch = u.layers[i];
    const h = history[i];
    if (ch === undefined || h === undefined) throw new Error(`analyze: layer ${i} missing from the replay`);
    return {
      index: i,
      diffId: safeDigest(l.diffId),
      digest: safeDigest(l.digest),
      mediaType: clip(l.mediaType, LIMITS.shortChars),
      compressedBytes: l.compressedBytes,
      contentBytes: ch.contentBytes,
      tarBytes: l.scan.tarBytes,
      entries: entryCounts(layerEvents[i]!),
      added: ch.added,
      modified: ch.modified,
      deleted: ch.deleted,
      instruction: clip(h.instruction, LIMITS.instructionChars),
      normalizedInstruction: clip(normalizeInstruction(h.instruction), LIMITS.instructionChars),
      created: h.created === null ? null : clip(h.created, LIMITS.shortChars),
      isBase: base.layerCount === null ? null : i < base.layerCount,
      largestFiles: largestFiles(layerEvents[i]!, largest),
      wastedBytes: ch.wastedBytes,
      hiddenBy: ch.hiddenBy,
      hidesBytes: ch.hidesBytes,
      hides: ch.hides,
    };
  });

  const wasted = u.wasted.slice().sort(byWaste);
  const maxTop = cap(opts.topPaths, 50, LIMITS.listItems);
  const topPaths: WastedPath[] = wasted.slice(0, maxTop).map((w) => ({ path: path(w.path), sizeBytes: w.sizeBytes, cause: w.cause, layer: w.layer, hiddenBy: w.hiddenBy }));
  const maxDeleted = cap(opts.deletedPaths, 50, LIMITS.listItems);
  const deleted: DeletedPath[] = u.deletions
    .slice()
    .sort((a, b) => b.sizeBytes - a.sizeBytes || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.layer - b.layer)
    .slice(0, maxDeleted)
    .map((d) => ({ ...d, path: path(d.path) }));
  const dirs = directories(u.visibleFiles, u.visibleNodes, u.tree, depth, cap(opts.maxDirectories, 500, LIMITS.directories));
  const p = image.platform;

  const report: Report = {
    schemaVersion: 1,
    tool: { name: 'layer-budget', version: clip(opts.toolVersion ?? '0.0.0', LIMITS.shortChars) },
    image: {
      reference: clip(image.reference, LIMITS.referenceChars),
      transport: image.transport,
      names: image.names.slice(0, LIMITS.names).map((n) => clip(n, LIMITS.nameChars)),
      manifestDigest: image.manifestDigest === null ? null : safeDigest(image.manifestDigest),
      configDigest: safeDigest(image.configDigest),
      platform: clip(`${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}`, LIMITS.shortChars),
      created: typeof image.config.created === 'string' ? clip(image.config.created, LIMITS.shortChars) : null,
    },
    provenance: null,
    totals: {
      layerCount: image.layers.length,
      totalBytes: u.totalBytes,
      visibleBytes: u.visibleBytes,
      wastedBytes: u.wastedBytes,
      efficiency: u.totalBytes === 0 ? 1 : u.visibleBytes / u.totalBytes,
      compressedBytes: image.layers.reduce((s, l) => s + l.compressedBytes, 0),
      compressedKind: compressedKind(image),
      fileCount: u.visibleFiles.length,
    },
    waste: {
      byCause: u.wasteByCause,
      topPaths,
      topPathsOmitted: wasted.length - topPaths.length,
      deletedPaths: deleted,
      deletedPathsOmitted: u.deletions.length - deleted.length,
    },
    layers,
    baseImage: base,
    duplicates: duplicates(u, cap(opts.duplicateGroups, 50, LIMITS.listItems), cap(opts.duplicatePaths, 20, LIMITS.groupPaths)),
    directoryDepth: depth,
    directories: dirs.list,
    directoriesOmitted: dirs.omitted,
    hints: [],
    verdicts: [],
  };
  const notes = u.notesOmitted > 0 ? [...u.notes, `… and ${u.notesOmitted} more`] : u.notes;
  return { report, image, visibleFiles: u.visibleFiles, wasted, deletions: u.deletions, layerEvents, tree: u.tree, notes };
}
