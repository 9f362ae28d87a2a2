/**
 * ORACLE: every test-bed image in every export format, read by our readers and scanner and replayed by our
 * reducer, must equal the test bed's oracle byte for byte (per-layer content bytes, total, visible, wasted, the
 * visible file list from `umoci unpack`), and every figure must be identical across formats (compressed bytes
 * aside). Plus dive's own docker save, whose per-layer sizes dive publishes.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { requireBed } from '../helpers/bed.ts';
import { analyzeExport, checkImage } from './oracle-check.ts';
import { SCENARIOS } from './scenarios.ts';

test('test-bed images: oracle equality in every export format', async (t) => {
  const bed = requireBed(t);
  if (bed === null) return;
  for (const image of Object.values(bed.images)) {
    await t.test(image.name, async () => {
      const byFormat = await checkImage(image, { baseDiffIds: bed.base.diffIds });
      for (const a of byFormat.values()) {
        const r = a.report;
        assert.equal(r.baseImage.layerCount, image.baseLayerCount, `${image.name}: base layers`);
        assert.deepEqual(
          r.layers.map((l) => l.isBase),
          r.layers.map((_, i) => i < image.baseLayerCount),
        );
        assert.equal(r.image.configDigest, image.configDigest);
      }
      const first = byFormat.values().next().value;
      if (first !== undefined) SCENARIOS[image.name]?.(first);
    });
  }
});

const DIVE = '/work/shared/peer-images/dive/test-docker-image.tar';

test("dive's test-docker-image.tar: total and per-layer sizes equal dive's published figures", { skip: !existsSync(DIVE) && 'no peer images' }, async () => {
  const a = await analyzeExport(DIVE, { hash: true });
  const r = a.report;
  assert.deepEqual(
    r.layers.map((l) => l.contentBytes),
    [1154361, 6405, 0, 6405, 6405, 6405, 6405, 6405, 6405, 0, 2187, 6405, 6405, 6405],
  );
  assert.equal(r.totals.totalBytes, 1220598);
  assert.equal(r.totals.totalBytes, r.totals.visibleBytes + r.totals.wastedBytes);
  // Ours, cause by cause: somefile1 chmod copy-up (layer 3 hidden by 4), somefile1 and somefile2 under the deleted
  // /root/example (layers 4, 5 hidden by 9), somefile3 moved away (a whiteout in layer 7), saved.txt chmod copy-up
  // (layer 7 hidden by 13). The total happens to equal dive's "inefficientBytes" (32025), but dive's efficiency
  // score (0.98442…) uses its own definition; ours is visible / total.
  assert.deepEqual(r.waste.byCause, {
    overwritten: 0,
    'attribute-copy-up': 2 * 6405,
    'deleted-file': 6405,
    'deleted-dir': 2 * 6405,
    opaque: 0,
    'replaced-dir': 0,
  });
  assert.equal(r.totals.wastedBytes, 32025);
  assert.equal(r.totals.visibleBytes, 1220598 - 32025);
  assert.deepEqual(
    r.waste.deletedPaths.map((d) => [d.path, d.sizeBytes, d.layer, d.kind]),
    [
      ['/root/example', 12810, 9, 'dir'],
      ['/root/example/somefile3.txt', 6405, 7, 'file'],
    ],
  );
  assert.equal(r.baseImage.source, 'unknown');
  assert.deepEqual(r.image.names, ['dive-test:latest']);
  assert.deepEqual(
    r.layers.map((l) => l.normalizedInstruction).slice(0, 4),
    ['ADD file in /', 'ADD file in /somefile.txt', 'RUN mkdir -p /root/example/really/nested', 'RUN cp /somefile.txt /root/example/somefile1.txt'],
  );
});

const KANIKO = '/work/shared/peer-images/dive/test-kaniko-image.tar';

test("dive's kaniko build of the same Dockerfile: the same waste shape with its 9249-byte file", { skip: !existsSync(KANIKO) && 'no peer images' }, async () => {
  const r = (await analyzeExport(KANIKO, { hash: true })).report;
  assert.deepEqual(
    r.layers.map((l) => l.contentBytes),
    [1231733, 9249, 0, 9249, 9249, 9249, 9249, 9249, 9249, 0, 2187, 9249, 9249, 9249],
  );
  assert.deepEqual(r.waste.byCause, {
    overwritten: 0,
    'attribute-copy-up': 2 * 9249,
    'deleted-file': 9249,
    'deleted-dir': 2 * 9249,
    opaque: 0,
    'replaced-dir': 0,
  });
  assert.equal(r.totals.compressedKind, 'compressed');
  assert.equal(r.layers[3]?.normalizedInstruction, 'RUN cp /somefile.txt /root/example/somefile1.txt');
});
