/**
 * Test builder for hint rules: makes an Analysis from per-layer event lists with the engine's `analyze()`.
 */
import type { Analysis } from '../../src/analysis/types.ts';
import type { FileEvent } from '../../src/layer/events.ts';
import { LayerEvents } from '../../src/layer/events.ts';
import { PathTable } from '../../src/layer/path-table.ts';
import { analyze } from '../../src/analysis/analyze.ts';
import type { HistoryEntry, LoadedImage } from '../../src/image/types.ts';

const enc = new TextEncoder();

/** Optional event fields. */
export interface EventOpts {
  hash?: string;
  content?: string | Uint8Array;
  mode?: number;
  uid?: number;
  gid?: number;
  mtimeSec?: number;
}

let hashSeq = 0;

/** A regular file; its content hash is unique unless `hash` is given. */
export function f(path: string, sizeBytes: number, o: EventOpts = {}): FileEvent {
  const ev: FileEvent = {
    path,
    kind: 'file',
    sizeBytes,
    mode: o.mode ?? 0o100644,
    uid: o.uid ?? 0,
    gid: o.gid ?? 0,
    mtimeSec: o.mtimeSec ?? 1_700_000_000,
    contentHash: o.hash ?? `u${(hashSeq++).toString(16).padStart(15, '0')}`,
  };
  if (o.content !== undefined) ev.content = typeof o.content === 'string' ? enc.encode(o.content) : o.content;
  return ev;
}

/** A file whose content is `text` (size = its byte length, content captured). */
export function ft(path: string, text: string, o: EventOpts = {}): FileEvent {
  const bytes = enc.encode(text);
  return f(path, bytes.length, { ...o, content: bytes });
}

export function d(path: string): FileEvent {
  return { path, kind: 'dir', sizeBytes: 0, mode: 0o40755, uid: 0, gid: 0, mtimeSec: 1_700_000_000 };
}
export function wh(path: string): FileEvent {
  return { path, kind: 'whiteout', sizeBytes: 0, mode: 0, uid: 0, gid: 0, mtimeSec: 0 };
}
export function opq(path: string): FileEvent {
  return { path, kind: 'opaque', sizeBytes: 0, mode: 0, uid: 0, gid: 0, mtimeSec: 0 };
}
export function hl(path: string, target: string): FileEvent {
  return { path, kind: 'hardlink', sizeBytes: 0, mode: 0o100644, uid: 0, gid: 0, mtimeSec: 0, linkTarget: target };
}
export function sym(path: string, target: string): FileEvent {
  return { path, kind: 'symlink', sizeBytes: 0, mode: 0o120777, uid: 0, gid: 0, mtimeSec: 0, linkTarget: target };
}

/** `n` files `${dir}/f0..` of `size` bytes each. */
export function many(dir: string, n: number, size: number, o: EventOpts = {}): FileEvent[] {
  return Array.from({ length: n }, (_, i) => f(`${dir}/f${i}`, size, o));
}

/** The same files again with new attributes and identical content (a chown/chmod copy-up). */
export function copyUp(events: readonly FileEvent[], o: { uid?: number; mode?: number } = {}): FileEvent[] {
  return events
    .filter((e) => e.kind === 'file')
    .map((e) => ({ ...e, uid: o.uid ?? e.uid, gid: o.uid ?? e.gid, mode: o.mode ?? e.mode }));
}

export interface LayerSpec {
  /** created_by, e.g. `/bin/sh -c apt-get update` */
  instruction: string;
  events: FileEvent[];
}

export interface BuildOpts {
  /** leading layers that are the base image's (default: unknown → null) */
  baseLayers?: number;
  baseName?: string;
  /** extra history (e.g. empty_layer entries); default: one entry per layer */
  history?: HistoryEntry[];
  workdir?: string;
}

/** The LoadedImage the events describe. */
export function buildImage(layers: LayerSpec[], o: BuildOpts = {}): LoadedImage {
  const paths = new PathTable();
  return {
    reference: 'test:image',
    transport: 'docker-archive',
    manifestDigest: null,
    configDigest: 'sha256:' + '0'.repeat(64),
    platform: { os: 'linux', architecture: 'amd64' },
    config: {
      rootfs: { type: 'layers', diff_ids: layers.map((_, i) => `sha256:${i.toString(16).padStart(64, '0')}`) },
      history: o.history ?? layers.map((l) => ({ created_by: l.instruction })),
      config: o.workdir ? { WorkingDir: o.workdir } : {},
    },
    annotations: {},
    names: [],
    // one PathTable for all layers, as a loaded image has
    layers: layers.map((l, i) => ({
      digest: `sha256:${i.toString(16).padStart(64, 'f')}`,
      diffId: `sha256:${i.toString(16).padStart(64, '0')}`,
      mediaType: 'application/vnd.oci.image.layer.v1.tar',
      compressedBytes: 0,
      scan: { events: LayerEvents.from(l.events, paths), tarBytes: 0, blobBytes: 0, compression: 'none' },
    })),
  };
}

/** Builds an Analysis from layers with the engine's analyze(); the base (when given) is passed as an input. */
export function buildAnalysis(layers: LayerSpec[], o: BuildOpts = {}): Analysis {
  const image = buildImage(layers, o);
  const diffIds = o.baseLayers === undefined ? undefined : image.layers.slice(0, o.baseLayers).map((l) => l.diffId);
  const baseImage = diffIds === undefined && o.baseName === undefined ? undefined : { ...(diffIds ? { diffIds } : {}), ...(o.baseName ? { name: o.baseName } : {}) };
  return analyze(image, { toolVersion: 'test', ...(baseImage ? { baseImage } : {}) });
}

/** The debian-like base layer most tests start from. */
export function baseLayer(extra: FileEvent[] = []): LayerSpec {
  return {
    instruction: '/bin/sh -c #(nop) ADD file:0123456789abcdef0123456789abcdef in / ',
    events: [d('/etc'), f('/etc/passwd', 900), f('/bin/sh', 120_000), f('/usr/share/doc/dash/changelog.gz', 200_000), ...extra],
  };
}
