/**
 * The explorer's data: everything the self-contained HTML page shows, in a compact, columnar form (a path trie
 * with numeric node ids, and per-layer change lists as parallel arrays), built from the analysis and the report.
 * Headline numbers and layer rows are formatted here, with the one formatBytes, so the page shows exactly what
 * the report says and never recomputes them. Pure: no I/O. See docs/architecture.md § The explorer.
 */
import type { Analysis } from '../../analysis/types.ts';
import type { Report, WasteCause } from '../../report/types.ts';
import { WASTE_CAUSES } from '../../report/types.ts';
import { CAUSE_TEXT, formatBytes, formatCount } from '../format.ts';
import { formatLocation } from '../location.ts';

/**
 * The kinds of a change, as stored in `ExplorerLayer.kind`: a write of a directory, a file (hardlinks too, with
 * 0 bytes: an inode counts once), a symlink or another entry, or a deletion: the path and everything below it
 * that lower layers wrote (a whiteout, an opaque directory's lower children, a directory replaced by a file). The
 * page tells added from modified by whether the path was there before the layer.
 */
export const KIND = { dir: 0, file: 1, symlink: 2, other: 3, deleted: 4 } as const;

/** One layer's changes, as parallel arrays (one element per change). */
export interface ExplorerLayer {
  /** node ids */
  node: number[];
  /** KIND */
  kind: number[];
  /** regular-file bytes written (0 for other kinds and for deletions) */
  bytes: number[];
}

/** A row of the layer list, formatted. */
export interface ExplorerLayerRow {
  index: number;
  instruction: string;
  /** `Dockerfile:12` or null */
  location: string | null;
  sizeBytes: number;
  size: string;
  compressed: string;
  wastedBytes: number;
  wasted: string;
  /** e.g. `layer 3 (1.2 MB)`; '' when nothing of it is hidden */
  hiddenBy: string;
  isBase: boolean | null;
}

/** Everything the page shows. */
export interface ExplorerData {
  v: 1;
  title: string;
  /** label/value pairs taken from the report's totals, formatted once */
  headline: Array<{ label: string; value: string }>;
  layers: ExplorerLayerRow[];
  /** the baseline's layers, for the bars (null: no baseline) */
  baseline: { title: string; layers: Array<{ index: number; instruction: string; sizeBytes: number }> } | null;
  /** interned path segment names */
  names: string[];
  /** per node: parent id (-1 for the root, node 0); parents always have lower ids than their children */
  parent: number[];
  /** per node: index into names */
  seg: number[];
  /** per layer, its changes */
  changes: ExplorerLayer[];
  /** every wasted block */
  wasted: { node: number[]; bytes: number[]; cause: number[]; layer: number[]; hiddenBy: number[] };
  /** waste causes: id, text and the report's bytes (formatted) */
  causes: Array<{ id: WasteCause; text: string; bytes: number; size: string }>;
  /** duplicate groups from the report; node -1 where a path is not in the tree */
  duplicates: Array<{ size: string; reclaim: string; nodes: number[] }>;
  hints: Array<{ rule: string; severity: string; title: string; advice: string; savings: string; layer: number | null; evidence: Array<{ node: number; path: string; size: string }> }>;
}

/** What the builder needs from the replay: changes, in layer order, and the wasted blocks. */
export interface ExplorerInput {
  report: Report;
  baseline?: Report | null;
  /** number of layers */
  layerCount: number;
  /** calls `emit` for every write (tar entry other than a whiteout) of every layer, layers in order */
  forEachWrite(emit: (layer: number, path: string, kind: 'dir' | 'file' | 'symlink' | 'other', sizeBytes: number) => void): void;
  /** calls `emit` for every deletion: the top-most path a layer removed (whiteout, opaque, replaced directory) */
  forEachDeletion(emit: (layer: number, path: string) => void): void;
  /** calls `emit` for every wasted block */
  forEachWasted(emit: (path: string, sizeBytes: number, cause: WasteCause, layer: number, hiddenBy: number) => void): void;
}

/** Interns absolute paths into a trie of numeric ids (root `/` is 0). */
class PathTrie {
  readonly names: string[] = [];
  readonly parent: number[] = [-1];
  readonly seg: number[] = [-1];
  private readonly nameIds = new Map<string, number>();
  /** per node, its children by name id (created lazily) */
  private readonly kids: Array<Map<number, number> | undefined> = [undefined];

  /** the id of a path, created with its parents when new; `null` for `/` is 0 */
  intern(path: string): number {
    let node = 0;
    let start = 1;
    const n = path.length;
    while (start <= n) {
      let end = path.indexOf('/', start);
      if (end === -1) end = n;
      if (end > start) node = this.child(node, path.slice(start, end));
      start = end + 1;
    }
    return node;
  }

  /** the id of a path when it is in the trie, else -1 (never creates) */
  find(path: string): number {
    let node = 0;
    for (const part of path.split('/')) {
      if (part === '') continue;
      const nameId = this.nameIds.get(part);
      const next = nameId === undefined ? undefined : this.kids[node]?.get(nameId);
      if (next === undefined) return -1;
      node = next;
    }
    return node;
  }

  private child(node: number, name: string): number {
    let nameId = this.nameIds.get(name);
    if (nameId === undefined) {
      nameId = this.names.length;
      this.names.push(name);
      this.nameIds.set(name, nameId);
    }
    let kids = this.kids[node];
    if (!kids) this.kids[node] = kids = new Map();
    let id = kids.get(nameId);
    if (id === undefined) {
      id = this.parent.length;
      this.parent.push(node);
      this.seg.push(nameId);
      this.kids.push(undefined);
      kids.set(nameId, id);
    }
    return id;
  }
}


