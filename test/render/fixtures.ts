/**
 * Hand-built Report fixtures for the budget, diff and render tests.
 */
import type { Hint, LayerReport, Report } from '../../src/report/types.ts';

/** One layer; content bytes and instruction are what the tests vary. */
export function layer(index: number, normalizedInstruction: string, contentBytes: number, extra: Partial<LayerReport> = {}): LayerReport {
  return {
    index,
    diffId: `sha256:${normalizedInstruction.replace(/\W/g, '')}-${contentBytes}`,
    digest: `sha256:blob-${index}-${contentBytes}`,
    mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
    compressedBytes: Math.round(contentBytes / 3),
    contentBytes,
    tarBytes: contentBytes + 10_240,
    entries: { files: 10, dirs: 2, symlinks: 0, hardlinks: 0, whiteouts: 0, opaques: 0, other: 0 },
    added: { count: 10, bytes: contentBytes },
    modified: { count: 0, bytes: 0 },
    deleted: { count: 0, bytes: 0 },
    instruction: normalizedInstruction === '' ? '' : `/bin/sh -c ${normalizedInstruction}`,
    normalizedInstruction,
    created: null,
    isBase: null,
    largestFiles: [],
    wastedBytes: 0,
    hiddenBy: [],
    hidesBytes: 0,
    hides: [],
    ...extra,
  };
}

/** A report whose totals follow from its layers (wasted bytes as given). */
export function report(layers: LayerReport[], extra: Partial<Report> = {}, wastedBytes = 0): Report {
  const totalBytes = layers.reduce((s, l) => s + l.contentBytes, 0);
  const compressedBytes = layers.reduce((s, l) => s + l.compressedBytes, 0);
  const visibleBytes = totalBytes - wastedBytes;
  return {
    schemaVersion: 1,
    tool: { name: 'layer-budget', version: '0.1.0' },
    image: {
      reference: 'docker-archive:app.tar',
      transport: 'docker-archive',
      names: ['example/app:latest'],
      manifestDigest: null,
      configDigest: 'sha256:config',
      platform: 'linux/amd64',
      created: null,
    },
    provenance: null,
    totals: {
      layerCount: layers.length,
      totalBytes,
      visibleBytes,
      wastedBytes,
      efficiency: totalBytes === 0 ? 1 : visibleBytes / totalBytes,
      compressedBytes,
      compressedKind: 'compressed',
      fileCount: 100,
    },
    waste: {
      byCause: { overwritten: wastedBytes, 'attribute-copy-up': 0, 'deleted-file': 0, 'deleted-dir': 0, opaque: 0, 'replaced-dir': 0 },
      topPaths: [],
      topPathsOmitted: 0,
      deletedPaths: [],
      deletedPathsOmitted: 0,
    },
    layers,
    baseImage: { source: 'unknown', name: null, digest: null, layerCount: null },
    duplicates: { hashed: true, groupCount: 0, reclaimableBytes: 0, groups: [], groupsOmitted: 0 },
    directoryDepth: 3,
    directories: [],
    directoriesOmitted: 0,
    hints: [],
    verdicts: [],
    ...extra,
  };
}

/** A hint with defaults. */
export function hint(rule: string, severity: Hint['severity'], savingsBytes: number, extra: Partial<Hint> = {}): Hint {
  return {
    rule,
    severity,
    title: `Fix ${rule}`,
    layer: null,
    instruction: null,
    evidence: [],
    advice: 'Do it in the same RUN.',
    savingsBytes,
    overlaps: false,
    ...extra,
  };
}

/** Base (before) and head (after) of a node app whose `npm ci` layer grew by 34.1 MB in /app/node_modules. */
export function nodeAppPair(): { base: Report; head: Report } {
  const base = report(
    [
      layer(0, 'ADD rootfs.tar /', 80_000_000, { diffId: 'sha256:base0' }),
      layer(1, 'RUN apt-get update && apt-get install -y nodejs', 120_000_000, { diffId: 'sha256:apt' }),
      layer(2, 'WORKDIR /app', 0, { diffId: 'sha256:empty' }),
      layer(3, 'COPY package.json package-lock.json ./', 300_000, { diffId: 'sha256:pkg1' }),
      layer(4, 'RUN npm ci', 100_000_000, { diffId: 'sha256:npm1' }),
      layer(5, 'COPY . .', 2_000_000, { diffId: 'sha256:src1' }),
    ],
    {
      provenance: { key: 'app', commitSha: '0123456789abcdef0123456789abcdef01234567', ref: 'refs/heads/main', runId: 1 },
      directoryDepth: 2,
      directories: [
        { path: '/', sizeBytes: 297_300_000, fileCount: 1000 },
        { path: '/usr', sizeBytes: 195_000_000, fileCount: 500 },
        { path: '/app', sizeBytes: 102_300_000, fileCount: 400 },
        { path: '/app/node_modules', sizeBytes: 100_000_000, fileCount: 390 },
        { path: '/app/src', sizeBytes: 2_000_000, fileCount: 9 },
        { path: '/usr/lib', sizeBytes: 150_000_000, fileCount: 300 },
        { path: '/usr/share', sizeBytes: 45_000_000, fileCount: 200 },
      ],
    },
    5_000_000,
  );
  const head = report(
    [
      layer(0, 'ADD rootfs.tar /', 80_000_000, { diffId: 'sha256:base0' }),
      layer(1, 'RUN apt-get update && apt-get install -y nodejs', 120_000_000, { diffId: 'sha256:apt' }),
      layer(2, 'WORKDIR /app', 0, { diffId: 'sha256:empty' }),
      layer(3, 'COPY package.json package-lock.json ./', 310_000, { diffId: 'sha256:pkg2' }),
      layer(4, 'RUN npm ci', 134_100_000, { diffId: 'sha256:npm2' }),
      layer(5, 'COPY . .', 2_000_000, { diffId: 'sha256:src2' }),
    ],
    {
      directoryDepth: 2,
      directories: [
        { path: '/', sizeBytes: 331_410_000, fileCount: 1100 },
        { path: '/usr', sizeBytes: 195_000_000, fileCount: 500 },
        { path: '/app', sizeBytes: 136_410_000, fileCount: 500 },
        { path: '/app/node_modules', sizeBytes: 134_100_000, fileCount: 490 },
        { path: '/app/src', sizeBytes: 2_000_000, fileCount: 9 },
        { path: '/usr/lib', sizeBytes: 150_000_000, fileCount: 300 },
        { path: '/usr/share', sizeBytes: 45_000_000, fileCount: 200 },
      ],
      hints: [
        hint('npm-cache', 'warning', 12_000_000, {
          layer: 4,
          instruction: 'RUN npm ci',
          title: 'npm cache left in the image',
          advice: 'Use `npm ci && npm cache clean --force` in the same RUN.',
          evidence: [{ path: '/root/.npm/_cacache', sizeBytes: 12_000_000, layer: 4 }],
        }),
        hint('apt-lists', 'info', 20_000_000, { layer: 1, title: 'apt lists kept', evidence: [{ path: '/var/lib/apt/lists', sizeBytes: 20_000_000, layer: 1 }] }),
      ],
    },
    5_000_000,
  );
  return { base, head };
}
