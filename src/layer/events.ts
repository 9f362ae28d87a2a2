/**
 * FileEvent: one tar entry of one layer, reduced to what the union-filesystem model needs.
 *
 * Paths are absolute, cleaned POSIX paths: `./etc/passwd`, `etc//passwd` and `/etc/passwd` all become
 * `/etc/passwd`; `..` can never climb above `/`. The root directory is `/`. They are never written to disk.
 */

/** What an entry does to the union filesystem. */
export type EventKind =
  /** a regular file; its `sizeBytes` are content bytes */
  | 'file'
  | 'dir'
  | 'symlink'
  /** a hardlink entry; `linkTarget` names another (cleaned, absolute) path; carries 0 bytes */
  | 'hardlink'
  /** `.wh.NAME`: `path` is the deleted path (NAME), not the marker */
  | 'whiteout'
  /** `.wh..wh..opq`: `path` is the directory whose lower children are hidden */
  | 'opaque'
  /** char/block device, fifo */
  | 'other';

export interface FileEvent {
  /** cleaned absolute path (see module doc) */
  path: string;
  kind: EventKind;
  /** regular-file content bytes; 0 for every other kind */
  sizeBytes: number;
  /** permission bits and type bits as stored in the tar header */
  mode: number;
  uid: number;
  gid: number;
  /** modification time, whole seconds since the epoch */
  mtimeSec: number;
  /** symlink: the raw target; hardlink: the cleaned absolute path it links to */
  linkTarget?: string;
  /** fast content hash (xxh64, hex) of a regular file's bytes, when hashing is on */
  contentHash?: string;
  /** the file's first bytes (bounded, see ScanOptions.capture), for hints such as package.json or secrets */
  content?: Uint8Array;
}

/** Everything one pass over one layer blob yields. Independent of every other layer. */
export interface LayerScan {
  events: FileEvent[];
  /** length of the uncompressed tar stream */
  tarBytes: number;
  /** bytes read from the stored blob (equals tarBytes for an uncompressed blob) */
  blobBytes: number;
  /** sniffed from magic bytes, never from the media type */
  compression: 'none' | 'gzip' | 'zstd';
  /** sha256 of the stored blob, `sha256:…`, only when verification was asked for */
  blobDigest?: string;
  /** sha256 of the uncompressed tar, `sha256:…`, only when verification was asked for */
  diffId?: string;
}

/** Options for scanning one layer. */
export interface ScanOptions {
  /** compute `contentHash` for regular files (default: true) */
  hash: boolean;
  /** compute blobDigest and diffId (default: false) */
  verify: boolean;
  /**
   * Decide whether to keep a file's first bytes in `FileEvent.content`: return the number of bytes to keep
   * (0 keeps none). (default: keep none)
   */
  capture?: (path: string, sizeBytes: number) => number;
}

/** Random access to bytes, for seeking through an uncompressed tar without reading bodies. */
export interface RandomAccess {
  readonly sizeBytes: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** Scans layers; injected into sources so that readers stay free of parsing. */
export interface LayerScanner {
  /**
   * scan a layer blob delivered as a stream of chunks (compression sniffed); each chunk is done with before the
   * next is requested, so a source may reuse one buffer (much cheaper than a fresh 1 MiB Buffer per chunk)
   */
  scanStream(body: AsyncIterable<Uint8Array>, opts: ScanOptions): Promise<LayerScan>;
  /**
   * scan an uncompressed tar by seeking from header to header (only when hashing and verification are off); the
   * bytes a `read` returns are done with before the next `read`, so the RandomAccess may reuse one buffer
   */
  scanSeekable(body: RandomAccess, opts: ScanOptions): Promise<LayerScan>;
}
