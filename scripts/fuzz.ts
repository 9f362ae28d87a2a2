/**
 * A long fuzz campaign over hostile input (archives, OCI layouts, configs, baselines; see
 * test/hostile/fuzz-lib.ts). Crashers (exit 3, stack traces, raw control characters, a message without its
 * hint, a slow case) are saved under test/hostile/corpus/ as regression fixtures, which the suite replays.
 *
 * Usage: npm run fuzz -- [--cases N] [--seed S]   (defaults: 1000 cases, seed from the clock)
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { makeCase, runCase, validReport } from '../test/hostile/fuzz-lib.ts';

const { values } = parseArgs({ options: { cases: { type: 'string', default: '1000' }, seed: { type: 'string' } } });
const cases = Number(values.cases);
const seed = values.seed !== undefined ? Number(values.seed) : Date.now() % 1_000_000;
if (!Number.isInteger(cases) || cases < 1 || !Number.isFinite(seed)) {
  console.error('usage: npm run fuzz -- [--cases N] [--seed S]');
  process.exit(2);
}
const corpus = new URL('../test/hostile/corpus/', import.meta.url).pathname;
const baseline = await validReport();
const started = Date.now();
const tally: Record<string, number> = {};
let crashers = 0;
for (let i = 0; i < cases; i++) {
  const c = makeCase(seed, i, baseline);
  const { run, problems } = await runCase(c);
  const key = `${c.kind}:${run.status}`;
  tally[key] = (tally[key] ?? 0) + 1;
  if (problems.length > 0) {
    crashers++;
    const id = createHash('sha256').update(JSON.stringify([c.args, Object.entries(c.files).map(([k, v]) => [k, createHash('sha256').update(v).digest('hex')])])).digest('hex').slice(0, 12);
    const dir = join(corpus, `${c.kind}-${id}`);
    mkdirSync(dir, { recursive: true });
    for (const [rel, bytes] of Object.entries(c.files)) {
      mkdirSync(join(dir, rel, '..'), { recursive: true });
      writeFileSync(join(dir, rel), bytes);
    }
    writeFileSync(join(dir, 'case.json'), JSON.stringify({ seed, index: i, kind: c.kind, args: c.args, problems, stderr: run.stderr.slice(0, 2000) }, null, 2) + '\n');
    console.log(`crasher ${i} (${c.kind}): ${problems.join('; ')} → ${dir}`);
  }
  if ((i + 1) % 100 === 0) console.log(`${i + 1}/${cases} cases, ${crashers} crashers, ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
console.log(`seed ${seed}: ${cases} cases in ${((Date.now() - started) / 1000).toFixed(1)} s, ${crashers} crashers; outcomes ${JSON.stringify(tally)}`);
process.exit(crashers > 0 ? 1 : 0);
