/**
 * The registry reader against a real local `docker-registry` (Debian's distribution v2), filled with skopeo:
 * Docker v2s2 and OCI manifests, a multi-platform index, a 401 bearer challenge (a tiny proxy with a token
 * endpoint in front of the real registry), and basic auth via htpasswd (credentials from env and from a docker
 * config). Crafted images need no test bed; the bed's images are pushed too when the bed is built.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { InputError } from '../../src/errors.ts';
import { openSource } from '../../src/image/index.ts';
import { parseRegistryRef } from '../../src/image/registry.ts';
import { parseChallenge } from '../../src/image/registry-auth.ts';
import { loadBed } from '../helpers/bed.ts';
import { startRegistry } from '../helpers/registry.ts';
import type { Registry } from '../helpers/registry.ts';
import { digestOf, jsonBytes, loadOpts, makeImage, ociDir, tempDir, twoLayers } from './fixtures.ts';
import type { Fixture } from './fixtures.ts';

function skopeo(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile('skopeo', args, { maxBuffer: 16 << 20 }, (err, _out, stderr) => (err ? reject(new Error(`skopeo ${args.join(' ')}: ${stderr}`)) : resolve()));
  });
}

async function rejects(p: Promise<unknown>, message: string | RegExp): Promise<void> {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(e instanceof InputError, `expected InputError, got ${String(e)}`);
    if (typeof message === 'string') assert.equal(e.message, message);
    else assert.match(e.message, message);
    return true;
  });
}

function checkFixture(img: Awaited<ReturnType<ReturnType<typeof openSource>['load']>>, f: Fixture): void {
  assert.equal(img.configDigest, f.configDigest);
  assert.deepEqual(
    img.layers.map((l) => l.diffId),
    f.layers.map((l) => l.diffId),
  );
  assert.deepEqual(
    img.layers.map((l) => l.scan.events.toArray().filter((e) => e.kind === 'file').reduce((a, e) => a + e.sizeBytes, 0)),
    [1026, 15],
  );
  img.layers.forEach((l) => assert.equal(l.compressedBytes, l.scan.blobBytes));
}

const noEnv = { PATH: process.env['PATH'], HOME: tempDir('lb-home-') };

test('parse docker:// references', () => {
  assert.deepEqual(parseRegistryRef('alpine'), { registry: 'docker.io', apiHost: 'registry-1.docker.io', repository: 'library/alpine', tag: 'latest', digest: null });
  assert.deepEqual(parseRegistryRef('docker.io/team/app:1.2'), { registry: 'docker.io', apiHost: 'registry-1.docker.io', repository: 'team/app', tag: '1.2', digest: null });
  assert.deepEqual(parseRegistryRef('127.0.0.1:5000/a/b@sha256:' + 'a'.repeat(64)), {
    registry: '127.0.0.1:5000',
    apiHost: '127.0.0.1:5000',
    repository: 'a/b',
    tag: null,
    digest: 'sha256:' + 'a'.repeat(64),
  });
  assert.deepEqual(parseRegistryRef('localhost/x:y'), { registry: 'localhost', apiHost: 'localhost', repository: 'x', tag: 'y', digest: null });
  assert.deepEqual(parseRegistryRef('ghcr.io/o/r'), { registry: 'ghcr.io', apiHost: 'ghcr.io', repository: 'o/r', tag: 'latest', digest: null });
  assert.throws(() => parseRegistryRef('ghcr.io/UPPER/r'), (e: unknown) => e instanceof InputError && e.message === 'invalid registry reference docker://ghcr.io/UPPER/r: bad repository name "UPPER/r"');
  assert.deepEqual(parseChallenge('Bearer realm="https://auth.example/token",service="registry.example",scope="repository:a/b:pull"'), {
    scheme: 'bearer',
    params: { realm: 'https://auth.example/token', service: 'registry.example', scope: 'repository:a/b:pull' },
  });
  assert.deepEqual(parseChallenge('Basic realm=x'), { scheme: 'basic', params: { realm: 'x' } });
});

test('anonymous: v2s2 and OCI manifests, by tag and by digest, a multi-platform index', async (t) => {
  let reg: Registry;
  try {
    reg = await startRegistry();
  } catch (e) {
    if (process.env['CI'] === 'true') throw e;
    t.skip(`docker-registry unavailable: ${(e as Error).message}`);
    return;
  }
  t.after(() => reg.stop());
  const f = makeImage(twoLayers(), { compress: 'gzip' });
  const dir = ociDir(f);
  await reg.push(`oci:${dir}:latest`, 'crafted/app:v2s2', 'v2s2');
  await reg.push(`oci:${dir}:latest`, 'crafted/app:oci', 'oci');
  for (const tag of ['v2s2', 'oci']) {
    const img = await openSource(`docker://${reg.host}/crafted/app:${tag}`, { env: noEnv }).load(loadOpts({ scan: { hash: true, verify: true } }));
    assert.equal(img.transport, 'docker');
    checkFixture(img, f);
    assert.deepEqual(img.names, [`${reg.host}/crafted/app:${tag}`]);
    assert.ok(img.layers.every((l) => l.mediaType === (tag === 'oci' ? 'application/vnd.oci.image.layer.v1.tar+gzip' : 'application/vnd.docker.image.rootfs.diff.tar.gzip')));
    const byDigest = await openSource(`docker://${reg.host}/crafted/app@${img.manifestDigest}`, { env: noEnv }).load(loadOpts());
    assert.equal(byDigest.configDigest, f.configDigest);
  }
  await rejects(openSource(`docker://${reg.host}/crafted/app:nope`, { env: noEnv }).load(loadOpts()), `manifest nope not found in ${reg.host}/crafted/app`);

  // multi-platform index
  const amd = makeImage(twoLayers(), { compress: 'gzip' });
  const arm = makeImage(twoLayers(), { compress: 'gzip', platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } });
  const index = {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    manifests: [
      { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: arm.manifestDigest, size: arm.manifestBytes.length, platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } },
      { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: amd.manifestDigest, size: amd.manifestBytes.length, platform: { os: 'linux', architecture: 'amd64' } },
    ],
  };
  const indexBytes = jsonBytes(index);
  const multi = ociDir([amd, arm], {
    index: { schemaVersion: 2, manifests: [{ mediaType: 'application/vnd.oci.image.index.v1+json', digest: digestOf(indexBytes), size: indexBytes.length, annotations: { 'org.opencontainers.image.ref.name': 'latest' } }] },
    extraBlobs: [indexBytes],
  });
  await skopeo(['copy', '--quiet', '--all', '--dest-tls-verify=false', `oci:${multi}:latest`, `docker://${reg.host}/crafted/multi:latest`]);
  const def = await openSource(`docker://${reg.host}/crafted/multi`, { env: noEnv }).load(loadOpts());
  assert.equal(def.configDigest, amd.configDigest);
  const a64 = await openSource(`docker://${reg.host}/crafted/multi:latest`, { env: noEnv }).load(loadOpts({ platform: { os: 'linux', architecture: 'arm64' } }));
  assert.equal(a64.configDigest, arm.configDigest);
  await rejects(
    openSource(`docker://${reg.host}/crafted/multi:latest`, { env: noEnv }).load(loadOpts({ platform: { os: 'windows', architecture: 'amd64' } })),
    `no image for platform windows/amd64 in index of docker://${reg.host}/crafted/multi:latest; available: linux/arm64/v8, linux/amd64`,
  );

  // the bed's images, when built: from containers-storage as v2s2 and OCI
  const bed = loadBed();
  if (bed !== null) {
    const image = Object.values(bed.images).find((i) => i.name === 'edge') ?? Object.values(bed.images)[0]!;
    await reg.push(`${bed.storage.transport}${image.storageRef}`, 'bed/app:v2s2', 'v2s2');
    await reg.push(`oci:${image.exports['oci-gzip']}:latest`, 'bed/app:oci', 'oci');
    for (const tag of ['v2s2', 'oci']) {
      const img = await openSource(`docker://${reg.host}/bed/app:${tag}`, { env: noEnv }).load(loadOpts({ scan: { hash: false, verify: true } }));
      assert.deepEqual(
        img.layers.map((l) => l.diffId),
        image.diffIds,
      );
      assert.deepEqual(
        img.layers.map((l) => l.scan.events.toArray().filter((e) => e.kind === 'file').reduce((a, e) => a + e.sizeBytes, 0)),
        image.oracle.layers.map((l) => l.contentBytes),
      );
    }
    if (bed.multiarch.platforms.length > 0) {
      await skopeo(['copy', '--quiet', '--all', '--dest-tls-verify=false', `oci:${bed.multiarch.ociDir}:latest`, `docker://${reg.host}/bed/multi:latest`]);
      for (const p of bed.multiarch.platforms) {
        const [os, architecture, variant] = p.split('/');
        const img = await openSource(`docker://${reg.host}/bed/multi:latest`, { env: noEnv }).load(
          loadOpts({ platform: { os: os!, architecture: architecture!, ...(variant ? { variant } : {}) }, scan: { hash: false, verify: false } }),
        );
        assert.equal(img.platform.architecture, architecture);
      }
    }
  }
});

/** A proxy that demands a bearer token (issued by its own /token endpoint) and forwards to the registry. */
function bearerProxy(upstream: string, opts: { user?: string; password?: string } = {}): Promise<{ server: Server; host: string; scopes: string[] }> {
  const scopes: string[] = [];
  const TOKEN = 'tok-' + Math.random().toString(36).slice(2);
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
    if (url.pathname === '/token') {
      if (opts.user !== undefined) {
        const want = 'Basic ' + Buffer.from(`${opts.user}:${opts.password}`).toString('base64');
        if (req.headers.authorization !== want) {
          res.writeHead(401).end();
          return;
        }
      }
      scopes.push(`${url.searchParams.get('service')} ${url.searchParams.get('scope')}`);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token: TOKEN }));
      return;
    }
    if (url.pathname === '/v2/legacy/app/manifests/old' && req.headers.authorization === `Bearer ${TOKEN}`) {
      res.writeHead(200, { 'content-type': 'application/vnd.docker.distribution.manifest.v1+prettyjws' }).end(JSON.stringify({ schemaVersion: 1, name: 'legacy/app', tag: 'old', fsLayers: [] }));
      return;
    }
    if (req.headers.authorization !== `Bearer ${TOKEN}`) {
      const repo = /^\/v2\/(.+?)\/(manifests|blobs)\//.exec(url.pathname)?.[1] ?? '';
      res
        .writeHead(401, {
          'www-authenticate': `Bearer realm="http://${host}/token",service="test-registry",scope="repository:${repo}:pull"`,
          'content-type': 'application/json',
        })
        .end('{"errors":[{"code":"UNAUTHORIZED"}]}');
      return;
    }
    const up = new URL(upstream);
    const fwd = request({ host: up.hostname, port: up.port, path: req.url, method: req.method, headers: { ...req.headers, authorization: '', host: up.host } }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    fwd.on('error', () => res.writeHead(502).end());
    req.pipe(fwd);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, host: `127.0.0.1:${(server.address() as AddressInfo).port}`, scopes })));
}

