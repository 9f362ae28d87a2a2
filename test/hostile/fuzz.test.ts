/**
 * Keeps hostile input from coming back: a fixed-seed fuzz campaign (mutated archives, layouts, configs and
 * baselines; see fuzz-lib.ts), bounded in time, and a replay of every saved crasher in test/hostile/corpus/.
 * Every case must end in exit 0/1, or exit 2 with one message line and one `hint:` line; never exit 3, a stack
 * trace or a raw control character. Long campaigns: `npm run fuzz -- --cases N`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeCase, problems, runCase, validReport } from './fuzz-lib.ts';
import { runInProcess } from './cli.ts';

const SEED = 20261201;
const CASES = 300;

test(`fuzz: ${CASES} mutated archives, layouts, configs and baselines (seed ${SEED}) give exit 0/1 or exit 2 with a hint`, async (t) => {
  const baseline = await validReport();
  const started = Date.now();
  const failures: string[] = [];
  const tally: Record<string, number> = {};
  for (let i = 0; i < CASES; i++) {
    const c = makeCase(SEED, i, baseline);
    const { run, problems: p } = await runCase(c);
    tally[`${c.kind}:${run.status}`] = (tally[`${c.kind}:${run.status}`] ?? 0) + 1;
    if (p.length > 0) failures.push(`case ${i} (${c.kind} ${c.args.join(' ')}): ${p.join('; ')}`);
  }
  t.diagnostic(`outcomes ${JSON.stringify(tally)} in ${Date.now() - started} ms`);
  assert.deepEqual(failures, []);
  assert.ok(Date.now() - started < 60_000, 'the campaign is bounded in time');
  // the campaign reaches every kind, and both success and bad input
  for (const kind of ['archive', 'layout', 'config', 'baseline']) assert.ok((tally[`${kind}:2`] ?? 0) > 0, `${kind} cases reach exit 2`);
  assert.ok(Object.entries(tally).some(([k, n]) => k.endsWith(':0') && n > 0), 'some cases still analyze');
});

test('fuzz corpus: every saved crasher is now exit 0/1 or exit 2 with a hint', async () => {
  const corpus = new URL('./corpus/', import.meta.url).pathname;
  const dirs = existsSync(corpus) ? readdirSync(corpus).filter((d) => existsSync(join(corpus, d, 'case.json'))) : [];
  assert.ok(dirs.length > 0, 'the corpus holds regression fixtures');
  const failures: string[] = [];
  for (const d of dirs) {
    const c = JSON.parse(readFileSync(join(corpus, d, 'case.json'), 'utf8')) as { args: string[] };
    const run = await runInProcess(c.args.map((a) => a.replaceAll('$DIR', join(corpus, d))));
    const p = problems(run);
    if (p.length > 0) failures.push(`${d}: ${p.join('; ')}`);
  }
  assert.deepEqual(failures, []);
});
