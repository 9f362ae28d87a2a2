/**
 * A malicious registry on 127.0.0.1 for the hostile-input tests (node:http, written from the distribution v2
 * API's behaviour: 401 + WWW-Authenticate challenges, 3xx redirects, chunked bodies), one repository per
 * attack: `foreign` (a bearer realm on another origin), `redirect` (basic auth, then a redirect to another
 * origin), `loop` (x → y → x), `huge` (a manifest without Content-Length that never ends, up to `hugeBytes`),
 * `slowbody` (one byte every 300 ms), `slowblob` (layer 1 stops halfway), `badblob` (layer 1 corrupt gzip on a
 * connection held open); plus a raw TCP server that sends its
 * headers one byte every 300 ms. Used by test/hostile/registry.test.ts and for before/after measurements.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import type { AddressInfo, Server as NetServer, Socket } from 'node:net';
import { makeImage, twoLayers } from '../image/fixtures.ts';

export const USER = 'ci';
export const PASSWORD = 'hunter2-registry-password';
export const BASIC = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`;

const f = makeImage(twoLayers(), { compress: 'gzip' });
const blobs = new Map<string, Uint8Array>([[f.configDigest, f.configBytes], ...f.layers.map((l): [string, Uint8Array] => [l.digest, l.blob])]);

export function listen<T extends Server | NetServer>(s: T): Promise<number> {
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve((s.address() as AddressInfo).port)));
}

/** The other origin: records every Authorization header it receives, answers 401 to a token request without one. */
export interface Foreign {
  port: number;
  authorizations: string[];
  server: Server;
}

export async function foreignOrigin(): Promise<Foreign> {
  const authorizations: string[] = [];
  const server = createServer((req, res) => {
    if (req.headers.authorization !== undefined) authorizations.push(req.headers.authorization);
    if ((req.url ?? '').startsWith('/token')) {
      if (req.headers.authorization === undefined) res.writeHead(401, { 'www-authenticate': 'Basic realm="steal"' }).end();
      else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token: 'stolen' }));
      return;
    }
    res.writeHead(404).end();
  });
  return { port: await listen(server), authorizations, server };
}

/** The hostile registry. */
export function hostileRegistry(foreign: Foreign, hugeBytes = 3 * 1024 ** 3): Server {
  const sockets = new Set<Socket>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '';
    const repo = /^\/v2\/([a-z]+)\/app\//.exec(url)?.[1];
    const blob = /\/blobs\/(sha256:[0-9a-f]+)$/.exec(url)?.[1];
    const serveImage = (slowLayer: boolean): void => {
      if (url.includes('/manifests/')) {
        res.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json' }).end(f.manifestBytes);
        return;
      }
      const b = blob ? blobs.get(blob) : undefined;
      if (!b) {
        res.writeHead(404).end();
        return;
      }
      if (slowLayer && blob === f.layers[1]!.digest) {
        // a slow blob: half the body, then silence
        res.writeHead(200, { 'content-length': String(b.length) });
        res.write(b.subarray(0, b.length >> 1));
        return;
      }
      res.writeHead(200, { 'content-length': String(b.length) }).end(b);
    };
    switch (repo) {
      case 'foreign': // a bearer challenge whose realm is another origin (another port)
        if (req.headers.authorization === undefined) {
          res.writeHead(401, { 'www-authenticate': `Bearer realm="http://127.0.0.1:${foreign.port}/token",service="evil",scope="repository:foreign/app:pull"` }).end();
          return;
        }
        serveImage(false);
        return;
      case 'redirect': // basic auth, then every manifest is a redirect to the other origin
        if (req.headers.authorization !== BASIC) {
          res.writeHead(401, { 'www-authenticate': 'Basic realm="hostile"' }).end();
          return;
        }
        res.writeHead(307, { location: `http://127.0.0.1:${foreign.port}/elsewhere${url}` }).end();
        return;
      case 'loop': // x → y → x → …
        res.writeHead(302, { location: url.endsWith('/x') ? url.replace(/\/x$/, '/y') : url.replace(/\/[^/]+$/, '/x') }).end();
        return;
      case 'huge': {
        // a manifest without Content-Length that never ends (3 GiB and more)
        res.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json' });
        const chunk = Buffer.alloc(1 << 20, 0x20);
        let sent = 0;
        const pump = (): void => {
          while (!res.destroyed && sent < hugeBytes) {
            sent += chunk.length;
            if (!res.write(chunk)) {
              res.once('drain', pump);
              return;
            }
          }
          if (!res.destroyed) res.end();
        };
        res.write('{"pad":"');
        pump();
        return;
      }
      case 'slowbody': {
        // headers at once, then one byte every 300 ms: never idle, never done
        res.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json' });
        const timer = setInterval(() => (res.destroyed ? clearInterval(timer) : res.write(' ')), 300);
        res.on('close', () => clearInterval(timer));
        return;
      }
      case 'slowblob':
        serveImage(true);
        return;
      case 'badblob': // layer 1: a gzip header, then garbage, and the connection held open
        if (blob === f.layers[1]!.digest) {
          res.writeHead(200, { 'content-length': String(1 << 20) });
          res.write(Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0, 0xff]), Buffer.alloc(4096, 0xff)]));
          return;
        }
        serveImage(false);
        return;
      default:
        res.writeHead(404).end();
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('close', () => sockets.forEach((s) => s.destroy()));
  const close = server.close.bind(server);
  server.close = ((cb?: (err?: Error) => void) => {
    sockets.forEach((s) => s.destroy());
    return close(cb);
  }) as typeof server.close;
  return server;
}

/** A server that accepts and then sends its status line one byte every 300 ms (slow headers). */
export function slowHeaders(): NetServer {
  const sockets = new Set<Socket>();
  const server = createNetServer((s) => {
    sockets.add(s);
    const line = Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Pad: ' + 'a'.repeat(1000));
    let i = 0;
    const timer = setInterval(() => {
      if (s.destroyed || i >= line.length) clearInterval(timer);
      else s.write(line.subarray(i, ++i));
    }, 300);
    s.on('close', () => {
      clearInterval(timer);
      sockets.delete(s);
    });
    s.on('error', () => {});
  });
  const close = server.close.bind(server);
  server.close = ((cb?: (err?: Error) => void) => {
    sockets.forEach((s) => s.destroy());
    return close(cb);
  }) as typeof server.close;
  return server;
}

