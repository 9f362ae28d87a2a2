/**
 * Planning an image held in a file tree: an OCI layout (directory, oci-archive, Docker 25+ save) or a legacy
 * `docker save` archive with manifest.json. The tree is reached through a BlobStore, so one planner serves a
 * directory, an indexed archive file and a single-pass stream alike.
 */
import { InputError, untrusted } from '../errors.ts';
import { DOCKER_LAYER_TAR } from './media-types.ts';
import {
  asDescriptor,
  blobPath,
  checkLayerCount,
  parseConfig,
  parseJson,
  planFromManifest,
  platformOf,
  resolveIndex,
  sha256Digest,
  shortDigest,
} from './plan.ts';
import type { Descriptor, ImagePlan, ResolveOptions } from './plan.ts';
import { cleanRelative as cleanMemberName } from '../tar/paths.ts';
import { resolveMember } from '../tar/members.ts';
import type { TarMember } from '../tar/members.ts';

/** A tree of named files (archive members or layout paths). */
export interface BlobStore {
  /** names the source in errors, e.g. `oci-archive:img.tar` */
  readonly where: string;
  /** the final path a name resolves to after links, or null when absent */
  resolve(path: string): string | null;
  /** stored size of a path after links, or null when absent */
  sizeOf(path: string): number | null;
  /** reads a small file (JSON) whole; InputError naming `what` when missing or too large */
  readSmall(path: string, what: string): Promise<Uint8Array>;
}

/**
 * The name lookups a store over an archive's members shares (a single pass or an indexed file): paths resolve
 * through the archive's links between members (`resolveMember`); subclasses read.
 */
export abstract class MemberStore implements BlobStore {
  readonly where: string;
  protected readonly members: Map<string, TarMember>;

  protected constructor(where: string, members: Map<string, TarMember>) {
    this.where = where;
    this.members = members;
  }

  protected member(path: string): TarMember | null {
    return resolveMember(this.members, path, this.where);
  }

  resolve(path: string): string | null {
    return this.member(path)?.name ?? null;
  }

  sizeOf(path: string): number | null {
    return this.member(path)?.sizeBytes ?? null;
  }

  abstract readSmall(path: string, what: string): Promise<Uint8Array>;
}

