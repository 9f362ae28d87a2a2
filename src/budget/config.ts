/**
 * The budgets config: `.github/layer-budget.yml` (YAML), a `.dive-ci` file to migrate from, and action inputs
 * that override either. Every key is described in docs/config.md and schema/layer-budget.config.schema.json.
 *
 * Validation errors name the file, the line and column, the key path, the value and what is allowed:
 * `.github/layer-budget.yml:4:3: budgets.totl: unknown key; did you mean "total"?`. All errors of a file are
 * reported together, one per line, in one InputError.
 */
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import { InputError } from '../errors.ts';
import type { Level, Severity } from '../report/types.ts';
import { defaultBudgets } from './rules.ts';
import { CONFIG_SPEC, HINTS_BUDGET_KEYS, ruleKeys } from './spec.ts';
import type { ObjectSpec, RuleSpec, Spec } from './spec.ts';
import { compileGlob, GlobError } from './glob.ts';
import { closestKey } from './suggest.ts';
import { RULE_IDS } from '../hints/index.ts';
import type { BudgetConfig, HintLevel, HintsBudget, Limit, PatternLimit } from './types.ts';
import { parseCount, parsePercent, parseRatio, parseSize, UnitError } from './units.ts';

export type { BudgetConfig, Budgets, HintLevel, HintsBudget, Limit, PatternLimit } from './types.ts';

/** The waiver label used when the config names none. */
export const DEFAULT_WAIVER_LABEL = 'layer-budget-waiver';

/**
 * The config used when there is no config file: each budget rule's default (all off but `hints`, which fails
 * on a hint of severity error), the default comment settings.
 */
export function defaultConfig(): BudgetConfig {
  return {
    source: { kind: 'default', fileName: null },
    budgets: defaultBudgets(),
    ignore: [],
    waiver: { label: DEFAULT_WAIVER_LABEL },
    comment: { topHints: 5, topDirectories: 10, collapseUnchanged: true, chart: true },
    hints: { rules: {} },
  };
}

type Seg = string | number;
type Locate = (path: readonly Seg[], what: 'key' | 'value') => string | null;

interface Ctx {
  /** prefix of every message: the file name, or e.g. `action input` */
  where: string;
  locate: Locate;
  errors: string[];
  /** values are action-input strings: `"true"` is a boolean, `"a, b"` a list (default: false) */
  lenient?: boolean;
  /** errors past MAX_ERRORS, counted only */
  more?: number;
}

const SEVERITIES: readonly Severity[] = ['info', 'warning', 'error'];
const HINT_LEVELS: readonly HintLevel[] = ['off', 'info', 'warning', 'error'];
const LEVELS: readonly Level[] = ['fail', 'warn'];

function keyPath(path: readonly Seg[]): string {
  let out = '';
  for (const s of path) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(s)) out += out === '' ? s : `.${s}`;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out || '(top level)';
}

function show(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return String(v);
}

/** Errors reported per file; more are counted, not located (locating is linear in a mapping's size). */
const MAX_ERRORS = 50;

