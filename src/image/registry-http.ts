/**
 * The registry's HTTP client: GET over node:http / node:https with every wait bounded, redirects followed by
 * hand, and bodies read with a byte cap while they stream.
 *
 * Bounds (each configurable through the environment, in seconds; see `timeoutsFromEnv`):
 *   - connect: TCP connect (and TLS handshake) of a new connection (default: 30);
 *   - idle: the longest wait for the response headers, or for the next bytes of a body (default: 30); time the
 *     reader itself spends between chunks (backpressure) is not counted;
 *   - deadline: the whole request, redirects and body included (default: 900; a small JSON document gets at
 *     most 60, see registry.ts).
 * Redirects: at most MAX_REDIRECTS, never the same URL twice (a loop), never from https to plain http; the
 * `Authorization` header is dropped when a redirect leaves the origin (scheme + host + port) it was meant for.
 */
import { request as httpRequest } from 'node:http';
import type { IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { InputError, untrusted } from '../errors.ts';

/** Time limits of one request, in milliseconds. */
export interface Timeouts {
  connectMs: number;
  idleMs: number;
  deadlineMs: number;
}

/** Defaults: connect 30 s, idle 30 s, deadline 15 min. */
export const DEFAULT_TIMEOUTS: Timeouts = { connectMs: 30_000, idleMs: 30_000, deadlineMs: 900_000 };

/** Environment variables naming the bounds, in seconds. */
export const TIMEOUT_ENV = {
  connectMs: 'LAYER_BUDGET_CONNECT_TIMEOUT',
  idleMs: 'LAYER_BUDGET_IDLE_TIMEOUT',
  deadlineMs: 'LAYER_BUDGET_DEADLINE',
} as const;

/** Most redirects one request follows. */
export const MAX_REDIRECTS = 5;

/** Reads the bounds from the environment (seconds, fractions allowed); InputError for a value that is not a positive number. */
export function timeoutsFromEnv(env: Record<string, string | undefined>): Timeouts {
  const out = { ...DEFAULT_TIMEOUTS };
  for (const key of Object.keys(TIMEOUT_ENV) as (keyof Timeouts)[]) {
    const name = TIMEOUT_ENV[key];
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') continue;
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 0) {
      throw new InputError(`${name}=${JSON.stringify(untrusted(raw.slice(0, 40)))} is not a positive number of seconds`, {
        hint: `set ${name} to a number of seconds, e.g. ${name}=${DEFAULT_TIMEOUTS[key] / 1000}, or unset it for the default`,
      });
    }
    out[key] = Math.round(n * 1000);
  }
  return out;
}

/** A response whose body is read at most once, as chunks. */
export interface HttpResponse {
  status: number;
  statusText: string;
  /** the URL that answered, after redirects */
  url: string;
  /** a response header (lowercase name), or null */
  header(name: string): string | null;
  /** the body; every wait for bytes is bounded by the idle timeout and the deadline */
  body(): AsyncGenerator<Uint8Array>;
  /** discards the body and frees the connection */
  cancel(): void;
}

/** Why a request failed in transport. */
class TransportError extends Error {
  override readonly name = 'TransportError';
}

/** Options of one GET. */
export interface GetOptions {
  headers: Record<string, string>;
  timeouts: Timeouts;
  /** names the server in messages, e.g. the registry `ghcr.io` */
  server: string;
}

function seconds(ms: number): string {
  return `${ms / 1000} s`;
}

/** The origin of a URL: `scheme://host:port`. */
export function originOf(url: URL): string {
  return url.origin;
}

/** Whether a hostname is this machine. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}

/**
 * GET `url`, following redirects (see module doc). Transport failures and timeouts are InputErrors naming the
 * server and the bound that was hit, with the environment variable that raises it.
 */
export async function httpGet(url: string, opts: GetOptions): Promise<HttpResponse> {
  const started = Date.now();
  let current = new URL(url);
  const seen = new Set<string>();
  const authOrigin = current.origin;
  let headers = { ...opts.headers };
  for (let hop = 0; ; hop++) {
    seen.add(current.href);
    const remaining = opts.timeouts.deadlineMs - (Date.now() - started);
    const res = await once(current, headers, opts, Math.max(remaining, 1));
    if (res.status >= 300 && res.status < 400 && res.status !== 304 && res.header('location') !== null) {
      res.cancel();
      const location = res.header('location')!;
      let next: URL;
      try {
        next = new URL(location, current);
      } catch {
        throw new InputError(`${opts.server} redirected to an invalid URL ${JSON.stringify(untrusted(location.slice(0, 200)))}`, {
          hint: 'the registry (or a proxy in front of it) is misconfigured or hostile',
        });
      }
      if (next.protocol !== 'http:' && next.protocol !== 'https:') {
        throw new InputError(`${opts.server} redirected to a ${untrusted(next.protocol.slice(0, 20))} URL`, { hint: 'only http and https redirects are followed' });
      }
      if (current.protocol === 'https:' && next.protocol === 'http:' && !isLoopbackHost(next.hostname)) {
        throw new InputError(`${opts.server} redirected from https to plain http (${next.origin})`, { hint: 'a registry must not downgrade to plain http; check the registry or its storage configuration' });
      }
      if (seen.has(next.href)) {
        throw new InputError(`${opts.server} redirects in a loop (${untrusted(next.href.slice(0, 200))} again)`, { hint: 'the registry (or a proxy in front of it) is misconfigured or hostile' });
      }
      if (hop + 1 > MAX_REDIRECTS) {
        throw new InputError(`${opts.server}: more than ${MAX_REDIRECTS} redirects`, { hint: 'the registry (or a proxy in front of it) is misconfigured or hostile' });
      }
      // credentials are for the origin they were meant for, never for wherever a redirect points
      if (next.origin !== authOrigin) {
        const { Authorization: _a, authorization: _b, ...rest } = headers;
        headers = rest;
      }
      current = next;
      continue;
    }
    return res;
  }
}