test('bearer: the 401 challenge is answered with a token from its realm (anonymous and with credentials)', async (t) => {
  let reg: Registry;
  try {
    reg = await startRegistry();
  } catch (e) {
    if (process.env['CI'] === 'true') throw e;
    t.skip(`docker-registry unavailable: ${(e as Error).message}`);
    return;
  }
  t.after(() => reg.stop());
  const f = makeImage(twoLayers(), { compress: 'gzip' });
  await reg.push(`oci:${ociDir(f)}:latest`, 'team/app:1', 'oci');
  const anon = await bearerProxy(reg.url);
  t.after(() => anon.server.close());
  const img = await openSource(`docker://${anon.host}/team/app:1`, { env: noEnv }).load(loadOpts({ scan: { hash: true, verify: true } }));
  checkFixture(img, f);
  assert.deepEqual([...new Set(anon.scopes)], ['test-registry repository:team/app:pull']);
  await rejects(
    openSource(`docker://${anon.host}/legacy/app:old`, { env: noEnv }).load(loadOpts()),
    `manifest of docker://${anon.host}/legacy/app:old is a Docker schema 1 manifest, which is not supported`,
  );

  const authed = await bearerProxy(reg.url, { user: 'ci', password: 's3cret' });
  t.after(() => authed.server.close());
  const env = { ...noEnv, LAYER_BUDGET_REGISTRY_USERNAME: 'ci', LAYER_BUDGET_REGISTRY_PASSWORD: 's3cret' };
  checkFixture(await openSource(`docker://${authed.host}/team/app:1`, { env }).load(loadOpts()), f);
  await rejects(
    openSource(`docker://${authed.host}/team/app:1`, { env: noEnv }).load(loadOpts()),
    `getting a token from http://${authed.host}/token for ${authed.host}: 401 Unauthorized`,
  );
});

