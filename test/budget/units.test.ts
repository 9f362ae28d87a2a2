import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCount, parsePercent, parseRatio, parseSize, UnitError } from '../../src/budget/units.ts';

test('parseSize: SI, IEC, bare numbers, spaces, case', () => {
  const cases: Array<[string | number, number]> = [
    ['500MB', 500_000_000],
    ['1.2GiB', 1_288_490_189],
    ['800 kB', 800_000],
    ['800KB', 800_000],
    ['800kb', 800_000],
    ['1 KiB', 1024],
    ['2mib', 2 * 1024 * 1024],
    ['1TB', 1e12],
    ['1TiB', 1024 ** 4],
    ['10B', 10],
    ['10 b', 10],
    ['.5MB', 500_000],
    ['123', 123],
    [123, 123],
    [0, 0],
    [' 7 GB ', 7e9],
  ];
  for (const [input, bytes] of cases) assert.equal(parseSize(input), bytes, String(input));
});

test('parseSize: clear errors', () => {
  assert.throws(() => parseSize('500 MBs'), { message: '"500 MBs" is not a size; use e.g. 500MB or 1.2GiB (units: B, kB, MB, GB, TB, KiB, MiB, GiB, TiB)' });
  assert.throws(() => parseSize('-1MB'), UnitError);
  assert.throws(() => parseSize('MB'), UnitError);
  assert.throws(() => parseSize('1.2.3MB'), UnitError);
  assert.throws(() => parseSize(-5), UnitError);
  assert.throws(() => parseSize(Number.NaN), UnitError);
});

test('parsePercent, parseRatio, parseCount', () => {
  assert.equal(parsePercent('10%'), 10);
  assert.equal(parsePercent('2.5 %'), 2.5);
  assert.equal(parsePercent(12), 12);
  assert.throws(() => parsePercent('ten'), { message: '"ten" is not a percent; use e.g. 10%' });
  assert.throws(() => parsePercent('10'), UnitError);
  assert.equal(parseRatio(0.9), 0.9);
  assert.equal(parseRatio('90%'), 0.9);
  assert.equal(parseRatio('0.95'), 0.95);
  assert.throws(() => parseRatio(1.5), { message: '1.5 is not a ratio; use a number from 0 to 1 or a percent such as 90%' });
  assert.equal(parseCount(30), 30);
  assert.equal(parseCount('30'), 30);
  assert.throws(() => parseCount(2.5), UnitError);
  assert.throws(() => parseCount('x'), UnitError);
});
