/**
 * Report, schema version 1: the versioned contract. It is printed by `analyze --json`, uploaded as the
 * baseline artifact, and read back (and validated) as the baseline of the next run.
 *
 * Every size field carries its unit in its name. Every list is capped so that a report stays small; a capped
 * list says how many items were left out.
 */

export type WasteCause =
  /** the same path was written again by a later layer with different content */
  | 'overwritten'
  /** the same path was written again with the same content: chmod/chown/touch copy-up */
  | 'attribute-copy-up'
  /** a `.wh.` of a file */
  | 'deleted-file'
  /** a `.wh.` of a directory: the bytes of its whole subtree */
  | 'deleted-dir'
  /** lower children hidden by `.wh..wh..opq` */
  | 'opaque'
  /** a non-directory replaced a directory */
  | 'replaced-dir';

export const WASTE_CAUSES: readonly WasteCause[] = [
  'overwritten',
  'attribute-copy-up',
  'deleted-file',
  'deleted-dir',
  'opaque',
  'replaced-dir',
];

export interface LayerEntryCounts {
  files: number;
  dirs: number;
  symlinks: number;
  hardlinks: number;
  whiteouts: number;
  opaques: number;
  other: number;
}

export interface CountBytes {
  count: number;
  bytes: number;
}

/** Where in the Dockerfile a layer comes from; lines are 1-based and inclusive. */
export interface DockerfileLocation {
  /** the Dockerfile's path, relative to the repository root (as given to --dockerfile / the `dockerfile` input) */
  path: string;
  line: number;
  /** last line of the instruction (continuations, heredocs); equals `line` for a one-line instruction */
  endLine: number;
}

export interface LayerReport {
  /** 0-based position in rootfs order */
  index: number;
  diffId: string;
  /** stored blob digest */
  digest: string;
  mediaType: string;
  /** stored blob size (for an uncompressed docker save layer this is the tar size; see totals.compressedKind) */
  compressedBytes: number;
  /** sum of regular-file sizes in this layer (what dive calls layer size) */
  contentBytes: number;
  /** length of the uncompressed tar */
  tarBytes: number;
  entries: LayerEntryCounts;
  /** paths new to the tree; bytes are regular-file bytes */
  added: CountBytes;
  /** paths that existed below and were written again; bytes are the new regular-file bytes */
  modified: CountBytes;
  /** paths removed by whiteouts, opaque markers or dir replacement; bytes are the visible bytes removed */
  deleted: CountBytes;
  /** created_by of the aligned history entry, as stored ('' when unknown) */
  instruction: string;
  /** instruction with shell prefix, #(nop), # buildkit and content hashes stripped; used to match layers */
  normalizedInstruction: string;
  created: string | null;
  /** true/false when the base image is known, null when unknown */
  isBase: boolean | null;
  /** largest regular files this layer wrote (capped) */
  largestFiles: Array<{ path: string; sizeBytes: number }>;
  /** bytes held by this layer that later layers hid: this layer's share of wasted bytes */
  wastedBytes: number;
  /** which later layers hid them */
  hiddenBy: Array<{ layer: number; bytes: number }>;
  /** bytes of earlier layers this layer hid */
  hidesBytes: number;
  hides: Array<{ layer: number; bytes: number }>;
  /**
   * the Dockerfile instruction that made this layer (the base image's layers: the FROM line); null where it
   * cannot be known (`Report.dockerfile.note` says why); absent when no Dockerfile was given
   */
  location?: DockerfileLocation | null;
}

export interface WastedPath {
  path: string;
  sizeBytes: number;
  cause: WasteCause;
  /** layer that holds the bytes */
  layer: number;
  /** later layer that hid them */
  hiddenBy: number;
}

export interface DeletedPath {
  path: string;
  /** bytes of the deleted file or subtree still shipped in lower layers */
  sizeBytes: number;
  /** layer whose whiteout (or replacement) removed it */
  layer: number;
  kind: 'file' | 'dir';
}

export interface DuplicateGroup {
  /** content hash (xxh64 hex) + size identify the content */
  contentHash: string;
  sizeBytes: number;
  paths: string[];
  /** (copies − 1) × sizeBytes */
  reclaimableBytes: number;
  /** distinct inodes holding this content (hardlinked paths share one); `paths` may list more paths than copies */
  copies?: number;
  /** paths left out of `paths` by the cap */
  pathsOmitted?: number;
}

