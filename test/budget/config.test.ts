import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { defaultConfig, mergeOverrides, parseConfig, parseDiveCi } from '../../src/budget/config.ts';
import { CONFIG_SPEC, HINTS_BUDGET_KEYS, ruleKeys } from '../../src/budget/spec.ts';
import type { Spec } from '../../src/budget/spec.ts';
import { InputError } from '../../src/errors.ts';

const FILE = '.github/layer-budget.yml';

const FULL = `budgets:
  total: 500MB            # uncompressed
  compressed: { max: 200MB, level: warn }
  layer: 150MB
  instructions: { "npm ci*": 150MB }
  paths: { "/app/node_modules/**": 80MB }
  wasted: 20MB
  wastedPercent: 10%
  efficiency: 0.9
  layerCount: 30
  growth: { total: 10MB, totalPercent: 5%, layer: 20MB, layerPercent: { max: 50%, level: warn } }
  duplicates: 10MB
  hints: error
ignore: ["/var/cache/**"]
waiver: { label: size-waiver }
comment: { topHints: 3, topDirectories: 5, collapseUnchanged: false, chart: false }
hints:
  rules: { apt-leftovers: off, package-caches: error }
`;

test('parseConfig: the full example', () => {
  const c = parseConfig(FULL, FILE);
  assert.deepEqual(c, {
    source: { kind: 'file', fileName: FILE },
    budgets: {
      total: { value: 500_000_000, level: 'fail' },
      compressed: { value: 200_000_000, level: 'warn' },
      layer: { value: 150_000_000, level: 'fail' },
      instructions: [{ pattern: 'npm ci*', value: 150_000_000, level: 'fail' }],
      paths: [{ pattern: '/app/node_modules/**', value: 80_000_000, level: 'fail' }],
      wasted: { value: 20_000_000, level: 'fail' },
      wastedPercent: { value: 10, level: 'fail' },
      efficiency: { value: 0.9, level: 'fail' },
      layerCount: { value: 30, level: 'fail' },
      growth: {
        total: { value: 10_000_000, level: 'fail' },
        totalPercent: { value: 5, level: 'fail' },
        layer: { value: 20_000_000, level: 'fail' },
        layerPercent: { value: 50, level: 'warn' },
      },
      duplicates: { value: 10_000_000, level: 'fail' },
      hints: { failOn: 'error', warnOn: null },
    },
    ignore: ['/var/cache/**'],
    waiver: { label: 'size-waiver' },
    comment: { topHints: 3, topDirectories: 5, collapseUnchanged: false, chart: false },
    hints: { rules: { 'apt-leftovers': 'off', 'package-caches': 'error' } },
  });
});

test('parseConfig: empty file and empty sections give the defaults', () => {
  const d = { ...defaultConfig(), source: { kind: 'file' as const, fileName: FILE } };
  assert.deepEqual(parseConfig('', FILE), d);
  assert.deepEqual(parseConfig('# nothing\n', FILE), d);
  assert.deepEqual(parseConfig('budgets:\nignore:\n', FILE), d);
  assert.equal(defaultConfig().waiver.label, 'layer-budget-waiver');
});

function errorOf(text: string): string {
  try {
    parseConfig(text, FILE);
  } catch (err) {
    assert.ok(err instanceof InputError);
    return err.message;
  }
  assert.fail('expected an error');
}

