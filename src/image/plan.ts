/**
 * From JSON documents to an ImagePlan: which config, which layers in which order, where each layer's blob lives.
 * Shared by every reader: OCI layouts (directory, archive, Docker 25+ save), legacy docker save archives and the
 * registry. Readers supply the documents through small fetch functions; nothing here touches a disk or network.
 */
import { createHash } from 'node:crypto';
import { InputError, untrusted } from '../errors.ts';
import { isIndexType, DOCKER_SCHEMA1, layerKind } from './media-types.ts';
import { formatPlatform, selectPlatform } from './platform.ts';
import { CONFIG_SCHEMA, INDEX_SCHEMA, MANIFEST_SCHEMA, validateDocument } from './schemas.ts';
import type { ImageConfig, Platform } from './types.ts';

/** Largest JSON document we read (manifests, indexes, configs). */
export const JSON_CAP_BYTES = 16 << 20;

/** An OCI / Docker content descriptor. */
export interface Descriptor {
  mediaType?: string;
  digest: string;
  size?: number;
  platform?: Platform;
  annotations?: Record<string, string>;
  urls?: string[];
}

/** One layer to read. */
export interface PlannedLayer {
  /** stored blob digest, or null when the source does not state it (filled from the scan, or from the diffId) */
  digest: string | null;
  diffId: string;
  mediaType: string;
  /** the media type is a default (docker save states none); it is adjusted to the sniffed compression */
  mediaTypeGuessed?: boolean;
  /** where the blob lives: an archive member or layout path, or a registry digest */
  location: string;
  /** the manifest's claimed size, if any (never trusted; the stored size wins) */
  claimedBytes: number | null;
  /** a foreign / nondistributable layer */
  foreign: boolean;
}

/** Everything needed to read an image, before any layer is scanned. */
export interface ImagePlan {
  manifestDigest: string | null;
  configDigest: string;
  config: ImageConfig;
  platform: Platform;
  annotations: Record<string, string>;
  names: string[];
  layers: PlannedLayer[];
}

/** The sha256 digest of bytes, `sha256:…`. */
export function sha256Digest(bytes: Uint8Array): string {
  return 'sha256:' + createHash('sha256').update(bytes).digest('hex');
}

/** Short form of a digest for messages: `sha256:ab12cd34ef56…`. */
export function shortDigest(d: string): string {
  const i = d.indexOf(':');
  return i >= 0 && d.length > i + 13 ? `${d.slice(0, i + 13)}…` : d;
}

const DIGEST_RE = /^([a-z0-9]+(?:[+._-][a-z0-9]+)*):([a-zA-Z0-9=_-]+)$/;

/** The layout path of a blob, `blobs/<alg>/<hex>`; InputError for a digest that would escape the layout. */
export function blobPath(digest: unknown, where: string): string {
  const m = typeof digest === 'string' ? DIGEST_RE.exec(digest) : null;
  if (!m) throw new InputError(`invalid digest ${untrusted(JSON.stringify(digest) ?? String(digest), 120)} in ${where}`, { hint: 'the layout is corrupt or hostile: digests are alg:hex' });
  return `blobs/${m[1]}/${m[2]}`;
}

