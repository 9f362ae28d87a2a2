/**
 * The single-pass archive reader: a docker save (legacy or Docker 25+), an oci-archive, stdin or a `docker save`
 * stdout, read once from front to back.
 *
 * Small JSON members are buffered; every other member is handed to the scanner as it passes, keyed by member
 * path. At the end manifest.json (preferred) or index.json is resolved (in Docker 25+ saves manifest.json comes
 * after the blobs) and the summaries are put in manifest order. Links between members resolve to the same scan;
 * a blob buffered as JSON that turns out to be a layer is scanned from its buffer.
 *
 * The price of one pass: every blob that might be a layer is scanned, so a stream holding several images (a
 * multi-platform oci-archive on stdin) costs the scans of all of them. Archive files on disk avoid this
 * (archive-file.ts reads only the chosen image's layers).
 */
import { InputError, untrusted, withContext } from '../errors.ts';
import type { LayerScan } from '../layer/events.ts';
import { ByteReader } from '../tar/byte-reader.ts';
import { finishImage, scanPlanned } from './finish.ts';
import type { FinishMeta } from './finish.ts';
import { planLayout } from './layout.ts';
import { MemberStore } from './layout.ts';
import { JSON_CAP_BYTES } from './plan.ts';
import { requireTar } from './sniff.ts';
import { walkMembers } from '../tar/members.ts';
import type { TarMember } from '../tar/members.ts';
import type { LoadedImage, LoadOptions } from './types.ts';

/** Members that are always metadata, never layers. */
const METADATA = /(^|\/)(manifest\.json|index\.json|oci-layout|repositories|json|VERSION)$|\.json$/;

/** A store over what a single pass kept: member headers, buffered JSON, started scans. */
class PassStore extends MemberStore {
  declare readonly members: Map<string, TarMember>;
  readonly buffers = new Map<string, Uint8Array>();
  readonly scans = new Map<string, Promise<LayerScan>>();

  constructor(where: string) {
    super(where, new Map());
  }

  async readSmall(path: string, what: string): Promise<Uint8Array> {
    const m = this.member(path);
    if (m === null) throw new InputError(`${what} is missing: no ${path} in ${this.where}`, { hint: 'the archive is incomplete or not a docker save / OCI archive; re-export it' });
    const b = this.buffers.get(m.name);
    if (b === undefined) {
      throw new InputError(`${what} (${untrusted(m.name)}, ${m.sizeBytes} bytes) is not a JSON document${m.sizeBytes > JSON_CAP_BYTES ? ' of sane size' : ''}`, { hint: 'the image is corrupt or hostile: its JSON documents (manifests, indexes, configs) are small' });
    }
    return b;
  }
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  if (bytes.length > 0) yield bytes;
}

/** Options of the single-pass reader, besides LoadOptions. */
export interface StreamMeta extends FinishMeta {
  /** names the source in errors (default: the reference) */
  where?: string;
  /** image to pick by tag / ref name (default: the only one) */
  ref?: string;
}

/** Reads an image archive from a stream of chunks, in one pass. */
export async function loadArchiveStream(source: AsyncIterable<Uint8Array>, opts: LoadOptions, meta: StreamMeta): Promise<LoadedImage> {
  const where = meta.where ?? meta.reference;
  const reader = new ByteReader(source);
  const store = new PassStore(where);
  let layersDone = 0;
  const progress = (): void => opts.onProgress?.({ bytesRead: reader.position, layersDone, layersTotal: null });
  requireTar(await reader.peek(512), where);
  try {
    await walkMembers(reader, async (m, body) => {
      store.members.set(m.name, m);
      if (m.type !== 'file' || m.sizeBytes === 0) return;
      if (METADATA.test(m.name)) {
        if (m.sizeBytes <= JSON_CAP_BYTES) store.buffers.set(m.name, await body.readAll());
        return;
      }
      const head = await body.peek(1);
      if ((head[0] === 0x7b /* { */ || head[0] === 0x5b) /* [ */ && m.sizeBytes <= JSON_CAP_BYTES) {
        store.buffers.set(m.name, await body.readAll());
        return;
      }
      const scan = opts.scanner.scanStream(body, opts.scan);
      scan.catch(() => undefined); // surfaced later, only if this member is a layer
      store.scans.set(m.name, scan);
      const settled = scan.then(
        () => undefined,
        () => undefined,
      );
      void settled.then(() => {
        layersDone++;
        progress();
      });
      await Promise.race([body.done, settled]);
      progress();
    });
    await reader.drainToEnd(); // the padding after the end marker; never leave a producer blocked
  } catch (e) {
    await reader.cancel().catch(() => undefined);
    throw withContext(`reading ${where}`, e);
  }
  const plan = await planLayout(store, { where, ...(meta.ref !== undefined ? { ref: meta.ref } : {}), ...(opts.platform ? { platform: opts.platform } : {}) });
  const total = reader.position;
  const scans = await scanPlanned(
    plan,
    async (layer) => {
      const name = store.resolve(layer.location);
      if (name === null) throw new InputError(`${untrusted(layer.location)} is missing from ${where}`, { hint: 'the image is incomplete: a file it references is absent; re-export it (docker save, skopeo copy)' });
      const started = store.scans.get(name);
      if (started) return started;
      const buffered = store.buffers.get(name);
      if (buffered) return opts.scanner.scanStream(once(buffered), opts.scan);
      // an empty member: an empty layer blob
      return opts.scanner.scanStream(once(new Uint8Array(0)), opts.scan);
    },
    { ...opts, onProgress: (p) => opts.onProgress?.({ ...p, bytesRead: total }) },
    () => 0,
  );
  const stored = plan.layers.map((l) => store.sizeOf(l.location) ?? 0);
  return finishImage(plan, scans, stored, opts, meta);
}
