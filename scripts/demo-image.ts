/**
 * Writes two small example images (legacy `docker save` layout) made by our own code, so `npm run demo` needs
 * no container engine: `demo/app:before` and `demo/app:after` (one more dependency, a downloaded archive that
 * is unpacked and deleted in a later layer, and apt lists left behind). Content is pseudo-random (seeded) so
 * sizes are realistic and byte-for-byte reproducible.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tarEntries, type TarEntrySpec } from '../test/helpers/tar-writer.ts';

/** Deterministic pseudo-random bytes (xorshift32), incompressible like real binaries. */
function noise(seed: number, size: number): Uint8Array {
  const out = new Uint8Array(size);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const BASE: DemoLayer = {
  createdBy: '/bin/sh -c #(nop) ADD file:9b1c4b7ab0a2e4a1f0c5d5a7c2b8e1f3a4d6c8e0b2a4c6e8f0a2b4c6d8e0f2a4 in / ',
  entries: [
    { name: 'bin/', type: 'dir' },
    { name: 'bin/sh', body: noise(1, 120_000), mode: 0o755 },
    { name: 'bin/busybox', body: noise(2, 900_000), mode: 0o755 },
    { name: 'etc/', type: 'dir' },
    { name: 'etc/passwd', body: 'root:x:0:0:root:/root:/bin/sh\n' },
    { name: 'usr/share/doc/libc6/changelog.gz', body: noise(3, 80_000) },
    { name: 'usr/lib/libc.so.6', body: noise(4, 1_900_000), mode: 0o755 },
  ],
};

function depFiles(name: string, seed: number, size: number): TarEntrySpec[] {
  return [
    { name: `app/node_modules/${name}/`, type: 'dir' },
    { name: `app/node_modules/${name}/package.json`, body: JSON.stringify({ name, version: '1.0.0' }) + '\n' },
    { name: `app/node_modules/${name}/index.js`, body: noise(seed, size) },
  ];
}

function layers(after: boolean): DemoLayer[] {
  const deps = { express: '^4.19.2', ...(after ? { lodash: '^4.17.21' } : {}) };
  const pkg = JSON.stringify({ name: 'demo-app', dependencies: deps, devDependencies: { eslint: '^9.0.0', mocha: '^10.0.0' } }, null, 2);
  const list: DemoLayer[] = [
    BASE,
    {
      createdBy: '/bin/sh -c apt-get update',
      entries: [
        { name: 'var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages.lz4', body: noise(10, 1_400_000) },
        { name: 'var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_InRelease', body: noise(11, 150_000) },
      ],
    },
    {
      createdBy: '/bin/sh -c apt-get install -y curl ca-certificates',
      entries: [
        { name: 'usr/bin/curl', body: noise(12, 260_000), mode: 0o755 },
        { name: 'etc/ssl/certs/ca-certificates.crt', body: noise(13, 210_000) },
        { name: 'var/cache/apt/pkgcache.bin', body: noise(14, 700_000) },
      ],
    },
    {
      createdBy: '/bin/sh -c #(nop) COPY dir:4f2a9c1e7b3d5a8f0c2e4b6d8a0c2e4f6a8b0c2d4e6f8a0b2c4d6e8f0a2b4c6d in /app ',
      entries: [
        { name: 'app/', type: 'dir' },
        { name: 'app/package.json', body: pkg + '\n' },
        { name: 'app/server.js', body: 'require("express")().listen(8080)\n' },
      ],
    },
    {
      createdBy: '/bin/sh -c npm install',
      entries: [
        ...depFiles('express', 20, 600_000),
        ...depFiles('eslint', 21, 2_400_000),
        ...depFiles('mocha', 22, 900_000),
        ...(after ? depFiles('lodash', 23, 1_300_000) : []),
        { name: 'root/.npm/_cacache/content-v2/sha512/ab/cd/0123', body: noise(24, after ? 1_900_000 : 1_500_000) },
      ],
    },
  ];
  if (after) {
    list.push(
      {
        createdBy: '/bin/sh -c curl -sSLo /tmp/tool.zip https://example.invalid/tool.zip && unzip /tmp/tool.zip -d /opt',
        entries: [
          { name: 'tmp/tool.zip', body: noise(30, 2_800_000) },
          { name: 'opt/tool/bin/tool', body: noise(31, 1_600_000), mode: 0o755 },
        ],
      },
      { createdBy: '/bin/sh -c rm /tmp/tool.zip', entries: [{ name: 'tmp/.wh.tool.zip' }] },
    );
  }
  return list;
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** A layer of a hand-made image: its history line and its tar entries. */
export interface DemoLayer {
  createdBy: string;
  entries: TarEntrySpec[];
}

/** A legacy docker-archive (docker save layout) of `list`, tagged `repoTag`. */
export function dockerArchive(list: DemoLayer[], repoTag: string, cmd: string[] = ['node', '/app/server.js']): Uint8Array {
  const tars = list.map((l) => tarEntries(l.entries));
  const diffIds = tars.map((t) => `sha256:${sha256(t)}`);
  const config = {
    architecture: 'amd64',
    os: 'linux',
    created: '2026-01-01T00:00:00Z',
    config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: cmd, WorkingDir: '/app' },
    rootfs: { type: 'layers', diff_ids: diffIds },
    history: [
      ...list.map((l) => ({ created: '2026-01-01T00:00:00Z', created_by: l.createdBy })),
      { created: '2026-01-01T00:00:00Z', created_by: `/bin/sh -c #(nop)  CMD ${JSON.stringify(cmd).replace(/,/g, ' ')}`, empty_layer: true },
    ],
  };
  const configText = JSON.stringify(config);
  const configName = `${sha256(Buffer.from(configText))}.json`;
  const layerNames = diffIds.map((d) => `${d.slice(7)}/layer.tar`);
  const manifest = [{ Config: configName, RepoTags: [repoTag], Layers: layerNames }];
  const entries: TarEntrySpec[] = [];
  tars.forEach((t, i) => {
    entries.push({ name: `${diffIds[i]!.slice(7)}/`, type: 'dir' }, { name: layerNames[i]!, body: t });
  });
  entries.push({ name: configName, body: configText }, { name: 'manifest.json', body: JSON.stringify(manifest) });
  return tarEntries(entries);
}

/** Writes `demo/app:<tag>` as a legacy docker-archive at `path`. */
export function writeDemoImage(path: string, tag: 'before' | 'after'): void {
  writeFileSync(path, dockerArchive(layers(tag === 'after'), `demo/app:${tag}`));
}

if (import.meta.main) {
  const dir = process.argv[2] ?? 'examples';
  mkdirSync(dir, { recursive: true });
  writeDemoImage(join(dir, 'app-before.tar'), 'before');
  writeDemoImage(join(dir, 'app-after.tar'), 'after');
  console.log(`wrote ${dir}/app-before.tar and ${dir}/app-after.tar`);
}
