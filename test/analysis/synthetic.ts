/**
 * Builds a synthetic LoadedImage from event lists, for analysis and report tests (no tar files).
 */
import type { FileEvent } from '../../src/layer/events.ts';
import { LayerEvents } from '../../src/layer/events.ts';
import { PathTable } from '../../src/layer/path-table.ts';
import type { HistoryEntry, LoadedImage } from '../../src/image/types.ts';

const base = { mode: 0o644, uid: 0, gid: 0, mtimeSec: 1000 };

/** A regular file; `hash` (default: derived from the size) is the content hash, `null` for none. */
export function f(path: string, sizeBytes: number, hash: string | null = `h${sizeBytes}`, mtimeSec = 1000): FileEvent {
  const e: FileEvent = { ...base, path, kind: 'file', sizeBytes, mtimeSec };
  if (hash !== null) e.contentHash = hash;
  return e;
}
export const d = (path: string): FileEvent => ({ ...base, mode: 0o755, path, kind: 'dir', sizeBytes: 0 });
export const sym = (path: string, target: string): FileEvent => ({ ...base, path, kind: 'symlink', sizeBytes: 0, linkTarget: target });
export const hl = (path: string, target: string): FileEvent => ({ ...base, path, kind: 'hardlink', sizeBytes: 0, linkTarget: target });
export const wh = (path: string): FileEvent => ({ ...base, path, kind: 'whiteout', sizeBytes: 0 });
export const opq = (path: string): FileEvent => ({ ...base, path, kind: 'opaque', sizeBytes: 0 });
export const dev = (path: string): FileEvent => ({ ...base, path, kind: 'other', sizeBytes: 0 });

/** A fake `sha256:` digest made from a label. */
export function digest(label: string): string {
  let h = '';
  for (let i = 0; h.length < 64; i++) h += ((label.charCodeAt(i % label.length) * 31 + i * 7) % 16).toString(16);
  return `sha256:${h}`;
}

export interface SyntheticOptions {
  history?: HistoryEntry[];
  compression?: Array<'none' | 'gzip' | 'zstd'>;
  annotations?: Record<string, string>;
  names?: string[];
  platform?: LoadedImage['platform'];
}

/** A LoadedImage whose layer i holds `layers[i]`. compressedBytes = 1000 + i, tarBytes = 2048 × (i + 1). */
export function image(layers: FileEvent[][], o: SyntheticOptions = {}): LoadedImage {
  const diffIds = layers.map((_, i) => digest(`diff${i}`));
  const paths = new PathTable();
  return {
    reference: 'oci:./synthetic:latest',
    transport: 'oci',
    manifestDigest: digest('manifest'),
    configDigest: digest('config'),
    platform: o.platform ?? { os: 'linux', architecture: 'amd64' },
    config: {
      architecture: 'amd64',
      os: 'linux',
      created: '2026-01-02T03:04:05Z',
      rootfs: { type: 'layers', diff_ids: diffIds },
      ...(o.history ? { history: o.history } : {}),
    },
    annotations: o.annotations ?? {},
    names: o.names ?? ['localhost/synthetic:latest'],
    layers: layers.map((events, i) => {
      const compression = o.compression?.[i] ?? 'gzip';
      return {
        digest: digest(`blob${i}`),
        diffId: diffIds[i] as string,
        mediaType: compression === 'none' ? 'application/vnd.oci.image.layer.v1.tar' : `application/vnd.oci.image.layer.v1.tar+${compression}`,
        compressedBytes: 1000 + i,
        scan: { events: LayerEvents.from(events, paths), tarBytes: 2048 * (i + 1), blobBytes: 1000 + i, compression },
      };
    }),
  };
}