/** Builds the page's data. */
export function buildExplorerData(input: ExplorerInput): ExplorerData {
  const { report } = input;
  const trie = new PathTrie();
  const changes: ExplorerLayer[] = [];
  for (let i = 0; i < input.layerCount; i++) changes.push({ node: [], kind: [], bytes: [] });
  const add = (layer: number, path: string, kind: number, bytes: number): void => {
    const c = changes[layer];
    if (!c) return;
    c.node.push(trie.intern(path));
    c.kind.push(kind);
    c.bytes.push(bytes);
  };
  input.forEachWrite((layer, path, kind, sizeBytes) => add(layer, path, KIND[kind], kind === 'file' ? sizeBytes : 0));
  input.forEachDeletion((layer, path) => add(layer, path, KIND.deleted, 0));
  const causeIndex = new Map<WasteCause, number>(WASTE_CAUSES.map((c, i) => [c, i]));
  const wasted: ExplorerData['wasted'] = { node: [], bytes: [], cause: [], layer: [], hiddenBy: [] };
  input.forEachWasted((path, sizeBytes, cause, layer, hiddenBy) => {
    wasted.node.push(trie.intern(path));
    wasted.bytes.push(sizeBytes);
    wasted.cause.push(causeIndex.get(cause) ?? 0);
    wasted.layer.push(layer);
    wasted.hiddenBy.push(hiddenBy);
  });
  const t = report.totals;
  const headline = [
    { label: 'total', value: formatBytes(t.totalBytes) },
    { label: t.compressedKind === 'uncompressed-tar' ? 'tar size' : 'compressed', value: formatBytes(t.compressedBytes) },
    { label: 'visible', value: formatBytes(t.visibleBytes) },
    { label: 'wasted', value: formatBytes(t.wastedBytes) },
    { label: 'efficiency', value: `${(t.efficiency * 100).toFixed(1)}%` },
    { label: 'layers', value: String(t.layerCount) },
    { label: 'files', value: formatCount(t.fileCount) },
  ];
  const layers: ExplorerLayerRow[] = report.layers.map((l) => ({
    index: l.index,
    instruction: l.instruction,
    // the report's own location (--dockerfile / the dockerfile input), as the terminal shows it
    location: formatLocation(l.location) || null,
    sizeBytes: l.contentBytes,
    size: formatBytes(l.contentBytes),
    compressed: formatBytes(l.compressedBytes),
    wastedBytes: l.wastedBytes,
    wasted: formatBytes(l.wastedBytes),
    hiddenBy: l.hiddenBy.map((h) => `layer ${h.layer} (${formatBytes(h.bytes)})`).join(', '),
    isBase: l.isBase,
  }));
  const b = input.baseline ?? null;
  return {
    v: 1,
    title: report.image.names[0] ?? report.image.reference,
    headline,
    layers,
    baseline: b
      ? {
          title: `${b.image.names[0] ?? b.image.reference}${b.provenance?.commitSha ? ` @ ${b.provenance.commitSha.slice(0, 12)}` : ''}`,
          layers: b.layers.map((l) => ({ index: l.index, instruction: l.instruction, sizeBytes: l.contentBytes })),
        }
      : null,
    names: trie.names,
    parent: trie.parent,
    seg: trie.seg,
    changes,
    wasted,
    causes: WASTE_CAUSES.map((id) => ({ id, text: CAUSE_TEXT[id], bytes: report.waste.byCause[id], size: formatBytes(report.waste.byCause[id]) })),
    duplicates: report.duplicates.groups.map((g) => ({ size: formatBytes(g.sizeBytes), reclaim: formatBytes(g.reclaimableBytes), nodes: g.paths.map((p) => trie.find(p)) })),
    hints: report.hints.map((h) => ({
      rule: h.rule,
      severity: h.severity,
      title: h.title,
      advice: h.advice,
      savings: formatBytes(h.savingsBytes),
      layer: h.layer,
      evidence: h.evidence.map((e) => ({ node: trie.find(e.path), path: e.path, size: formatBytes(e.sizeBytes) })),
    })),
  };
}

/**
 * The explorer's input from an analysis: paths from the analysis, everything else from the finished `report`
 * (the outcome's, with credentials masked and hints attached), and the baseline report when there is one.
 */
export function explorerInput(analysis: Analysis, report: Report, opts: { baseline?: Report | null } = {}): ExplorerInput {
  return {
    report,
    baseline: opts.baseline ?? null,
    layerCount: analysis.layerEvents.length,
    forEachWrite(emit) {
      analysis.layerEvents.forEach((events, layer) => {
        for (let i = 0; i < events.length; i++) {
          const kind = events.kind(i);
          if (kind === 'whiteout' || kind === 'opaque') continue;
          emit(layer, events.path(i), kind === 'hardlink' ? 'file' : kind, kind === 'file' ? events.sizeBytes(i) : 0);
        }
      });
    },
    forEachDeletion(emit) {
      for (const d of analysis.deletions) emit(d.layer, d.path);
    },
    forEachWasted(emit) {
      for (const w of analysis.wasted) emit(w.path, w.sizeBytes, w.cause, w.layer, w.hiddenBy);
    },
  };
}
