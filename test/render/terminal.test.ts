import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig } from '../../src/budget/config.ts';
import { evaluate, overallStatus } from '../../src/budget/evaluate.ts';
import { renderCheckTerminal, renderDiffTerminal, renderTerminal } from '../../src/render/terminal.ts';
import { diffReports } from '../../src/report/diff.ts';
import { layer, nodeAppPair, report } from './fixtures.ts';
import { assertGolden } from './golden.ts';

function detailed() {
  const { base, head } = nodeAppPair();
  head.layers[4]!.wastedBytes = 5_000_000;
  head.layers[4]!.hiddenBy = [{ layer: 5, bytes: 5_000_000 }];
  head.waste.topPaths = [{ path: '/root/.npm/_cacache/x', sizeBytes: 5_000_000, cause: 'overwritten', layer: 4, hiddenBy: 5 }];
  head.duplicates = { hashed: true, groupCount: 1, reclaimableBytes: 1_000_000, groups: [{ contentHash: 'ab', sizeBytes: 1_000_000, paths: ['/a', '/b'], reclaimableBytes: 1_000_000 }], groupsOmitted: 0 };
  head.waste.deletedPaths = [{ path: '/tmp/build', sizeBytes: 2_000_000, layer: 5, kind: 'dir' }];
  return { base, head };
}

test('analyze: plain text', () => {
  assertGolden('analyze.txt', renderTerminal(detailed().head, { color: false, width: 100 }));
});

test('analyze: colors only when asked', () => {
  const { head } = detailed();
  assert.doesNotMatch(renderTerminal(head, { color: false }), /\x1b/);
  const colored = renderTerminal(head, { color: true });
  assert.match(colored, /\x1b\[1mLayers\x1b\[0m/);
  assert.equal(colored.replace(/\x1b\[\d+m/g, ''), renderTerminal(head, { color: false }));
});

test('analyze: control characters from the image never reach the terminal', () => {
  const r = report([layer(0, 'RUN echo \x1b[2J\x1b]0;pwned\x07 \r\nx', 10)]);
  r.waste.topPaths = [{ path: '/evil\x1b[31m\nname', sizeBytes: 5, cause: 'deleted-file', layer: 0, hiddenBy: 1 }];
  const out = renderTerminal(r, { color: false });
  assert.doesNotMatch(out, /[\x00-\x08\x0b-\x1f\x7f]/);
  assert.match(out, /RUN echo ␛\[2J␛\]0;pwned␇ ␍␤x/);
  assert.match(out, /\/evil␛\[31m␤name/);
  // and in color mode the only escapes are ours
  const colored = renderTerminal(r, { color: true });
  assert.doesNotMatch(colored.replace(/\x1b\[\d+m/g, ''), /\x1b/);
});

test('analyze: long instructions are cut to the width', () => {
  const r = report([layer(0, `RUN ${'x'.repeat(300)}`, 10)]);
  for (const line of renderTerminal(r, { width: 80 }).split('\n')) assert.ok(Array.from(line).length <= 100, line);
});

test('check and diff: plain text', () => {
  const { base, head } = detailed();
  const diff = diffReports(base, head);
  const config = parseConfig('budgets:\n  total: 300MB\n  growth: { total: 10MB }\n  layerCount: 30\n', 'c.yml');
  const verdicts = evaluate({ report: head, diff, config });
  assertGolden('check.txt', renderCheckTerminal({ report: head, diff, verdicts, status: overallStatus(verdicts), baselineMissing: null }, { width: 100 }));
  const none = evaluate({ report: head, diff: null, config });
  assertGolden('check-no-baseline.txt', renderCheckTerminal({ report: head, diff: null, verdicts: none, status: overallStatus(none), baselineMissing: 'no artifact for main' }, { width: 100 }));
  assertGolden('diff.txt', renderDiffTerminal(base, head, diff, { width: 100 }));
});