function fail(ctx: Ctx, path: readonly Seg[], what: 'key' | 'value', msg: string): undefined {
  if (ctx.errors.length >= MAX_ERRORS) {
    ctx.more = (ctx.more ?? 0) + 1;
    return undefined;
  }
  const loc = ctx.locate(path, what);
  ctx.errors.push(`${ctx.where}${loc ? `:${loc}` : ''}: ${keyPath(path)}: ${msg}`);
  return undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function unknownKey(ctx: Ctx, path: readonly Seg[], key: string, allowed: readonly string[]): void {
  const near = closestKey(key, allowed);
  fail(ctx, [...path, key], 'key', near ? `unknown key; did you mean "${near}"?` : `unknown key; allowed: ${allowed.join(', ')}`);
}

const UNIT_PARSERS: Record<RuleSpec['unit'], (v: string | number) => number> = {
  size: parseSize,
  percent: parsePercent,
  ratio: parseRatio,
  count: parseCount,
};

function parseUnit(ctx: Ctx, path: readonly Seg[], unit: RuleSpec['unit'], v: unknown): number | undefined {
  if (typeof v !== 'string' && typeof v !== 'number') return fail(ctx, path, 'value', `${show(v)} is not a ${unit}; ${unit === 'size' ? 'use e.g. 500MB or 1.2GiB' : unit === 'percent' ? 'use e.g. 10%' : unit === 'ratio' ? 'use e.g. 0.9 or 90%' : 'use e.g. 30'}`);
  try {
    return UNIT_PARSERS[unit](v);
  } catch (err) {
    if (err instanceof UnitError) return fail(ctx, path, 'value', err.message);
    throw err;
  }
}

function parseLevel(ctx: Ctx, path: readonly Seg[], v: unknown): Level | undefined {
  if (typeof v === 'string' && (LEVELS as readonly string[]).includes(v)) return v as Level;
  const near = typeof v === 'string' ? closestKey(v, LEVELS) : null;
  return fail(ctx, path, 'value', `${show(v)} is not a level; use fail or warn${near ? ` (did you mean "${near}"?)` : ''}`);
}

function isOff(v: unknown): boolean {
  return v === null || v === false || v === 'off';
}

/** `value` | `{ max|min: value, level }` | off → Limit | null. */
function parseRule(ctx: Ctx, path: readonly Seg[], spec: RuleSpec, v: unknown): Limit | null | undefined {
  if (isOff(v)) return null;
  if (!isObject(v)) {
    const value = parseUnit(ctx, path, spec.unit, v);
    return value === undefined ? undefined : { value, level: 'fail' };
  }
  const allowed = ruleKeys(spec);
  let ok = true;
  for (const k of Object.keys(v)) {
    if (!allowed.includes(k)) {
      unknownKey(ctx, path, k, allowed);
      ok = false;
    }
  }
  if (!(spec.bound in v)) {
    fail(ctx, path, 'value', `missing "${spec.bound}"; write e.g. { ${spec.bound}: ${spec.unit === 'size' ? '500MB' : spec.unit === 'percent' ? '10%' : spec.unit === 'ratio' ? 0.9 : 30}, level: warn }`);
    return undefined;
  }
  const value = parseUnit(ctx, [...path, spec.bound], spec.unit, v[spec.bound]);
  const level = 'level' in v ? parseLevel(ctx, [...path, 'level'], v.level) : 'fail';
  if (!ok || value === undefined || level === undefined) return undefined;
  return { value, level };
}

function parseSeverity(ctx: Ctx, path: readonly Seg[], v: unknown): Severity | null | undefined {
  if (isOff(v)) return null;
  if (typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v)) return v as Severity;
  return fail(ctx, path, 'value', `${show(v)} is not a severity; use info, warning, error or off`);
}

function parseHintsBudget(ctx: Ctx, path: readonly Seg[], v: unknown): HintsBudget | undefined {
  if (!isObject(v)) {
    const failOn = parseSeverity(ctx, path, v);
    return failOn === undefined ? undefined : { failOn, warnOn: null };
  }
  const out: HintsBudget = { failOn: null, warnOn: null };
  let ok = true;
  for (const [k, val] of Object.entries(v)) {
    if (!(HINTS_BUDGET_KEYS as readonly string[]).includes(k)) {
      unknownKey(ctx, path, k, HINTS_BUDGET_KEYS);
      ok = false;
      continue;
    }
    const s = parseSeverity(ctx, [...path, k], val);
    if (s === undefined) ok = false;
    else out[k as 'failOn' | 'warnOn'] = s;
  }
  return ok ? out : undefined;
}

/** Why a glob pattern cannot be compiled (e.g. `[z-a]`), or null when it can. */
function patternError(pattern: string): string | null {
  try {
    compileGlob(pattern);
    return null;
  } catch (err) {
    if (err instanceof GlobError) return `${JSON.stringify(pattern)} is not a valid pattern: ${err.message}`;
    throw err;
  }
}

/** A validated, partial config: the same shape as the input with parsed leaves. */
type Patch = Record<string, unknown>;

