/**
 * ImageSource: anything that yields an image's config and its ordered layers. A docker-archive, an OCI
 * layout, an oci-archive, a registry and a `docker save` stream are all just sources of the same image.
 *
 * "digest" always means the hash of the stored (possibly compressed) blob; "diffId" always means the hash of
 * the uncompressed tar.
 */
import type { LayerScan, ScanOptions } from '../layer/events.ts';

/** Transport names, as skopeo and buildah spell them. */
export type Transport =
  | 'docker-archive'
  | 'oci'
  | 'oci-archive'
  | 'docker'
  | 'docker-daemon'
  | 'podman'
  | 'stdin';

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

/** One `history` entry of the image config. */
export interface HistoryEntry {
  created?: string;
  created_by?: string;
  author?: string;
  comment?: string;
  empty_layer?: boolean;
}

/** The parts of the OCI / Docker image config we read. */
export interface ImageConfig {
  architecture?: string;
  os?: string;
  variant?: string;
  created?: string;
  config?: {
    Labels?: Record<string, string> | null;
    Env?: string[] | null;
    Cmd?: string[] | null;
    Entrypoint?: string[] | null;
    User?: string;
    WorkingDir?: string;
  };
  rootfs: { type: string; diff_ids: string[] };
  history?: HistoryEntry[];
}

/** What the manifest says about one layer. */
export interface LayerDescriptor {
  /** `sha256:…` of the stored blob (for a legacy docker save: of the tar) */
  digest: string;
  /** `sha256:…` of the uncompressed tar, from the config's rootfs.diff_ids */
  diffId: string;
  /** as stated by the manifest (may lie; compression is sniffed) */
  mediaType: string;
  /** stored size of the blob; for an uncompressed docker save layer, the tar size */
  compressedBytes: number;
}

export interface LoadedLayer extends LayerDescriptor {
  scan: LayerScan;
}

/** An image fully read: config plus every layer scanned, in rootfs order. */
export interface LoadedImage {
  /** what the user asked for, e.g. `oci:./dir:latest` */
  reference: string;
  transport: Transport;
  /** digest of the image manifest, when there is one */
  manifestDigest: string | null;
  configDigest: string;
  platform: Platform;
  config: ImageConfig;
  /** manifest (and index) annotations, e.g. org.opencontainers.image.base.name */
  annotations: Record<string, string>;
  /** repo tags or names the archive carried, if any */
  names: string[];
  layers: LoadedLayer[];
}

// RandomAccess and LayerScanner live with layer scanning (src/layer/events.ts)
export type { LayerScanner, RandomAccess } from '../layer/events.ts';
import type { LayerScanner } from '../layer/events.ts';

export interface Progress {
  bytesRead: number;
  layersDone: number;
  layersTotal: number | null;
}

export interface LoadOptions {
  /** platform to pick from an index (default: the only image, else linux/amd64, else an error listing them) */
  platform?: Platform;
  scanner: LayerScanner;
  scan: ScanOptions;
  onProgress?: (p: Progress) => void;
}

export interface ImageSource {
  readonly reference: string;
  readonly transport: Transport;
  /** read the image once; layers are scanned as they pass */
  load(opts: LoadOptions): Promise<LoadedImage>;
}
