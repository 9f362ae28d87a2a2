/**
 * `docker://HOST/REPO:TAG` (or `@sha256:…`): the registry v2 API over global fetch.
 *
 * Manifests are asked for with an `Accept` of OCI and Docker v2 images AND indexes (asked only for OCI, a
 * registry may down-convert to schema 1, which we refuse). Auth: anonymous, basic, or a bearer token from the
 * `WWW-Authenticate` challenge (realm, service, scope), with credentials from registry-auth.ts. http for
 * 127.0.0.1 / localhost / [::1], https otherwise unless `insecure`. `docker.io` means `registry-1.docker.io` with
 * the `library/` prefix for one-part names. Layer blobs are streamed into the scanner, 2 at a time.
 */
import { InputError } from '../errors.ts';
import { finishImage, scanPlanned } from './finish.ts';
import { MANIFEST_ACCEPT } from './media-types.ts';
import { JSON_CAP_BYTES, planFromManifest, resolveDocument, sha256Digest, shortDigest } from './plan.ts';
import type { Descriptor } from './plan.ts';
import { basicAuth, findCredentials, parseChallenge } from './registry-auth.ts';
import type { Credentials } from './registry-auth.ts';
import type { ImageSource, LoadedImage, LoadOptions } from './types.ts';

/** A parsed `docker://` reference. */
export interface RegistryRef {
  /** the registry as written (`docker.io`, `127.0.0.1:5000`) */
  registry: string;
  /** the host the API is served from (`registry-1.docker.io` for docker.io) */
  apiHost: string;
  /** `library/alpine`, `team/app` */
  repository: string;
  /** tag, when no digest was given (default: latest) */
  tag: string | null;
  /** `sha256:…`, when given */
  digest: string | null;
}

const REPO_RE = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;

/** Parses `HOST/REPO[:TAG|@DIGEST]` (the part after `docker://`); InputError when malformed. */
export function parseRegistryRef(s: string): RegistryRef {
  const bad = (why: string): InputError =>
    new InputError(`invalid registry reference docker://${s}: ${why}`, { hint: 'write docker://HOST/REPO:TAG or docker://HOST/REPO@sha256:…' });
  let rest = s.replace(/^\/\//, '');
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!/^[a-z0-9]+:[a-f0-9]{32,}$/.test(digest)) throw bad(`bad digest ${digest}`);
  }
  const slash = rest.indexOf('/');
  const first = slash >= 0 ? rest.slice(0, slash) : '';
  let registry = 'docker.io';
  let path = rest;
  if (slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost' || first.startsWith('['))) {
    registry = first;
    path = rest.slice(slash + 1);
  }
  let tag: string | null = null;
  const colon = path.lastIndexOf(':');
  if (colon > path.lastIndexOf('/')) {
    tag = path.slice(colon + 1);
    path = path.slice(0, colon);
    if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(tag)) throw bad(`bad tag ${tag}`);
  }
  if (registry === 'index.docker.io') registry = 'docker.io';
  if (registry === 'docker.io' && !path.includes('/')) path = `library/${path}`;
  if (!REPO_RE.test(path)) throw bad(`bad repository name ${JSON.stringify(path)}`);
  if (tag === null && digest === null) tag = 'latest';
  return { registry, apiHost: registry === 'docker.io' ? 'registry-1.docker.io' : registry, repository: path, tag, digest };
}

/** Whether a host is this machine (plain http is used for it). */
function isLocal(host: string): boolean {
  const h = host.replace(/:\d+$/, '');
  return h === '127.0.0.1' || h === 'localhost' || h === '[::1]' || h === '::1';
}

/** Options for a registry source. */
export interface RegistryOptions {
  /** environment for credentials (default: process.env) */
  env?: Record<string, string | undefined>;
  /** use plain http for every host (default: false; local hosts always use http) */
  insecure?: boolean;
  /** the fetch to use (default: global fetch) */
  fetch?: typeof fetch;
}

/** A small registry v2 client for one repository. */
export class RegistryClient {
  readonly ref: RegistryRef;
  private readonly base: string;
  private readonly creds: Credentials | null;
  private readonly fetchFn: typeof fetch;
  private authorization: string | null = null;

