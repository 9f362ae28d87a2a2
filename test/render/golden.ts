/**
 * Golden files for the exact-string renderer tests: `test/render/golden/NAME`. Run the tests with
 * `UPDATE_GOLDEN=1` to rewrite them, then review the diff.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const DIR = new URL('./golden/', import.meta.url);

/** Asserts that `actual` equals the golden file `name` (or writes it under UPDATE_GOLDEN=1). */
export function assertGolden(name: string, actual: string): void {
  const url = new URL(name, DIR);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(url)) {
    writeFileSync(url, actual);
    if (process.env.UPDATE_GOLDEN !== '1') assert.fail(`golden file ${name} was missing and has been written; review it and run again`);
    return;
  }
  assert.equal(actual, readFileSync(url, 'utf8'), `golden ${name}`);
}
