import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../src/analysis/analyze.ts';
import { alignHistory } from '../../src/analysis/history.ts';
import { fromJson, toJson } from '../../src/report/json.ts';
import { WASTE_CAUSES } from '../../src/report/types.ts';
import { d, digest, f, hl, image, wh } from './synthetic.ts';

const HEX = 'ce026b62356eec3ad1214f92be2c9dc063fe205bd5e600be3492c4dfb17148bd';

/** base layer, an apt layer, an rm layer, a chmod layer and a COPY layer, with empty_layer history entries */
function richImage() {
  return image(
    [
      [d('/bin'), f('/bin/sh', 1000, 'A'), f('/etc/passwd', 100, 'P'), f('/usr/share/doc/a', 300, 'D'), f('/usr/share/doc/b', 300, 'D'), f('/lib/x', 50, 'X'), hl('/lib/y', '/lib/x')],
      [f('/var/lib/apt/lists/l1', 5000, 'L'), f('/etc/passwd', 110, 'P2'), f('/tmp/big', 7000, 'B')],
      [wh('/tmp/big'), wh('/var/lib/apt/lists')],
      [f('/bin/sh', 1000, 'A', 2000)],
      [f('/app/x', 10, 'AX')],
    ],
    {
      compression: ['none', 'gzip', 'gzip', 'zstd', 'gzip'],
      history: [
        { created: '2026-01-01T00:00:00Z', created_by: `/bin/sh -c #(nop) ADD file:${HEX} in / ` },
        { created_by: '/bin/sh -c #(nop)  CMD ["bash"]', empty_layer: true },
        { created: '2026-01-02T00:00:00Z', created_by: '/bin/sh -c apt-get update' },
        { created_by: 'RUN /bin/sh -c rm -rf /tmp/big /var/lib/apt/lists # buildkit' },
        { created_by: 'ENV A=b', empty_layer: true },
        { created_by: 'RUN |1 X=y /bin/sh -c chmod 755 /bin/sh # buildkit' },
        { created_by: 'COPY . /app # buildkit' },
      ],
      names: ['localhost/rich:1', 'localhost/rich:latest'],
    },
  );
}

