/**
 * BUDGET_RULES: every budget rule, one entry each — `{ name, spec, default, measure, message }`. This table is
 * the only place a rule is described. From it come:
 * - the config types (`Budgets` in types.ts is mapped from the entries' names and specs),
 * - `CONFIG_SPEC.fields.budgets` (spec.ts), which the validator walks and the schema test compares with
 *   schema/layer-budget.config.schema.json,
 * - `defaultConfig().budgets` (config.ts), from the `default`s,
 * - `evaluate` (evaluate.ts), which walks the table in order and calls `measure` and `message`.
 * No code anywhere dispatches on a rule's name. To add a rule, add one entry here (see docs/architecture.md
 * §"Adding a budget rule"), then its key to the schema and docs/config.md (tests check both).
 *
 * Measuring notes (unchanged from before the table):
 * - Path rules sum the visible bytes of files whose path, or an ancestor directory, matches the pattern, less
 *   `ignore`d paths, a hardlinked inode once. With only a saved report (no analysis) they are approximated
 *   from `report.directories` and the verdict says so.
 * - Waste rules (`wasted`, `wastedPercent`, `efficiency`) and `duplicates` leave out `ignore`d paths.
 * - Instruction rules check every layer whose instruction matches: the normalized instruction, the stored one,
 *   or the normalized one without its leading Dockerfile keyword (`npm ci*` matches `RUN npm ci --omit=dev`)
 *   and then without leading `VAR=value` assignments (`npm install*` matches `RUN CI=1 npm install`).
 * - Growth rules without a baseline pass, saying "no baseline; growth rules not evaluated": never a failure.
 * - `hints` applies `hints.rules` re-levels to `report.hints`, then fails (warns) when one is at or above
 *   `failOn` (`warnOn`). It defaults to `error`: a hint of severity error (a shipped secret) fails the check.
 */
import type { Analysis } from '../analysis/types.ts';
import type { ReportDiff } from '../report/diff.ts';
import type { Report, Severity, Verdict, VerdictStatus } from '../report/types.ts';
import { formatBytes, formatCount, formatDelta, formatRatio, formatSignedPercent } from '../render/format.ts';
import { compileGlob, globBase } from './glob.ts';
import type { Glob } from './glob.ts';
import type { HintsBudgetSpec, PatternsSpec, RuleSpec } from './spec.ts';
import type { HintLevel, HintsBudget, Limit, PatternLimit } from './types.ts';

type Unit = Verdict['unit'];

/** What a rule measures from. Built once per evaluate; the lazy parts are computed once and shared. */
export interface EvalContext {
  readonly report: Report;
  /** the uncapped analysis (absent with a saved report only) */
  readonly analysis: Analysis | undefined;
  /** the diff against the baseline (absent without one) */
  readonly diff: ReportDiff | null | undefined;
  /** the `ignore` patterns are set */
  readonly ignoring: boolean;
  /** whether a path (or an ancestor) is ignored */
  ignored(path: string): boolean;
  /** per hint rule id: `off`, or a severity (config `hints.rules`) */
  readonly hintLevels: Readonly<Record<string, HintLevel>>;
  /** wasted bytes less ignored paths (shared by wasted, wastedPercent, efficiency) */
  waste(): { wasted: number; approximate: boolean };
}

/** One measurement: a verdict-to-be. */
export interface Measured {
  /** the verdict's rule id: the rule's name, or `name.pattern` for pattern rules */
  rule: string;
  limit: Limit;
  unit: Unit;
  actual: number;
  /** set when the rule could not be evaluated: the verdict passes and this is its message */
  skip?: string;
  /** the status, when it is not a comparison of actual with limit (hints) */
  status?: VerdictStatus;
  /** the message's subject: `total`, `largest layer, layer 4 (RUN npm ci),` */
  subject?: string;
  note?: string;
  /** the limit is a minimum (efficiency) */
  min?: boolean;
  /** actual is a change, shown with its sign (growth) */
  signed?: boolean;
}

