import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffReports } from '../../src/report/diff.ts';
import type { LayerDelta } from '../../src/report/diff.ts';
import { layer, nodeAppPair, report } from '../render/fixtures.ts';

/** status:baseIndex→headIndex for each diff row */
function shape(rows: LayerDelta[]): string[] {
  return rows.map((l) => `${l.status}:${l.baseIndex ?? '-'}→${l.headIndex ?? '-'}`);
}

test('identical images: every layer unchanged, every Δ zero', () => {
  const { base } = nodeAppPair();
  const d = diffReports(base, structuredClone(base));
  assert.deepEqual(shape(d.layers), ['unchanged:0→0', 'unchanged:1→1', 'unchanged:2→2', 'unchanged:3→3', 'unchanged:4→4', 'unchanged:5→5']);
  assert.deepEqual(d.counts, { unchanged: 6, changed: 0, added: 0, removed: 0 });
  for (const l of d.layers) assert.equal(l.deltaBytes, 0);
  for (const t of Object.values(d.totals)) assert.equal(t.delta, 0);
  assert.deepEqual(d.directories.growing, []);
  assert.deepEqual(d.directories.shrinking, []);
});

test('node app: changed layers by instruction, totals, where it grew', () => {
  const { base, head } = nodeAppPair();
  const d = diffReports(base, head);
  assert.deepEqual(shape(d.layers), ['unchanged:0→0', 'unchanged:1→1', 'unchanged:2→2', 'changed:3→3', 'changed:4→4', 'changed:5→5']);
  const npm = d.layers[4]!;
  assert.equal(npm.normalizedInstruction, 'RUN npm ci');
  assert.equal(npm.deltaBytes, 34_100_000);
  assert.ok(Math.abs(npm.deltaPercent! - 34.1) < 1e-9);
  assert.equal(d.totals.totalBytes.delta, 34_110_000);
  assert.equal(d.totals.wastedBytes.delta, 0);
  assert.deepEqual(
    d.directories.growing.map((x) => [x.path, x.deltaBytes, x.uncertain]),
    [['/app/node_modules', 34_100_000, false]],
    'folded: / and /app are explained by /app/node_modules',
  );
  assert.equal(d.directories.indeterminate, 0);
  assert.equal(d.directories.depth, 2);
});

test('reordered instructions: layers that only moved stay unchanged', () => {
  const a = layer(0, 'ADD rootfs /', 10, { diffId: 'a' });
  const b = layer(1, 'COPY x /x', 20, { diffId: 'b' });
  const c = layer(2, 'COPY y /y', 30, { diffId: 'c' });
  const base = report([a, b, c]);
  const head = report([a, { ...c, index: 1 }, { ...b, index: 2 }]);
  const d = diffReports(base, head);
  assert.deepEqual(shape(d.layers), ['unchanged:0→0', 'unchanged:2→1', 'unchanged:1→2']);
});

test('reordered and rebuilt: one pair aligns by order, the other is removed + added', () => {
  const base = report([layer(0, 'ADD rootfs /', 10, { diffId: 'a' }), layer(1, 'COPY x /x', 20, { diffId: 'b' }), layer(2, 'COPY y /y', 30, { diffId: 'c' })]);
  const head = report([layer(0, 'ADD rootfs /', 10, { diffId: 'a' }), layer(1, 'COPY y /y', 31, { diffId: 'c2' }), layer(2, 'COPY x /x', 21, { diffId: 'b2' })]);
  const d = diffReports(base, head);
  assert.deepEqual(shape(d.layers), ['unchanged:0→0', 'removed:1→-', 'changed:2→1', 'added:-→2']);
});

test('changed base image: new base layers are added/removed, app layers still pair by instruction', () => {
  const base = report([
    layer(0, 'ADD file in /', 70, { diffId: 'deb12' }),
    layer(1, 'RUN apt-get install -y curl', 20, { diffId: 'apt1' }),
    layer(2, 'COPY . /app', 5, { diffId: 'app1' }),
  ]);
  const head = report([
    layer(0, 'ADD file in /', 75, { diffId: 'deb13' }),
    layer(1, 'RUN /bin/sh -c set -eux; apt-get update', 8, { diffId: 'deb13b' }),
    layer(2, 'RUN apt-get install -y curl', 21, { diffId: 'apt2' }),
    layer(3, 'COPY . /app', 5, { diffId: 'app2' }),
  ]);
  const d = diffReports(base, head);
  assert.deepEqual(shape(d.layers), ['changed:0→0', 'added:-→1', 'changed:1→2', 'changed:2→3']);
  assert.equal(d.layers[2]!.deltaBytes, 1);
  assert.equal(d.totals.layerCount.delta, 1);
});