describe('analyze: every report field of a rich synthetic image', () => {
  const img = richImage();
  const a = analyze(img, { toolVersion: '1.2.3', baseImage: { name: 'debian:bookworm', diffIds: [img.layers[0]?.diffId as string] } });
  const r = a.report;

  test('header: tool, image, provenance, hints, verdicts', () => {
    assert.equal(r.schemaVersion, 1);
    assert.deepEqual(r.tool, { name: 'layer-budget', version: '1.2.3' });
    assert.deepEqual(r.image, {
      reference: 'oci:./synthetic:latest',
      transport: 'oci',
      names: ['localhost/rich:1', 'localhost/rich:latest'],
      manifestDigest: digest('manifest'),
      configDigest: digest('config'),
      platform: 'linux/amd64',
      created: '2026-01-02T03:04:05Z',
    });
    assert.equal(r.provenance, null);
    assert.deepEqual(r.hints, []);
    assert.deepEqual(r.verdicts, []);
  });

  test('totals', () => {
    assert.deepEqual(r.totals, {
      layerCount: 5,
      totalBytes: 14870,
      visibleBytes: 1770,
      wastedBytes: 13100,
      efficiency: 1770 / 14870,
      compressedBytes: 1000 + 1001 + 1002 + 1003 + 1004,
      compressedKind: 'mixed',
      fileCount: 7,
    });
  });

  test('waste by cause, top paths, deleted paths', () => {
    assert.deepEqual(r.waste.byCause, {
      overwritten: 100,
      'attribute-copy-up': 1000,
      'deleted-file': 7000,
      'deleted-dir': 5000,
      opaque: 0,
      'replaced-dir': 0,
    });
    assert.deepEqual(r.waste.topPaths, [
      { path: '/tmp/big', sizeBytes: 7000, cause: 'deleted-file', layer: 1, hiddenBy: 2 },
      { path: '/var/lib/apt/lists/l1', sizeBytes: 5000, cause: 'deleted-dir', layer: 1, hiddenBy: 2 },
      { path: '/bin/sh', sizeBytes: 1000, cause: 'attribute-copy-up', layer: 0, hiddenBy: 3 },
      { path: '/etc/passwd', sizeBytes: 100, cause: 'overwritten', layer: 0, hiddenBy: 1 },
    ]);
    assert.equal(r.waste.topPathsOmitted, 0);
    assert.deepEqual(r.waste.deletedPaths, [
      { path: '/tmp/big', sizeBytes: 7000, layer: 2, kind: 'file' },
      { path: '/var/lib/apt/lists', sizeBytes: 5000, layer: 2, kind: 'dir' },
    ]);
    assert.equal(r.waste.deletedPathsOmitted, 0);
  });

  test('layers: identity, sizes, entries, instructions, base', () => {
    const l = r.layers;
    assert.equal(l.length, 5);
    assert.deepEqual(
      l.map((x) => [x.index, x.diffId, x.digest, x.compressedBytes, x.tarBytes, x.contentBytes]),
      img.layers.map((x, i) => [i, x.diffId, x.digest, 1000 + i, 2048 * (i + 1), [1750, 12110, 0, 1000, 10][i]]),
    );
    assert.equal(l[0]?.mediaType, 'application/vnd.oci.image.layer.v1.tar');
    assert.deepEqual(l[0]?.entries, { files: 5, dirs: 1, symlinks: 0, hardlinks: 1, whiteouts: 0, opaques: 0, other: 0 });
    assert.deepEqual(l[2]?.entries, { files: 0, dirs: 0, symlinks: 0, hardlinks: 0, whiteouts: 2, opaques: 0, other: 0 });
    assert.deepEqual(
      l.map((x) => x.normalizedInstruction),
      ['ADD file in /', 'RUN apt-get update', 'RUN rm -rf /tmp/big /var/lib/apt/lists', 'RUN chmod 755 /bin/sh', 'COPY . /app'],
    );
    assert.equal(l[3]?.instruction, 'RUN |1 X=y /bin/sh -c chmod 755 /bin/sh # buildkit');
    assert.deepEqual(
      l.map((x) => x.created),
      ['2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z', null, null, null],
    );
    assert.deepEqual(
      l.map((x) => x.isBase),
      [true, false, false, false, false],
    );
  });

  test('layers: added, modified, deleted', () => {
    const l = r.layers;
    // /bin, /bin/sh, /etc, /etc/passwd, /usr, /usr/share, /usr/share/doc, a, b, /lib, /lib/x, /lib/y
    assert.deepEqual([l[0]?.added, l[0]?.modified, l[0]?.deleted], [{ count: 12, bytes: 1750 }, { count: 0, bytes: 0 }, { count: 0, bytes: 0 }]);
    // /var, /var/lib, /var/lib/apt, lists, l1, /tmp, /tmp/big; /etc/passwd modified
    assert.deepEqual([l[1]?.added, l[1]?.modified], [{ count: 7, bytes: 12000 }, { count: 1, bytes: 110 }]);
    assert.deepEqual(l[2]?.deleted, { count: 3, bytes: 12000 });
    assert.deepEqual(l[3]?.modified, { count: 1, bytes: 1000 });
    assert.deepEqual(l[4]?.added, { count: 2, bytes: 10 });
  });

  test('layers: wasted, hiddenBy, hides', () => {
    const l = r.layers;
    assert.deepEqual(
      l.map((x) => [x.wastedBytes, x.hiddenBy, x.hidesBytes, x.hides]),
      [
        [1100, [{ layer: 1, bytes: 100 }, { layer: 3, bytes: 1000 }], 0, []],
        [12000, [{ layer: 2, bytes: 12000 }], 100, [{ layer: 0, bytes: 100 }]],
        [0, [], 12000, [{ layer: 1, bytes: 12000 }]],
        [0, [], 1000, [{ layer: 0, bytes: 1000 }]],
        [0, [], 0, []],
      ],
    );
  });

  test('layers: largest files', () => {
    assert.deepEqual(r.layers[0]?.largestFiles, [
      { path: '/bin/sh', sizeBytes: 1000 },
      { path: '/usr/share/doc/a', sizeBytes: 300 },
      { path: '/usr/share/doc/b', sizeBytes: 300 },
      { path: '/etc/passwd', sizeBytes: 100 },
      { path: '/lib/x', sizeBytes: 50 },
    ]);
    assert.deepEqual(r.layers[2]?.largestFiles, []);
  });

  test('base image from input diffIds', () => {
    assert.deepEqual(r.baseImage, { source: 'input', name: 'debian:bookworm', digest: null, layerCount: 1 });
  });

  test('duplicates: distinct inodes only (a hardlink pair is not a duplicate)', () => {
    assert.deepEqual(r.duplicates, {
      hashed: true,
      groupCount: 1,
      reclaimableBytes: 300,
      groups: [{ contentHash: 'D', sizeBytes: 300, paths: ['/usr/share/doc/a', '/usr/share/doc/b'], reclaimableBytes: 300, copies: 2, pathsOmitted: 0 }],
      groupsOmitted: 0,
    });
  });

  test('directories: aggregated, hardlinked inodes once', () => {
    assert.equal(r.directoryDepth, 4);
    assert.deepEqual(r.directories, [
      { path: '/', sizeBytes: 1770, fileCount: 7 },
      { path: '/app', sizeBytes: 10, fileCount: 1 },
      { path: '/bin', sizeBytes: 1000, fileCount: 1 },
      { path: '/etc', sizeBytes: 110, fileCount: 1 },
      { path: '/lib', sizeBytes: 50, fileCount: 2 },
      { path: '/usr', sizeBytes: 600, fileCount: 2 },
      { path: '/usr/share', sizeBytes: 600, fileCount: 2 },
      { path: '/usr/share/doc', sizeBytes: 600, fileCount: 2 },
    ]);
    assert.equal(r.directoriesOmitted, 0);
  });

  test('analysis: visible files, wasted (largest first), layer events', () => {
    assert.deepEqual(
      a.visibleFiles.map((v) => [v.path, v.sizeBytes, v.layer]),
      [
        ['/app/x', 10, 4],
        ['/bin/sh', 1000, 3],
        ['/etc/passwd', 110, 1],
        ['/lib/x', 50, 0],
        ['/lib/y', 50, 0],
        ['/usr/share/doc/a', 300, 0],
        ['/usr/share/doc/b', 300, 0],
      ],
    );
    assert.deepEqual(
      a.wasted.map((w) => w.sizeBytes),
      [7000, 5000, 1000, 100],
    );
    assert.equal(a.layerEvents[1], img.layers[1]?.scan.events);
    assert.equal(a.image, img);
    assert.deepEqual(a.notes, []);
  });

  test('invariants and a clean round trip through the schema', () => {
    const t = r.totals;
    assert.equal(t.totalBytes, t.visibleBytes + t.wastedBytes);
    assert.equal(r.layers.reduce((s, l) => s + l.contentBytes, 0), t.totalBytes);
    assert.equal(r.layers.reduce((s, l) => s + l.wastedBytes, 0), t.wastedBytes);
    assert.equal(WASTE_CAUSES.reduce((s, c) => s + r.waste.byCause[c], 0), t.wastedBytes);
    assert.deepEqual(fromJson(toJson(r)), r);
  });
});