/** Options for planning. */
export interface LayoutOptions extends ResolveOptions {
  /** use manifest.json over index.json when both exist (default: true) */
  preferDockerManifest?: boolean;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function stringValues(x: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (isObject(x)) for (const [k, v] of Object.entries(x)) if (typeof v === 'string') out[k] = v;
  return out;
}

/** The digest a layout blob path names (`blobs/sha256/ab…` → `sha256:ab…`), or null. */
export function digestOfPath(path: string): string | null {
  const m = /^blobs\/([a-z0-9+._-]+)\/([a-zA-Z0-9=_-]+)$/.exec(path);
  return m ? `${m[1]}:${m[2]}` : null;
}

/** Plans the image in a store: manifest.json (docker save) or index.json (OCI layout). */
export async function planLayout(store: BlobStore, opts: LayoutOptions): Promise<ImagePlan> {
  const hasManifest = store.resolve('manifest.json') !== null;
  const hasIndex = store.resolve('index.json') !== null;
  if (hasManifest && ((opts.preferDockerManifest ?? true) || !hasIndex)) return planDockerSave(store, opts, hasIndex);
  if (hasIndex) return planOciLayout(store, opts);
  if (hasManifest) return planDockerSave(store, opts, false);
  throw new InputError(`${store.where} has neither manifest.json nor index.json`, {
    hint: 'expected a docker save archive (manifest.json) or an OCI layout (oci-layout, index.json)',
  });
}

async function readLayoutJson(store: BlobStore, path: string, what: string): Promise<Record<string, unknown>> {
  const doc = parseJson(await store.readSmall(path, what), what);
  if (!isObject(doc)) throw new InputError(`${what} is not a JSON object`, { hint: 'the image is corrupt or hostile: this document must be a JSON object' });
  return doc;
}

/** Checks `oci-layout` (`{"imageLayoutVersion": "1.0.0"}`), when present. */
async function checkOciLayout(store: BlobStore, required: boolean): Promise<void> {
  if (store.resolve('oci-layout') === null) {
    if (required) throw new InputError(`${store.where} is not an OCI layout: oci-layout is missing`, { hint: 'an OCI layout holds oci-layout, index.json and blobs/; for a docker save archive use docker-archive:PATH' });
    return;
  }
  const doc = await readLayoutJson(store, 'oci-layout', `oci-layout of ${store.where}`);
  const v = doc['imageLayoutVersion'];
  if (typeof v !== 'string' || !/^1\./.test(v)) {
    throw new InputError(`${store.where}: unsupported OCI layout version ${untrusted(JSON.stringify(v))} (expected 1.x)`, { hint: 'this layer-budget reads OCI image layouts of version 1.x' });
  }
}

function blobFetcher(store: BlobStore): (d: Descriptor, what: string) => Promise<Uint8Array> {
  return async (d, what) => {
    const path = blobPath(d.digest, store.where);
    if (store.resolve(path) === null) throw new InputError(`${what} is missing: no ${path} in ${store.where}`, { hint: 'the image is incomplete: a file it references is absent; re-export it (docker save, skopeo copy)' });
    return store.readSmall(path, what);
  };
}

/** Plans an OCI layout's image (index.json → [index →]* manifest → config, layers). */
export async function planOciLayout(store: BlobStore, opts: ResolveOptions): Promise<ImagePlan> {
  await checkOciLayout(store, false);
  const index = await readLayoutJson(store, 'index.json', `index.json of ${store.where}`);
  const fetch = blobFetcher(store);
  const resolved = await resolveIndex(index, fetch, { ...opts, where: store.where });
  const plan = await planFromManifest(resolved, fetch, store.where);
  plan.layers.forEach((l, i) => {
    l.location = blobPath(l.location, store.where);
    if (store.resolve(l.location) === null) {
      if (l.foreign) {
        throw new InputError(`layer ${i} (${shortDigest(l.digest ?? l.location)}) is a foreign layer (${l.mediaType}) whose blob is not in ${store.where}`, {
          hint: 'foreign (nondistributable) layers live elsewhere; pull the image with its foreign layers included',
        });
      }
      throw new InputError(`layer ${i} (${shortDigest(l.digest ?? l.location)}): blob ${l.location} is missing from ${store.where}`, { hint: 'the image is incomplete: a file it references is absent; re-export it (docker save, skopeo copy)' });
    }
  });
  const name = resolved.annotations['org.opencontainers.image.ref.name'] ?? resolved.annotations['io.containerd.image.name'];
  if (name !== undefined) plan.names = [name];
  return plan;
}

interface SaveEntry {
  Config: string;
  RepoTags: string[];
  Layers: string[];
}

function asSaveEntries(doc: unknown, where: string): SaveEntry[] {
  const what = `manifest.json of ${where}`;
  if (!Array.isArray(doc) || doc.length === 0) throw new InputError(`${what} is not a non-empty array`, { hint: 'manifest.json of a docker save is a list of {Config, RepoTags, Layers}; the archive is corrupt or hostile' });
  return doc.map((e, i) => {
    if (!isObject(e) || typeof e['Config'] !== 'string' || !Array.isArray(e['Layers']) || !e['Layers'].every((l) => typeof l === 'string')) {
      throw new InputError(`${what}: entry ${i} lacks Config or Layers`, { hint: 'manifest.json of a docker save is a list of {Config, RepoTags, Layers}; the archive is corrupt or hostile' });
    }
    const tags = Array.isArray(e['RepoTags']) ? e['RepoTags'].filter((t): t is string => typeof t === 'string') : [];
    return { Config: e['Config'], RepoTags: tags, Layers: e['Layers'] as string[] };
  });
}

function tagMatches(tag: string, ref: string): boolean {
  const strip = (s: string): string => s.replace(/^(docker\.io\/)?(library\/)?/, '');
  const withTag = (s: string): string => (/:[^/]+$/.test(s) ? s : `${s}:latest`);
  return tag === ref || withTag(strip(tag)) === withTag(strip(ref));
}

function pickSaveEntry(entries: SaveEntry[], ref: string | undefined, where: string): SaveEntry {
  if (ref !== undefined) {
    const m = /^@(\d+)$/.exec(ref);
    const hit = m ? entries[Number(m[1])] : entries.find((e) => e.RepoTags.some((t) => tagMatches(t, ref)));
    if (hit) return hit;
    throw new InputError(`no image ${untrusted(JSON.stringify(ref))} in ${where}; available: ${untrusted(entries.map((e, i) => e.RepoTags.join(' ') || `@${i}`).join(', '), 400)}`, {
      hint: 'name one of the available tags, or @INDEX, after the archive path, e.g. docker-archive:img.tar:app:latest',
    });
  }
  if (entries.length === 1) return entries[0]!;
  throw new InputError(`${where} holds ${entries.length} images (${untrusted(entries.map((e, i) => e.RepoTags.join(' ') || `@${i}`).join(', '), 400)}); name one`, {
    hint: 'append :TAG or :@INDEX to the archive path, e.g. docker-archive:img.tar:app:latest',
  });
}

/** Plans a docker save archive from manifest.json (legacy and Docker 25+), enriched from index.json if present. */
async function planDockerSave(store: BlobStore, opts: ResolveOptions, hasIndex: boolean): Promise<ImagePlan> {
  const doc = parseJson(await store.readSmall('manifest.json', `manifest.json of ${store.where}`), `manifest.json of ${store.where}`);
  const entry = pickSaveEntry(asSaveEntries(doc, store.where), opts.ref, store.where);
  const configPath = cleanMemberName(entry.Config);
  if (store.resolve(configPath) === null) {
    throw new InputError(`config ${untrusted(configPath)} named by manifest.json is missing from ${store.where}`, { hint: 'the image is incomplete: a file it references is absent; re-export it (docker save, skopeo copy)' });
  }
  const configBytes = await store.readSmall(configPath, `config ${configPath} of ${store.where}`);
  const configDigest = sha256Digest(configBytes);
  const config = parseConfig(configBytes, `config ${configPath} of ${store.where}`);
  checkLayerCount(entry.Layers.length, config.rootfs.diff_ids.length, store.where);
  const layers = entry.Layers.map((raw, i) => {
    const named = cleanMemberName(raw);
    // links between layer files (legacy saves) resolve to one member, so the blob is scanned once
    const location = store.resolve(named);
    if (location === null) {
      throw new InputError(`layer ${i}: ${untrusted(named)} named by manifest.json is missing from ${store.where}`, { hint: 'the image is incomplete: a file it references is absent; re-export it (docker save, skopeo copy)' });
    }
    return { digest: digestOfPath(location), diffId: config.rootfs.diff_ids[i]!, mediaType: DOCKER_LAYER_TAR, mediaTypeGuessed: true, location, claimedBytes: null, foreign: false };
  });
  const plan: ImagePlan = {
    manifestDigest: null,
    configDigest,
    config,
    platform: platformOf(config, undefined),
    annotations: {},
    names: entry.RepoTags,
    layers,
  };
  if (hasIndex) await enrichFromIndex(store, plan);
  return plan;
}

/**
 * Docker 25+ saves also carry an OCI index; find the manifest of the same config among the blobs present and
 * take its digest, annotations and layer media types. Best effort: anything missing is simply skipped.
 */
async function enrichFromIndex(store: BlobStore, plan: ImagePlan): Promise<void> {
  const seen = new Set<string>();
  const visit = async (d: Descriptor, depth: number): Promise<boolean> => {
    if (depth > 4 || seen.has(d.digest)) return false;
    seen.add(d.digest);
    let path: string;
    try {
      path = blobPath(d.digest, store.where);
    } catch {
      return false;
    }
    if (store.resolve(path) === null) return false;
    const size = store.sizeOf(path);
    if (size === null || size > 16 << 20) return false;
    let doc: unknown;
    try {
      doc = parseJson(await store.readSmall(path, path), path);
    } catch {
      return false;
    }
    if (!isObject(doc)) return false;
    if (Array.isArray(doc['manifests'])) {
      for (const m of doc['manifests']) {
        if (isObject(m) && typeof m['digest'] === 'string' && (await visit(asDescriptor(m, path), depth + 1))) return true;
      }
      return false;
    }
    const cfg = doc['config'];
    if (!isObject(cfg) || cfg['digest'] !== plan.configDigest || !Array.isArray(doc['layers'])) return false;
    plan.manifestDigest = d.digest;
    plan.annotations = { ...(d.annotations ?? {}), ...stringValues(doc['annotations']) };
    const layerDescs = doc['layers'];
    plan.layers.forEach((l, i) => {
      const ld = layerDescs[i];
      if (isObject(ld) && typeof ld['mediaType'] === 'string' && (l.digest === null || ld['digest'] === l.digest)) {
        l.mediaType = ld['mediaType'];
        l.mediaTypeGuessed = false;
        if (typeof ld['digest'] === 'string') l.digest = ld['digest'];
      }
    });
    return true;
  };
  try {
    const index = parseJson(await store.readSmall('index.json', 'index.json'), 'index.json');
    if (!isObject(index) || !Array.isArray(index['manifests'])) return;
    for (const m of index['manifests']) {
      if (isObject(m) && typeof m['digest'] === 'string' && (await visit(asDescriptor(m, 'index.json'), 0))) return;
    }
  } catch {
    // enrichment is optional
  }
}