function validate(ctx: Ctx, path: readonly Seg[], spec: Spec, v: unknown): unknown {
  switch (spec.kind) {
    case 'object': {
      if (v === null) return {};
      if (!isObject(v)) return fail(ctx, path, 'value', `expected a mapping of ${Object.keys(spec.fields).join(', ')}; got ${show(v)}`);
      const out: Patch = {};
      for (const [k, val] of Object.entries(v)) {
        const field = spec.fields[k];
        if (!field) {
          unknownKey(ctx, path, k, Object.keys(spec.fields));
          continue;
        }
        const r = validate(ctx, [...path, k], field, val);
        if (r !== undefined) out[k] = r;
      }
      return out;
    }
    case 'patterns': {
      if (v === null) return {};
      if (!isObject(v)) return fail(ctx, path, 'value', `expected a mapping of pattern → limit, e.g. { "/app/node_modules/**": 80MB }; got ${show(v)}`);
      const out: Record<string, Limit | null> = {};
      for (const [k, val] of Object.entries(v)) {
        if (k.trim() === '') {
          fail(ctx, [...path, k], 'key', 'empty pattern');
          continue;
        }
        const bad = patternError(k);
        if (bad) {
          fail(ctx, [...path, k], 'key', bad);
          continue;
        }
        const r = parseRule(ctx, [...path, k], spec.rule, val);
        if (r !== undefined) out[k] = r;
      }
      return out;
    }
    case 'rule':
      return parseRule(ctx, path, spec, v);
    case 'hintsBudget':
      return parseHintsBudget(ctx, path, v);
    case 'hintLevels': {
      if (v === null) return {};
      if (!isObject(v)) return fail(ctx, path, 'value', `expected a mapping of hint rule id → off, info, warning or error; got ${show(v)}`);
      const out: Record<string, HintLevel> = {};
      for (const [k, val] of Object.entries(v)) {
        if (!RULE_IDS.includes(k)) {
          unknownKey(ctx, path, k, RULE_IDS);
          continue;
        }
        if (typeof val === 'string' && (HINT_LEVELS as readonly string[]).includes(val)) out[k] = val as HintLevel;
        else if (val === false) out[k] = 'off';
        else fail(ctx, [...path, k], 'value', `${show(val)} is not a hint level; use off, info, warning or error`);
      }
      return out;
    }
    case 'string':
      if (typeof v === 'string' && v.trim() !== '') return v.trim();
      return fail(ctx, path, 'value', `${show(v)} is not a non-empty string`);
    case 'boolean':
      if (typeof v === 'boolean') return v;
      if (ctx.lenient && (v === 'true' || v === 'false')) return v === 'true';
      return fail(ctx, path, 'value', `${show(v)} is not a boolean; use true or false`);
    case 'count':
      return parseUnit(ctx, path, 'count', v);
    case 'stringList': {
      if (v === null) return [];
      const list = typeof v === 'string' && ctx.lenient ? v.split(/[\n,]/).map((s) => s.trim()).filter((s) => s !== '') : v;
      if (!Array.isArray(list)) return fail(ctx, path, 'value', `expected a list of glob patterns; got ${show(v)}`);
      const out: string[] = [];
      list.forEach((item, i) => {
        const bad = typeof item === 'string' ? patternError(item.trim()) : null;
        if (bad) fail(ctx, [...path, i], 'value', bad);
        else if (typeof item === 'string' && item.trim() !== '') out.push(item.trim());
        else fail(ctx, [...path, i], 'value', `${show(item)} is not a glob pattern`);
      });
      return out;
    }
  }
}

/** Applies a validated patch onto a config section, in place. */
function apply(target: Record<string, unknown>, patch: Patch, spec: ObjectSpec): void {
  for (const [k, val] of Object.entries(patch)) {
    const field = spec.fields[k]!;
    if (field.kind === 'object') apply(target[k] as Record<string, unknown>, val as Patch, field);
    else if (field.kind === 'patterns') {
      // linear in the number of patterns: a re-set pattern moves to the end, `off` removes it
      const byPattern = new Map<string, PatternLimit>();
      for (const p of target[k] as PatternLimit[]) byPattern.set(p.pattern, p);
      for (const [pattern, limit] of Object.entries(val as Record<string, Limit | null>)) {
        byPattern.delete(pattern);
        if (limit) byPattern.set(pattern, { pattern, ...limit });
      }
      target[k] = [...byPattern.values()];
    } else if (field.kind === 'hintLevels') Object.assign(target[k] as object, val);
    else target[k] = val;
  }
}

function clone(config: BudgetConfig): BudgetConfig {
  return structuredClone(config);
}

function throwIfErrors(ctx: Ctx, what: string): void {
  if (ctx.errors.length === 0) return;
  if (ctx.more) ctx.errors.push(`${ctx.where}: … and ${ctx.more} more errors`);
  const [first, ...rest] = ctx.errors;
  throw new InputError(rest.length === 0 ? first! : `${first}\n${rest.join('\n')}`, {
    hint: `see docs/config.md for every key of ${what}`,
  });
}

/** Deepest nesting a config may have (the real schema needs 4 levels). */
export const MAX_YAML_DEPTH = 64;
/** Alias expansions a config may make (the yaml library's guard against alias bombs). */
const MAX_ALIAS_COUNT = 100;

const YAML_HINT = 'the file must be valid YAML; see docs/config.md';

/**
 * Walks the document without recursion: refuses nesting deeper than MAX_YAML_DEPTH and duplicate keys in a
 * mapping (a Set per mapping: linear, where the yaml library's own `uniqueKeys` check is quadratic).
 */