test('basic auth (htpasswd): credentials from env and from the docker config; clear errors without', async (t) => {
  let reg: Registry;
  try {
    reg = await startRegistry({ htpasswd: { user: 'alice', password: 'wonder-land' } });
  } catch (e) {
    if (process.env['CI'] === 'true') throw e;
    t.skip(`docker-registry unavailable: ${(e as Error).message}`);
    return;
  }
  t.after(() => reg.stop());
  const f = makeImage(twoLayers());
  await reg.push(`oci:${ociDir(f)}:latest`, 'private/app:1', 'v2s2');
  const spec = `docker://${reg.host}/private/app:1`;
  const fromEnv = await openSource(spec, { env: { ...noEnv, LAYER_BUDGET_REGISTRY_USERNAME: 'alice', LAYER_BUDGET_REGISTRY_PASSWORD: 'wonder-land' } }).load(loadOpts());
  checkFixture(fromEnv, f);
  const cfg = tempDir('lb-docker-config-');
  mkdirSync(cfg, { recursive: true });
  writeFileSync(join(cfg, 'config.json'), JSON.stringify({ auths: { [reg.host]: { auth: Buffer.from('alice:wonder-land').toString('base64') } } }));
  checkFixture(await openSource(spec, { env: { ...noEnv, DOCKER_CONFIG: cfg } }).load(loadOpts()), f);
  const home = tempDir('lb-home-');
  mkdirSync(join(home, '.docker'));
  writeFileSync(join(home, '.docker', 'config.json'), JSON.stringify({ auths: { [`http://${reg.host}`]: { username: 'alice', password: 'wonder-land' } } }));
  checkFixture(await openSource(spec, { env: { PATH: process.env['PATH'], HOME: home } }).load(loadOpts()), f);
  await rejects(openSource(spec, { env: noEnv }).load(loadOpts()), `${reg.host} requires authentication for private/app`);
  await rejects(
    openSource(spec, { env: { ...noEnv, LAYER_BUDGET_REGISTRY_USERNAME: 'alice', LAYER_BUDGET_REGISTRY_PASSWORD: 'wrong' } }).load(loadOpts()),
    `${reg.host} denied access to private/app (401)`,
  );
});