/** The setting of a rule in the config, by its spec. */
export type SettingOf<S> = S extends PatternsSpec ? PatternLimit[] : S extends HintsBudgetSpec ? HintsBudget : Limit | null;

/** One budget rule. */
export interface BudgetRule<N extends string = string, S extends RuleSpec | PatternsSpec | HintsBudgetSpec = RuleSpec | PatternsSpec | HintsBudgetSpec> {
  /** its key path under `budgets`, dotted: `total`, `growth.total` */
  name: N;
  /** what the config accepts for it */
  spec: S;
  /** its value when the config does not set it */
  default: SettingOf<S>;
  /** measures the image for a setting that is on; one entry per verdict (none: nothing to report) */
  measure(ctx: EvalContext, setting: NonNullable<SettingOf<S>>): Measured[];
  /** the verdict message of one measurement */
  message(m: Measured): string;
}

function show(v: number, unit: Unit): string {
  switch (unit) {
    case 'bytes':
      return formatBytes(v);
    case 'percent':
      return `${v.toFixed(1)}%`;
    case 'ratio':
      return formatRatio(v);
    case 'count':
      return formatCount(v);
  }
}

/** Whether a measurement crosses its limit. */
export function isOver(m: Measured): boolean {
  return m.min ? m.actual < m.limit.value : m.actual > m.limit.value;
}

/** `<subject> <actual> is over the limit <limit> by <n>; <note>` — the message of every limit rule. */
function limitMessage(m: Measured): string {
  if (m.skip !== undefined) return m.skip;
  const over = isOver(m);
  const shown = m.signed ? (m.unit === 'bytes' ? formatDelta(m.actual) : formatSignedPercent(m.actual)) : show(m.actual, m.unit);
  const rel = m.min ? (over ? 'is below the minimum' : 'meets the minimum') : over ? 'is over the limit' : 'is within the limit';
  const by = over && m.unit === 'bytes' ? ` by ${formatBytes(Math.abs(m.actual - m.limit.value))}` : '';
  const note = m.note ? `; ${m.note}` : '';
  return `${m.subject} ${shown} ${rel} ${show(m.limit.value, m.unit)}${by}${note}`;
}

const size = (): RuleSpec => ({ kind: 'rule', unit: 'size', bound: 'max' });
const percent = (): RuleSpec => ({ kind: 'rule', unit: 'percent', bound: 'max' });

/** Keeps the literal name and spec kind of an entry for the mapped config types. */
function rule<N extends string, S extends RuleSpec | PatternsSpec | HintsBudgetSpec>(r: BudgetRule<N, S>): BudgetRule<N, S> {
  return r;
}