function checkDocument(contents: unknown, fileName: string, at: (offset: number | undefined) => string | null): void {
  const stack: Array<[unknown, number]> = [[contents, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth > MAX_YAML_DEPTH) {
      const pos = at((node as YamlNode).range?.[0]);
      throw new InputError(`${fileName}${pos ? `:${pos}` : ''}: nested deeper than ${MAX_YAML_DEPTH} levels`, { hint: `${YAML_HINT}; a config needs only a few levels` });
    }
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (isScalar(pair.key) && seen.has(key)) {
          const pos = at(pair.key.range?.[0]);
          throw new InputError(`${fileName}${pos ? `:${pos}` : ''}: Map keys must be unique`, { hint: YAML_HINT });
        }
        seen.add(key);
        stack.push([pair.key, depth + 1], [pair.value, depth + 1]);
      }
    } else for (const item of node.items) stack.push([item, depth + 1]);
  }
}

/** Reads YAML with positions; returns its JS value and a locator, or throws on YAML syntax errors. */
function readYaml(text: string, fileName: string): { value: unknown; locate: Locate } {
  const lineCounter = new LineCounter();
  const tooDeep = (): InputError => new InputError(`${fileName}: nested too deeply to read`, { hint: `${YAML_HINT}; a config needs only a few levels` });
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  } catch (err) {
    if (err instanceof RangeError) throw tooDeep();
    throw err;
  }
  if (doc.errors.length > 0) {
    if (doc.errors.some((e) => /call stack/i.test(e.message))) throw tooDeep();
    const lines = doc.errors.slice(0, 20).map((e) => {
      const pos = lineCounter.linePos(e.pos[0]);
      return `${fileName}:${pos.line}:${pos.col}: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '')}`;
    });
    if (doc.errors.length > 20) lines.push(`${fileName}: … and ${doc.errors.length - 20} more YAML errors`);
    throw new InputError(lines.join('\n'), { hint: YAML_HINT });
  }
  const at = (offset: number | undefined): string | null => {
    if (offset === undefined) return null;
    const p = lineCounter.linePos(offset);
    return `${p.line}:${p.col}`;
  };
  checkDocument(doc.contents, fileName, at);
  const locate: Locate = (path, what) => {
    let node: unknown = doc.contents;
    let keyNode: unknown = null;
    for (const seg of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && (isScalar(p.key) ? String(p.key.value) === String(seg) : false));
        if (!pair) return at((node as YamlNode).range?.[0]);
        keyNode = pair.key;
        node = pair.value;
      } else if (isSeq(node) && typeof seg === 'number') {
        keyNode = null;
        node = node.items[seg];
      } else break;
    }
    const target = what === 'key' && keyNode ? keyNode : node ?? keyNode;
    return at((target as YamlNode | null)?.range?.[0]);
  };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? null;
  } catch (err) {
    if (err instanceof ReferenceError && /alias/i.test(err.message)) {
      throw new InputError(`${fileName}: aliases expand to too many nodes (more than ${MAX_ALIAS_COUNT} alias uses)`, { hint: `${YAML_HINT}; write the values out instead of nesting aliases` });
    }
    if (err instanceof RangeError) throw tooDeep();
    throw err;
  }
  return { value, locate };
}

/**
 * Parses and validates a budgets config file (YAML). An empty file gives the defaults.
 * Throws an InputError naming `fileName`, line, column, key path, value and what is allowed.
 */
export function parseConfig(text: string, fileName: string): BudgetConfig {
  const { value, locate } = readYaml(text, fileName);
  const ctx: Ctx = { where: fileName, locate, errors: [] };
  const patch = validate(ctx, [], CONFIG_SPEC, value);
  throwIfErrors(ctx, fileName);
  const config = defaultConfig();
  config.source = { kind: 'file', fileName };
  apply(config as unknown as Record<string, unknown>, (patch ?? {}) as Patch, CONFIG_SPEC);
  return config;
}

/** dive's CI rules: the unit dive writes each in, and where its value goes in our config. */
const DIVE_RULES: Record<string, { unit: 'ratio' | 'size'; set: (b: BudgetConfig['budgets'], n: number) => void }> = {
  lowestEfficiency: { unit: 'ratio', set: (b, n) => (b.efficiency = { value: n, level: 'fail' }) },
  highestWastedBytes: { unit: 'size', set: (b, n) => (b.wasted = { value: n, level: 'fail' }) },
  highestUserWastedPercent: { unit: 'ratio', set: (b, n) => (b.wastedPercent = { value: Math.round(n * 1e6) / 1e4, level: 'fail' }) },
};
const DIVE_RULE_NAMES = Object.keys(DIVE_RULES);