test('parseConfig: errors name file, line, column, key path, value and what is allowed', () => {
  assert.equal(errorOf('budgets:\n  total: 500MB\n  totl: 1\n'), `${FILE}:3:3: budgets.totl: unknown key; did you mean "total"?`);
  assert.equal(errorOf('budgets:\n  total: 500 MBs\n'), `${FILE}:2:10: budgets.total: "500 MBs" is not a size; use e.g. 500MB or 1.2GiB (units: B, kB, MB, GB, TB, KiB, MiB, GiB, TiB)`);
  assert.equal(errorOf('budget:\n  total: 1\n'), `${FILE}:1:1: budget: unknown key; did you mean "budgets"?`);
  assert.equal(errorOf('zzz: 1\n'), `${FILE}:1:1: zzz: unknown key; allowed: budgets, ignore, waiver, comment, hints`);
  assert.equal(errorOf('budgets:\n  total: { max: 1MB, level: fatal }\n'), `${FILE}:2:29: budgets.total.level: "fatal" is not a level; use fail or warn (did you mean "fail"?)`);
  assert.equal(errorOf('budgets:\n  total: { mx: 1MB }\n'), `${FILE}:2:12: budgets.total.mx: unknown key; did you mean "max"?\n${FILE}:2:10: budgets.total: missing "max"; write e.g. { max: 500MB, level: warn }`);
  assert.equal(errorOf('budgets:\n  efficiency: 1.5\n'), `${FILE}:2:15: budgets.efficiency: 1.5 is not a ratio; use a number from 0 to 1 or a percent such as 90%`);
  assert.equal(errorOf('budgets:\n  paths:\n    "/a/**": lots\n'), `${FILE}:3:14: budgets.paths["/a/**"]: "lots" is not a size; use e.g. 500MB or 1.2GiB (units: B, kB, MB, GB, TB, KiB, MiB, GiB, TiB)`);
  assert.equal(errorOf('ignore: /var/cache\n'), `${FILE}:1:9: ignore: expected a list of glob patterns; got "/var/cache"`);
  assert.equal(errorOf('budgets: [1]\n'), `${FILE}:1:10: budgets: expected a mapping of total, compressed, layer, instructions, paths, wasted, wastedPercent, efficiency, layerCount, growth, duplicates, hints; got a list`);
  assert.equal(errorOf('hints:\n  rules: { secrets: loud }\n'), `${FILE}:2:21: hints.rules.secrets: "loud" is not a hint level; use off, info, warning or error`);
  assert.equal(errorOf('comment: { chart: yes }\n'), `${FILE}:1:19: comment.chart: "yes" is not a boolean; use true or false`);
  assert.match(errorOf('budgets:\n  total: 1\n  total: 2\n'), /^\.github\/layer-budget\.yml:3:3: Map keys must be unique/);
  assert.match(errorOf('budgets: [1\n'), /^\.github\/layer-budget\.yml:\d+:\d+: /);
});

test('parseConfig: a percent rule accepts a bare YAML number as percent', () => {
  // a YAML number is taken as percent; only strings must carry the % sign
  assert.deepEqual(parseConfig('budgets:\n  wastedPercent: 10\n', FILE).budgets.wastedPercent, { value: 10, level: 'fail' });
});

test('parseConfig: off disables, hints object form, level on every rule', () => {
  const c = parseConfig('budgets:\n  total: off\n  layer: null\n  hints: { failOn: error, warnOn: info }\n  layerCount: { max: 20, level: warn }\n', FILE);
  assert.equal(c.budgets.total, null);
  assert.equal(c.budgets.layer, null);
  assert.deepEqual(c.budgets.hints, { failOn: 'error', warnOn: 'info' });
  assert.deepEqual(c.budgets.layerCount, { value: 20, level: 'warn' });
});

test('parseDiveCi: maps the three rules; disabled stays off', () => {
  const c = parseDiveCi('rules:\n  lowestEfficiency: 0.95\n  highestWastedBytes: 20MB\n  highestUserWastedPercent: 0.20\n', '.dive-ci');
  assert.equal(c.source.kind, 'dive-ci');
  assert.deepEqual(c.budgets.efficiency, { value: 0.95, level: 'fail' });
  assert.deepEqual(c.budgets.wasted, { value: 20_000_000, level: 'fail' });
  assert.deepEqual(c.budgets.wastedPercent, { value: 20, level: 'fail' });
  const d = parseDiveCi('rules:\n  lowestEfficiency: "0.9"\n  highestWastedBytes: disabled\n', '.dive-ci');
  assert.deepEqual(d.budgets.efficiency, { value: 0.9, level: 'fail' });
  assert.equal(d.budgets.wasted, null);
  assert.throws(() => parseDiveCi('rules:\n  lowestEficiency: 0.9\n', '.dive-ci'), { message: '.dive-ci:2:3: rules.lowestEficiency: unknown key; did you mean "lowestEfficiency"?' });
  assert.throws(() => parseDiveCi('rules:\n  highestWastedBytes: much\n', '.dive-ci'), { message: /^\.dive-ci:2:23: rules\.highestWastedBytes: "much" is not a size/ });
});