// --- measuring helpers ------------------------------------------------------------------------------------

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 59)}…` : one;
}

function layerName(report: Report, index: number): string {
  const l = report.layers.find((x) => x.index === index);
  const ins = l ? clip(l.normalizedInstruction || l.instruction) : '';
  return ins ? `layer ${index} (${ins})` : `layer ${index}`;
}

function stripKeyword(s: string): string {
  return s.replace(/^(RUN|COPY|ADD|WORKDIR|ENV|ARG|USER|LABEL|EXPOSE|VOLUME|CMD|ENTRYPOINT|SHELL|STOPSIGNAL|HEALTHCHECK|ONBUILD)\s+/i, '');
}

function stripEnv(s: string): string {
  return s.replace(/^(?:[A-Za-z_][A-Za-z0-9_]*=(?:"[^"]*"|'[^']*'|\S*)\s+)+/, '');
}

function instructionMatches(glob: Glob, normalized: string, raw: string): boolean {
  const bare = stripKeyword(normalized);
  return glob.test(normalized) || glob.test(bare) || glob.test(stripEnv(bare)) || (raw !== '' && glob.test(raw));
}

/** Wasted bytes less ignored paths (see EvalContext.waste). */
export function wasteLessIgnored(report: Report, analysis: Analysis | undefined, ignoring: boolean, ignored: (p: string) => boolean): { wasted: number; approximate: boolean } {
  if (!ignoring) return { wasted: report.totals.wastedBytes, approximate: false };
  if (analysis) {
    let w = 0;
    for (const item of analysis.wasted) if (!ignored(item.path)) w += item.sizeBytes;
    return { wasted: w, approximate: false };
  }
  let drop = 0;
  for (const p of report.waste.topPaths) if (ignored(p.path)) drop += p.sizeBytes;
  return { wasted: Math.max(0, report.totals.wastedBytes - drop), approximate: report.waste.topPathsOmitted > 0 };
}

/** Reclaimable duplicate bytes less ignored paths. */
function duplicatesLessIgnored(ctx: EvalContext): { bytes: number; approximate: boolean } {
  const { report, analysis } = ctx;
  if (!ctx.ignoring) return { bytes: report.duplicates.reclaimableBytes, approximate: false };
  if (analysis && analysis.visibleFiles.some((f) => f.contentHash !== undefined)) {
    const groups = new Map<string, Set<number>>();
    const sizes = new Map<string, number>();
    for (const f of analysis.visibleFiles) {
      if (f.contentHash === undefined || f.sizeBytes === 0 || ctx.ignored(f.path)) continue;
      const k = `${f.contentHash}:${f.sizeBytes}`;
      let g = groups.get(k);
      if (!g) groups.set(k, (g = new Set()));
      g.add(f.inode);
      sizes.set(k, f.sizeBytes);
    }
    let bytes = 0;
    for (const [k, inodes] of groups) bytes += (inodes.size - 1) * sizes.get(k)!;
    return { bytes, approximate: false };
  }
  let bytes = 0;
  for (const g of report.duplicates.groups) {
    const kept = g.paths.filter((p) => !ctx.ignored(p)).length;
    bytes += Math.max(0, kept - 1) * g.sizeBytes;
  }
  return { bytes, approximate: report.duplicates.groupsOmitted > 0 };
}

/** Visible bytes under a path pattern; approximated from directory sizes when there is no analysis. */
function pathBytes(ctx: EvalContext, pattern: string): { bytes: number; note: string | null; measurable: boolean } {
  const { analysis, report } = ctx;
  if (analysis) {
    const glob = compileGlob(pattern);
    const inodes = new Set<number>();
    let bytes = 0;
    for (const f of analysis.visibleFiles) {
      if (!glob.testPathOrAncestor(f.path) || ctx.ignored(f.path) || inodes.has(f.inode)) continue;
      inodes.add(f.inode);
      bytes += f.sizeBytes;
    }
    return { bytes, note: null, measurable: true };
  }
  // saved report only: sum the outermost listed directories the pattern selects
  // `/app/**` selects everything below `/app`, which is `/app`'s own size
  const dirGlob = compileGlob(pattern.replace(/\/\*\*\/?$/, '') || '/');
  const dirs = report.directories.filter((d) => dirGlob.testPathOrAncestor(d.path));
  const outer = dirs.filter((d) => !dirs.some((o) => o !== d && (o.path === '/' ? d.path !== '/' : d.path.startsWith(`${o.path}/`))));
  if (outer.length > 0) {
    const bytes = outer.reduce((s, d) => s + d.sizeBytes, 0);
    const ign = ctx.ignoring ? ', ignore not applied' : '';
    return { bytes, note: `approximated from directory sizes (depth ${report.directoryDepth}${ign})`, measurable: true };
  }
  const base = globBase(pattern);
  const depth = base === '/' ? 0 : base.split('/').length - 1;
  if (depth > report.directoryDepth || report.directoriesOmitted > 0) {
    return { bytes: 0, note: `not measurable from a saved report: directory sizes go to depth ${report.directoryDepth}${report.directoriesOmitted > 0 ? ` and omit ${report.directoriesOmitted}` : ''}`, measurable: false };
  }
  return { bytes: 0, note: 'approximated from directory sizes: nothing matches', measurable: true };
}

/** The ignore note of the waste rules. */
function ignoreNote(ctx: EvalContext, approximate: boolean, how: string): string | undefined {
  return ctx.ignoring ? `ignored paths left out${approximate ? ` (${how})` : ''}` : undefined;
}

