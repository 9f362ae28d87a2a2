import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkResultJson, diffResultJson, toCheckResult, toDiffResult } from '../../src/render/json.ts';
import { diffReports } from '../../src/report/diff.ts';
import { nodeAppPair } from './fixtures.ts';

test('check and diff JSON envelopes are versioned', () => {
  const { base, head } = nodeAppPair();
  const diff = diffReports(base, head);
  const check = toCheckResult({ report: head, diff, verdicts: [], status: 'pass' });
  assert.deepEqual(Object.keys(check), ['kind', 'version', 'status', 'failed', 'baselineMissing', 'verdicts', 'diff', 'report']);
  assert.equal(check.kind, 'layer-budget/check');
  assert.equal(check.version, 1);
  assert.equal(check.failed, false);
  assert.deepEqual(JSON.parse(checkResultJson({ report: head, diff, verdicts: [], status: 'fail', baselineMissing: 'x' })).failed, true);
  const d = toDiffResult(base, head, diff);
  assert.deepEqual(d.base, { reference: 'docker-archive:app.tar', names: ['example/app:latest'], configDigest: 'sha256:config', commitSha: '0123456789abcdef0123456789abcdef01234567' });
  assert.equal(JSON.parse(diffResultJson(base, head, diff)).diff.totals.totalBytes.delta, 34_110_000);
});