describe('analyze: variants', () => {
  test('base image from annotations only: names it, layer count unknown, isBase null', () => {
    const img = image([[f('/a', 1)], [f('/b', 2)]], {
      annotations: { 'org.opencontainers.image.base.name': 'docker.io/library/debian:bookworm', 'org.opencontainers.image.base.digest': digest('base') },
    });
    const r = analyze(img).report;
    assert.deepEqual(r.baseImage, { source: 'annotation', name: 'docker.io/library/debian:bookworm', digest: digest('base'), layerCount: null });
    assert.deepEqual(
      r.layers.map((l) => l.isBase),
      [null, null],
    );
  });

  test('base image input with diffIds wins over annotations; a baseline source is kept', () => {
    const img = image([[f('/a', 1)], [f('/b', 2)], [f('/c', 3)]], { annotations: { 'org.opencontainers.image.base.name': 'ann' } });
    const ids = img.layers.map((l) => l.diffId);
    const r = analyze(img, { baseImage: { source: 'baseline', diffIds: [ids[0] as string, ids[1] as string, digest('other')] } }).report;
    assert.deepEqual(r.baseImage, { source: 'baseline', name: 'ann', digest: null, layerCount: 2 });
    assert.deepEqual(
      r.layers.map((l) => l.isBase),
      [true, true, false],
    );
  });

  test('base diffIds that do not match: zero base layers', () => {
    const img = image([[f('/a', 1)]]);
    const r = analyze(img, { baseImage: { diffIds: [digest('x')] } }).report;
    assert.equal(r.baseImage.layerCount, 0);
    assert.deepEqual(
      r.layers.map((l) => l.isBase),
      [false],
    );
  });

  test('nothing known: unknown, never "layer 0"', () => {
    const r = analyze(image([[f('/a', 1)]])).report;
    assert.deepEqual(r.baseImage, { source: 'unknown', name: null, digest: null, layerCount: null });
    assert.equal(r.layers[0]?.isBase, null);
  });

  test('no hashes: duplicates not looked for', () => {
    const r = analyze(image([[f('/a', 5, null), f('/b', 5, null)]])).report;
    assert.deepEqual(r.duplicates, { hashed: false, groupCount: 0, reclaimableBytes: 0, groups: [], groupsOmitted: 0 });
  });

  test('duplicates: sorted by reclaimable bytes, capped, paths capped; empty files ignored', () => {
    const l = [f('/e1', 0, 'E'), f('/e2', 0, 'E')];
    for (let i = 0; i < 5; i++) l.push(f(`/small/s${i}`, 10, 'S'));
    for (let i = 0; i < 3; i++) l.push(f(`/big/b${i}`, 1000, 'B'));
    l.push(f('/mid/m0', 100, 'M'), f('/mid/m1', 100, 'M'));
    const r = analyze(image([l]), { duplicateGroups: 2, duplicatePaths: 3 }).report;
    assert.equal(r.duplicates.groupCount, 3);
    assert.equal(r.duplicates.reclaimableBytes, 2000 + 40 + 100);
    assert.equal(r.duplicates.groupsOmitted, 1);
    assert.deepEqual(
      r.duplicates.groups.map((g) => [g.contentHash, g.reclaimableBytes, g.copies, g.paths, g.pathsOmitted]),
      [
        ['B', 2000, 3, ['/big/b0', '/big/b1', '/big/b2'], 0],
        ['M', 100, 2, ['/mid/m0', '/mid/m1'], 0],
      ],
    );
    const r2 = analyze(image([l]), { duplicatePaths: 3 }).report;
    assert.deepEqual(r2.duplicates.groups[2]?.paths, ['/small/s0', '/small/s1', '/small/s2']);
    assert.equal(r2.duplicates.groups[2]?.pathsOmitted, 2);
  });

  test('same hash, different size: not duplicates', () => {
    const r = analyze(image([[f('/a', 5, 'H'), f('/b', 6, 'H')]])).report;
    assert.equal(r.duplicates.groupCount, 0);
  });

  test('compressedKind: all plain, all compressed', () => {
    assert.equal(analyze(image([[f('/a', 1)], []], { compression: ['none', 'none'] })).report.totals.compressedKind, 'uncompressed-tar');
    assert.equal(analyze(image([[f('/a', 1)], []], { compression: ['gzip', 'zstd'] })).report.totals.compressedKind, 'compressed');
  });

  test('platform with variant', () => {
    const r = analyze(image([[]], { platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } })).report;
    assert.equal(r.image.platform, 'linux/arm64/v8');
  });

  test('empty image: efficiency 1', () => {
    const r = analyze(image([])).report;
    assert.equal(r.totals.efficiency, 1);
    assert.equal(r.totals.layerCount, 0);
    assert.deepEqual(r.directories, []);
    assert.deepEqual(fromJson(toJson(r)), r);
  });

  test('directories: depth ≤ 2 always, then the largest deeper ones, with the omitted count', () => {
    const l = [f('/a/b/c/d/e/deep', 1), f('/a/x/small', 2), f('/a/y/z/big', 50), f('/a/y/w/mid', 20), f('/top', 4)];
    const r = analyze(image([l]), { directoryDepth: 3, maxDirectories: 6 }).report;
    // depth ≤ 2: /, /a, /a/b, /a/x, /a/y; deeper (depth 3): /a/b/c (1), /a/y/z (50), /a/y/w (20)
    assert.deepEqual(
      r.directories.map((x) => [x.path, x.sizeBytes, x.fileCount]),
      [
        ['/', 77, 5],
        ['/a', 73, 4],
        ['/a/b', 1, 1],
        ['/a/x', 2, 1],
        ['/a/y', 70, 2],
        ['/a/y/z', 50, 1],
      ],
    );
    assert.equal(r.directoriesOmitted, 2);
    assert.equal(r.directoryDepth, 3);
  });

  test('top paths and deleted paths are capped with an omitted count', () => {
    const l0 = [];
    const l1 = [];
    for (let i = 0; i < 10; i++) {
      l0.push(f(`/x/f${i}`, 100 + i));
      l1.push(wh(`/x/f${i}`));
    }
    const r = analyze(image([l0, l1]), { topPaths: 3, deletedPaths: 2 }).report;
    assert.deepEqual(
      r.waste.topPaths.map((p) => p.sizeBytes),
      [109, 108, 107],
    );
    assert.equal(r.waste.topPathsOmitted, 7);
    assert.deepEqual(
      r.waste.deletedPaths.map((p) => p.path),
      ['/x/f9', '/x/f8'],
    );
    assert.equal(r.waste.deletedPathsOmitted, 8);
  });

  test('overlong paths and instructions are clipped so the report stays valid', () => {
    const long = `/${'p'.repeat(5000)}`;
    const img = image([[f(long, 10)], [wh(long)]], { history: [{ created_by: `/bin/sh -c ${'x'.repeat(10_000)}` }] });
    const r = analyze(img).report;
    assert.equal(r.waste.topPaths[0]?.path.length, 4096);
    assert.ok(r.waste.topPaths[0]?.path.endsWith('…'));
    assert.equal(r.layers[0]?.instruction.length, 4096);
    assert.deepEqual(fromJson(toJson(r)), r);
  });

  test('reducer notes reach the analysis', () => {
    const a = analyze(image([[hl('/a', '/missing')]]));
    assert.equal(a.notes?.length, 1);
  });
});

