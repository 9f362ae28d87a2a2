import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mermaidLabel, renderLayerChart } from '../../src/render/chart.ts';
import { diffReports } from '../../src/report/diff.ts';
import { layer, report } from './fixtures.ts';

test('chart: bars now, line baseline, removed layers in parentheses', () => {
  const base = report([layer(0, 'a', 2_000_000, { diffId: 'a' }), layer(1, 'b', 1_000_000, { diffId: 'b' })]);
  const head = report([layer(0, 'a', 2_000_000, { diffId: 'a' }), layer(1, 'c', 3_500_000, { diffId: 'c' })]);
  assert.equal(
    renderLayerChart(head, diffReports(base, head)),
    ['```mermaid', 'xychart-beta', '    title "Layer sizes in MB: bars now, line baseline"', '    x-axis "layer" ["0", "(1)", "1"]', '    y-axis "MB"', '    bar [2, 0, 3.5]', '    line [2, 1, 0]', '```'].join('\n'),
  );
  assert.equal(renderLayerChart(report([]), null), null);
});

test('chart: labels are sanitized', () => {
  assert.equal(mermaidLabel('a"b]`<c>#1;'), 'a_b___c__1_');
  assert.equal(mermaidLabel('x'.repeat(40)).length, 20);
});