test('an unreachable registry is a clear input error', async () => {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
  const port = (srv.address() as AddressInfo).port;
  await new Promise<void>((r) => srv.close(() => r()));
  await rejects(openSource(`docker://127.0.0.1:${port}/a/b:c`, { env: noEnv }).load(loadOpts()), /^cannot reach 127\.0\.0\.1:\d+: /);
});

test('a blob download cut midway is a clear input error naming the layer', async (t) => {
  const f = makeImage(twoLayers(), { compress: 'gzip' });
  const blobs = new Map<string, Uint8Array>([[f.configDigest, f.configBytes], ...f.layers.map((l): [string, Uint8Array] => [l.digest, l.blob])]);
  const server = createServer((req, res) => {
    const url = req.url ?? '';
    if (url.startsWith('/v2/cut/app/manifests/')) {
      res.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json' }).end(f.manifestBytes);
      return;
    }
    const m = /^\/v2\/cut\/app\/blobs\/(sha256:[0-9a-f]+)$/.exec(url);
    const blob = m ? blobs.get(m[1]!) : undefined;
    if (!blob) {
      res.writeHead(404).end();
      return;
    }
    if (m![1] === f.layers[1]!.digest) {
      res.writeHead(200, { 'content-length': String(blob.length) });
      res.write(blob.subarray(0, 10), () => res.socket?.destroy());
      return;
    }
    res.writeHead(200, { 'content-length': String(blob.length) }).end(blob);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  t.after(() => server.close());
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  await rejects(openSource(`docker://${host}/cut/app:1`, { env: noEnv }).load(loadOpts()), new RegExp(`^reading layer 1 \\(${f.layers[1]!.digest.slice(0, 19)}…\\): download from ${host.replace(/\./g, '\\.')} interrupted: `));
});
