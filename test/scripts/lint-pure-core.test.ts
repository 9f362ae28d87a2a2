import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { FILE_LAYERS, LAYERS, layerOf, layerViolations, lintText, PURE_DIRS } from '../../scripts/lint-pure-core.ts';

const root = new URL('../..', import.meta.url).pathname;

test('every folder of src/ has a place in the layer table, and the pure core includes src/core', () => {
  const placed = new Set(LAYERS.flat());
  const folders = readdirSync(join(root, 'src')).filter((n) => statSync(join(root, 'src', n)).isDirectory());
  assert.deepEqual(folders.filter((f) => !placed.has(f)), []);
  assert.ok(PURE_DIRS.includes('src/core'));
  for (const layer of Object.values(FILE_LAYERS)) assert.ok(placed.has(layer));
});

test('layerOf: folders, the errors bottom, single-file overrides', () => {
  assert.equal(layerOf('src/tar/walk.ts'), 'tar');
  assert.equal(layerOf('src/hints/rules/secrets.ts'), 'hints');
  assert.equal(layerOf('src/errors.ts'), 'errors');
  assert.equal(layerOf('src/render/format.ts'), 'report');
  assert.equal(layerOf('src/render/comment.ts'), 'render');
  assert.equal(layerOf('scripts/x.ts'), null);
});

test('layerViolations: up, peer and unplaced imports are reported, one line each; down imports are not', () => {
  assert.deepEqual(layerViolations('src/budget/x.ts', "import { a } from '../report/types.ts';\nimport { b } from '../render/format.ts';\nimport { InputError } from '../errors.ts';\nimport { c } from './y.ts';\n"), []);
  assert.deepEqual(layerViolations('src/tar/x.ts', "// import { no } from '../core/run.ts';\n/** import { no } from '../core/run.ts' */\nimport type { FileEvent } from '../layer/events.ts';\nimport {\n  seek,\n} from '../image/seek.ts';\nconst m = await import('../render/comment.ts');\n"), [
    "src/tar/x.ts:3: tar imports layer ('../layer/events.ts') (type-only): a lower layer may not import a higher one",
    "src/tar/x.ts:6: tar imports image ('../image/seek.ts'): a lower layer may not import a higher one",
    "src/tar/x.ts:7: tar imports render ('../render/comment.ts'): a lower layer may not import a higher one",
  ]);
  assert.deepEqual(layerViolations('src/hints/rules/r.ts', "import type {\n  Limit,\n} from '../../budget/types.ts';\nexport { x } from '../../budget/glob.ts';\n"), [
    "src/hints/rules/r.ts:3: hints imports budget ('../../budget/types.ts') (type-only): a lower layer may not import a higher one",
    "src/hints/rules/r.ts:4: hints imports budget ('../../budget/glob.ts'): a lower layer may not import a higher one",
  ]);
  assert.deepEqual(layerViolations('src/cli/main.ts', "import { run } from '../action/main.ts';\n"), ["src/cli/main.ts:1: cli imports its peer action ('../action/main.ts'): peers may not import each other"]);
  assert.deepEqual(layerViolations('src/render/format.ts', "import { x } from './markdown.ts';\n"), ["src/render/format.ts:1: report imports render ('./markdown.ts'): a lower layer may not import a higher one"]);
  assert.deepEqual(layerViolations('src/plugins/x.ts', ''), ["src/plugins/x.ts:1: folder 'plugins' has no place in the layer table (scripts/lint-pure-core.ts LAYERS)"]);
  assert.deepEqual(layerViolations('src/core/x.ts', "import { y } from '../plugins/y.ts';\n"), ["src/core/x.ts:1: imports '../plugins/y.ts', in folder 'plugins', which has no place in the layer table"]);
});

test('lintText: I/O in the pure core, one line each', () => {
  assert.deepEqual(lintText('src/core/x.ts', "import { readFile } from 'node:fs/promises';\nconst t = Date.now();\n// process.env.X\n"), [
    "src/core/x.ts:1: imports I/O module 'node:fs/promises' in the pure core",
    'src/core/x.ts:2: uses Date.now() in the pure core',
  ]);
});

test('the script prints one line per violation and exits 1; a clean tree exits 0', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lint-'));
  try {
    mkdirSync(join(dir, 'scripts'));
    copyFileSync(join(root, 'scripts/lint-pure-core.ts'), join(dir, 'scripts/lint-pure-core.ts'));
    const write = (p: string, text: string): void => {
      mkdirSync(dirname(join(dir, p)), { recursive: true });
      writeFileSync(join(dir, p), text);
    };
    write('src/errors.ts', 'export class InputError extends Error {}\n');
    write('src/report/types.ts', "import { InputError } from '../errors.ts';\nexport type R = InputError;\n");
    write('src/budget/evaluate.ts', "import type { R } from '../report/types.ts';\nexport type E = R;\n");
    const run = () => spawnSync(process.execPath, [join(dir, 'scripts/lint-pure-core.ts')], { encoding: 'utf8' });
    let r = run();
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /imports point down/);
    write('src/report/diff.ts', "import type { E } from '../budget/evaluate.ts';\nimport { x } from '../core/run.ts';\n");
    write('src/core/run.ts', "import { readFileSync } from 'node:fs';\nexport const x = 1;\n");
    r = run();
    assert.equal(r.status, 1);
    assert.deepEqual(r.stderr.trim().split('\n'), [
      "src/core/run.ts:1: imports I/O module 'node:fs' in the pure core",
      "src/report/diff.ts:1: report imports budget ('../budget/evaluate.ts') (type-only): a lower layer may not import a higher one",
      "src/report/diff.ts:2: report imports core ('../core/run.ts'): a lower layer may not import a higher one",
      'lint: 1 I/O use(s) in the pure core (src/tar, src/layer, src/analysis, src/core, src/report, src/budget, src/hints, src/render); move them to an adapter',
      'lint: 2 import(s) run up the layers (errors < report < tar < layer < image < analysis < hints < budget < core < render < github < io < cli|action); move the type or the code down',
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