test('an edited RUN is removed + added, next to each other', () => {
  const base = report([layer(0, 'ADD rootfs /', 10, { diffId: 'a' }), layer(1, 'RUN apt-get install -y curl', 20, { diffId: 'b' }), layer(2, 'COPY . /app', 5, { diffId: 'c' })]);
  const head = report([layer(0, 'ADD rootfs /', 10, { diffId: 'a' }), layer(1, 'RUN apt-get install -y curl git', 45, { diffId: 'b2' }), layer(2, 'COPY . /app', 5, { diffId: 'c2' })]);
  const d = diffReports(base, head);
  assert.deepEqual(shape(d.layers), ['unchanged:0→0', 'removed:1→-', 'added:-→1', 'changed:2→2']);
  assert.equal(d.layers[1]!.deltaBytes, -20);
  assert.equal(d.layers[1]!.deltaPercent, -100);
  assert.equal(d.layers[2]!.deltaBytes, 45);
  assert.equal(d.layers[2]!.deltaPercent, null);
});

test('an inserted layer: added, and the rebuilt layers after it pair by instruction, not by index', () => {
  const base = report([layer(0, 'ADD rootfs /', 10, { diffId: 'a' }), layer(1, 'COPY package.json ./', 1, { diffId: 'p' }), layer(2, 'RUN npm ci', 50, { diffId: 'n' })]);
  const head = report([
    layer(0, 'ADD rootfs /', 10, { diffId: 'a' }),
    layer(1, 'RUN apk add git', 9, { diffId: 'g' }),
    layer(2, 'COPY package.json ./', 1, { diffId: 'p2' }),
    layer(3, 'RUN npm ci', 50, { diffId: 'n2' }),
  ]);
  const d = diffReports(base, head);
  assert.deepEqual(shape(d.layers), ['unchanged:0→0', 'added:-→1', 'changed:1→2', 'changed:2→3']);
});

test('legacy COPY file:<sha> hashes: equal normalized instruction → changed, not added/removed', () => {
  const base = report([layer(0, 'COPY file in /app/', 100, { diffId: 'x1', instruction: '/bin/sh -c #(nop) COPY file:9a8b7c… in /app/ ' })]);
  const head = report([layer(0, 'COPY file in /app/', 120, { diffId: 'x2', instruction: '/bin/sh -c #(nop) COPY file:1f2e3d… in /app/ ' })]);
  const d = diffReports(base, head);
  assert.deepEqual(shape(d.layers), ['changed:0→0']);
  assert.equal(d.layers[0]!.instruction, '/bin/sh -c #(nop) COPY file:1f2e3d… in /app/ ');
});

test('unknown instructions never pair; repeated empty layers pair by diffId in order', () => {
  const base = report([layer(0, '', 10, { diffId: 'a' }), layer(1, 'WORKDIR /a', 0, { diffId: 'empty' }), layer(2, 'WORKDIR /b', 0, { diffId: 'empty' })]);
  const head = report([layer(0, '', 11, { diffId: 'a2' }), layer(1, 'WORKDIR /a', 0, { diffId: 'empty' }), layer(2, 'WORKDIR /b', 0, { diffId: 'empty' })]);
  const d = diffReports(base, head);
  assert.deepEqual(shape(d.layers), ['removed:0→-', 'added:-→0', 'unchanged:1→1', 'unchanged:2→2']);
});

test('directory deltas: shrinking, new directories, uncertain or indeterminate when a side was capped', () => {
  const base = report([layer(0, 'x', 1)], {
    directoryDepth: 2,
    directories: [
      { path: '/', sizeBytes: 100, fileCount: 1 },
      { path: '/a', sizeBytes: 60, fileCount: 1 },
      { path: '/b', sizeBytes: 40, fileCount: 1 },
    ],
    directoriesOmitted: 3,
  });
  const head = report([layer(0, 'x', 1)], {
    directoryDepth: 3,
    directories: [
      { path: '/', sizeBytes: 130, fileCount: 1 },
      { path: '/a', sizeBytes: 20, fileCount: 1 },
      { path: '/c', sizeBytes: 50, fileCount: 1 },
      { path: '/e', sizeBytes: 30, fileCount: 1 },
      { path: '/b', sizeBytes: 40, fileCount: 1 },
      { path: '/c/d/e', sizeBytes: 40, fileCount: 1 },
    ],
  });
  const d = diffReports(base, head);
  assert.equal(d.directories.depth, 2, 'compared to the smaller depth; /c/d/e is deeper');
  assert.deepEqual(d.directories.growing, [{ path: '/c', baseBytes: null, headBytes: 50, deltaBytes: 50, deltaPercent: null, uncertain: true }]);
  assert.equal(d.directories.indeterminate, 1, '/e (30 B) is no larger than the smallest entry of the capped base list (40 B)');
  assert.deepEqual(d.directories.shrinking, [{ path: '/a', baseBytes: 60, headBytes: 20, deltaBytes: -40, deltaPercent: (-40 / 60) * 100, uncertain: false }]);
  assert.equal(d.directories.approximate, true);
});