  constructor(ref: RegistryRef, opts: RegistryOptions = {}) {
    this.ref = ref;
    const scheme = opts.insecure || isLocal(ref.apiHost) ? 'http' : 'https';
    this.base = `${scheme}://${ref.apiHost}`;
    this.creds = findCredentials(ref.registry, opts.env ?? process.env);
    this.fetchFn = opts.fetch ?? fetch;
  }

  private async send(url: string, headers: Record<string, string>): Promise<Response> {
    try {
      return await this.fetchFn(url, { headers, redirect: 'follow' });
    } catch (e) {
      const cause = (e as { cause?: { message?: string; code?: string } }).cause;
      throw new InputError(`cannot reach ${this.ref.registry}: ${cause?.message ?? (e as Error).message}`, {
        cause: e,
        hint: 'check the host and port; plain-http registries other than localhost need the insecure option',
      });
    }
  }

  /** fetches a bearer token for the challenge */
  private async token(params: Record<string, string>): Promise<string> {
    const realm = params['realm'];
    if (realm === undefined) throw new InputError(`${this.ref.registry} sent a Bearer challenge without a realm`);
    const url = new URL(realm);
    if (params['service'] !== undefined) url.searchParams.set('service', params['service']);
    url.searchParams.set('scope', params['scope'] ?? `repository:${this.ref.repository}:pull`);
    const headers: Record<string, string> = {};
    if (this.creds) headers['Authorization'] = basicAuth(this.creds);
    const res = await this.send(url.toString(), headers);
    if (!res.ok) {
      await res.body?.cancel();
      throw new InputError(`getting a token from ${url.origin}${url.pathname} for ${this.ref.registry}: ${res.status} ${res.statusText}`, {
        hint: this.creds ? 'check LAYER_BUDGET_REGISTRY_USERNAME / _PASSWORD or your docker config' : 'set LAYER_BUDGET_REGISTRY_USERNAME and LAYER_BUDGET_REGISTRY_PASSWORD, or docker login',
      });
    }
    const doc = (await res.json().catch(() => null)) as { token?: unknown; access_token?: unknown } | null;
    const tok = typeof doc?.token === 'string' ? doc.token : typeof doc?.access_token === 'string' ? doc.access_token : null;
    if (tok === null) throw new InputError(`the token endpoint of ${this.ref.registry} returned no token`);
    return tok;
  }

  /** GET `/v2/<repo>/<path>`, answering one auth challenge; InputError for any failure status. */
  async get(path: string, accept: string | null, what: string): Promise<Response> {
    const url = `${this.base}/v2/${this.ref.repository}/${path}`;
    const headers = (): Record<string, string> => {
      const h: Record<string, string> = {};
      if (accept !== null) h['Accept'] = accept;
      if (this.authorization !== null) h['Authorization'] = this.authorization;
      return h;
    };
    let res = await this.send(url, headers());
    if (res.status === 401) {
      const ch = parseChallenge(res.headers.get('www-authenticate'));
      await res.body?.cancel();
      if (ch?.scheme === 'bearer') this.authorization = `Bearer ${await this.token(ch.params)}`;
      else if (ch?.scheme === 'basic' && this.creds) this.authorization = basicAuth(this.creds);
      else {
        throw new InputError(`${this.ref.registry} requires authentication for ${this.ref.repository}`, {
          hint: 'set LAYER_BUDGET_REGISTRY_USERNAME and LAYER_BUDGET_REGISTRY_PASSWORD, or docker login',
        });
      }
      res = await this.send(url, headers());
    }
    if (res.ok) return res;
    await res.body?.cancel();
    if (res.status === 401 || res.status === 403) {
      throw new InputError(`${this.ref.registry} denied access to ${this.ref.repository} (${res.status})`, {
        hint: 'check LAYER_BUDGET_REGISTRY_USERNAME / _PASSWORD or your docker config',
      });
    }
    if (res.status === 404) throw new InputError(`${what} not found in ${this.ref.registry}/${this.ref.repository}`);
    throw new InputError(`${this.ref.registry}: GET ${what}: ${res.status} ${res.statusText}`);
  }

