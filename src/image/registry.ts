/**
 * `docker://HOST/REPO:TAG` (or `@sha256:…`): the registry v2 API over global fetch.
 *
 * Manifests are asked for with an `Accept` of OCI and Docker v2 images AND indexes (asked only for OCI, a
 * registry may down-convert to schema 1, which we refuse). Auth: anonymous, basic, or a bearer token from the
 * `WWW-Authenticate` challenge (realm, service, scope), with credentials from registry-auth.ts. http for
 * 127.0.0.1 / localhost / [::1], https otherwise unless `insecure`. `docker.io` means `registry-1.docker.io` with
 * the `library/` prefix for one-part names. Layer blobs are streamed into the scanner, 2 at a time.
 */
import { InputError, untrusted } from '../errors.ts';
import { finishImage, scanPlanned } from './finish.ts';
import { MANIFEST_ACCEPT } from './media-types.ts';
import { JSON_CAP_BYTES, planFromManifest, resolveDocument, sha256Digest, shortDigest } from './plan.ts';
import type { Descriptor } from './plan.ts';
import { basicAuth, credentialsAllowed, findCredentials, parseChallenge } from './registry-auth.ts';
import { httpGet, readCapped, timeoutsFromEnv } from './registry-http.ts';
import type { HttpResponse, Timeouts } from './registry-http.ts';
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
  /** environment for credentials, LAYER_BUDGET_TOKEN_HOSTS and the timeouts (default: process.env) */
  env?: Record<string, string | undefined>;
  /** use plain http for every host (default: false; local hosts always use http) */
  insecure?: boolean;
  /** time limits of each request (default: from the environment, see registry-http.ts) */
  timeouts?: Timeouts;
}

const AUTH_HINT = 'set LAYER_BUDGET_REGISTRY_USERNAME and LAYER_BUDGET_REGISTRY_PASSWORD, or docker login';

/** A small registry v2 client for one repository. */
export class RegistryClient {
  readonly ref: RegistryRef;
  private readonly base: string;
  private readonly creds: Credentials | null;
  private readonly env: Record<string, string | undefined>;
  private readonly timeouts: Timeouts;
  private authorization: string | null = null;
  /** every response handed out, so close() can free any connection a failed read left open */
  private readonly live = new Set<HttpResponse>();

  constructor(ref: RegistryRef, opts: RegistryOptions = {}) {
    this.ref = ref;
    const scheme = opts.insecure || isLocal(ref.apiHost) ? 'http' : 'https';
    this.base = `${scheme}://${ref.apiHost}`;
    this.env = opts.env ?? process.env;
    this.creds = findCredentials(ref.registry, this.env);
    this.timeouts = opts.timeouts ?? timeoutsFromEnv(this.env);
  }

  /** GET with the client's bounds; a small document (manifest, config, token) gets at most SMALL_DOC_DEADLINE_MS */
  private async send(url: string, headers: Record<string, string>, small: boolean): Promise<HttpResponse> {
    const timeouts = small ? { ...this.timeouts, deadlineMs: Math.min(this.timeouts.deadlineMs, SMALL_DOC_DEADLINE_MS) } : this.timeouts;
    const res = await httpGet(url, { headers, timeouts, server: this.ref.registry });
    this.live.add(res);
    return res;
  }

  /** Frees every connection still open (a body a failed scan did not finish); the client is done. */
  close(): void {
    for (const res of this.live) res.cancel();
    this.live.clear();
  }

