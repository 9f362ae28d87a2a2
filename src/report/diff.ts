/**
 * diffReports(base, head): what changed between a baseline report and the current one (docs/architecture.md §"Report, baseline and diff").
 *
 * Layer matching, in three steps; layers are never paired by index alone:
 * 1. Equal diffId → `unchanged`. Occurrences of one diffId pair up in order (the k-th in base with the k-th in
 *    head), wherever they sit: a layer that only moved keeps its content and is unchanged.
 * 2. The remaining layers are aligned by normalized instruction and order with a longest-common-subsequence
 *    DP → `changed`. Empty instructions (history unknown) never match. When both reports carry Dockerfile
 *    locations, the layers still left are aligned the same way by location (an instruction edited in place
 *    keeps its line) → `changed`. Location comes after the instruction because inserting a line shifts every
 *    line below it, so equal line numbers alone may name different instructions.
 * 3. Leftovers → `added` (head only) or `removed` (base only).
 *
 * Directory deltas compare the two reports' aggregated `directories` down to the smaller of the two
 * `directoryDepth`s. A directory missing from one side counts as 0 bytes there. That is exact when that side's
 * list is complete (`directoriesOmitted` is 0); when the list was capped the directory may only have been left
 * out for being small, so the delta is marked `uncertain` (it is still computed against 0). When there is no
 * evidence of a change — the directory is no larger than the smallest entry the capped list kept at its depth
 * or deeper, or the nearest directory listed on both sides has the same size on both — it is left out and
 * counted in `indeterminate`. Nested
 * directories are folded: a directory is not listed when its nearest listed subdirectories account for at least
 * 90% of its delta, so `/app/node_modules +34 MB` is named instead of `/app +34 MB` and `/ +34 MB`; and a
 * directory below one that is shown is not shown again.
 */
import type { DockerfileLocation, LayerReport, Report } from './types.ts';

/** How one layer changed. */
export type LayerStatus = 'unchanged' | 'changed' | 'added' | 'removed';

/** A number in both reports and its change. */
export interface NumberDelta {
  base: number;
  head: number;
  /** head − base */
  delta: number;
  /** delta / base × 100; null when base is 0 */
  percent: number | null;
}

/** One layer of the diff: a head layer, a removed base layer, or a pair. */
export interface LayerDelta {
  status: LayerStatus;
  /** index in the base report (null: added) */
  baseIndex: number | null;
  /** index in the head report (null: removed) */
  headIndex: number | null;
  /** the instruction as stored (head's when there is one, else base's) */
  instruction: string;
  /** its normalized form (head's when there is one, else base's) */
  normalizedInstruction: string;
  /** the head layer's diffId, else the base one's */
  diffId: string;
  /** content bytes in base (null: added) */
  baseBytes: number | null;
  /** content bytes in head (null: removed) */
  headBytes: number | null;
  /** head − base content bytes, an absent side counting 0 */
  deltaBytes: number;
  /** deltaBytes / baseBytes × 100; null when added, or base is 0 */
  deltaPercent: number | null;
  baseCompressedBytes: number | null;
  headCompressedBytes: number | null;
  deltaCompressedBytes: number;
  deltaCompressedPercent: number | null;
  /** the head layer's Dockerfile line (absent when the head report does not know it; a removed layer's is not shown) */
  location?: DockerfileLocation | null;
}

/** How a directory's visible bytes changed. */
export interface DirectoryDelta {
  path: string;
  /** null: not in the base list */
  baseBytes: number | null;
  /** null: not in the head list */
  headBytes: number | null;
  deltaBytes: number;
  /** deltaBytes / baseBytes × 100; null when base is absent or 0 */
  deltaPercent: number | null;
  /** one side lacked the directory and that side's list was capped: the true delta may be smaller */
  uncertain: boolean;
}

