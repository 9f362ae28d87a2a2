/**
 * Registry credentials and auth challenges.
 *
 * Credentials, first found wins:
 *   1. env `LAYER_BUDGET_REGISTRY_USERNAME` / `LAYER_BUDGET_REGISTRY_PASSWORD`;
 *   2. the docker config `$DOCKER_CONFIG/config.json` (default: `~/.docker/config.json`), `auths[host].auth`
 *      (base64 `user:pass`) or `auths[host].username` / `password`. Credential helpers are not run.
 * Without either, requests are anonymous (a bearer token is still fetched anonymously when challenged).
 *
 * Where credentials go (`credentialsAllowed`): to the registry itself, and to a bearer token realm only when
 * the realm shares the registry's origin (scheme + host + port), or its host is listed in
 * `LAYER_BUDGET_TOKEN_HOSTS` (comma-separated hostnames, or host:port), or it is Docker Hub's own
 * `https://auth.docker.io` for `docker.io`. Never over plain http, unless the registry itself is plain http on
 * loopback (127.0.0.0/8, localhost, ::1) and the target is that same loopback host. Otherwise the token is asked
 * for anonymously.
 */
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** A username and password. */
export interface Credentials {
  username: string;
  password: string;
}

/** A parsed `WWW-Authenticate` challenge. */
export interface Challenge {
  /** lowercased: 'bearer' or 'basic' */
  scheme: string;
  /** realm, service, scope, … */
  params: Record<string, string>;
}

/** Parses `Bearer realm="…",service="…",scope="…"` (quoted or bare values). Null when unparseable. */
export function parseChallenge(header: string | null): Challenge | null {
  if (header === null) return null;
  const m = /^\s*([A-Za-z]+)\s*(.*)$/.exec(header);
  if (!m) return null;
  const params: Record<string, string> = {};
  const re = /([A-Za-z_][A-Za-z0-9_-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))\s*,?/g;
  let p: RegExpExecArray | null;
  while ((p = re.exec(m[2]!)) !== null) params[p[1]!.toLowerCase()] = p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : (p[3] ?? '');
  return { scheme: m[1]!.toLowerCase(), params };
}

function authKeys(host: string): string[] {
  if (host === 'registry-1.docker.io' || host === 'docker.io' || host === 'index.docker.io') {
    return ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io'];
  }
  return [host];
}

function normalizeKey(k: string): string {
  return k.replace(/^[a-z]+:\/\//, '').replace(/\/.*$/, '');
}

/** Looks up credentials for a registry host (see module doc). */
export function findCredentials(host: string, env: Record<string, string | undefined>): Credentials | null {
  const user = env['LAYER_BUDGET_REGISTRY_USERNAME'];
  const pass = env['LAYER_BUDGET_REGISTRY_PASSWORD'];
  if (user !== undefined && user !== '' && pass !== undefined) return { username: user, password: pass };
  const dir = env['DOCKER_CONFIG'] ?? join(env['HOME'] ?? homedir(), '.docker');
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'));
  } catch {
    return null;
  }
  const auths = (doc as { auths?: unknown } | null)?.auths;
  if (typeof auths !== 'object' || auths === null) return null;
  const wanted = authKeys(host);
  for (const [key, value] of Object.entries(auths as Record<string, unknown>)) {
    if (!wanted.includes(key) && !wanted.includes(normalizeKey(key))) continue;
    const v = value as { auth?: unknown; username?: unknown; password?: unknown } | null;
    if (typeof v?.auth === 'string' && v.auth !== '') {
      const decoded = Buffer.from(v.auth, 'base64').toString('utf8');
      const i = decoded.indexOf(':');
      if (i > 0) return { username: decoded.slice(0, i), password: decoded.slice(i + 1) };
    }
    if (typeof v?.username === 'string' && typeof v.password === 'string') return { username: v.username, password: v.password };
  }
  return null;
}

function isLoopback(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}

/** Hosts the user allows credentials to be sent to, from `LAYER_BUDGET_TOKEN_HOSTS` (lowercase). */
export function tokenHosts(env: Record<string, string | undefined>): string[] {
  return (env['LAYER_BUDGET_TOKEN_HOSTS'] ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter((h) => h !== '');
}

/**
 * Whether the user's registry credentials may be sent to `target` (the registry's own URL, a token realm):
 * see the module doc. `registry` is the registry's base URL (`https://ghcr.io`), `registryName` as written
 * (`docker.io`).
 */
export function credentialsAllowed(target: URL, registry: URL, registryName: string, env: Record<string, string | undefined>): boolean {
  if (target.protocol === 'http:') {
    // plain http only between loopback ends of a plain-http registry on loopback
    if (registry.protocol !== 'http:' || !isLoopback(registry.hostname) || !isLoopback(target.hostname)) return false;
  } else if (target.protocol !== 'https:') return false;
  if (target.origin === registry.origin) return true;
  if (registryName === 'docker.io' && target.origin === 'https://auth.docker.io') return true;
  const hosts = tokenHosts(env);
  return hosts.includes(target.hostname.toLowerCase()) || hosts.includes(target.host.toLowerCase());
}

/** The `Authorization` value for basic auth. */
export function basicAuth(c: Credentials): string {
  return `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`;
}