/**
 * Reads dive's CI config (`.dive-ci`) as a budgets config, for migration:
 * - `lowestEfficiency: 0.9` → `budgets.efficiency: 0.9`;
 * - `highestWastedBytes: 20MB` → `budgets.wasted: 20MB`;
 * - `highestUserWastedPercent: 0.1` (a ratio) → `budgets.wastedPercent: 10%`.
 * A value of `disabled` (or `off`) leaves the rule off; rules not written stay off. Our definitions differ from
 * dive's (see docs/config.md), so the same limits may pass or fail differently.
 */
export function parseDiveCi(text: string, fileName: string): BudgetConfig {
  const { value, locate } = readYaml(text, fileName);
  const ctx: Ctx = { where: fileName, locate, errors: [] };
  const config = defaultConfig();
  config.source = { kind: 'dive-ci', fileName };
  if (value !== null && !isObject(value)) fail(ctx, [], 'value', `expected a mapping with "rules"; got ${show(value)}`);
  else {
    for (const k of Object.keys(value ?? {})) if (k !== 'rules') unknownKey(ctx, [], k, ['rules']);
    const rules = (value as Record<string, unknown> | null)?.rules ?? null;
    if (rules !== null && !isObject(rules)) fail(ctx, ['rules'], 'value', `expected a mapping of ${DIVE_RULE_NAMES.join(', ')}; got ${show(rules)}`);
    else {
      for (const [k, raw] of Object.entries(rules ?? {})) {
        const path = ['rules', k];
        const rule = Object.hasOwn(DIVE_RULES, k) ? DIVE_RULES[k]! : null;
        if (!rule) {
          unknownKey(ctx, ['rules'], k, DIVE_RULE_NAMES);
          continue;
        }
        if (raw === null || raw === 'disabled' || raw === 'off') continue;
        const n = parseUnit(ctx, path, rule.unit, typeof raw === 'string' ? raw.trim() : raw);
        if (n !== undefined) rule.set(config.budgets, n);
      }
    }
  }
  throwIfErrors(ctx, fileName);
  return config;
}

/** Overrides by dotted key path, e.g. `{ 'budgets.total': '500MB', 'budgets.paths./app/**': '80MB' }`. */
export type ConfigOverrides = Record<string, string | number | boolean | null | undefined>;

/** Splits `budgets.paths./app/**` along the spec: a pattern map takes the whole rest as one key. */
function splitKeyPath(ctx: Ctx, key: string): Seg[] | null {
  const parts = key.split('.');
  const path: Seg[] = [];
  let spec: Spec = CONFIG_SPEC;
  while (parts.length > 0) {
    if (spec.kind === 'patterns' || spec.kind === 'hintLevels') {
      path.push(parts.join('.'));
      return path;
    }
    const seg = parts.shift()!;
    if (spec.kind !== 'object') {
      unknownKey(ctx, path, seg, spec.kind === 'rule' ? ruleKeys(spec) : spec.kind === 'hintsBudget' ? HINTS_BUDGET_KEYS : []);
      return null;
    }
    const field: Spec | undefined = spec.fields[seg];
    if (!field) {
      unknownKey(ctx, path, seg, Object.keys(spec.fields));
      return null;
    }
    path.push(seg);
    spec = field;
  }
  return path;
}

/**
 * Returns a copy of `config` with overrides applied, e.g. from action inputs. Keys are dotted key paths of the
 * config file (`budgets.total`, `budgets.growth.total`, `waiver.label`, `ignore`, `budgets.paths./app/**`,
 * `hints.rules.apt-leftovers`); values are written as in the file (`500MB`, `warn`, `true`; `ignore` takes a
 * comma- or newline-separated list). An undefined or empty-string value is skipped; `off` turns a rule off.
 * Throws an InputError like `action input budgets.total: "5 MBs" is not a size; …`.
 *
 * @param where prefix of error messages (default: `action input`)
 */
export function mergeOverrides(config: BudgetConfig, overrides: ConfigOverrides, where = 'action input'): BudgetConfig {
  const ctx: Ctx = { where, locate: () => null, errors: [], lenient: true };
  const out = clone(config);
  for (const [key, raw] of Object.entries(overrides)) {
    if (raw === undefined || raw === '') continue;
    const path = splitKeyPath(ctx, key);
    if (!path) continue;
    // build { a: { b: raw } } and validate it from the top so every check applies
    let tree: unknown = raw;
    for (let i = path.length - 1; i >= 0; i--) tree = { [path[i] as string]: tree };
    const patch = validate(ctx, [], CONFIG_SPEC, tree);
    if (patch !== undefined) apply(out as unknown as Record<string, unknown>, patch as Patch, CONFIG_SPEC);
  }
  throwIfErrors(ctx, 'the action inputs');
  return out;
}
