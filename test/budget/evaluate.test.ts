import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Analysis } from '../../src/analysis/types.ts';
import { mergeOverrides, parseConfig } from '../../src/budget/config.ts';
import { evaluate, overallStatus } from '../../src/budget/evaluate.ts';
import { diffReports } from '../../src/report/diff.ts';
import { hint, layer, nodeAppPair, report } from '../render/fixtures.ts';

/** A config; `budgets.hints` (default: error) is turned off unless the YAML sets hints, to keep lists short. */
const cfg = (yaml: string) => (/\bhints:/.test(yaml) ? parseConfig(yaml, 'test.yml') : mergeOverrides(parseConfig(yaml, 'test.yml'), { 'budgets.hints': 'off' }));

/** rule status actual */
function brief(vs: ReturnType<typeof evaluate>): string[] {
  return vs.map((v) => `${v.rule} ${v.status} ${v.actual}`);
}

function analysisOf(r: ReturnType<typeof report>, files: Array<[string, number, number?, string?]>, wasted: Array<[string, number]> = []): Analysis {
  return {
    report: r,
    visibleFiles: files.map(([path, sizeBytes, inode, contentHash], i) => ({ path, sizeBytes, layer: 0, mode: 0o644, uid: 0, gid: 0, inode: inode ?? i + 1, ...(contentHash ? { contentHash } : {}) })),
    wasted: wasted.map(([path, sizeBytes]) => ({ path, sizeBytes, cause: 'overwritten' as const, layer: 0, hiddenBy: 1 })),
  } as unknown as Analysis;
}

test('absolute budgets: messages, levels, order', () => {
  const { head } = nodeAppPair();
  const vs = evaluate({
    report: head,
    config: cfg(`budgets:
  total: 300MB
  compressed: { max: 200MB, level: warn }
  layer: { max: 130MB, level: warn }
  wasted: 1MB
  wastedPercent: 10%
  efficiency: 0.99
  layerCount: 30
`),
  });
  assert.deepEqual(
    vs.map((v) => [v.rule, v.status, v.message]),
    [
      ['total', 'fail', 'total 336.4 MB is over the limit 300.0 MB by 36.4 MB'],
      ['compressed', 'pass', 'compressed size 112.1 MB is within the limit 200.0 MB'],
      ['layer', 'warn', 'largest layer, layer 4 (RUN npm ci), 134.1 MB is over the limit 130.0 MB by 4.1 MB'],
      ['wasted', 'fail', 'wasted 5.0 MB is over the limit 1.0 MB by 4.0 MB'],
      ['wastedPercent', 'pass', 'wasted 1.5% is within the limit 10.0%'],
      ['efficiency', 'fail', 'efficiency 98.5% is below the minimum 99.0%'],
      ['layerCount', 'pass', 'layer count 6 is within the limit 30'],
    ],
  );
  assert.equal(overallStatus(vs), 'fail');
  assert.equal(overallStatus(vs.filter((v) => v.status !== 'fail')), 'warn');
  assert.equal(overallStatus([]), 'pass');
});

test('instruction rules match normalized, keyword-less and raw instructions', () => {
  const { head } = nodeAppPair();
  const vs = evaluate({ report: head, config: cfg('budgets:\n  instructions:\n    "npm ci*": 100MB\n    "RUN apt-get*": 200MB\n    "pip install*": 1MB\n') });
  assert.deepEqual(
    vs.map((v) => [v.rule, v.status, v.message]),
    [
      ['instructions.npm ci*', 'fail', 'layer 4 (RUN npm ci) 134.1 MB is over the limit 100.0 MB by 34.1 MB'],
      ['instructions.RUN apt-get*', 'pass', 'layer 1 (RUN apt-get update && apt-get install -y nodejs) 120.0 MB is within the limit 200.0 MB'],
      ['instructions.pip install*', 'pass', `no layer's instruction matches "pip install*"`],
    ],
  );
});

test('instruction rules see past leading variable assignments', () => {
  const r = report([layer(0, "RUN NODE_EXTRA_CA_CERTS=/run/ca.crt X='a b' npm install --no-audit", 50)]);
  assert.deepEqual(brief(evaluate({ report: r, config: cfg('budgets:\n  instructions: { "npm install*": 10B }\n') })), ['instructions.npm install* fail 50']);
});

