/**
 * buildOutcome: the one place that attaches hints, provenance, redaction, diff, waiver, verdicts and status.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig, parseConfig } from '../../src/budget/config.ts';
import { buildOutcome, decideWaiver, rankHints } from '../../src/core/outcome.ts';
import type { AnalyzeRequest } from '../../src/core/request.ts';
import type { Hint, Report } from '../../src/report/types.ts';
import { makeReport } from '../github/harness.ts';
import { GHP } from './images.ts';

function hint(rule: string, severity: Hint['severity'], savingsBytes: number): Hint {
  return { rule, severity, title: rule, layer: null, instruction: null, evidence: [], advice: 'a', savingsBytes, overlaps: false };
}

function outcomeOf(report: Report, request: Partial<AnalyzeRequest> = {}) {
  return buildOutcome({ source: { report }, ...request }, { report, hints: report.hints, analysis: null });
}

test('hints are ranked by severity, then bytes saved: a 0-byte secret comes first', () => {
  const ranked = rankHints([hint('docs', 'info', 9_000_000), hint('apt', 'warning', 1_000_000), hint('secrets', 'error', 0), hint('cache', 'warning', 5_000_000), hint('secrets', 'error', 10)]);
  assert.deepEqual(ranked.map((h) => `${h.rule}:${h.savingsBytes}`), ['secrets:10', 'secrets:0', 'cache:5000000', 'apt:1000000', 'docs:9000000']);
  const r = makeReport(10);
  r.hints = [hint('apt', 'warning', 1_000_000), hint('secrets', 'error', 0)];
  assert.equal(outcomeOf(r).report.hints[0]!.rule, 'secrets');
});

test('status: no-baseline, fail, warn, pass — computed once', () => {
  const r = makeReport(1000);
  assert.equal(outcomeOf(r).status, 'no-baseline');
  assert.equal(outcomeOf(r, { baseline: makeReport(900) }).status, 'pass');
  const over = { config: parseConfig('budgets:\n  total: 500B\n', 'c.yml') };
  const fail = outcomeOf(r, over);
  assert.equal(fail.status, 'fail', 'a failing budget wins over no-baseline');
  assert.equal(fail.verdictStatus, 'fail');
  const warn = outcomeOf(r, { config: parseConfig('budgets:\n  total: { max: 500B, level: warn }\n', 'c.yml'), baseline: makeReport(900) });
  assert.equal(warn.status, 'warn');
  const warnNoBase = outcomeOf(r, { config: parseConfig('budgets:\n  total: { max: 500B, level: warn }\n', 'c.yml'), baselineNote: 'no artifact' });
  assert.equal(warnNoBase.status, 'no-baseline');
  assert.equal(warnNoBase.verdictStatus, 'warn');
  assert.equal(warnNoBase.baselineNote, 'no artifact');
});

test('with no config, an error hint fails (budgets.hints defaults to error); hints: off and a waiver do not', () => {
  const r = makeReport(10);
  r.hints = [hint('secrets', 'error', 0)];
  const o = outcomeOf(r);
  assert.equal(o.status, 'fail');
  assert.deepEqual(o.verdicts.map((v) => [v.rule, v.status]), [['hints', 'fail']]);
  assert.equal(outcomeOf(r, { config: parseConfig('budgets:\n  hints: off\n', 'c.yml') }).status, 'no-baseline');
  assert.equal(outcomeOf(r, { config: parseConfig('hints:\n  rules: { secrets: warning }\n', 'c.yml') }).status, 'no-baseline');
  const waived = outcomeOf(r, { waiver: { labels: ['layer-budget-waiver'] }, baseline: makeReport(10) });
  assert.equal(waived.status, 'warn');
  assert.deepEqual(waived.waiver, { waived: true, label: 'layer-budget-waiver' });
});

test('waiver: the config label, the request label, --waived, or disabled', () => {
  const config = parseConfig('waiver: { label: size-ok }\n', 'c.yml');
  assert.deepEqual(decideWaiver({ labels: ['size-ok'] }, config), { waived: true, label: 'size-ok' });
  assert.deepEqual(decideWaiver({ labels: ['ok'], label: 'ok' }, config), { waived: true, label: 'ok' });
  assert.deepEqual(decideWaiver({ labels: ['layer-budget-waiver'] }, config), { waived: false, label: null });
  assert.deepEqual(decideWaiver({ labels: ['size-ok'], disabled: true }, config), { waived: false, label: null });
  assert.deepEqual(decideWaiver({ force: true }, config), { waived: true, label: null });
  assert.deepEqual(decideWaiver(undefined, defaultConfig()), { waived: false, label: null });
});

test('provenance, redaction and the diff are attached in one flow; the inputs are not mutated', () => {
  const r = makeReport(1000);
  r.layers[0]!.instruction = `RUN GITHUB_TOKEN=${GHP} make`;
  const base = makeReport(900, { commitSha: 'a'.repeat(40) });
  base.layers[0]!.instruction = `RUN GITHUB_TOKEN=${GHP} make`;
  const before = JSON.stringify([r, base]);
  const o = buildOutcome(
    { source: 'x', key: 'web', baseline: base, provenance: { commitSha: 'b'.repeat(40), ref: 'refs/pull/1/merge', runId: 7 }, summaryUrl: 'https://x/runs/7' },
    { report: r, hints: [hint('secrets', 'error', 0)], analysis: null },
  );
  assert.equal(JSON.stringify([r, base]), before);
  assert.deepEqual(o.report.provenance, { key: 'web', commitSha: 'b'.repeat(40), ref: 'refs/pull/1/merge', runId: 7 });
  assert.equal(o.report.layers[0]!.instruction, 'RUN GITHUB_TOKEN=*** make');
  assert.equal(o.baseline!.layers[0]!.instruction, 'RUN GITHUB_TOKEN=*** make');
  assert.equal(o.redactions, 2);
  assert.equal(o.diff!.totals.totalBytes.delta, 100);
  assert.equal(o.report.verdicts, o.verdicts);
  assert.equal(o.key, 'web');
  assert.equal(o.summaryUrl, 'https://x/runs/7');
  // a report made earlier keeps its provenance and key unless the request says otherwise
  const artifact = makeReport(5, { commitSha: 'c'.repeat(40), key: 'api' });
  const again = outcomeOf(artifact);
  assert.equal(again.report.provenance?.commitSha, 'c'.repeat(40));
  assert.equal(again.key, 'api');
});
