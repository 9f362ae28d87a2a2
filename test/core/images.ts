/**
 * Small docker-archives for the core's tests, written in memory with test/helpers/tar-writer.ts: an image that
 * ships credentials in its files (a private key, a .env with an AWS key) and one whose history, Env and labels
 * carry tokens (`ghp_…`, `npm_…`, an AWS secret access key). Both also hold apt lists, so that hints that save
 * bytes compete with the secrets for the top of the list.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { tarEntries, type TarEntrySpec } from '../helpers/tar-writer.ts';

/** Tokens of the real shapes (GitHub classic: ghp_ + 36; npm: npm_ + 36; AWS: AKIA + 16, secret 40). */
export const GHP = `ghp_${'A1b2C3d4E5f6'.repeat(3)}`;
export const NPM = `npm_${'Zy9Xw8Vu7Ts6'.repeat(3)}`;
export const AWS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
export const AWS_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY';
export const PEM_BODY = 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj';

interface Layer {
  createdBy: string;
  entries: TarEntrySpec[];
}

const sha256 = (b: Uint8Array | string): string => createHash('sha256').update(b).digest('hex');

function bytes(seed: number, size: number): Uint8Array {
  const out = new Uint8Array(size);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

/** Writes a legacy docker-archive (`docker save`) of `layers`, with extra history entries and config fields. */
function writeImage(path: string, name: string, layers: Layer[], extra: { emptyHistory?: string[]; env?: string[]; labels?: Record<string, string> } = {}): void {
  const tars = layers.map((l) => tarEntries(l.entries));
  const diffIds = tars.map((t) => `sha256:${sha256(t)}`);
  const config = {
    architecture: 'amd64',
    os: 'linux',
    created: '2026-01-01T00:00:00Z',
    config: { Env: ['PATH=/usr/local/bin:/usr/bin:/bin', ...(extra.env ?? [])], Cmd: ['node', '/app/server.js'], Labels: extra.labels ?? {} },
    rootfs: { type: 'layers', diff_ids: diffIds },
    history: [
      ...(extra.emptyHistory ?? []).map((c) => ({ created: '2026-01-01T00:00:00Z', created_by: c, empty_layer: true })),
      ...layers.map((l) => ({ created: '2026-01-01T00:00:00Z', created_by: l.createdBy })),
    ],
  };
  const configText = JSON.stringify(config);
  const configName = `${sha256(configText)}.json`;
  const layerNames = diffIds.map((d) => `${d.slice(7)}/layer.tar`);
  const entries: TarEntrySpec[] = [];
  tars.forEach((t, i) => entries.push({ name: `${diffIds[i]!.slice(7)}/`, type: 'dir' }, { name: layerNames[i]!, body: t }));
  entries.push({ name: configName, body: configText }, { name: 'manifest.json', body: JSON.stringify([{ Config: configName, RepoTags: [name], Layers: layerNames }]) });
  writeFileSync(path, tarEntries(entries));
}

const BASE: Layer = {
  createdBy: '/bin/sh -c #(nop) ADD file:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef in / ',
  entries: [
    { name: 'bin/', type: 'dir' },
    { name: 'bin/sh', body: bytes(1, 100_000), mode: 0o755 },
    { name: 'etc/', type: 'dir' },
    { name: 'etc/passwd', body: 'root:x:0:0:root:/root:/bin/sh\n' },
  ],
};

const APT: Layer = {
  createdBy: '/bin/sh -c apt-get update && apt-get install -y curl',
  entries: [
    { name: 'usr/bin/curl', body: bytes(2, 200_000), mode: 0o755 },
    { name: 'var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages.lz4', body: bytes(3, 1_200_000) },
  ],
};

/** `demo/secret-files:latest`: a private key and a .env with an AWS key, copied in with the app; no secret in the history. */
export function writeSecretFilesImage(path: string): void {
  writeImage(path, 'demo/secret-files:latest', [
    BASE,
    APT,
    {
      createdBy: '/bin/sh -c #(nop) COPY dir:4f2a9c1e7b3d5a8f0c2e4b6d8a0c2e4f6a8b0c2d4e6f8a0b2c4d6e8f0a2b4c6d in /app ',
      entries: [
        { name: 'app/', type: 'dir' },
        { name: 'app/server.js', body: 'require("http").createServer().listen(8080)\n' },
        { name: 'app/.env', body: `AWS_ACCESS_KEY_ID=${AWS_KEY_ID}\nAWS_SECRET_ACCESS_KEY=${AWS_SECRET}\nPORT=8080\n` },
        { name: 'root/', type: 'dir' },
        { name: 'root/.ssh/', type: 'dir' },
        { name: 'root/.ssh/id_rsa', body: `-----BEGIN OPENSSH PRIVATE KEY-----\n${PEM_BODY}\n-----END OPENSSH PRIVATE KEY-----\n`, mode: 0o600 },
      ],
    },
  ]);
}

/**
 * `demo/secret-history:latest`: credentials in the image config only: `RUN GITHUB_TOKEN=ghp_… npm install`, a
 * build arg `NPM_TOKEN=npm_…` (its ARG entry and the RUN that sees it), `ENV AWS_SECRET_ACCESS_KEY=…` (history and
 * Env), and a label holding the GitHub token.
 */
export function writeSecretHistoryImage(path: string, variant: 'before' | 'after' = 'after'): void {
  const layers: Layer[] = [
    BASE,
    APT,
    {
      createdBy: `RUN |1 NPM_TOKEN=${NPM} /bin/sh -c GITHUB_TOKEN=${GHP} npm install # buildkit`,
      entries: [
        { name: 'app/', type: 'dir' },
        { name: 'app/node_modules/', type: 'dir' },
        { name: 'app/node_modules/express/index.js', body: bytes(4, variant === 'after' ? 300_000 : 200_000) },
      ],
    },
  ];
  writeImage(path, `demo/secret-history:${variant}`, layers, {
    emptyHistory: [`ARG NPM_TOKEN=${NPM}`, `ENV AWS_SECRET_ACCESS_KEY=${AWS_SECRET}`],
    env: [`AWS_SECRET_ACCESS_KEY=${AWS_SECRET}`],
    labels: { 'org.example.ci-token': GHP },
  });
}