test('path rules over the visible tree: ancestors, ignore, hardlinks once', () => {
  const r = report([layer(0, 'x', 1000)]);
  const a = analysisOf(r, [
    ['/app/node_modules/a.js', 40],
    ['/app/node_modules/b.js', 50],
    ['/app/node_modules/link.js', 50, 2],
    ['/app/node_modules/.cache/x', 30],
    ['/app/src/main.js', 5],
  ]);
  const config = cfg('budgets:\n  paths:\n    /app/node_modules/**: 80B\n    /app/node_modules: { max: 200B, level: warn }\n    /app/src/*.js: 5B\nignore: ["**/.cache/**"]\n');
  const vs = evaluate({ report: r, analysis: a, config });
  assert.deepEqual(brief(vs), ['paths./app/node_modules/** fail 90', 'paths./app/node_modules pass 90', 'paths./app/src/*.js pass 5']);
});

test('path rules from a saved report are approximated from directory sizes, and say so', () => {
  const { head } = nodeAppPair();
  const vs = evaluate({ report: head, config: cfg('budgets:\n  paths:\n    /app/node_modules/**: 100MB\n    /usr/lib/x86_64-linux-gnu/**: 1MB\n    /opt/**: 1MB\n') });
  assert.deepEqual(
    vs.map((v) => [v.status, v.actual, v.message]),
    [
      ['fail', 134_100_000, '/app/node_modules/** 134.1 MB is over the limit 100.0 MB by 34.1 MB; approximated from directory sizes (depth 2)'],
      ['pass', 0, '/usr/lib/x86_64-linux-gnu/**: not measurable from a saved report: directory sizes go to depth 2'],
      ['pass', 0, '/opt/** 0 B is within the limit 1.0 MB; approximated from directory sizes: nothing matches'],
    ],
  );
});

test('waste rules leave out ignored paths (analysis, and approximated from a report)', () => {
  const r = report([layer(0, 'x', 1000), layer(1, 'y', 1000)], {}, 300);
  r.waste.topPaths = [
    { path: '/var/cache/apt/a.bin', sizeBytes: 200, cause: 'deleted-file', layer: 0, hiddenBy: 1 },
    { path: '/app/x', sizeBytes: 100, cause: 'overwritten', layer: 0, hiddenBy: 1 },
  ];
  const config = cfg('budgets:\n  wasted: 150B\n  wastedPercent: 5%\n  efficiency: 0.96\nignore: [/var/cache/**]\n');
  const withAnalysis = evaluate({ report: r, analysis: analysisOf(r, [], [['/var/cache/apt/a.bin', 200], ['/app/x', 100]]), config });
  assert.deepEqual(brief(withAnalysis), ['wasted pass 100', 'wastedPercent pass 5', 'efficiency pass 0.95'].map((s, i) => (i === 2 ? 'efficiency fail 0.95' : s)));
  assert.equal(withAnalysis[0]!.message, 'wasted 100 B is within the limit 150 B; ignored paths left out');
  const fromReport = evaluate({ report: r, config });
  assert.deepEqual(brief(fromReport), brief(withAnalysis));
});

test('growth rules: evaluated against the diff; skipped (pass) without a baseline', () => {
  const { base, head } = nodeAppPair();
  const config = cfg('budgets:\n  growth: { total: 10MB, totalPercent: 20%, layer: { max: 30MB, level: warn }, layerPercent: 50% }\n');
  const diff = diffReports(base, head);
  const vs = evaluate({ report: head, diff, config });
  assert.deepEqual(
    vs.map((v) => [v.rule, v.status, v.message]),
    [
      ['growth.total', 'fail', 'growth +34.1 MB is over the limit 10.0 MB by 24.1 MB'],
      ['growth.totalPercent', 'pass', 'growth +11.3% is within the limit 20.0%'],
      ['growth.layer', 'warn', 'largest layer growth, layer 4 (RUN npm ci) (changed), +34.1 MB is over the limit 30.0 MB by 4.1 MB'],
      ['growth.layerPercent', 'pass', 'largest layer growth, layer 4 (RUN npm ci) (changed), +34.1% is within the limit 50.0%'],
    ],
  );
  const none = evaluate({ report: head, diff: null, config });
  assert.deepEqual(
    none.map((v) => [v.rule, v.status, v.message]),
    ['growth.total', 'growth.totalPercent', 'growth.layer', 'growth.layerPercent'].map((r) => [r, 'pass', 'no baseline; growth rules not evaluated']),
  );
  assert.equal(overallStatus(none), 'pass');
});