/** Parses JSON bytes; InputError naming `what` on failure. */
export function parseJson(bytes: Uint8Array, what: string): unknown {
  try {
    return JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8'));
  } catch (e) {
    throw new InputError(`${what} is not valid JSON`, { cause: e, hint: 'the image is corrupt or hostile: manifests, indexes and configs are JSON documents' });
  }
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function strRecord(x: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (isObject(x)) for (const [k, v] of Object.entries(x)) if (typeof v === 'string') out[k] = v;
  return out;
}

function asPlatform(x: unknown): Platform | undefined {
  if (!isObject(x) || typeof x['os'] !== 'string' || typeof x['architecture'] !== 'string') return undefined;
  const p: Platform = { os: x['os'], architecture: x['architecture'] };
  if (typeof x['variant'] === 'string' && x['variant'] !== '') p.variant = x['variant'];
  return p;
}

/** Validates a descriptor object. */
export function asDescriptor(x: unknown, what: string): Descriptor {
  if (!isObject(x) || typeof x['digest'] !== 'string') throw new InputError(`${what}: descriptor without a digest`, { hint: 'every descriptor names its blob by digest (alg:hex); the image is corrupt or hostile' });
  const d: Descriptor = { digest: x['digest'] };
  if (typeof x['mediaType'] === 'string') d.mediaType = x['mediaType'];
  if (typeof x['size'] === 'number') d.size = x['size'];
  const p = asPlatform(x['platform']);
  if (p) d.platform = p;
  if (isObject(x['annotations'])) d.annotations = strRecord(x['annotations']);
  if (Array.isArray(x['urls'])) d.urls = x['urls'].filter((u): u is string => typeof u === 'string');
  return d;
}

/** Fetches a manifest or index by digest; returns its raw bytes. */
export type FetchManifest = (desc: Descriptor, what: string) => Promise<Uint8Array>;
/** Fetches a config blob by digest; returns its raw bytes. */
export type FetchConfig = (desc: Descriptor, what: string) => Promise<Uint8Array>;

/** An image manifest, resolved. */
export interface ResolvedManifest {
  doc: Record<string, unknown>;
  digest: string;
  /** the platform the index stated for it, if any */
  platform?: Platform;
  /** annotations of the manifest and of the descriptors that led to it (manifest wins) */
  annotations: Record<string, string>;
}

/** Options for resolving an index. */
export interface ResolveOptions {
  /** platform to pick (default: see platform.ts) */
  platform?: Platform;
  /** a ref name (`org.opencontainers.image.ref.name` / `io.containerd.image.name`) to pick at the top level */
  ref?: string;
  /** names the source in errors, e.g. `oci:./dir` */
  where: string;
}

const REF_NAME = 'org.opencontainers.image.ref.name';
const CONTAINERD_NAME = 'io.containerd.image.name';

/** Whether a descriptor is a BuildKit attestation or another non-image entry we never pick. */
function isAttestation(d: Descriptor): boolean {
  const t = d.annotations?.['vnd.docker.reference.type'];
  return t === 'attestation-manifest' || (d.platform?.os === 'unknown' && d.platform.architecture === 'unknown');
}

function refName(d: Descriptor): string | undefined {
  return d.annotations?.[REF_NAME] ?? d.annotations?.[CONTAINERD_NAME];
}

function refMatches(d: Descriptor, ref: string): boolean {
  const a = d.annotations ?? {};
  const names = [a[REF_NAME], a[CONTAINERD_NAME]].filter((x): x is string => x !== undefined);
  return names.some((n) => n === ref || n.endsWith(`/${ref}`) || n.endsWith(`:${ref}`) || n === `${ref}:latest` || n.endsWith(`/${ref}:latest`));
}

function checkSchema(doc: Record<string, unknown>, mediaType: string | undefined, what: string): void {
  const mt = typeof doc['mediaType'] === 'string' ? doc['mediaType'] : mediaType;
  if (doc['schemaVersion'] === 1 || (mt !== undefined && DOCKER_SCHEMA1.includes(mt))) {
    throw new InputError(`${what} is a Docker schema 1 manifest, which is not supported`, {
      hint: 'push or convert the image as a Docker v2 schema 2 or OCI manifest (e.g. skopeo copy --format v2s2)',
    });
  }
}

/** Fetches and parses a manifest or index, checking its sha256 against the descriptor. */
async function fetchDoc(desc: Descriptor, fetch: FetchManifest, what: string): Promise<Record<string, unknown>> {
  const bytes = await fetch(desc, what);
  if (desc.digest.startsWith('sha256:') && sha256Digest(bytes) !== desc.digest) {
    throw new InputError(`${what} (${shortDigest(desc.digest)}) does not match its digest`, { hint: 'the image is corrupt, or the registry or layout served other content than its digest names' });
  }
  const doc = parseJson(bytes, what);
  if (!isObject(doc)) throw new InputError(`${what} is not a JSON object`, { hint: 'manifests and indexes are JSON objects; the image is corrupt or hostile' });
  checkSchema(doc, desc.mediaType, what);
  return doc;
}

function docIsIndex(doc: Record<string, unknown>, mediaType: string | undefined): boolean {
  const mt = typeof doc['mediaType'] === 'string' ? doc['mediaType'] : mediaType;
  return isIndexType(mt) || (Array.isArray(doc['manifests']) && !Array.isArray(doc['layers']));
}

function indexEntries(doc: Record<string, unknown>, what: string): Descriptor[] {
  const ok = validateDocument<{ manifests: unknown[] }>(doc, INDEX_SCHEMA, what, 'an image index (or manifest list) holds a `manifests` array of descriptors {mediaType, digest, size, platform}; the image is corrupt or hostile');
  return ok.manifests.map((m, i) => asDescriptor(m, `${what}, entry ${i}`));
}

/**
 * Resolves an index (the layout's index.json, or any OCI index / Docker manifest list) down to one image
 * manifest: ref at the top level, then platform, through nested indexes.
 */
export async function resolveIndex(
  indexDoc: Record<string, unknown>,
  fetch: FetchManifest,
  opts: ResolveOptions,
  what = `index.json of ${opts.where}`,
): Promise<ResolvedManifest> {
  let entries = indexEntries(indexDoc, what).filter((d) => !isAttestation(d));
  const inherited: Record<string, string> = strRecord(indexDoc['annotations']);
  if (opts.ref !== undefined) {
    const byRef = entries.filter((d) => refMatches(d, opts.ref!));
    if (byRef.length === 0) {
      const refs = entries.map((d) => d.annotations?.[REF_NAME] ?? d.annotations?.[CONTAINERD_NAME]).filter((x) => x !== undefined);
      throw new InputError(`no image named ${untrusted(JSON.stringify(opts.ref))} in ${opts.where}; available: ${refs.length ? untrusted(refs.join(', '), 400) : 'none named'}`, {
        hint: 'name one of the available refs after the path, e.g. oci:DIR:latest',
      });
    }
    entries = byRef;
  } else if (entries.length > 1 && (entries.every((d) => d.platform === undefined) || new Set(entries.map(refName).filter((n) => n !== undefined)).size > 1)) {
    const refs = entries.map((d) => refName(d) ?? shortDigest(d.digest));
    throw new InputError(`${opts.where} holds ${entries.length} images (${untrusted(refs.join(', '), 400)}); name one`, {
      hint: 'append :REF to the source, e.g. oci:DIR:latest',
    });
  }
  return follow(entries, fetch, opts, what, inherited, 0);
}

async function follow(
  entries: Descriptor[],
  fetch: FetchManifest,
  opts: ResolveOptions,
  what: string,
  inherited: Record<string, string>,
  depth: number,
): Promise<ResolvedManifest> {
  if (depth > 4) throw new InputError(`${what}: indexes nested too deeply`, { hint: 'image indexes may nest at most 4 levels; the image is corrupt or hostile' });
  const chosen = selectPlatform(entries, opts.platform, what);
  const childWhat = `${chosen.platform ? `${formatPlatform(chosen.platform)} ` : ''}manifest ${shortDigest(chosen.digest)} of ${opts.where}`;
  const doc = await fetchDoc(chosen, fetch, childWhat);
  const annotations = { ...inherited, ...(chosen.annotations ?? {}) };
  if (docIsIndex(doc, chosen.mediaType)) {
    const nested = indexEntries(doc, `index ${shortDigest(chosen.digest)} of ${opts.where}`).filter((d) => !isAttestation(d));
    return follow(nested, fetch, opts, `index ${shortDigest(chosen.digest)} of ${opts.where}`, { ...annotations, ...strRecord(doc['annotations']) }, depth + 1);
  }
  const out: ResolvedManifest = { doc, digest: chosen.digest, annotations: { ...annotations, ...strRecord(doc['annotations']) } };
  if (chosen.platform) out.platform = chosen.platform;
  return out;
}

/**
 * Resolves a document that may be a manifest or an index (as a registry answers for a tag). `bytes` are the
 * raw document; `digest` its digest.
 */
export async function resolveDocument(
  bytes: Uint8Array,
  digest: string,
  mediaType: string | undefined,
  fetch: FetchManifest,
  opts: ResolveOptions,
): Promise<ResolvedManifest> {
  const what = `manifest of ${opts.where}`;
  const doc = parseJson(bytes, what);
  if (!isObject(doc)) throw new InputError(`${what} is not a JSON object`, { hint: 'manifests and indexes are JSON objects; the image is corrupt or hostile' });
  checkSchema(doc, mediaType, what);
  if (docIsIndex(doc, mediaType)) {
    const entries = indexEntries(doc, `index of ${opts.where}`).filter((d) => !isAttestation(d));
    return follow(entries, fetch, { ...opts }, `index of ${opts.where}`, strRecord(doc['annotations']), 0);
  }
  return { doc, digest, annotations: strRecord(doc['annotations']) };
}

/** Parses and validates an image config. */
export function parseConfig(bytes: Uint8Array, what: string): ImageConfig {
  const doc = parseJson(bytes, what);
  if (!isObject(doc)) throw new InputError(`${what} is not a JSON object`, { hint: 'the image config must be a JSON object (OCI image config); the image is corrupt or hostile' });
  const rootfs = doc['rootfs'];
  if (!isObject(rootfs) || rootfs['diff_ids'] === undefined) {
    throw new InputError(`${what} has no rootfs.diff_ids`, { hint: 'the config is not an image config: an OCI image config holds rootfs.diff_ids, one per layer' });
  }
  return validateDocument<ImageConfig>(doc, CONFIG_SCHEMA, what, 'the image config does not follow the OCI image config spec (rootfs.diff_ids strings, history objects, config.Env/Cmd string lists); the image is corrupt or hostile');
}

/** The platform of an image: from its config, else from the index entry. */
export function platformOf(config: ImageConfig, fromIndex: Platform | undefined): Platform {
  if (typeof config.os === 'string' && typeof config.architecture === 'string' && config.os !== '') {
    const p: Platform = { os: config.os, architecture: config.architecture };
    if (typeof config.variant === 'string' && config.variant !== '') p.variant = config.variant;
    return p;
  }
  return fromIndex ?? { os: 'unknown', architecture: 'unknown' };
}

/** Checks that the manifest and the config agree on the number of layers. */
export function checkLayerCount(manifestLayers: number, diffIds: number, where: string): void {
  if (manifestLayers !== diffIds) {
    throw new InputError(`${where}: the manifest lists ${manifestLayers} layers but the config's rootfs.diff_ids has ${diffIds}`, {
      hint: 'the image is corrupt or was assembled by a broken tool',
    });
  }
}

/**
 * Builds the plan of an OCI / Docker v2 image manifest: fetches and validates the config, checks the layer
 * count, classifies layer media types. `location` of each layer is its digest.
 */
export async function planFromManifest(m: ResolvedManifest, fetchConfig: FetchConfig, where: string): Promise<ImagePlan> {
  const what = `manifest ${shortDigest(m.digest)} of ${where}`;
  const doc = validateDocument<{ config: unknown; layers: unknown[] }>(m.doc, MANIFEST_SCHEMA, what, 'an image manifest holds a `config` descriptor and a `layers` array of descriptors {mediaType, digest, size}; the image is corrupt or hostile');
  const configDesc = asDescriptor(m.doc['config'], `${what}, config`);
  const configBytes = await fetchConfig(configDesc, `config ${shortDigest(configDesc.digest)} of ${where}`);
  if (configDesc.digest.startsWith('sha256:') && sha256Digest(configBytes) !== configDesc.digest) {
    throw new InputError(`config of ${where} does not match its digest ${shortDigest(configDesc.digest)}`, { hint: 'the image is corrupt, or the registry or layout served other content than its digest names' });
  }
  const config = parseConfig(configBytes, `config ${shortDigest(configDesc.digest)} of ${where}`);
  const descs = doc.layers.map((l, i) => asDescriptor(l, `${what}, layer ${i}`));
  checkLayerCount(descs.length, config.rootfs.diff_ids.length, where);
  const layers = descs.map((d, i): PlannedLayer => {
    const mediaType = d.mediaType ?? 'application/vnd.oci.image.layer.v1.tar';
    const kind = layerKind(mediaType);
    if (kind === 'unsupported') {
      throw new InputError(`layer ${i} (${shortDigest(d.digest)}) of ${where} has unsupported media type ${untrusted(mediaType, 120)}`, {
        hint: 'only tar layers (plain, gzip, zstd) can be analyzed; is this an artifact rather than an image?',
      });
    }
    return { digest: d.digest, diffId: config.rootfs.diff_ids[i]!, mediaType, location: d.digest, claimedBytes: d.size ?? null, foreign: kind === 'foreign' };
  });
  return {
    manifestDigest: m.digest,
    configDigest: configDesc.digest,
    config,
    platform: platformOf(config, m.platform),
    annotations: m.annotations,
    names: [],
    layers,
  };
}
