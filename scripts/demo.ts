/**
 * `npm run demo`: analyzes a bundled example image with the built CLI (dist/cli.js), then checks the "after"
 * image against budgets and the "before" report, prints the diff, and writes the explorer page. Needs no container engine: the example
 * images are written by scripts/demo-image.ts into a temp folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeDemoImage } from './demo-image.ts';

const root = new URL('..', import.meta.url).pathname;
const dir = join(tmpdir(), 'layer-budget-demo');
mkdirSync(dir, { recursive: true });
const before = join(dir, 'app-before.tar');
const after = join(dir, 'app-after.tar');
writeDemoImage(before, 'before');
writeDemoImage(after, 'after');

function cli(title: string, args: string[]): number {
  console.log(`\n$ layer-budget ${args.join(' ')}    # ${title}\n`);
  const r = spawnSync(process.execPath, [join(root, 'dist/cli.js'), ...args], { stdio: 'inherit', cwd: root });
  return r.status ?? 3;
}

const baseline = join(dir, 'before.json');
let bad = 0;
if (cli('analyze the example image', ['analyze', `docker-archive:${before}`, '--output', baseline]) !== 0) bad++;
const status = cli('gate the grown image on budgets and the baseline', [
  'check',
  `docker-archive:${after}`,
  '--config',
  join(root, 'examples/layer-budget.yml'),
  '--baseline',
  baseline,
]);
console.log(`\n(exit status ${status}: ${status === 1 ? 'a budget failed, as this demo intends' : status === 0 ? 'all budgets passed' : 'error'})`);
if (status !== 1) bad++;
if (cli('what changed, layer by layer', ['diff', baseline, `docker-archive:${after}`]) !== 0) bad++;
const page = join(dir, 'layer-budget-explorer.html');
if (cli('the explorer: one HTML page to open in a browser', ['explore', `docker-archive:${after}`, '--baseline', baseline, '--output', page]) !== 0) bad++;
else console.log(`open file://${page} in a browser`);
process.exitCode = bad ? 1 : 0;