test('mergeOverrides: dotted keys, patterns, lists, off, empty skipped, errors', () => {
  const base = parseConfig(FULL, FILE);
  const c = mergeOverrides(base, {
    'budgets.total': '600MB',
    'budgets.compressed': 'off',
    'budgets.paths./app/node_modules/**': '90MB',
    'budgets.paths./opt/**': '1GB',
    'budgets.growth.total': '5MB',
    'budgets.hints': 'warning',
    ignore: '/tmp/**, /var/log/**',
    'waiver.label': 'big-ok',
    'comment.chart': 'true',
    'hints.rules.apt-leftovers': 'warning',
    'budgets.layer': '',
    'budgets.layerCount': undefined,
  });
  assert.deepEqual(c.budgets.total, { value: 600_000_000, level: 'fail' });
  assert.equal(c.budgets.compressed, null);
  assert.deepEqual(c.budgets.paths, [
    { pattern: '/app/node_modules/**', value: 90_000_000, level: 'fail' },
    { pattern: '/opt/**', value: 1e9, level: 'fail' },
  ]);
  assert.deepEqual(c.budgets.growth.total, { value: 5_000_000, level: 'fail' });
  assert.deepEqual(c.budgets.hints, { failOn: 'warning', warnOn: null });
  assert.deepEqual(c.ignore, ['/tmp/**', '/var/log/**']);
  assert.equal(c.waiver.label, 'big-ok');
  assert.equal(c.comment.chart, true);
  assert.equal(c.hints.rules['apt-leftovers'], 'warning');
  assert.deepEqual(c.budgets.layer, base.budgets.layer);
  assert.deepEqual(base.budgets.total, { value: 500_000_000, level: 'fail' }, 'the input config is not modified');
  assert.throws(() => mergeOverrides(base, { 'budgets.totl': '1MB' }), { message: 'action input: budgets.totl: unknown key; did you mean "total"?' });
  assert.throws(() => mergeOverrides(base, { 'budgets.total': '5 MBs' }, 'input budget-total'), { message: /^input budget-total: budgets\.total: "5 MBs" is not a size/ });
});

// --- schema kept in step with the parser -------------------------------------------------------------------

type Json = Record<string, unknown>;
const schema = JSON.parse(readFileSync(new URL('../../schema/layer-budget.config.schema.json', import.meta.url), 'utf8')) as Json;

function objectBranch(node: Json): Json | null {
  if (node.properties || node.additionalProperties) return node;
  for (const alt of (node.oneOf as Json[] | undefined) ?? []) if (alt.type === 'object' || alt.properties) return alt;
  return null;
}

function compare(spec: Spec, node: Json, at: string, problems: string[]): void {
  const keys = (n: Json | null): string[] => Object.keys((n?.properties as Json | undefined) ?? {}).sort();
  switch (spec.kind) {
    case 'object': {
      const want = Object.keys(spec.fields).sort();
      const got = keys(node);
      if (JSON.stringify(want) !== JSON.stringify(got)) problems.push(`${at}: parser ${want.join(',')} vs schema ${got.join(',')}`);
      if (node.additionalProperties !== false) problems.push(`${at}: schema allows unknown keys`);
      for (const k of want) {
        const child = (node.properties as Json | undefined)?.[k] as Json | undefined;
        if (child) compare(spec.fields[k]!, child, `${at}.${k}`, problems);
      }
      return;
    }
    case 'rule': {
      const obj = objectBranch(node);
      const got = keys(obj);
      const want = ruleKeys(spec).sort();
      if (JSON.stringify(want) !== JSON.stringify(got)) problems.push(`${at}: rule keys ${want.join(',')} vs schema ${got.join(',')}`);
      return;
    }
    case 'patterns':
      compare(spec.rule, node.additionalProperties as Json, `${at}.*`, problems);
      return;
    case 'hintsBudget': {
      const got = keys(objectBranch(node));
      if (JSON.stringify([...HINTS_BUDGET_KEYS].sort()) !== JSON.stringify(got)) problems.push(`${at}: hints keys vs schema ${got.join(',')}`);
      return;
    }
    default:
      return;
  }
}

test('schema: every key the parser accepts is in the schema, and vice versa', () => {
  const problems: string[] = [];
  compare(CONFIG_SPEC, schema, '(top)', problems);
  assert.deepEqual(problems, []);
});

test('schema: agrees with the parser on valid and invalid files', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  const valid = [FULL, '', 'budgets:\n  total: 1.2GiB\n  efficiency: 90%\n', 'budgets:\n  hints: { failOn: error }\n', 'budgets:\n  total: off\n', 'budgets:\n  layerCount: "30"\n'];
  const invalid = ['budgets:\n  totl: 1\n', 'budgets:\n  total: 500 MBs\n', 'budgets:\n  total: { max: 1MB, level: fatal }\n', 'budgets:\n  efficiency: 1.5\n', 'ignore: /x\n', 'comment: { chart: yes }\n', 'waiver: { label: "" }\n', 'hints:\n  rules: { secrets: loud }\n', 'hints:\n  rules: { secret: off }\n'];
  for (const text of valid) {
    assert.doesNotThrow(() => parseConfig(text, FILE), text);
    assert.equal(validate(parseYaml(text) ?? null), true, `schema rejects valid: ${text} ${JSON.stringify(validate.errors)}`);
  }
  for (const text of invalid) {
    assert.throws(() => parseConfig(text, FILE), InputError, text);
    assert.equal(validate(parseYaml(text)), false, `schema accepts invalid: ${text}`);
  }
});

