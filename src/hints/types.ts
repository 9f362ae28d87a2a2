/**
 * Types shared by the hint rules: the context every rule reads, the draft hint every rule returns, and the rule
 * descriptor the runner and the config validator use.
 */
import type { Analysis, VisibleFile } from '../analysis/types.ts';
import type { LayerEvents } from '../layer/events.ts';
import { K_FILE } from '../layer/events.ts';
import type { HistoryEntry } from '../image/types.ts';
import type { Hint, Report, Severity } from '../report/types.ts';

/**
 * One regular-file entry of one layer: bytes that layer ships, whether or not a later layer hides them. Reads
 * through the layer's events: `path` is joined when asked (nothing per entry is kept but four numbers).
 */
export class LayerFile {
  /** layer index */
  readonly layer: number;
  /** the layer's events; this entry is `events.*(index)` (for `content`, `contentHash`, `mode`) */
  readonly events: LayerEvents;
  readonly index: number;
  readonly sizeBytes: number;
  constructor(layer: number, events: LayerEvents, index: number) {
    this.layer = layer;
    this.events = events;
    this.index = index;
    this.sizeBytes = events.sizeBytes(index);
  }
  /** the entry's cleaned absolute path (allocates: keep it in a local when testing it several times) */
  get path(): string {
    return this.events.path(this.index);
  }
  /** the entry's last path segment (the table's string: no allocation) */
  get name(): string {
    return this.events.paths.name(this.events.node(this.index));
  }
}

/**
 * Every regular-file entry of every layer, in layer order, made as it is visited: a LayerFile lives only as long
 * as a rule keeps it, so the context holds nothing per entry (on a million-file image that is ~40 MB less at the
 * peak). Loop with `forEach` (or `for … of`), select with `filter`.
 */
export class LayerFiles implements Iterable<LayerFile> {
  private readonly layers: readonly LayerEvents[];
  constructor(layers: readonly LayerEvents[]) {
    this.layers = layers;
  }
  /** calls `fn` with each entry, in layer order */
  forEach(fn: (f: LayerFile) => void): void {
    this.layers.forEach((ev, layer) => {
      for (let i = 0; i < ev.length; i++) if (ev.kindCode(i) === K_FILE) fn(new LayerFile(layer, ev, i));
    });
  }
  /** the entries `test` accepts, in layer order */
  filter(test: (f: LayerFile) => boolean): LayerFile[] {
    const out: LayerFile[] = [];
    this.forEach((f) => {
      if (test(f)) out.push(f);
    });
    return out;
  }
  /** the entries of one layer */
  ofLayer(layer: number): LayerFile[] {
    const ev = this.layers[layer];
    const out: LayerFile[] = [];
    if (ev !== undefined) for (let i = 0; i < ev.length; i++) if (ev.kindCode(i) === K_FILE) out.push(new LayerFile(layer, ev, i));
    return out;
  }
  /** the entries whose leading bytes the scan kept (see Rule.capture), in layer order */
  captured(): LayerFile[] {
    const out: LayerFile[] = [];
    this.layers.forEach((ev, layer) => {
      for (const i of [...ev.capturedIndexes()].sort((a, b) => a - b)) out.push(new LayerFile(layer, ev, i));
    });
    return out;
  }
  *[Symbol.iterator](): Iterator<LayerFile> {
    for (let layer = 0; layer < this.layers.length; layer++) {
      const ev = this.layers[layer] as LayerEvents;
      for (let i = 0; i < ev.length; i++) if (ev.kindCode(i) === K_FILE) yield new LayerFile(layer, ev, i);
    }
  }
}

/** A claim on bytes: the (layer, path) bytes a hint's savings are made of. Two hints never count one claim twice. */
export interface Claim {
  layer: number;
  path: string;
  sizeBytes: number;
}

/** What a rule returns: a Hint plus the uncapped claims its `savingsBytes` are the sum of. */
export interface DraftHint extends Hint {
  /**
   * every (layer, path) whose bytes make up `savingsBytes` (uncapped). The runner removes claims a
   * higher-priority hint already took and lowers `savingsBytes` by their bytes.
   */
  claims: Claim[];
  /**
   * true for an alternative remedy (squash-candidate, heavy-base): its savings are a different way to save
   * bytes other hints already count, so it keeps its full estimate and is marked `overlaps: true`.
   */
  alternative?: boolean;
}

/** Everything a rule may read. Built once per run by `makeContext`; rules never mutate it. */
export interface HintContext {
  readonly analysis: Analysis;
  readonly report: Report;
  /** layers the image's own build wrote: every layer when the base image is unknown */
  readonly userLayers: readonly number[];
  /** true when `layer` is not a known base-image layer */
  isUserLayer(layer: number): boolean;
  /** the instruction shown for a layer: its normalized instruction, else the raw one, else null; credentials masked */
  instruction(layer: number | null): string | null;
  /** the raw `created_by` of a layer ('' when unknown) */
  rawInstruction(layer: number): string;
  /** every regular-file entry of every layer, in layer order (hardlink entries carry no bytes and are left out) */
  readonly layerFiles: LayerFiles;
  /** the regular-file entries of one layer */
  filesOf(layer: number): readonly LayerFile[];
  /** visible regular files, one per inode (the first path by sort order) */
  readonly visibleInodes: readonly VisibleFile[];
  /** true when this layer's bytes at this path are the ones visible in the final tree */
  isVisible(layer: number, path: string): boolean;
  /** non-empty history entries aligned to layers (undefined when the history does not line up) */
  readonly layerHistory: ReadonlyArray<HistoryEntry | undefined>;
}

/** A rule: its id, its default severity, one line of description, and the pure function. */
export interface Rule {
  id: string;
  severity: Severity;
  /** one line, for the README and `--help` */
  description: string;
  run: (ctx: HintContext) => DraftHint[];
  /**
   * The leading bytes of a file this rule needs to read (`LayerEvents.content`), decided from its path and size
   * alone during the scan: 0 for none (default: the rule captures nothing). Keep it to a handful of files per
   * image and bound each; the scan keeps the largest any rule asks for.
   */
  capture?: (path: string, sizeBytes: number) => number;
}

/** Per-rule configuration: disable it, or re-level it. */
export type RuleSetting = 'off' | Severity;
