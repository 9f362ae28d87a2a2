/**
 * The test bed's own tests: every export of every image carries the same diffIds, the oracle is sane, each
 * scenario really contains what it claims, and the registry helper starts, serves, accepts pushes and stops.
 * Reads exports with plain JSON parsing and GNU tar only (never src/image readers).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, zstdDecompressSync } from 'node:zlib';
import { EXPORT_FORMATS, loadBed, readVisibleFiles, requireBed } from '../helpers/bed.ts';
import type { Bed, BedImage, ExportFormat } from '../helpers/bed.ts';
import { startRegistry } from '../helpers/registry.ts';

const EXPECTED_IMAGES = [
  'apt',
  'apt-clean',
  'download-delete',
  'download-delete-onerun',
  'node-app',
  'node-app-after',
  'users',
  'edge',
  'multistage',
  'python-app',
];

interface Json {
  [k: string]: unknown;
}

function sh(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 << 20 });
}

/** Where one member's data sits in a tar file. */
interface TarMember {
  offset: number;
  size: number;
}

function cstr(b: Buffer, off: number, len: number): string {
  const raw = b.subarray(off, off + len);
  const z = raw.indexOf(0);
  return raw.subarray(0, z < 0 ? len : z).toString('utf8');
}

function octal(b: Buffer, off: number, len: number): number {
  if ((b[off]! & 0x80) !== 0) {
    let n = 0;
    for (let i = off + 1; i < off + len; i++) n = n * 256 + b[i]!;
    return n;
  }
  const t = cstr(b, off, len).trim();
  return t === '' ? 0 : parseInt(t, 8);
}

