/**
 * Hostile configs (issue 11, item 6): alias bombs, deep nesting and huge mappings end in one clear InputError
 * line with a hint (exit 2), in bounded time.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig } from '../../src/budget/config.ts';
import { evaluate } from '../../src/budget/evaluate.ts';
import { InputError } from '../../src/errors.ts';
import type { Analysis } from '../../src/analysis/types.ts';
import { layer, report } from '../render/fixtures.ts';

function inputError(text: string): InputError {
  try {
    parseConfig(text, 'c.yml');
  } catch (err) {
    assert.ok(err instanceof InputError, `expected an InputError, got ${String(err)}`);
    return err;
  }
  assert.fail('expected an error');
}

function oneLine(e: InputError): void {
  assert.equal(e.message.includes('\n'), false, e.message);
  assert.ok(e.hint && e.hint.length > 0, 'has a hint');
  assert.doesNotMatch(e.message, /call stack|Excessive alias/i);
}

test('an alias bomb is an InputError with a hint, not "Excessive alias count"', () => {
  let text = 'a: &a ["x","x","x","x","x","x","x","x","x"]\n';
  let prev = 'a';
  for (let i = 0; i < 9; i++) {
    text += `b${i}: &b${i} [${Array(9).fill(`*${prev}`).join(',')}]\n`;
    prev = `b${i}`;
  }
  text += `budgets:\n  total: *${prev}\n`;
  const t0 = performance.now();
  const e = inputError(text);
  oneLine(e);
  assert.match(e.message, /^c\.yml: aliases expand to too many nodes/);
  assert.ok(performance.now() - t0 < 5000);
});

test('deep nesting is one clear line, whether the YAML parser overflows or not', () => {
  for (const text of [`budgets: ${'['.repeat(20000)}${']'.repeat(20000)}\n`, `budgets: ${'['.repeat(100)}${']'.repeat(100)}\n`, Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}k${i}:\n`).join('')]) {
    const e = inputError(text);
    oneLine(e);
    assert.match(e.message, /^c\.yml(:\d+:\d+)?: nested (too deeply to read|deeper than 64 levels)$/);
  }
});

test('duplicate keys are still refused, with their position', () => {
  const e = inputError('budgets:\n  total: 1\n  total: 2\n');
  assert.equal(e.message, 'c.yml:3:3: Map keys must be unique');
});

test('100k path patterns: parsed and evaluated in linear time', () => {
  const n = 100_000;
  const text = `budgets:\n  hints: off\n  paths:\n${Array.from({ length: n }, (_, i) => `    "/app/p${i}/**": 1MB\n`).join('')}`;
  const t0 = performance.now();
  const config = parseConfig(text, 'c.yml');
  const t1 = performance.now();
  assert.equal(config.budgets.paths.length, n);
  const r = report([layer(0, 'RUN x', 100)]);
  const analysis = { report: r, visibleFiles: [{ path: '/app/p7/a.js', sizeBytes: 100, layer: 0, mode: 0o644, uid: 0, gid: 0, inode: 1 }], wasted: [] } as unknown as Analysis;
  const verdicts = evaluate({ report: r, analysis, config });
  const t2 = performance.now();
  assert.equal(verdicts.length, n);
  assert.equal(verdicts[7]!.actual, 100);
  if (process.env.HOSTILE_TIMES) console.log(`parse ${(t1 - t0).toFixed(0)} ms, evaluate ${(t2 - t1).toFixed(0)} ms`);
  // quadratic merging took over 90 s (10k patterns: 14 s); linear is ~2 s on an idle core. The bound allows a
  // heavily shared CI machine.
  assert.ok(t2 - t0 < 60_000, `${(t2 - t0).toFixed(0)} ms`);
});

test('a pattern with an invalid character set is a config error, not a crash in evaluate', () => {
  assert.equal(inputError('budgets:\n  paths:\n    "/a/[z-a]": 1MB\n').message, 'c.yml:3:5: budgets.paths["/a/[z-a]"]: "/a/[z-a]" is not a valid pattern: invalid character set [z-a]');
  assert.equal(inputError('ignore: ["/x/[z-a]"]\n').message, 'c.yml:1:10: ignore[0]: "/x/[z-a]" is not a valid pattern: invalid character set [z-a]');
});