test('docs/config.md documents every key the parser accepts', () => {
  const doc = readFileSync(new URL('../../docs/config.md', import.meta.url), 'utf8');
  const missing: string[] = [];
  const walk = (spec: Spec, path: string[]): void => {
    if (spec.kind !== 'object') return;
    for (const [k, child] of Object.entries(spec.fields)) {
      const full = [...path, k];
      // a key is documented as `key` in a table or heading, or by its dotted path (growth.total)
      const dotted = full.slice(1).join('.');
      if (!doc.includes(`\`${k}\``) && !doc.includes(`\`${dotted}\``)) missing.push(full.join('.'));
      walk(child, full);
    }
  };
  walk(CONFIG_SPEC, []);
  assert.deepEqual(missing, []);
});

test('hints.rules: only the catalogue ids are accepted, with the closest one suggested', () => {
  const ok = parseConfig('hints:\n  rules:\n    secrets: warning\n    docs-and-locales: off\n', 'c.yml');
  assert.deepEqual(ok.hints.rules, { secrets: 'warning', 'docs-and-locales': 'off' });
  assert.throws(
    () => parseConfig('hints:\n  rules:\n    secret: off\n', 'c.yml'),
    (e: unknown) => e instanceof InputError && e.message.includes('c.yml:3:5: hints.rules.secret: unknown key; did you mean "secrets"?'),
  );
  assert.throws(() => mergeOverrides(defaultConfig(), { 'hints.rules.apt-leftover': 'off' }), /hints\.rules\.apt-leftover: unknown key; did you mean "apt-leftovers"\?/);
  assert.equal(mergeOverrides(defaultConfig(), { 'hints.rules.apt-leftovers': 'error' }).hints.rules['apt-leftovers'], 'error');
});

test('the config schema lists exactly the hint rule ids of the catalogue', async () => {
  const { RULE_IDS } = await import('../../src/hints/index.ts');
  const schema = readFileSync(new URL('../../schema/layer-budget.config.schema.json', import.meta.url), 'utf8');
  const m = /"propertyNames": \{\s*"enum": (\[[^\]]*\])/.exec(schema);
  assert.ok(m, 'hints.rules has a propertyNames enum');
  assert.deepEqual(JSON.parse(m[1]!), [...RULE_IDS]);
});

test('schema: every budget rule of the table is in the schema with its default, and nothing else is', async () => {
  const { BUDGET_RULES, defaultBudgets } = await import('../../src/budget/rules.ts');
  const budgets = (schema.properties as Json).budgets as Json;
  const at = (name: string): Json | undefined => {
    let node: Json | undefined = budgets;
    for (const seg of name.split('.')) node = (node?.properties as Json | undefined)?.[seg] as Json | undefined;
    return node;
  };
  const shown = (d: unknown): string => (d === null ? 'off' : Array.isArray(d) ? 'none' : (d as { failOn: string | null }).failOn ?? 'off');
  const problems: string[] = [];
  for (const r of BUDGET_RULES) {
    const node = at(r.name);
    if (!node) {
      problems.push(`${r.name}: not in the schema`);
      continue;
    }
    const want = `(default: ${shown(r.default)})`;
    if (!String(node.description).includes(want)) problems.push(`${r.name}: schema description lacks ${want}`);
  }
  assert.deepEqual(problems, []);
  // defaultConfig() is the table's defaults, and every rule's spec is CONFIG_SPEC's
  assert.deepEqual(defaultConfig().budgets, defaultBudgets());
  const budgetsSpec = CONFIG_SPEC.fields.budgets as Extract<Spec, { kind: 'object' }>;
  for (const r of BUDGET_RULES) {
    let spec: Spec | undefined = budgetsSpec;
    for (const seg of r.name.split('.')) spec = spec?.kind === 'object' ? spec.fields[seg] : undefined;
    assert.equal(spec, r.spec, r.name);
  }
});