test('duplicates: report figure, ignore recomputed from hashes, not hashed', () => {
  const r = report([layer(0, 'x', 1000)]);
  r.duplicates = { hashed: true, groupCount: 1, reclaimableBytes: 200, groups: [{ contentHash: 'h', sizeBytes: 100, paths: ['/a/1', '/a/2', '/tmp/3'], reclaimableBytes: 200 }], groupsOmitted: 0 };
  assert.deepEqual(brief(evaluate({ report: r, config: cfg('budgets:\n  duplicates: 150B\n') })), ['duplicates fail 200']);
  const ign = cfg('budgets:\n  duplicates: 150B\nignore: [/tmp/**]\n');
  assert.deepEqual(brief(evaluate({ report: r, config: ign })), ['duplicates pass 100']);
  const a = analysisOf(r, [['/a/1', 100, 1, 'h'], ['/a/2', 100, 2, 'h'], ['/a/hl', 100, 2, 'h'], ['/tmp/3', 100, 3, 'h']]);
  assert.deepEqual(brief(evaluate({ report: r, analysis: a, config: ign })), ['duplicates pass 100']);
  r.duplicates.hashed = false;
  assert.deepEqual(
    evaluate({ report: r, config: ign }).map((v) => [v.status, v.message]),
    [['pass', 'duplicates not measured: file contents were not hashed']],
  );
});

test('hints: failOn / warnOn over severities, with hints.rules re-levels', () => {
  const r = report([layer(0, 'x', 1)], { hints: [hint('secrets', 'error', 1), hint('apt-leftovers', 'warning', 1), hint('docs-and-locales', 'info', 1)] });
  assert.deepEqual(evaluate({ report: r, config: cfg('budgets:\n  hints: error\n') }).map((v) => [v.status, v.actual, v.message]), [['fail', 1, '1 hint at or above error']]);
  assert.deepEqual(evaluate({ report: r, config: cfg('budgets:\n  hints: error\nhints:\n  rules: { secrets: warning }\n') }).map((v) => v.status), ['pass']);
  assert.deepEqual(
    evaluate({ report: r, config: cfg('budgets:\n  hints: { failOn: error, warnOn: info }\nhints:\n  rules: { secrets: off }\n') }).map((v) => [v.status, v.message]),
    [['warn', '2 hints at or above info']],
  );
});

test('a waiver turns fails into warns, marked waived', () => {
  const { head } = nodeAppPair();
  const vs = evaluate({ report: head, config: cfg('budgets:\n  total: 300MB\n  layerCount: 1\n  wasted: 1GB\n'), waived: true });
  assert.deepEqual(
    vs.map((v) => [v.rule, v.status, v.waived, v.message]),
    [
      ['total', 'warn', true, 'total 336.4 MB is over the limit 300.0 MB by 36.4 MB (waived)'],
      ['layerCount', 'warn', true, 'layer count 6 is over the limit 1 (waived)'],
      ['wasted', 'pass', false, 'wasted 5.0 MB is within the limit 1.0 GB'],
    ].sort((a, b) => ['total', 'wasted', 'layerCount'].indexOf(a[0] as string) - ['total', 'wasted', 'layerCount'].indexOf(b[0] as string)),
  );
  assert.equal(overallStatus(vs), 'warn');
});

test('no budgets configured: only hints, which default to error', () => {
  assert.deepEqual(evaluate({ report: nodeAppPair().head, config: cfg('') }), []);
  assert.deepEqual(
    evaluate({ report: nodeAppPair().head, config: parseConfig('', 'test.yml') }).map((v) => [v.rule, v.status, v.message]),
    [['hints', 'pass', 'no hints at or above error']],
  );
  const secret = report([layer(0, 'x', 1)], { hints: [hint('secrets', 'error', 0)] });
  assert.deepEqual(
    evaluate({ report: secret, config: parseConfig('', 'test.yml') }).map((v) => [v.rule, v.status, v.message]),
    [['hints', 'fail', '1 hint at or above error']],
  );
  assert.deepEqual(evaluate({ report: secret, config: parseConfig('budgets:\n  hints: off\n', 'test.yml') }), []);
  assert.deepEqual(evaluate({ report: secret, config: parseConfig('', 'test.yml'), waived: true }).map((v) => [v.status, v.waived]), [['warn', true]]);
});