  /** fetches a bearer token for the challenge; credentials go only where credentialsAllowed says */
  private async token(params: Record<string, string>): Promise<string> {
    const realm = params['realm'];
    if (realm === undefined || realm === '') {
      throw new InputError(`${this.ref.registry} sent a Bearer challenge without a realm`, { hint: 'the registry is misconfigured: its WWW-Authenticate header must name a token realm' });
    }
    let url: URL;
    try {
      url = new URL(realm);
    } catch {
      throw new InputError(`${this.ref.registry} sent a Bearer challenge with an invalid realm ${JSON.stringify(untrusted(realm))}`, { hint: 'the registry is misconfigured: the realm must be an http(s) URL' });
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new InputError(`${this.ref.registry} sent a Bearer challenge with a ${untrusted(url.protocol, 20)} realm`, { hint: 'the registry is misconfigured: the realm must be an http(s) URL' });
    }
    if (params['service'] !== undefined) url.searchParams.set('service', params['service']);
    url.searchParams.set('scope', params['scope'] ?? `repository:${this.ref.repository}:pull`);
    const headers: Record<string, string> = {};
    const allowed = this.creds !== null && credentialsAllowed(url, new URL(this.base), this.ref.registry, this.env);
    if (this.creds && allowed) headers['Authorization'] = basicAuth(this.creds);
    const realmName = untrusted(`${url.origin}${url.pathname}`);
    const res = await this.send(url.toString(), headers, true);
    if (res.status < 200 || res.status > 299) {
      res.cancel();
      const withheld = this.creds !== null && !allowed;
      throw new InputError(`getting a token from ${realmName} for ${this.ref.registry}: ${res.status} ${untrusted(res.statusText, 80)}${withheld ? ' (credentials withheld: the realm is another origin or plain http)' : ''}`, {
        hint: withheld
          ? `if you trust ${untrusted(url.host, 100)} with your registry credentials, set LAYER_BUDGET_TOKEN_HOSTS=${untrusted(url.host, 100)} (never sent over plain http except on loopback)`
          : this.creds
            ? 'check LAYER_BUDGET_REGISTRY_USERNAME / _PASSWORD or your docker config'
            : AUTH_HINT,
      });
    }
    const bytes = await readCapped(res, TOKEN_CAP_BYTES, `the token response of ${realmName}`, this.ref.registry);
    const doc = parseToken(bytes);
    if (doc === null) {
      throw new InputError(`the token endpoint of ${this.ref.registry} returned no token`, { hint: 'the token service must answer JSON with a string `token` or `access_token`' });
    }
    return doc;
  }

  /** GET `/v2/<repo>/<path>`, answering one auth challenge; InputError for any failure status. */
  async get(path: string, accept: string | null, what: string, small: boolean): Promise<HttpResponse> {
    const url = `${this.base}/v2/${this.ref.repository}/${path}`;
    const headers = (): Record<string, string> => {
      const h: Record<string, string> = {};
      if (accept !== null) h['Accept'] = accept;
      if (this.authorization !== null) h['Authorization'] = this.authorization;
      return h;
    };
    let res = await this.send(url, headers(), small);
    if (res.status === 401) {
      const ch = parseChallenge(res.header('www-authenticate'));
      res.cancel();
      if (ch?.scheme === 'bearer') this.authorization = `Bearer ${await this.token(ch.params)}`;
      else if (ch?.scheme === 'basic' && this.creds) {
        if (!credentialsAllowed(new URL(this.base), new URL(this.base), this.ref.registry, this.env)) {
          throw new InputError(`refusing to send credentials for ${this.ref.registry} over plain http`, {
            hint: 'serve the registry over https (plain http is only used with credentials on loopback)',
          });
        }
        this.authorization = basicAuth(this.creds);
      } else {
        throw new InputError(`${this.ref.registry} requires authentication for ${this.ref.repository}`, { hint: AUTH_HINT });
      }
      res = await this.send(url, headers(), small);
    }
    if (res.status >= 200 && res.status <= 299) return res;
    res.cancel();
    if (res.status === 401 || res.status === 403) {
      throw new InputError(`${this.ref.registry} denied access to ${this.ref.repository} (${res.status})`, {
        hint: 'check LAYER_BUDGET_REGISTRY_USERNAME / _PASSWORD or your docker config',
      });
    }
    if (res.status === 404) throw new InputError(`${what} not found in ${this.ref.registry}/${this.ref.repository}`, { hint: 'check the repository name and the tag or digest' });
    throw new InputError(`${this.ref.registry}: GET ${what}: ${res.status} ${untrusted(res.statusText, 80)}`, { hint: 'the registry answered with an error; retry later or check the registry' });
  }