/** The whole diff. */
export interface ReportDiff {
  /** head order, each removed base layer placed after the layer that preceded it in base */
  layers: LayerDelta[];
  counts: Record<LayerStatus, number>;
  totals: {
    /** sum of content bytes */
    totalBytes: NumberDelta;
    compressedBytes: NumberDelta;
    visibleBytes: NumberDelta;
    wastedBytes: NumberDelta;
    /** ratio 0..1; percent is null (use the delta in points) */
    efficiency: NumberDelta;
    layerCount: NumberDelta;
    /** reclaimable duplicate bytes */
    duplicateBytes: NumberDelta;
  };
  directories: {
    /** the depth compared: the smaller of the two reports' directoryDepth */
    depth: number;
    /** largest growth first */
    growing: DirectoryDelta[];
    /** largest shrink first */
    shrinking: DirectoryDelta[];
    /** growing/shrinking directories beyond the cap */
    growingOmitted: number;
    shrinkingOmitted: number;
    /** a side's list was capped, so deltas of directories missing from it are uncertain */
    approximate: boolean;
    /** directories missing from a capped list that could have been left out for being small: not listed */
    indeterminate: number;
  };
}

/** Options for {@link diffReports}. */
export interface DiffOptions {
  /** how many growing and how many shrinking directories to keep (default: 20) */
  topDirectories?: number;
}

function nd(base: number, head: number, withPercent = true): NumberDelta {
  const delta = head - base;
  return { base, head, delta, percent: withPercent && base !== 0 ? (delta / base) * 100 : null };
}

function pct(base: number | null, delta: number): number | null {
  return base === null || base === 0 ? null : (delta / base) * 100;
}

function layerDelta(status: LayerStatus, b: LayerReport | undefined, h: LayerReport | undefined): LayerDelta {
  const ref = (h ?? b)!;
  const baseBytes = b ? b.contentBytes : null;
  const headBytes = h ? h.contentBytes : null;
  const deltaBytes = (headBytes ?? 0) - (baseBytes ?? 0);
  const baseC = b ? b.compressedBytes : null;
  const headC = h ? h.compressedBytes : null;
  const deltaC = (headC ?? 0) - (baseC ?? 0);
  return {
    status,
    baseIndex: b ? b.index : null,
    headIndex: h ? h.index : null,
    instruction: ref.instruction,
    normalizedInstruction: ref.normalizedInstruction,
    diffId: ref.diffId,
    baseBytes,
    headBytes,
    deltaBytes,
    deltaPercent: pct(baseBytes, deltaBytes),
    baseCompressedBytes: baseC,
    headCompressedBytes: headC,
    deltaCompressedBytes: deltaC,
    deltaCompressedPercent: pct(baseC, deltaC),
    ...(h?.location ? { location: h.location } : {}),
  };
}

/** LCS over two index lists by a key ('' never matches; default: the normalized instruction); returns pairs [baseIdx, headIdx]. */
function alignByInstruction(base: LayerReport[], head: LayerReport[], key: (l: LayerReport) => string = (l) => l.normalizedInstruction): Array<[number, number]> {
  const n = base.length;
  const m = head.length;
  if (n === 0 || m === 0) return [];
  // instructions as small integers (0: unknown, never equal), so the DP compares numbers, not long strings
  const ids = new Map<string, number>();
  const id = (s: string): number => {
    if (s === '') return 0;
    let v = ids.get(s);
    if (v === undefined) ids.set(s, (v = ids.size + 1));
    return v;
  };
  const a = base.map((l) => id(key(l)));
  const b = head.map((l) => id(key(l)));
  const w = m + 1;
  const dp = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    const bi = a[i]!;
    for (let j = m - 1; j >= 0; j--) {
      const eq = bi !== 0 && bi === b[j];
      dp[i * w + j] = eq ? dp[(i + 1) * w + j + 1]! + 1 : Math.max(dp[(i + 1) * w + j]!, dp[i * w + j + 1]!);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const bi = a[i]!;
    if (bi !== 0 && bi === b[j] && dp[i * w + j] === dp[(i + 1) * w + j + 1]! + 1) {
      pairs.push([base[i]!.index, head[j]!.index]);
      i++;
      j++;
    } else if (dp[(i + 1) * w + j]! >= dp[i * w + j + 1]!) i++;
    else j++;
  }
  return pairs;
}

function depthOf(path: string): number {
  return path === '/' ? 0 : path.split('/').length - 1;
}

/**
 * Keeps the directories whose change is not explained by their listed subdirectories: a directory is dropped
 * when the changes (of the same sign) of its nearest listed subdirectories add up to at least 90% of its own.
 * `/ +1.9 MB`, `/app +1.4 MB` and `/app/node_modules +1.4 MB` then give way to `/app/node_modules/lodash
 * +1.4 MB` and `/root/.npm +0.5 MB`.
 */
