/**
 * The one test command (`npm test`): typecheck, pure-core lint, dist freshness, the test bed (built or reused
 * from cache), then every test file under test/ with Node's test runner. Exit status is non-zero when any step
 * fails.
 *
 * Environment:
 *   CI=true                    a test bed that cannot be built is a failure (locally: a loud warning, and the
 *                              bed-dependent tests skip)
 *   LAYER_BUDGET_SKIP_BED=1    do not (re)build the test bed (local use only; ignored under CI)
 *   LAYER_BUDGET_CACHE=DIR     where the bed and bench fixtures are cached (default: ~/.cache/layer-budget)
 *
 * Usage: node scripts/test.ts [test files or globs…]
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const ci = process.env.CI === 'true' || process.env.CI === '1';
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(`test: Node ${process.versions.node} is running; layer-budget needs Node 24 (run through npm so node_modules/.bin/node is used)`);
  process.exit(2);
}

interface Step {
  name: string;
  cmd: string;
  args: string[];
  /** a failure here is only a warning (default: false) */
  soft?: boolean;
}

function run(step: Step): boolean {
  const started = performance.now();
  console.log(`\n=== ${step.name}`);
  const r = spawnSync(step.cmd, step.args, { cwd: root, stdio: 'inherit', env: process.env });
  const secs = ((performance.now() - started) / 1000).toFixed(1);
  const ok = r.status === 0;
  console.log(`=== ${step.name}: ${ok ? 'ok' : `FAILED (exit ${r.status ?? r.signal})`} in ${secs}s`);
  return ok;
}

const node = process.execPath;
const files = process.argv.slice(2);
const failed: string[] = [];
const steps: Step[] = [
  { name: 'typecheck', cmd: join(root, 'node_modules/.bin/tsc'), args: ['--noEmit', '-p', 'tsconfig.json'] },
  { name: 'lint (pure core does no I/O)', cmd: node, args: ['scripts/lint-pure-core.ts'] },
  { name: 'dist/ is fresh', cmd: node, args: ['scripts/check-dist.ts'] },
];
for (const s of steps) if (!run(s)) failed.push(s.name);

const skipBed = !ci && process.env.LAYER_BUDGET_SKIP_BED === '1';
if (!skipBed && existsSync(join(root, 'test/images/build.sh'))) {
  if (!run({ name: 'test bed (buildah images, cached)', cmd: 'bash', args: ['test/images/build.sh'] })) {
    if (ci) failed.push('test bed');
    else console.error('\n!!! test bed could not be built: tests that need it will SKIP locally (under CI=true they fail) !!!\n');
  }
}

const testArgs = ['--test', '--test-concurrency=2', '--test-reporter=spec', ...(files.length ? files : ['test/**/*.test.ts'])];
if (!run({ name: 'tests', cmd: node, args: testArgs })) failed.push('tests');

if (failed.length) {
  console.error(`\ntest: FAILED: ${failed.join(', ')}`);
  process.exit(1);
}
console.log('\ntest: all steps passed');
