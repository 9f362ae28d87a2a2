import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatBytes, formatCount, formatDelta, formatPercentDelta, formatRatio } from '../../src/render/format.ts';
import { formatBytes as hintBytes } from '../../src/hints/util.ts';

test('formatBytes: SI with one decimal above 1 kB', () => {
  const cases: Array<[number, string]> = [
    [0, '0 B'],
    [999, '999 B'],
    [1000, '1.0 kB'],
    [1049, '1.0 kB'],
    [568_200_000, '568.2 MB'],
    [999_960, '1.0 MB'],
    [999_949, '999.9 kB'],
    [1_234_567_890, '1.2 GB'],
    [5e12, '5.0 TB'],
    [-2000, '-2.0 kB'],
    [150_000_000, '150.0 MB'],
    [843_300, '843.3 kB'],
    [999.6, '1.0 kB'],
  ];
  for (const [n, s] of cases) assert.equal(formatBytes(n), s, String(n));
});

test('formatBytes: one formatter for every output (the hint titles use the same one)', () => {
  // before, hint titles said "150 MB" and "843 kB" where the comment said "150.0 MB" and "843.3 kB"
  assert.equal(hintBytes, formatBytes);
});

test('formatDelta and formatPercentDelta', () => {
  assert.equal(formatDelta(34_100_000), '+34.1 MB');
  assert.equal(formatDelta(-2000), '−2.0 kB');
  assert.equal(formatDelta(0), '±0 B');
  assert.equal(formatPercentDelta(100, 112.3), '+12.3%');
  assert.equal(formatPercentDelta(100, 96), '−4.0%');
  assert.equal(formatPercentDelta(100, 100), '±0.0%');
  assert.equal(formatPercentDelta(0, 5), 'new');
  assert.equal(formatPercentDelta(0, 0), '±0.0%');
  assert.equal(formatRatio(0.97873), '97.9%');
  assert.equal(formatCount(36012), '36,012');
  assert.equal(formatCount(1_000_000), '1,000,000');
});