function fold(list: DirectoryDelta[]): DirectoryDelta[] {
  const listed = new Set(list.map((d) => d.path));
  const childSum = new Map<string, number>();
  for (const c of list) {
    // nearest listed ancestor
    let p = c.path;
    while (p !== '/') {
      const cut = p.lastIndexOf('/');
      p = cut <= 0 ? '/' : p.slice(0, cut);
      if (listed.has(p)) {
        childSum.set(p, (childSum.get(p) ?? 0) + Math.abs(c.deltaBytes));
        break;
      }
    }
  }
  return list.filter((d) => (childSum.get(d.path) ?? 0) < 0.9 * Math.abs(d.deltaBytes));
}

/**
 * For a capped list: the size a directory of each depth could have and still be left out, taken as the
 * smallest listed entry at that depth or deeper (a cap keeps the larger directories; shallow ones may be kept
 * whatever their size). Infinity when nothing that deep is listed.
 */
function floors(list: Map<string, number>, maxDepth: number): number[] {
  const out = new Array<number>(maxDepth + 2).fill(Infinity);
  for (const [path, size] of list) {
    const d = depthOf(path);
    if (d <= maxDepth) out[d] = Math.min(out[d]!, size);
  }
  for (let d = maxDepth - 1; d >= 0; d--) out[d] = Math.min(out[d]!, out[d + 1]!);
  return out;
}

/** The nearest ancestor listed on both sides, or null. */
function commonAncestor(path: string, b: Map<string, number>, h: Map<string, number>): string | null {
  let p = path;
  while (p !== '/') {
    const cut = p.lastIndexOf('/');
    p = cut <= 0 ? '/' : p.slice(0, cut);
    if (b.has(p) && h.has(p)) return p;
  }
  return null;
}

/** Drops entries that sit below another shown entry: the ancestor already names that growth. */
function outermost(list: DirectoryDelta[]): DirectoryDelta[] {
  const shown = new Set(list.map((d) => d.path));
  return list.filter((d) => {
    let p = d.path;
    while (p !== '/') {
      const cut = p.lastIndexOf('/');
      p = cut <= 0 ? '/' : p.slice(0, cut);
      if (shown.has(p)) return false;
    }
    return true;
  });
}

function diffDirectories(base: Report, head: Report, top: number): ReportDiff['directories'] {
  const depth = Math.min(base.directoryDepth, head.directoryDepth);
  const b = new Map<string, number>();
  const h = new Map<string, number>();
  for (const d of base.directories) if (depthOf(d.path) <= depth) b.set(d.path, d.sizeBytes);
  for (const d of head.directories) if (depthOf(d.path) <= depth) h.set(d.path, d.sizeBytes);
  const baseCapped = base.directoriesOmitted > 0;
  const headCapped = head.directoriesOmitted > 0;
  const baseFloor = baseCapped ? floors(b, depth) : null;
  const headFloor = headCapped ? floors(h, depth) : null;
  const all: DirectoryDelta[] = [];
  let indeterminate = 0;
  for (const path of new Set([...b.keys(), ...h.keys()])) {
    const bb = b.get(path) ?? null;
    const hb = h.get(path) ?? null;
    const deltaBytes = (hb ?? 0) - (bb ?? 0);
    if (deltaBytes === 0) continue;
    const uncertain = (bb === null && baseCapped) || (hb === null && headCapped);
    if (uncertain) {
      // no evidence of a change: the capped list could have left it out for its size alone, or the nearest
      // directory listed on both sides did not change at all
      const d = depthOf(path);
      const known = (bb ?? hb)!;
      const floor = bb === null ? baseFloor![d]! : headFloor![d]!;
      const anc = commonAncestor(path, b, h);
      if (known <= floor || (anc !== null && b.get(anc) === h.get(anc))) {
        indeterminate++;
        continue;
      }
    }
    all.push({ path, baseBytes: bb, headBytes: hb, deltaBytes, deltaPercent: pct(bb, deltaBytes), uncertain });
  }
  const byPath = (x: DirectoryDelta, y: DirectoryDelta): number => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0);
  const growing = outermost(fold(all.filter((d) => d.deltaBytes > 0))).sort((x, y) => y.deltaBytes - x.deltaBytes || byPath(x, y));
  const shrinking = outermost(fold(all.filter((d) => d.deltaBytes < 0))).sort((x, y) => x.deltaBytes - y.deltaBytes || byPath(x, y));
  return {
    depth,
    growing: growing.slice(0, top),
    shrinking: shrinking.slice(0, top),
    growingOmitted: Math.max(0, growing.length - top),
    shrinkingOmitted: Math.max(0, shrinking.length - top),
    approximate: baseCapped || headCapped,
    indeterminate,
  };
}