function timeoutError(opts: GetOptions, kind: keyof Timeouts, ms: number, doing: string): InputError {
  return new InputError(`${opts.server}: ${doing} timed out after ${seconds(ms)}`, {
    hint:
      kind === 'deadlineMs'
        ? `the server is slow or stalled; ${TIMEOUT_ENV[kind]} (seconds) sets the limit of one request (a manifest, config or token gets at most 60 s)`
        : `the server is slow or stalled; ${TIMEOUT_ENV[kind]} (seconds) raises the limit`,
  });
}

/** One request, no redirects. */
function once(url: URL, headers: Record<string, string>, opts: GetOptions, deadlineMs: number): Promise<HttpResponse> {
  const { connectMs, idleMs } = opts.timeouts;
  const req = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, { method: 'GET', headers, agent: false });
  let failure: InputError | null = null;
  const fail = (e: InputError): void => {
    if (failure === null) failure = e;
    req.destroy(e);
  };
  const deadline = setTimeout(() => fail(timeoutError(opts, 'deadlineMs', opts.timeouts.deadlineMs, `GET ${untrusted(url.pathname, 120)}`)), deadlineMs).unref();
  let idle: NodeJS.Timeout | undefined;
  const armIdle = (doing: string): void => {
    clearTimeout(idle);
    idle = setTimeout(() => fail(timeoutError(opts, 'idleMs', idleMs, doing)), idleMs).unref();
  };
  const done = (): void => {
    clearTimeout(deadline);
    clearTimeout(idle);
  };
  return new Promise<HttpResponse>((resolve, reject) => {
    let connectTimer: NodeJS.Timeout | undefined;
    req.on('socket', (socket) => {
      connectTimer = setTimeout(() => fail(timeoutError(opts, 'connectMs', connectMs, 'connecting')), connectMs).unref();
      const connected = (): void => {
        clearTimeout(connectTimer);
        armIdle('waiting for the response headers');
      };
      socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', connected);
    });
    req.on('error', (e) => {
      clearTimeout(connectTimer);
      done();
      if (failure !== null) reject(failure);
      else {
        const code = (e as NodeJS.ErrnoException).code;
        reject(
          new InputError(`cannot reach ${opts.server}: ${untrusted(e.message)}`, {
            cause: e,
            hint: code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN'
              ? 'check the host and port; plain-http registries other than localhost need the insecure option'
              : 'check the network path to the registry, then retry',
          }),
        );
      }
    });
    req.on('response', (res: IncomingMessage) => {
      clearTimeout(connectTimer);
      clearTimeout(idle);
      let consumed = false;
      const cancel = (): void => {
        done();
        res.destroy();
        req.destroy();
      };
      resolve({
        status: res.statusCode ?? 0,
        statusText: res.statusMessage ?? '',
        url: url.href,
        header: (name) => {
          const v = res.headers[name.toLowerCase()];
          return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
        },
        cancel,
        body: async function* () {
          if (consumed) throw new TransportError('body read twice');
          consumed = true;
          const it = res[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
          let finished = false;
          try {
            for (;;) {
              armIdle('waiting for body bytes');
              let r: IteratorResult<Buffer>;
              try {
                r = await it.next();
              } catch (e) {
                finished = true;
                if (failure !== null) throw failure;
                throw new InputError(`download from ${opts.server} interrupted: ${untrusted((e as Error).message)}`, {
                  cause: e,
                  hint: 'the connection was lost; retry, or check the registry',
                });
              } finally {
                clearTimeout(idle);
              }
              if (r.done) {
                finished = true;
                if (failure !== null) throw failure;
                if (!res.complete) {
                  throw new InputError(`download from ${opts.server} interrupted: the response ended early`, { hint: 'the connection was lost; retry, or check the registry' });
                }
                return;
              }
              yield new Uint8Array(r.value.buffer, r.value.byteOffset, r.value.length);
            }
          } finally {
            done();
            if (!finished) {
              res.destroy();
              req.destroy();
            }
          }
        },
      });
    });
    req.end();
  });
}

/**
 * Reads a body whole, refusing more than `cap` bytes WHILE it streams: a declared Content-Length over the cap
 * fails before any byte is read, and a chunked body fails as soon as it passes the cap.
 */
export async function readCapped(res: HttpResponse, cap: number, what: string, server: string): Promise<Uint8Array> {
  const tooLarge = (n: string): InputError =>
    new InputError(`${what} from ${server} is too large (${n}; the limit is ${cap} bytes)`, {
      hint: 'manifests, indexes, configs and token responses are small JSON documents; the registry is misbehaving or hostile',
    });
  const declared = res.header('content-length');
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > cap) {
    res.cancel();
    throw tooLarge(`${declared.trim()} bytes declared`);
  }
  const chunks: Uint8Array[] = [];
  let n = 0;
  const body = res.body();
  for await (const c of body) {
    n += c.length;
    if (n > cap) {
      await body.return(undefined);
      throw tooLarge(`more than ${cap} bytes while streaming`);
    }
    chunks.push(c);
  }
  const out = new Uint8Array(n);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}
