/**
 * The last mile shared by every reader: scanning planned layers (a few at a time, each blob once), then turning
 * plan + scans into a LoadedImage, checking digests when verification is on.
 */
import { InputError, withContext } from '../errors.ts';
import type { LayerScan } from '../layer/events.ts';
import { DOCKER_LAYER_GZIP, DOCKER_LAYER_TAR } from './media-types.ts';
import { shortDigest } from './plan.ts';
import type { ImagePlan, PlannedLayer } from './plan.ts';
import type { LoadedImage, LoadedLayer, LoadOptions, Transport } from './types.ts';

/** Layers scanned at the same time by file and registry readers (2 cores). */
export const PARALLEL_LAYERS = 2;

/** Runs `fn` over items with at most `limit` in flight; results in input order; the first error wins. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const i = next++;
      try {
        out[i] = await fn(items[i]!, i);
      } catch (e) {
        failed = true;
        throw e;
      }
    }
  };
  const workers = Array.from({ length: Math.min(limit, items.length) }, () => worker());
  const settled = await Promise.allSettled(workers);
  for (const s of settled) if (s.status === 'rejected') throw s.reason;
  return out;
}

/** `layer 3 (sha256:ab12…)`, for messages. */
export function layerLabel(layer: PlannedLayer, i: number): string {
  return `layer ${i} (${shortDigest(layer.digest ?? layer.diffId)})`;
}

/** Wraps a scan failure as `reading layer 3 (sha256:ab12…): …`; decompression errors count as bad input. */
export function scanError(layer: PlannedLayer, i: number, e: unknown): Error {
  const ctx = `reading ${layerLabel(layer, i)}`;
  const code = (e as { code?: unknown } | null)?.code;
  if (!(e instanceof InputError) && typeof code === 'string' && /^(Z_|ERR_ZSTD|ERR__?ZLIB|ERR_STREAM_PREMATURE_CLOSE)/.test(code)) {
    return new InputError(`${ctx}: ${(e as Error).message}`, { cause: e, hint: 'the layer blob is corrupt or truncated; re-export or re-pull the image' });
  }
  return withContext(ctx, e);
}

/**
 * Scans every planned layer with `open`, PARALLEL_LAYERS at a time; layers sharing a location are scanned once.
 * `sizeOf` gives each layer's stored bytes for progress.
 */
export async function scanPlanned(
  plan: ImagePlan,
  open: (layer: PlannedLayer, index: number) => Promise<LayerScan>,
  opts: LoadOptions,
  sizeOf: (layer: PlannedLayer) => number,
): Promise<LayerScan[]> {
  const byLocation = new Map<string, Promise<LayerScan>>();
  let bytesRead = 0;
  let layersDone = 0;
  const total = plan.layers.length;
  opts.onProgress?.({ bytesRead, layersDone, layersTotal: total });
  return mapLimit(plan.layers, PARALLEL_LAYERS, async (layer, i) => {
    let p = byLocation.get(layer.location);
    const first = p === undefined;
    if (p === undefined) {
      p = open(layer, i);
      byLocation.set(layer.location, p);
    }
    let scan: LayerScan;
    try {
      scan = await p;
    } catch (e) {
      throw scanError(layer, i, e);
    }
    if (first) bytesRead += sizeOf(layer);
    layersDone++;
    opts.onProgress?.({ bytesRead, layersDone, layersTotal: total });
    return scan;
  });
}

function guessMediaType(layer: PlannedLayer, scan: LayerScan): string {
  if (!layer.mediaTypeGuessed || layer.mediaType !== DOCKER_LAYER_TAR) return layer.mediaType;
  if (scan.compression === 'gzip') return DOCKER_LAYER_GZIP;
  if (scan.compression === 'zstd') return 'application/vnd.docker.image.rootfs.diff.tar.zstd';
  return layer.mediaType;
}

/** The stored digest when the source did not state one: the diffId for an uncompressed tar, else a name. */
function derivedDigest(layer: PlannedLayer, scan: LayerScan): string {
  if (scan.blobDigest !== undefined) return scan.blobDigest;
  if (scan.compression === 'none') return layer.diffId;
  const m = /(?:^|\/)(?:sha256:)?([0-9a-f]{64})(?:\.tar(?:\.gz|\.zst)?)?$/.exec(layer.location);
  return m ? `sha256:${m[1]}` : layer.diffId;
}

/** What the caller knows about the source. */
export interface FinishMeta {
  reference: string;
  transport: Transport;
}

/**
 * Assembles the LoadedImage. `storedBytes[i]` is layer i's stored blob size as found (never the manifest's
 * claim). With `opts.scan.verify`, every blob digest and diffId must match, else an InputError naming the layer.
 */
export function finishImage(plan: ImagePlan, scans: LayerScan[], storedBytes: number[], opts: LoadOptions, meta: FinishMeta): LoadedImage {
  const layers = plan.layers.map((l, i): LoadedLayer => {
    const scan = scans[i]!;
    if (opts.scan.verify) {
      if (scan.diffId === undefined || scan.blobDigest === undefined) {
        throw new Error(`verification asked for, but the scanner gave no digests for layer ${i}`);
      }
      if (scan.diffId !== l.diffId) {
        throw new InputError(`${layerLabel(l, i)}: diffId ${scan.diffId} does not match the config's rootfs.diff_ids[${i}] ${l.diffId}`, {
          hint: 'the image is corrupt or was tampered with',
        });
      }
      if (l.digest !== null && scan.blobDigest !== l.digest) {
        throw new InputError(`layer ${i} (${shortDigest(l.digest)}): blob digest ${scan.blobDigest} does not match the manifest's ${l.digest}`, {
          hint: 'the image is corrupt or was tampered with',
        });
      }
      if (l.claimedBytes !== null && l.claimedBytes !== storedBytes[i]) {
        throw new InputError(`${layerLabel(l, i)}: blob is ${storedBytes[i]} bytes but the manifest says ${l.claimedBytes}`, { hint: 'the image is corrupt or was tampered with' });
      }
    }
    return {
      digest: l.digest ?? derivedDigest(l, scan),
      diffId: l.diffId,
      mediaType: guessMediaType(l, scan),
      compressedBytes: storedBytes[i] ?? scan.blobBytes,
      scan,
    };
  });
  return {
    reference: meta.reference,
    transport: meta.transport,
    manifestDigest: plan.manifestDigest,
    configDigest: plan.configDigest,
    platform: plan.platform,
    config: plan.config,
    annotations: plan.annotations,
    names: plan.names,
    layers,
  };
}