/** Compares a baseline report with the current one; see the module notes for the matching rules. */
export function diffReports(base: Report, head: Report, options: DiffOptions = {}): ReportDiff {
  const baseLayers = [...base.layers].sort((x, y) => x.index - y.index);
  const headLayers = [...head.layers].sort((x, y) => x.index - y.index);
  const pairOfHead = new Map<number, { base: number; status: LayerStatus }>();
  const pairedBase = new Set<number>();

  // 1. equal diffId
  const byDiffId = new Map<string, number[]>();
  for (const l of baseLayers) {
    const q = byDiffId.get(l.diffId);
    if (q) q.push(l.index);
    else byDiffId.set(l.diffId, [l.index]);
  }
  for (const l of headLayers) {
    const b = byDiffId.get(l.diffId)?.shift();
    if (b !== undefined) {
      pairOfHead.set(l.index, { base: b, status: 'unchanged' });
      pairedBase.add(b);
    }
  }

  // 2. LCS over the rest by normalized instruction
  const restBase = baseLayers.filter((l) => !pairedBase.has(l.index));
  const restHead = headLayers.filter((l) => !pairOfHead.has(l.index));
  for (const [b, h] of alignByInstruction(restBase, restHead)) {
    pairOfHead.set(h, { base: b, status: 'changed' });
    pairedBase.add(b);
  }
  // 2b. an instruction edited in place keeps its Dockerfile line: LCS over what is left by location
  const lineKey = (l: LayerReport): string => (l.location ? `${l.location.path}:${l.location.line}-${l.location.endLine}` : '');
  const leftBase = restBase.filter((l) => !pairedBase.has(l.index));
  const leftHead = restHead.filter((l) => !pairOfHead.has(l.index));
  for (const [b, h] of alignByInstruction(leftBase, leftHead, lineKey)) {
    pairOfHead.set(h, { base: b, status: 'changed' });
    pairedBase.add(b);
  }

  // 3. leftovers; emit in head order with removed base layers placed after their base predecessor
  const baseByIndex = new Map(baseLayers.map((l) => [l.index, l]));
  const removedAfter = new Map<number, LayerReport[]>(); // key: base index of the preceding paired layer (−1: start)
  let lastPaired = -1;
  for (const l of baseLayers) {
    if (pairedBase.has(l.index)) lastPaired = l.index;
    else {
      const q = removedAfter.get(lastPaired);
      if (q) q.push(l);
      else removedAfter.set(lastPaired, [l]);
    }
  }
  const layers: LayerDelta[] = [];
  const emitRemoved = (after: number): void => {
    for (const l of removedAfter.get(after) ?? []) layers.push(layerDelta('removed', l, undefined));
    removedAfter.delete(after);
  };
  emitRemoved(-1);
  for (const h of headLayers) {
    const pair = pairOfHead.get(h.index);
    if (pair) {
      layers.push(layerDelta(pair.status, baseByIndex.get(pair.base), h));
      emitRemoved(pair.base);
    } else layers.push(layerDelta('added', undefined, h));
  }
  for (const after of [...removedAfter.keys()].sort((x, y) => x - y)) emitRemoved(after);

  const counts: Record<LayerStatus, number> = { unchanged: 0, changed: 0, added: 0, removed: 0 };
  for (const l of layers) counts[l.status]++;
  const bt = base.totals;
  const ht = head.totals;
  return {
    layers,
    counts,
    totals: {
      totalBytes: nd(bt.totalBytes, ht.totalBytes),
      compressedBytes: nd(bt.compressedBytes, ht.compressedBytes),
      visibleBytes: nd(bt.visibleBytes, ht.visibleBytes),
      wastedBytes: nd(bt.wastedBytes, ht.wastedBytes),
      efficiency: nd(bt.efficiency, ht.efficiency, false),
      layerCount: nd(bt.layerCount, ht.layerCount),
      duplicateBytes: nd(base.duplicates.reclaimableBytes, head.duplicates.reclaimableBytes),
    },
    directories: diffDirectories(base, head, options.topDirectories ?? 20),
  };
}
