import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildView, listView } from '../../src/render/view.ts';
import { diffReports } from '../../src/report/diff.ts';
import { layer, nodeAppPair, report } from './fixtures.ts';

test('view: one place works out the numbers every renderer shows', () => {
  const { base, head } = nodeAppPair();
  const v = buildView({ report: head, diff: diffReports(base, head) });
  assert.equal(v.name, 'example/app:latest');
  assert.deepEqual(v.totals, { total: '336.4 MB', compressed: '112.1 MB', compressedKind: 'compressed', wasted: '5.0 MB', wastedPercent: '1.5%', efficiency: '98.5%', layers: '6 layers', files: '100 files' });
  assert.equal(v.growth?.totalDelta, '+34.1 MB');
  assert.equal(v.growth?.totalPercent, '+11.3%');
  assert.equal(v.growth?.layerCountDelta, '');
  assert.deepEqual(v.layerDeltas[4], { status: 'changed', index: '4', instruction: 'RUN npm ci', deltaBytes: 34_100_000, headBytes: 134_100_000, base: '100.0 MB', now: '134.1 MB', delta: '+34.1 MB (+34.1%)', location: null });
  assert.deepEqual(v.growing[0], { path: '/app/node_modules', base: '100.0 MB', now: '134.1 MB', delta: '+34.1 MB', percent: '+34.1%', uncertain: false });
  assert.deepEqual(v.wasteByCause, [{ cause: 'overwritten', text: 'overwritten by a later layer', size: '5.0 MB' }]);
  assert.equal(v.status, 'pass');
});

test('view: moved and removed layers, stored sizes, counts', () => {
  const base = report([layer(0, 'ADD a /', 10, { diffId: 'a' }), layer(1, 'RUN x', 20, { diffId: 'x' }), layer(2, 'RUN y', 5, { diffId: 'y' })]);
  const head = report([layer(0, 'ADD a /', 10, { diffId: 'a' }), layer(1, 'RUN new', 7, { diffId: 'n' }), layer(2, 'RUN y', 5, { diffId: 'y' }), layer(3, 'RUN x', 20, { diffId: 'x' })]);
  head.totals.compressedKind = 'uncompressed-tar';
  head.totals.fileCount = 1;
  head.duplicates = { hashed: true, groupCount: 1200, reclaimableBytes: 2_000_000, groups: [], groupsOmitted: 0 };
  const v = buildView({ report: head, diff: diffReports(base, head) });
  assert.equal(v.totals.compressedKind, 'stored as uncompressed tars');
  assert.equal(v.totals.files, '1 file');
  assert.equal(v.growth?.layerCountDelta, ' (+1)');
  assert.equal(v.duplicates, '2.0 MB reclaimable in 1,200 groups');
  assert.ok(v.layerDeltas.some((l) => / \(was \d\)$/.test(l.index)), v.layerDeltas.map((l) => l.index).join(','));
  assert.ok(v.layerDeltas.some((l) => l.status === 'added' && l.base === '—' && / \(new\)$/.test(l.delta)));
  assert.deepEqual(listView([1, 2, 3], 2, 5), { shown: [1, 2], more: 6 });
});