function withNote(m: Measured, note: string | undefined): Measured {
  if (note) m.note = note;
  return m;
}

/** A growth rule: the diff's change, or a pass without a baseline. */
function growth<N extends string>(name: N, spec: RuleSpec, measure: (diff: ReportDiff, limit: Limit, ctx: EvalContext) => Measured): BudgetRule<N, RuleSpec> {
  const unit: Unit = spec.unit === 'size' ? 'bytes' : 'percent';
  return rule({
    name,
    spec,
    default: null,
    measure: (ctx, limit) => [ctx.diff ? measure(ctx.diff, limit, ctx) : { rule: name, limit, unit, actual: 0, skip: 'no baseline; growth rules not evaluated' }],
    message: limitMessage,
  });
}

/** The worst-growing layer by `key` (layers new in head count for bytes only when `key` says so). */
function worstLayer(name: string, unit: Unit, limit: Limit, diff: ReportDiff, ctx: EvalContext, key: (l: ReportDiff['layers'][number]) => number | null): Measured {
  const cands = diff.layers.filter((l) => l.status !== 'removed' && l.status !== 'unchanged' && key(l) !== null);
  const worst = [...cands].sort((x, y) => key(y)! - key(x)! || x.headIndex! - y.headIndex!)[0];
  if (!worst) return { rule: name, limit, unit, actual: 0, skip: 'no layer changed or was added' };
  return { rule: name, limit, unit, actual: key(worst)!, subject: `largest layer growth, ${layerName(ctx.report, worst.headIndex!)} (${worst.status}),`, signed: true };
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

// --- the table --------------------------------------------------------------------------------------------

/** Every budget rule, in config and verdict order. */
export const BUDGET_RULES = [
  rule({
    name: 'total',
    spec: size(),
    default: null,
    measure: (ctx, limit) => [{ rule: 'total', limit, unit: 'bytes', actual: ctx.report.totals.totalBytes, subject: 'total' }],
    message: limitMessage,
  }),
  rule({
    name: 'compressed',
    spec: size(),
    default: null,
    measure: (ctx, limit) => {
      const t = ctx.report.totals;
      const note = t.compressedKind === 'compressed' ? undefined : 'some stored layers are uncompressed tars, so this is partly their tar size';
      return [withNote({ rule: 'compressed', limit, unit: 'bytes', actual: t.compressedBytes, subject: 'compressed size' }, note)];
    },
    message: limitMessage,
  }),
  rule({
    name: 'layer',
    spec: size(),
    default: null,
    measure: ({ report }, limit) => {
      const largest = [...report.layers].sort((x, y) => y.contentBytes - x.contentBytes || x.index - y.index)[0];
      if (!largest) return [{ rule: 'layer', limit, unit: 'bytes', actual: 0, skip: 'no layers' }];
      const over = report.layers.filter((l) => l.contentBytes > limit.value).length;
      return [withNote({ rule: 'layer', limit, unit: 'bytes', actual: largest.contentBytes, subject: `largest layer, ${layerName(report, largest.index)},` }, over > 1 ? `${over} layers are over` : undefined)];
    },
    message: limitMessage,
  }),
  rule({
    name: 'instructions',
    spec: { kind: 'patterns', rule: size() },
    default: [],
    measure: ({ report }, limits) =>
      limits.map((r): Measured => {
        const name = `instructions.${r.pattern}`;
        const limit: Limit = { value: r.value, level: r.level };
        const glob = compileGlob(r.pattern, { path: false });
        const matching = report.layers.filter((l) => instructionMatches(glob, l.normalizedInstruction, l.instruction));
        const largest = [...matching].sort((x, y) => y.contentBytes - x.contentBytes || x.index - y.index)[0];
        if (!largest) return { rule: name, limit, unit: 'bytes', actual: 0, skip: `no layer's instruction matches "${r.pattern}"` };
        const count = matching.length === 1 ? '' : `${matching.length} layers match; largest is `;
        return { rule: name, limit, unit: 'bytes', actual: largest.contentBytes, subject: `${count}${layerName(report, largest.index)}` };
      }),
    message: limitMessage,
  }),
  rule({
    name: 'paths',
    spec: { kind: 'patterns', rule: size() },
    default: [],
    measure: (ctx, limits) =>
      limits.map((r): Measured => {
        const name = `paths.${r.pattern}`;
        const limit: Limit = { value: r.value, level: r.level };
        const m = pathBytes(ctx, r.pattern);
        if (!m.measurable) return { rule: name, limit, unit: 'bytes', actual: 0, skip: `${r.pattern}: ${m.note}` };
        return withNote({ rule: name, limit, unit: 'bytes', actual: m.bytes, subject: r.pattern }, m.note ?? undefined);
      }),
    message: limitMessage,
  }),
  rule({
    name: 'wasted',
    spec: size(),
    default: null,
    measure: (ctx, limit) => {
      const w = ctx.waste();
      return [withNote({ rule: 'wasted', limit, unit: 'bytes', actual: w.wasted, subject: 'wasted' }, ignoreNote(ctx, w.approximate, 'approximated from the top wasted paths'))];
    },
    message: limitMessage,
  }),
  rule({
    name: 'wastedPercent',
    spec: percent(),
    default: null,
    measure: (ctx, limit) => {
      const w = ctx.waste();
      const total = ctx.report.totals.totalBytes;
      return [withNote({ rule: 'wastedPercent', limit, unit: 'percent', actual: total === 0 ? 0 : (w.wasted / total) * 100, subject: 'wasted' }, ignoreNote(ctx, w.approximate, 'approximated from the top wasted paths'))];
    },
    message: limitMessage,
  }),
  rule({
    name: 'efficiency',
    spec: { kind: 'rule', unit: 'ratio', bound: 'min' },
    default: null,
    measure: (ctx, limit) => {
      const w = ctx.waste();
      const total = ctx.report.totals.totalBytes;
      return [withNote({ rule: 'efficiency', limit, unit: 'ratio', actual: total === 0 ? 1 : (total - w.wasted) / total, subject: 'efficiency', min: true }, ignoreNote(ctx, w.approximate, 'approximated from the top wasted paths'))];
    },
    message: limitMessage,
  }),
  rule({
    name: 'layerCount',
    spec: { kind: 'rule', unit: 'count', bound: 'max' },
    default: null,
    measure: (ctx, limit) => [{ rule: 'layerCount', limit, unit: 'count', actual: ctx.report.totals.layerCount, subject: 'layer count' }],
    message: limitMessage,
  }),
  growth('growth.total', size(), (diff, limit) => ({ rule: 'growth.total', limit, unit: 'bytes', actual: diff.totals.totalBytes.delta, subject: 'growth', signed: true })),
  growth('growth.totalPercent', percent(), (diff, limit) => {
    const p = diff.totals.totalBytes.percent;
    if (p === null) return { rule: 'growth.totalPercent', limit, unit: 'percent', actual: 0, skip: 'the baseline total is 0; growth in percent not evaluated' };
    return { rule: 'growth.totalPercent', limit, unit: 'percent', actual: p, subject: 'growth', signed: true };
  }),
  growth('growth.layer', size(), (diff, limit, ctx) => worstLayer('growth.layer', 'bytes', limit, diff, ctx, (l) => l.deltaBytes)),
  growth('growth.layerPercent', percent(), (diff, limit, ctx) => worstLayer('growth.layerPercent', 'percent', limit, diff, ctx, (l) => l.deltaPercent)),
  rule({
    name: 'duplicates',
    spec: size(),
    default: null,
    measure: (ctx, limit) => {
      if (!ctx.report.duplicates.hashed) return [{ rule: 'duplicates', limit, unit: 'bytes', actual: 0, skip: 'duplicates not measured: file contents were not hashed' }];
      const d = duplicatesLessIgnored(ctx);
      return [withNote({ rule: 'duplicates', limit, unit: 'bytes', actual: d.bytes, subject: 'reclaimable duplicates' }, ignoreNote(ctx, d.approximate, 'approximated from the listed groups'))];
    },
    message: limitMessage,
  }),
  rule({
    name: 'hints',
    spec: { kind: 'hintsBudget' },
    default: { failOn: 'error', warnOn: null },
    measure: (ctx, hb) => {
      if (!hb.failOn && !hb.warnOn) return [];
      const sev: Severity[] = [];
      for (const h of ctx.report.hints) {
        const level = ctx.hintLevels[h.rule];
        if (level !== 'off') sev.push(level ?? h.severity);
      }
      const atLeast = (s: Severity): number => sev.filter((x) => SEVERITY_RANK[x] >= SEVERITY_RANK[s]).length;
      const failing = hb.failOn ? atLeast(hb.failOn) : 0;
      const warning = hb.warnOn ? atLeast(hb.warnOn) : 0;
      const status: VerdictStatus = failing > 0 ? 'fail' : warning > 0 ? 'warn' : 'pass';
      const on = status === 'fail' ? hb.failOn! : status === 'warn' ? hb.warnOn! : (hb.warnOn ?? hb.failOn)!;
      const n = status === 'fail' ? failing : status === 'warn' ? warning : 0;
      return [{ rule: 'hints', limit: { value: 0, level: 'fail' }, unit: 'count', actual: n, status, subject: on }];
    },
    message: (m) => (m.actual === 0 ? `no hints at or above ${m.subject}` : `${m.actual} hint${m.actual === 1 ? '' : 's'} at or above ${m.subject}`),
  }),
] as const;

/** An entry of the table. */
export type BudgetRuleEntry = (typeof BUDGET_RULES)[number];

type Head<K extends string> = K extends `${infer H}.${string}` ? H : K;
type Nest<T> = {
  [K in keyof T & string as Head<K>]: K extends `${infer H}.${string}` ? Nest<{ [K2 in keyof T & string as K2 extends `${H}.${infer R}` ? R : never]: T[K2] }> : T[K];
};

/** The `budgets` section of a config, mapped from the table: `{ total: Limit | null, growth: { total: … }, … }`. */
export type Budgets = Nest<{ [R in BudgetRuleEntry as R['name']]: SettingOf<R['spec']> }>;

/** The value at a rule's dotted name in a `budgets`-shaped object. */
export function settingAt(budgets: unknown, name: string): unknown {
  let v: unknown = budgets;
  for (const seg of name.split('.')) v = (v as Record<string, unknown> | undefined)?.[seg];
  return v;
}

/** Sets `value` at a dotted name, creating the objects on the way. */
function setAt(target: Record<string, unknown>, name: string, value: unknown): void {
  const segs = name.split('.');
  let o = target;
  for (const seg of segs.slice(0, -1)) o = (o[seg] ??= {}) as Record<string, unknown>;
  o[segs[segs.length - 1]!] = value;
}

/** A fresh `budgets` section holding every rule's default. */
export function defaultBudgets(): Budgets {
  const out: Record<string, unknown> = {};
  for (const r of BUDGET_RULES) setAt(out, r.name, structuredClone(r.default));
  return out as unknown as Budgets;
}
