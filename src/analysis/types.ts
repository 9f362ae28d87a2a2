/**
 * Analysis: the full, in-memory result of replaying one image. The Report is its capped, serializable
 * summary; budgets (path rules) and hints read the uncapped lists here.
 */
import type { LayerEvents } from '../layer/events.ts';
import type { LoadedImage } from '../image/types.ts';
import type { DeletedPath, Report, WasteCause } from '../report/types.ts';
import type { UnionTree } from './union-fs.ts';

/** A regular file visible in the final tree. */
export interface VisibleFile {
  path: string;
  sizeBytes: number;
  /** layer that wrote the bytes */
  layer: number;
  mode: number;
  uid: number;
  gid: number;
  contentHash?: string;
  /** inode id; paths sharing one are hardlinks and count once */
  inode: number;
}

/** A block of bytes shipped but invisible: one regular-file entry whose last reference was removed. */
export interface WastedItem {
  path: string;
  sizeBytes: number;
  cause: WasteCause;
  /** layer holding the bytes */
  layer: number;
  /** later layer that hid them */
  hiddenBy: number;
  /** the path's node in `Analysis.tree` (absent in hand-made items) */
  node?: number;
}

export interface Analysis {
  /** the capped, serializable summary (hints and verdicts empty until filled) */
  report: Report;
  /** the image as read (config, history, per-layer events) */
  image: LoadedImage;
  /** every visible regular file, sorted by path */
  visibleFiles: VisibleFile[];
  /** every wasted block, largest first */
  wasted: WastedItem[];
  /** every removal by whiteout, opaque marker or replacement: the top-most removed path (uncapped) */
  deletions: DeletedPath[];
  /** the events of each layer, by layer index (the same objects as image.layers[i].scan.events) */
  layerEvents: LayerEvents[];
  /**
   * the compact model of the replay: the final tree and each layer's changes path by path (see UnionTree in
   * union-fs.ts); absent only in hand-made Analysis objects
   */
  tree?: UnionTree;
  /** oddities the replay met (dangling hardlinks, a non-directory replaced by an implied directory), capped */
  notes?: string[];
}