/** A minimal tar index (ustar, GNU long names, PAX paths): member name → data offset and size. */
function tarIndex(file: string): Map<string, TarMember> {
  const fd = openSync(file, 'r');
  try {
    const total = fstatSync(fd).size;
    const hdr = Buffer.alloc(512);
    const out = new Map<string, TarMember>();
    let pos = 0;
    let longName: string | undefined;
    let paxPath: string | undefined;
    while (pos + 512 <= total) {
      readSync(fd, hdr, 0, 512, pos);
      if (hdr.every((x) => x === 0)) break;
      const size = octal(hdr, 124, 12);
      const type = hdr[156] === 0 ? '0' : String.fromCharCode(hdr[156]!);
      const data = pos + 512;
      if (type === 'L' || type === 'x') {
        const body = Buffer.alloc(size);
        readSync(fd, body, 0, size, data);
        if (type === 'L') longName = cstr(body, 0, size);
        else {
          const m = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(body.toString('utf8'));
          if (m) paxPath = m[1];
        }
      } else if (type !== 'g') {
        const ustar = hdr.subarray(257, 263).toString('latin1') === 'ustar\0';
        const prefix = ustar ? cstr(hdr, 345, 155) : '';
        const name0 = cstr(hdr, 0, 100);
        const name = paxPath ?? longName ?? (prefix !== '' ? `${prefix}/${name0}` : name0);
        out.set(name.replace(/^\.\//, '').replace(/\/$/, ''), { offset: data, size });
        longName = undefined;
        paxPath = undefined;
      }
      pos = data + Math.ceil(size / 512) * 512;
    }
    return out;
  } finally {
    closeSync(fd);
  }
}

/** Read access to one export by relative path, whether it is an OCI directory or a tar archive. */
interface Export {
  read(rel: string, maxBytes?: number): Buffer;
}

function openExport(path: string): Export {
  if (statSync(path).isDirectory()) {
    return {
      read(rel, maxBytes) {
        if (maxBytes === undefined) return readFileSync(join(path, rel));
        const fd = openSync(join(path, rel), 'r');
        try {
          const b = Buffer.alloc(maxBytes);
          return b.subarray(0, readSync(fd, b, 0, maxBytes, 0));
        } finally {
          closeSync(fd);
        }
      },
    };
  }
  const index = tarIndex(path);
  return {
    read(rel, maxBytes) {
      const m = index.get(rel.replace(/^\.\//, ''));
      assert.ok(m, `${path}: member ${rel}`);
      const n = Math.min(m.size, maxBytes ?? m.size);
      const fd = openSync(path, 'r');
      try {
        const b = Buffer.alloc(n);
        readSync(fd, b, 0, n, m.offset);
        return b;
      } finally {
        closeSync(fd);
      }
    },
  };
}

function readJson(ex: Export, rel: string): Json {
  return JSON.parse(ex.read(rel).toString('utf8')) as Json;
}

function blobRel(digest: string): string {
  return `blobs/sha256/${digest.replace(/^sha256:/, '')}`;
}

/** Config JSON and layer member paths of one export, following its own manifest format. */
function readExport(format: ExportFormat, ex: Export): { config: Json; layers: string[] } {
  if (format === 'docker-archive' || format === 'docker25' || format === 'docker25-gzip') {
    const manifest = JSON.parse(ex.read('manifest.json').toString('utf8')) as Array<{ Config: string; Layers: string[] }>;
    assert.equal(manifest.length, 1, `${format}: one image in manifest.json`);
    const m = manifest[0]!;
    return { config: readJson(ex, m.Config), layers: m.Layers };
  }
  const index = readJson(ex, 'index.json') as { manifests: Array<{ digest: string }> };
  assert.equal(index.manifests.length, 1, `${format}: one manifest in index.json`);
  const mf = readJson(ex, blobRel(index.manifests[0]!.digest)) as { config: { digest: string }; layers: Array<{ digest: string }> };
  return { config: readJson(ex, blobRel(mf.config.digest)), layers: mf.layers.map((l) => blobRel(l.digest)) };
}

function diffIdsOf(config: Json): string[] {
  return (config['rootfs'] as { diff_ids: string[] }).diff_ids;
}

function magic(b: Buffer): 'gzip' | 'zstd' | 'none' {
  if (b[0] === 0x1f && b[1] === 0x8b) return 'gzip';
  if (b[0] === 0x28 && b[1] === 0xb5 && b[2] === 0x2f && b[3] === 0xfd) return 'zstd';
  return 'none';
}

function uncompressedSha(raw: Buffer): string {
  const kind = magic(raw);
  const tar = kind === 'gzip' ? gunzipSync(raw) : kind === 'zstd' ? zstdDecompressSync(raw) : raw;
  return `sha256:${createHash('sha256').update(tar).digest('hex')}`;
}

/** Entry names of one layer tar (any compression GNU tar can sniff). */
function layerNames(file: string): string[] {
  return sh('tar', ['-tf', file]).split('\n').filter((l) => l !== '').map((l) => l.replace(/^\.\//, '').replace(/\/$/, ''));
}

/** Layer blob files of the uncompressed OCI export. */
function uncompressedLayers(img: BedImage): string[] {
  const dir = img.exports['oci-uncompressed'];
  return readExport('oci-uncompressed', openExport(dir)).layers.map((l) => join(dir, l));
}

function image(bed: Bed, name: string): BedImage {
  const img = bed.images[name];
  assert.ok(img, `bed has image ${name}`);
  return img;
}

test('bed: all scenarios are built with every export', (t) => {
  const bed = requireBed(t);
  if (!bed) return;
  assert.deepEqual(Object.keys(bed.images).sort(), [...EXPECTED_IMAGES].sort());
  for (const img of Object.values(bed.images)) {
    for (const f of EXPORT_FORMATS) assert.ok(existsSync(img.exports[f]), `${img.name} ${f}: ${img.exports[f]} exists`);
    assert.equal(img.storageRef, `localhost/lb-${img.name}:latest`);
    assert.ok(img.description.length > 20, `${img.name} has a description`);
  }
  assert.ok(bed.storage.transport.startsWith('containers-storage:[overlay@'));
});

test('bed: every export of an image carries the same diffIds', (t) => {
  const bed = requireBed(t);
  if (!bed) return;
  for (const img of Object.values(bed.images)) {
    for (const f of EXPORT_FORMATS) {
      const ex = openExport(img.exports[f]);
      const { config, layers } = readExport(f, ex);
      assert.deepEqual(diffIdsOf(config), img.diffIds, `${img.name} ${f}: config diff_ids`);
      assert.equal(layers.length, img.diffIds.length, `${img.name} ${f}: layer count`);
      const want = f === 'oci-gzip' || f === 'oci-archive' || f === 'docker25-gzip' ? 'gzip' : f === 'oci-zstd' ? 'zstd' : 'none';
      for (const l of layers) assert.equal(magic(ex.read(l, 4)), want, `${img.name} ${f}: layer compression`);
    }
  }
});

test('bed: layer bytes hash to the diffIds in every export (users, edge)', (t) => {
  const bed = requireBed(t);
  if (!bed) return;
  for (const name of ['users', 'edge']) {
    const img = image(bed, name);
    for (const f of EXPORT_FORMATS) {
      const ex = openExport(img.exports[f]);
      const { layers } = readExport(f, ex);
      assert.deepEqual(layers.map((l) => uncompressedSha(ex.read(l))), img.diffIds, `${name} ${f}: sha256 of uncompressed layers`);
    }
  }
});

test('bed: docker25 exports put manifest.json after the blobs', (t) => {
  const bed = requireBed(t);
  if (!bed) return;
  for (const img of Object.values(bed.images)) {
    for (const f of ['docker25', 'docker25-gzip'] as const) {
      const names = sh('tar', ['-tf', img.exports[f]]).split('\n').filter((l) => l !== '');
      const m = names.indexOf('manifest.json');
      const lastBlob = names.reduce((acc, n, i) => (n.startsWith('blobs/sha256/') ? i : acc), -1);
      assert.ok(m > lastBlob && lastBlob > 0, `${img.name} ${f}: manifest.json (at ${m}) after the last blob (at ${lastBlob})`);
      assert.ok(names.includes('oci-layout') && names.includes('index.json'), `${img.name} ${f}: OCI layout files`);
    }
  }
});

test('bed: oracle values are sane', (t) => {
  const bed = requireBed(t);
  if (!bed) return;
  for (const img of Object.values(bed.images)) {
    const o = img.oracle;
    assert.deepEqual(o.layers.map((l) => l.diffId), img.diffIds, `${img.name}: oracle layers follow the diffIds`);
    assert.equal(o.layers.reduce((s, l) => s + l.contentBytes, 0), o.totalBytes, `${img.name}: Σ layer bytes = total`);
    assert.ok(o.visibleBytes > 0 && o.visibleBytes <= o.totalBytes, `${img.name}: 0 < visible ≤ total`);
    assert.equal(o.wastedBytes, o.totalBytes - o.visibleBytes, `${img.name}: wasted = total − visible`);
    assert.ok(o.wastedBytes >= 0);
    for (const l of o.layers) {
      assert.ok(l.entryCount >= l.fileCount + l.whiteoutCount + l.opaqueCount + l.hardlinkCount + l.symlinkCount + l.dirCount);
      assert.ok(l.tarBytes >= l.contentBytes, `${img.name}: tar bytes ≥ content bytes`);
    }
    const files = readVisibleFiles(img);
    assert.equal(files.length, o.visibleFileCount, `${img.name}: visible list length`);
    assert.ok(o.visibleInodeCount <= o.visibleFileCount);
    assert.ok(files.every((p) => p.startsWith('/') && !p.startsWith('/dev/')), `${img.name}: absolute, no /dev`);
    const sorted = [...files].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    assert.deepEqual(files, sorted, `${img.name}: visible list sorted`);
    assert.ok(files.includes('/etc/passwd'), `${img.name}: the base is visible`);
    assert.equal(img.baseLayerCount, bed.base.diffIds.length, `${img.name}: base layers found`);
    assert.deepEqual(img.diffIds.slice(0, img.baseLayerCount), bed.base.diffIds);
  }
});

const MB = 1_000_000;

function visible(bed: Bed, name: string): Set<string> {
  return new Set(readVisibleFiles(image(bed, name)));
}

test('bed scenario apt / apt-clean: lists and cache left behind vs cleaned in one RUN', (t) => {
  const bed = requireBed(t);
  if (!bed) return;
  const nb = bed.base.diffIds.length;
  const apt = visible(bed, 'apt');
  const aptClean = visible(bed, 'apt-clean');
  assert.ok([...apt].some((p) => p.startsWith('/var/lib/apt/lists/') && p.endsWith('_Packages')), 'apt keeps package lists');
  assert.ok([...apt].some((p) => p.startsWith('/var/cache/apt/archives/') && p.endsWith('.deb')), 'apt keeps .debs');
  assert.ok(![...aptClean].some((p) => p.startsWith('/var/lib/apt/lists/') && p.endsWith('_Packages')), 'apt-clean has no lists');
  assert.ok(![...aptClean].some((p) => p.endsWith('.deb')), 'apt-clean has no .debs');
  assert.ok(apt.has('/usr/bin/curl') && aptClean.has('/usr/bin/curl'));
  assert.equal(image(bed, 'apt').diffIds.length, nb + 2);
  assert.equal(image(bed, 'apt-clean').diffIds.length, nb + 1);
});

test('bed scenario download-delete: the archive and its unpacked tree are wasted; one RUN wastes nothing', (t) => {
  const bed = requireBed(t);
  if (!bed) return;
  const nb = bed.base.diffIds.length;
  const dd = image(bed, 'download-delete');
  const dd1 = image(bed, 'download-delete-onerun');
  assert.ok(dd.oracle.wastedBytes > 59 * MB, `download-delete wastes ${dd.oracle.wastedBytes}`);
  assert.ok(dd1.oracle.wastedBytes < 1 * MB, `download-delete-onerun wastes ${dd1.oracle.wastedBytes}`);
  assert.equal(dd.oracle.visibleBytes, dd1.oracle.visibleBytes, 'same visible content');
  const rmLayer = layerNames(uncompressedLayers(dd)[nb + 2]!);
  assert.ok(rmLayer.includes('tmp/.wh.awscliv2.tar.gz') && rmLayer.includes('tmp/.wh.aws'), 'rm layer whiteouts');
  for (const img of [dd, dd1]) assert.equal(img.annotations['org.opencontainers.image.base.name'], 'localhost/lb-base:latest');
});

test('bed scenario users: each useradd layer rewrites the account files, backups and login logs', (t) => {
  const bed = requireBed(t);
  if (!bed) return;
  const nb = bed.base.diffIds.length;
  const users = image(bed, 'users');
  for (const i of [nb, nb + 1]) {
    const names = layerNames(uncompressedLayers(users)[i]!);
    for (const f of ['passwd', 'group', 'shadow', 'gshadow']) {
      assert.ok(names.includes(`etc/${f}`) && names.includes(`etc/${f}-`), `users layer ${i}: etc/${f} and etc/${f}-`);
    }
    assert.ok(names.includes('var/log/faillog') && names.includes('var/log/lastlog'), `users layer ${i}: faillog, lastlog`);
  }
  assert.ok(users.oracle.wastedBytes > 0, 'the second layer overwrites the first');
});

test('bed scenario edge: opaque dir, replaced dir/file/symlink, hardlinks, chmod tree, removed credentials', (t) => {
  const bed = requireBed(t);
  if (!bed) return;
  const nb = bed.base.diffIds.length;
  const edge = image(bed, 'edge');
  const el = uncompressedLayers(edge).map(layerNames);
  const eo = edge.oracle.layers;
  assert.equal(el.length, nb + 5);
  assert.ok(el[nb + 1]!.includes('data/opq/.wh..wh..opq'), 'rm -rf + mkdir gives an opaque marker');
  assert.equal(eo[nb + 1]!.opaqueCount, 1);
  assert.ok(eo[nb]!.hardlinkCount >= 1 && eo[nb + 2]!.hardlinkCount >= 1, 'hardlinks in the seed and a later layer');
  assert.ok(!el[nb + 2]!.some((n) => n.startsWith('data/.wh.dir2file')), 'dir replaced by file writes no whiteout');
  assert.ok(el[nb + 2]!.includes('data/.wh.gone'));
  assert.ok(eo[nb + 3]!.fileCount >= 600 && eo[nb + 3]!.contentBytes >= 1_200_000, 'chmod copies the tree up');
  assert.ok(el[nb + 4]!.includes('app/.wh..env') && el[nb + 4]!.includes('app/.wh.id_rsa'), 'credentials whited out');
  const ev = visible(bed, 'edge');
  for (const p of ['/data/dir2file', '/data/file2dir/inner', '/data/opq/new', '/data/dup1', '/data/dup2', '/data/hl-c'])
    assert.ok(ev.has(p), `edge: ${p} visible`);
  for (const p of ['/data/opq/f1', '/data/dir2file/a', '/data/gone', '/app/.env', '/app/id_rsa'])
    assert.ok(!ev.has(p), `edge: ${p} hidden`);
  assert.ok(edge.oracle.wastedBytes > 1_200_000 + 120_000 + 50_000, 'edge wastes the tree, opq files and dir2file');
});

test('bed scenario node-app: dev deps, npm cache, chown copy-up, no trace of the CA mount', (t) => {
  const bed = requireBed(t);
  if (!bed) return;
  const nb = bed.base.diffIds.length;
  for (const name of ['node-app', 'node-app-after']) {
    const v = visible(bed, name);
    for (const dep of ['express', 'eslint', 'mocha', 'nodemon'])
      assert.ok(v.has(`/app/node_modules/${dep}/package.json`), `${name}: ${dep} installed`);
    assert.ok([...v].some((p) => p.startsWith('/root/.npm/_cacache/')), `${name}: ~/.npm cache left`);
    const img = image(bed, name);
    for (const names of uncompressedLayers(img).map(layerNames))
      assert.ok(!names.some((n) => n.includes('lb-host-ca')), `${name}: the CA bind mount leaves no trace`);
    const chown = img.oracle.layers[img.oracle.layers.length - 1]!;
    const appFiles = [...v].filter((p) => p.startsWith('/app/')).length;
    assert.ok(appFiles > 1000 && chown.fileCount >= appFiles, `${name}: chown -R copies every /app file up`);
  }
  assert.ok(visible(bed, 'node-app-after').has('/app/node_modules/lodash/package.json'));
  assert.ok(!visible(bed, 'node-app').has('/app/node_modules/lodash/package.json'));
  assert.deepEqual(image(bed, 'node-app').diffIds.slice(0, nb + 1), image(bed, 'node-app-after').diffIds.slice(0, nb + 1),
    'node-app-after shares the apt layer');
});

test('bed scenario multistage: one clean layer above the base, metadata-only history entries', (t) => {
  const bed = requireBed(t);
  if (!bed) return;
  const nb = bed.base.diffIds.length;
  const ms = image(bed, 'multistage');
  assert.equal(ms.diffIds.length, nb + 1);
  const { config } = readExport('oci-gzip', openExport(ms.exports['oci-gzip']));
  const history = config['history'] as Array<{ empty_layer?: boolean }>;
  assert.ok(history.filter((h) => h.empty_layer === true).length >= 5, 'ENV, LABEL, USER, EXPOSE, CMD are empty layers');
  assert.ok(visible(bed, 'multistage').has('/usr/local/bin/hello') && !visible(bed, 'multistage').has('/src/junk.o'));
  assert.equal(ms.oracle.wastedBytes, 0);
});

test('bed: the multiarch index has two platforms in both exports', (t) => {
  const bed = requireBed(t);
  if (!bed) return;
  assert.deepEqual([...bed.multiarch.platforms].sort(), ['linux/amd64', 'linux/arm64']);
  for (const path of [bed.multiarch.ociDir, bed.multiarch.ociArchive]) {
    const ex = openExport(path);
    let index = readJson(ex, 'index.json') as { manifests: Array<{ digest: string; mediaType?: string }> };
    if (index.manifests[0]?.mediaType === 'application/vnd.oci.image.index.v1+json')
      index = readJson(ex, blobRel(index.manifests[0].digest)) as typeof index;
    const plats = (index.manifests as Array<{ platform?: { os: string; architecture: string } }>).map(
      (m) => `${m.platform?.os}/${m.platform?.architecture}`,
    );
    assert.deepEqual(plats.sort(), ['linux/amd64', 'linux/arm64'], path);
    for (const m of index.manifests) {
      const mf = readJson(ex, blobRel(m.digest)) as { config: { digest: string }; layers: Array<{ digest: string }> };
      assert.ok(ex.read(blobRel(mf.config.digest)).length > 0, 'platform config blob present');
      assert.equal(mf.layers.length, image(bed, bed.multiarch.source).diffIds.length);
    }
  }
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

test('registry: starts, answers /v2/, stops its process', async () => {
  const reg = await startRegistry();
  try {
    assert.match(reg.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.equal(reg.url, `http://${reg.host}`);
    assert.ok(alive(reg.pid));
    const res = await fetch(`${reg.url}/v2/`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('docker-distribution-api-version'), 'registry/2.0');
  } finally {
    await reg.stop();
  }
  assert.ok(!alive(reg.pid), 'process gone after stop');
  await reg.stop(); // twice is fine
});

test('registry: two at once get different ports', async () => {
  const a = await startRegistry();
  const b = await startRegistry();
  try {
    assert.notEqual(a.host, b.host);
    assert.notEqual(a.pid, b.pid);
  } finally {
    await a.stop();
    await b.stop();
  }
});

test('registry: push in both manifest formats, with and without auth', async (t) => {
  const bed = loadBed();
  if (!bed) {
    requireBed(t);
    return;
  }
  const img = image(bed, 'users');
  for (const auth of [undefined, { user: 'lb', password: 'secret-pw' }]) {
    const reg = await startRegistry(auth ? { htpasswd: auth } : {});
    try {
      const headers: Record<string, string> = reg.authorization ? { authorization: reg.authorization } : {};
      if (auth) assert.equal((await fetch(`${reg.url}/v2/`)).status, 401, 'auth is enforced');
      await reg.push(`oci:${img.exports['oci-gzip']}:latest`, 'lb/users:v2s2', 'v2s2');
      await reg.push(`${bed.storage.transport}${img.storageRef}`, 'lb/users:oci', 'oci');
      const want = {
        v2s2: 'application/vnd.docker.distribution.manifest.v2+json',
        oci: 'application/vnd.oci.image.manifest.v1+json',
      };
      for (const [tag, type] of Object.entries(want)) {
        const res = await fetch(`${reg.url}/v2/lb/users/manifests/${tag}`, {
          headers: { ...headers, accept: `${want.v2s2}, ${want.oci}` },
        });
        assert.equal(res.status, 200, `manifest ${tag}`);
        assert.equal(res.headers.get('content-type'), type, `manifest ${tag} type`);
        const mf = (await res.json()) as { config: { digest: string }; layers: unknown[] };
        assert.equal(mf.layers.length, img.diffIds.length);
        const cfg = await fetch(`${reg.url}/v2/lb/users/blobs/${mf.config.digest}`, { headers });
        assert.deepEqual(diffIdsOf((await cfg.json()) as Json), img.diffIds, `${tag}: pushed config diff_ids`);
      }
    } finally {
      await reg.stop();
    }
    assert.ok(!alive(reg.pid));
  }
});

test('bed scenario python-app: app bytecode in __pycache__ and a .git directory in the sources layer', (t) => {
  const bed = requireBed(t);
  if (!bed) return;
  const py = image(bed, 'python-app');
  assert.equal(py.diffIds.length, bed.base.diffIds.length + 2);
  const files = visible(bed, 'python-app');
  for (let i = 0; i < 60; i++) {
    assert.ok(files.has(`/app/pkg/mod${i}.py`), `mod${i}.py`);
    assert.ok([...files].some((f) => f.startsWith(`/app/pkg/__pycache__/mod${i}.cpython-`) && f.endsWith('.pyc')), `mod${i} bytecode`);
  }
  for (const f of ['/app/.git/HEAD', '/app/.git/config', '/app/.git/refs/heads/main']) assert.ok(files.has(f), f);
  assert.ok([...files].some((f) => f.startsWith('/usr/lib/python3')), "Debian's own python tree is there too");
});