export interface DirectorySize {
  /** absolute directory path, e.g. `/app/node_modules` */
  path: string;
  /** visible regular-file bytes below it (hardlinked inodes once) */
  sizeBytes: number;
  fileCount: number;
}

export type Severity = 'info' | 'warning' | 'error';

export interface Hint {
  /** rule id, e.g. `apt-leftovers` */
  rule: string;
  severity: Severity;
  title: string;
  /** layer the advice is about (null: the whole image) */
  layer: number | null;
  instruction: string | null;
  /** paths with bytes, capped */
  evidence: Array<{ path: string; sizeBytes: number; layer: number | null }>;
  /** evidence left out by the cap ("and N more"): how many entries and their bytes (absent when none) */
  evidenceOmitted?: { count: number; sizeBytes: number };
  /** concrete Dockerfile change */
  advice: string;
  /** estimated bytes saved */
  savingsBytes: number;
  /** true when these savings overlap another hint's */
  overlaps: boolean;
}

export type Level = 'fail' | 'warn';
export type VerdictStatus = 'pass' | 'warn' | 'fail';

export interface Verdict {
  /** rule key as written in the config, e.g. `total.uncompressed` or `paths./app/node_modules/**` */
  rule: string;
  status: VerdictStatus;
  /** measured value and the limit, in the rule's unit */
  actual: number;
  limit: number;
  unit: 'bytes' | 'percent' | 'ratio' | 'count';
  message: string;
  /** a waiver turned a fail into a warn */
  waived: boolean;
}

export interface Report {
  schemaVersion: 1;
  tool: { name: 'layer-budget'; version: string };
  image: {
    reference: string;
    transport: string;
    /** names (repo tags) the source carried */
    names: string[];
    manifestDigest: string | null;
    configDigest: string;
    /** os/arch[/variant] */
    platform: string;
    created: string | null;
  };
  /** set by the action: which commit and run produced this report */
  provenance: { key: string; commitSha: string | null; ref: string | null; runId: number | null } | null;
  totals: {
    layerCount: number;
    /** sum of content bytes over all layers */
    totalBytes: number;
    /** regular-file bytes in the final tree; a hardlinked inode once */
    visibleBytes: number;
    /** totalBytes − visibleBytes */
    wastedBytes: number;
    /** visibleBytes / totalBytes (1 when totalBytes is 0) */
    efficiency: number;
    /** sum of stored blob sizes */
    compressedBytes: number;
    /** 'compressed': stored blobs are compressed; 'uncompressed-tar': at least one is a plain tar */
    compressedKind: 'compressed' | 'uncompressed-tar' | 'mixed';
    /** visible regular files */
    fileCount: number;
  };
  waste: {
    byCause: Record<WasteCause, number>;
    topPaths: WastedPath[];
    topPathsOmitted: number;
    deletedPaths: DeletedPath[];
    deletedPathsOmitted: number;
  };
  layers: LayerReport[];
  baseImage: {
    /** 'unknown' when none of annotation, input or baseline told us */
    source: 'annotation' | 'input' | 'baseline' | 'unknown';
    name: string | null;
    digest: string | null;
    /** number of leading layers that are the base image's, null when unknown */
    layerCount: number | null;
  };
  duplicates: {
    /** false under --no-hash: nothing was looked for */
    hashed: boolean;
    groupCount: number;
    reclaimableBytes: number;
    groups: DuplicateGroup[];
    groupsOmitted: number;
  };
  /** visible bytes per directory down to `directoryDepth`, aggregated; deeper ones fold into their ancestor */
  directoryDepth: number;
  directories: DirectorySize[];
  directoriesOmitted: number;
  hints: Hint[];
  verdicts: Verdict[];
  /** the Dockerfile the layers were mapped to; absent when none was given */
  dockerfile?: {
    path: string;
    /** the stage mapped (its name, else its 0-based index); null when nothing was mapped */
    stage: string | null;
    /** layers with a location */
    mappedLayers: number;
    /** why nothing was mapped (a stale or wrong Dockerfile, no history), said once; null when mapped */
    note: string | null;
  };
}