describe('alignHistory', () => {
  test('skips empty_layer entries and aligns in order', () => {
    const h = alignHistory(
      [{ created_by: 'a' }, { created_by: 'meta', empty_layer: true }, { created_by: 'b', created: 't', comment: 'c' }],
      2,
    );
    assert.deepEqual(h, [
      { instruction: 'a', created: null, comment: null },
      { instruction: 'b', created: 't', comment: 'c' },
    ]);
  });
  test('missing or short history gives empty instructions', () => {
    assert.deepEqual(alignHistory(undefined, 2), [
      { instruction: '', created: null, comment: null },
      { instruction: '', created: null, comment: null },
    ]);
    assert.deepEqual(
      alignHistory([{ created_by: 'a' }], 2).map((x) => x.instruction),
      ['a', ''],
    );
  });
  test('extra entries are ignored; missing created_by is empty', () => {
    assert.deepEqual(
      alignHistory([{}, { created_by: 'b' }, { created_by: 'c' }], 2).map((x) => x.instruction),
      ['', 'b'],
    );
  });
});

test('analyze: more layers than a report can hold is an input error', () => {
  const layers = Array.from({ length: 1001 }, () => []);
  assert.throws(() => analyze(image(layers)), { name: 'InputError', message: 'image has 1001 layers; layer-budget reads at most 1000' });
});

test('analyze: digest-like strings from a hostile image are made safe for the schema', () => {
  const img = image([[f('/a', 1, 'h<1>'), f('/b', 1, 'h<1>')]], { annotations: { 'org.opencontainers.image.base.digest': 'sha256:<script>' } });
  const r = analyze(img).report;
  assert.equal(r.baseImage.digest, 'sha256:_script_');
  assert.equal(r.duplicates.groups[0]?.contentHash, 'h_1_');
  assert.deepEqual(fromJson(toJson(r)), r);
});