  /** reads a response body whole, refusing more than `cap` bytes */
  static async readCapped(res: Response, cap: number, what: string): Promise<Uint8Array> {
    const len = Number(res.headers.get('content-length') ?? '0');
    if (len > cap) {
      await res.body?.cancel();
      throw new InputError(`${what} is too large (${len} bytes)`);
    }
    const buf = new Uint8Array(await res.arrayBuffer());
    if (buf.length > cap) throw new InputError(`${what} is too large (${buf.length} bytes)`);
    return buf;
  }

  /** a manifest or index by tag or digest: raw bytes and the content type */
  async manifest(reference: string, what: string): Promise<{ bytes: Uint8Array; mediaType: string | undefined }> {
    const res = await this.get(`manifests/${reference}`, MANIFEST_ACCEPT, what);
    const bytes = await RegistryClient.readCapped(res, JSON_CAP_BYTES, what);
    const ct = res.headers.get('content-type')?.split(';')[0]?.trim();
    return { bytes, mediaType: ct === '' || ct === 'application/json' ? undefined : ct };
  }

  /** a blob by digest, as a streaming response */
  async blob(digest: string, what: string): Promise<Response> {
    return this.get(`blobs/${digest}`, null, what);
  }
}

/** A response body as chunks; a connection lost midway is an InputError (the input went away, not a bug). */
async function* bodyChunks(res: Response, registry: string): AsyncGenerator<Uint8Array> {
  if (res.body === null) return;
  const it = (res.body as unknown as AsyncIterable<Uint8Array>)[Symbol.asyncIterator]();
  let finished = false;
  try {
    for (;;) {
      let r: IteratorResult<Uint8Array>;
      try {
        r = await it.next();
      } catch (e) {
        finished = true;
        const cause = (e as { cause?: { message?: string } }).cause;
        throw new InputError(`download from ${registry} interrupted: ${cause?.message ?? (e as Error).message}`, { cause: e });
      }
      if (r.done) {
        finished = true;
        return;
      }
      yield r.value;
    }
  } finally {
    if (!finished) await it.return?.();
  }
}

/** A registry image source. */
export function registrySource(spec: string, opts: RegistryOptions = {}): ImageSource {
  const reference = `docker://${spec.replace(/^\/\//, '')}`;
  const ref = parseRegistryRef(spec);
  return { reference, transport: 'docker', load: (lo) => loadFromRegistry(ref, reference, lo, opts) };
}

async function loadFromRegistry(ref: RegistryRef, reference: string, opts: LoadOptions, ro: RegistryOptions): Promise<LoadedImage> {
  const client = new RegistryClient(ref, ro);
  const where = reference;
  const top = ref.digest ?? ref.tag ?? 'latest';
  const { bytes, mediaType } = await client.manifest(top, `manifest ${top}`);
  const topDigest = sha256Digest(bytes);
  if (ref.digest !== null && ref.digest.startsWith('sha256:') && topDigest !== ref.digest) {
    throw new InputError(`manifest of ${where} does not match its digest ${shortDigest(ref.digest)}`);
  }
  const fetchManifest = async (d: Descriptor, what: string): Promise<Uint8Array> => (await client.manifest(d.digest, what)).bytes;
  const fetchConfig = async (d: Descriptor, what: string): Promise<Uint8Array> => RegistryClient.readCapped(await client.blob(d.digest, what), JSON_CAP_BYTES, what);
  const resolved = await resolveDocument(bytes, topDigest, mediaType, fetchManifest, { where, ...(opts.platform ? { platform: opts.platform } : {}) });
  const plan = await planFromManifest(resolved, fetchConfig, where);
  plan.names = [`${ref.registry}/${ref.repository}${ref.tag !== null ? `:${ref.tag}` : ''}`];
  plan.layers.forEach((l, i) => {
    if (l.foreign) {
      throw new InputError(`layer ${i} (${shortDigest(l.location)}) of ${where} is a foreign layer (${l.mediaType}), which is not supported`, {
        hint: 'foreign (nondistributable) layers are served from elsewhere; mirror the image with its foreign layers included',
      });
    }
  });
  const scans = await scanPlanned(
    plan,
    async (l, i) => opts.scanner.scanStream(bodyChunks(await client.blob(l.location, `layer ${i} (${shortDigest(l.location)})`), ref.registry), opts.scan),
    opts,
    (l) => l.claimedBytes ?? 0,
  );
  return finishImage(plan, scans, scans.map((s) => s.blobBytes), opts, { reference, transport: 'docker' });
}