test('200 layers align quickly', () => {
  const n = 200;
  const base = report(Array.from({ length: n }, (_, i) => layer(i, `RUN step ${i % 50}`, 1000 + i, { diffId: `b${i}` })));
  const head = report(Array.from({ length: n + 1 }, (_, i) => layer(i, i === 100 ? 'RUN inserted' : `RUN step ${(i > 100 ? i - 1 : i) % 50}`, 1000 + i, { diffId: i < 50 ? `b${i}` : `h${i}` })));
  const t0 = performance.now();
  const d = diffReports(base, head);
  const ms = performance.now() - t0;
  assert.deepEqual(d.counts, { unchanged: 50, changed: 150, added: 1, removed: 0 });
  assert.equal(d.layers.find((l) => l.status === 'added')!.headIndex, 100);
  assert.ok(ms < 500, `took ${ms} ms`);
});

test('directory deltas: a parent explained by several children gives way; nested entries below a shown one are dropped', () => {
  const dirs = (list: Array<[string, number]>) => list.map(([path, sizeBytes]) => ({ path, sizeBytes, fileCount: 1 }));
  const base = report([layer(0, 'x', 1)], { directoryDepth: 4, directories: dirs([['/', 1000], ['/app', 500], ['/app/nm', 400], ['/root', 500], ['/root/.npm', 450]]) });
  const head = report([layer(0, 'x', 1)], {
    directoryDepth: 4,
    directories: dirs([['/', 1190], ['/app', 640], ['/app/nm', 540], ['/app/nm/lodash', 140], ['/app/nm/lodash/fp', 20], ['/root', 550], ['/root/.npm', 500]]),
  });
  const d = diffReports(base, head);
  assert.deepEqual(d.directories.growing.map((x) => `${x.path} ${x.deltaBytes}`), ['/app/nm/lodash 140', '/root/.npm 50']);
});

test('directory deltas: no evidence of change when the nearest directory listed on both sides is unchanged', () => {
  const dirs = (list: Array<[string, number]>) => list.map(([path, sizeBytes]) => ({ path, sizeBytes, fileCount: 1 }));
  const base = report([layer(0, 'x', 1)], { directoryDepth: 4, directories: dirs([['/', 1000], ['/y', 300], ['/y/locales', 50]]) });
  const head = report([layer(0, 'x', 1)], { directoryDepth: 4, directories: dirs([['/', 1000], ['/y', 300], ['/z', 10]]), directoriesOmitted: 1 });
  const d = diffReports(base, head);
  assert.deepEqual(d.directories.shrinking, []);
  assert.equal(d.directories.indeterminate, 1);
});

test('a baseline from an older schema or a corrupt one: a clear error, and absolute budgets still apply', async () => {
  const { fromJson } = await import('../../src/report/json.ts');
  const { InputError } = await import('../../src/errors.ts');
  const { parseConfig } = await import('../../src/budget/config.ts');
  const { evaluate, overallStatus } = await import('../../src/budget/evaluate.ts');
  const { head } = nodeAppPair();
  const old = JSON.stringify({ ...head, schemaVersion: 0 });
  for (const text of [old, '{"schemaVersion": 1, "layers": 3}', 'not json {']) {
    assert.throws(() => fromJson(text, 'baseline report'), (err: unknown) => err instanceof InputError && /baseline report/.test(err.message));
  }
  // the check goes on without a baseline: absolute budgets apply, growth is skipped
  const config = parseConfig('budgets:\n  total: 300MB\n  growth: { total: 1MB }\n', 'c.yml');
  const verdicts = evaluate({ report: head, diff: null, config });
  assert.deepEqual(verdicts.map((v) => [v.rule, v.status]), [['total', 'fail'], ['growth.total', 'pass'], ['hints', 'pass']]);
  assert.equal(overallStatus(verdicts), 'fail');
});