  /** a manifest or index by tag or digest: raw bytes (capped while streaming) and the content type */
  async manifest(reference: string, what: string): Promise<{ bytes: Uint8Array; mediaType: string | undefined }> {
    const res = await this.get(`manifests/${reference}`, MANIFEST_ACCEPT, what, true);
    const bytes = await readCapped(res, JSON_CAP_BYTES, what, this.ref.registry);
    const ct = res.header('content-type')?.split(';')[0]?.trim();
    return { bytes, mediaType: ct === undefined || ct === '' || ct === 'application/json' ? undefined : ct };
  }

  /** a config blob by digest, capped while streaming */
  async smallBlob(digest: string, what: string): Promise<Uint8Array> {
    return readCapped(await this.get(`blobs/${digest}`, null, what, true), JSON_CAP_BYTES, what, this.ref.registry);
  }

  /** a blob by digest, as a streaming response */
  async blob(digest: string, what: string): Promise<HttpResponse> {
    return this.get(`blobs/${digest}`, null, what, false);
  }
}

/** The longest a small document (manifest, index, config, token response) may take, redirects included (60 s; less when LAYER_BUDGET_DEADLINE is lower). */
export const SMALL_DOC_DEADLINE_MS = 60_000;

/** Largest token response we read. */
const TOKEN_CAP_BYTES = 1 << 20;

function parseToken(bytes: Uint8Array): string | null {
  let doc: unknown;
  try {
    doc = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    return null;
  }
  if (typeof doc !== 'object' || doc === null) return null;
  const d = doc as { token?: unknown; access_token?: unknown };
  const tok = typeof d.token === 'string' && d.token !== '' ? d.token : typeof d.access_token === 'string' && d.access_token !== '' ? d.access_token : null;
  // a token goes into a header: refuse one that could split it
  return tok !== null && /^[\x21-\x7e]+$/.test(tok) ? tok : null;
}

/** A registry image source. */
export function registrySource(spec: string, opts: RegistryOptions = {}): ImageSource {
  const reference = `docker://${spec.replace(/^\/\//, '')}`;
  const ref = parseRegistryRef(spec);
  return { reference, transport: 'docker', load: (lo) => loadFromRegistry(ref, reference, lo, opts) };
}

async function loadFromRegistry(ref: RegistryRef, reference: string, opts: LoadOptions, ro: RegistryOptions): Promise<LoadedImage> {
  const client = new RegistryClient(ref, ro);
  try {
    return await loadWith(client, ref, reference, opts);
  } finally {
    client.close();
  }
}

async function loadWith(client: RegistryClient, ref: RegistryRef, reference: string, opts: LoadOptions): Promise<LoadedImage> {
  const where = reference;
  const top = ref.digest ?? ref.tag ?? 'latest';
  const { bytes, mediaType } = await client.manifest(top, `manifest ${top}`);
  const topDigest = sha256Digest(bytes);
  if (ref.digest !== null && ref.digest.startsWith('sha256:') && topDigest !== ref.digest) {
    throw new InputError(`manifest of ${where} does not match its digest ${shortDigest(ref.digest)}`, { hint: 'the image is corrupt, or the registry or layout served other content than its digest names' });
  }
  const fetchManifest = async (d: Descriptor, what: string): Promise<Uint8Array> => (await client.manifest(d.digest, what)).bytes;
  const fetchConfig = async (d: Descriptor, what: string): Promise<Uint8Array> => client.smallBlob(d.digest, what);
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
    async (l, i) => opts.scanner.scanStream((await client.blob(l.location, `layer ${i} (${shortDigest(l.location)})`)).body(), opts.scan),
    opts,
    (l) => l.claimedBytes ?? 0,
  );
  return finishImage(plan, scans, scans.map((s) => s.blobBytes), opts, { reference, transport: 'docker' });
}
