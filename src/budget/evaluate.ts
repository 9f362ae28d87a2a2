/**
 * evaluate(): the budgets config applied to a report (and its uncapped analysis, and the diff against a
 * baseline when there is one) → one Verdict per configured rule, in config order.
 *
 * - Path rules sum the visible bytes of files whose path, or an ancestor directory, matches the pattern, less
 *   `ignore`d paths, a hardlinked inode once. With only a saved report (no analysis) they are approximated
 *   from `report.directories` and the verdict says so.
 * - Waste rules (`wasted`, `wastedPercent`, `efficiency`) and `duplicates` leave out `ignore`d paths.
 * - Instruction rules check every layer whose instruction matches: the normalized instruction, the stored one,
 *   or the normalized one without its leading Dockerfile keyword (`npm ci*` matches `RUN npm ci --omit=dev`)
 *   and then without leading `VAR=value` assignments (`npm install*` matches `RUN CI=1 npm install`).
 * - Growth rules without a baseline pass, saying "no baseline; growth rules not evaluated": never a failure.
 * - `hints` applies `hints.rules` re-levels to `report.hints`, then fails (warns) when one is at or above
 *   `failOn` (`warnOn`).
 * - A waiver turns every fail into a warn with `waived: true`.
 */
import type { Analysis } from '../analysis/types.ts';
import type { ReportDiff } from '../report/diff.ts';
import type { Hint, Report, Severity, Verdict, VerdictStatus } from '../report/types.ts';
import { formatBytes, formatCount, formatDelta, formatRatio, formatSignedPercent } from '../render/format.ts';
import { compileGlob, globBase } from './glob.ts';
import type { Glob } from './glob.ts';
import type { BudgetConfig, HintLevel, Limit } from './types.ts';

/** What {@link evaluate} looks at. */
export interface EvaluateInput {
  report: Report;
  /** the uncapped analysis, for path and ignore rules (default: none; path rules are then approximated) */
  analysis?: Analysis;
  /** the diff against the baseline (default: none; growth rules are then not evaluated) */
  diff?: ReportDiff | null;
  config: BudgetConfig;
  /** the waiver label is on the PR: fails become warns (default: false) */
  waived?: boolean;
}

type Unit = Verdict['unit'];

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

function verdict(rule: string, limit: Limit, actual: number, unit: Unit, what: string, opts: { min?: boolean; note?: string; signed?: boolean } = {}): Verdict {
  const over = opts.min ? actual < limit.value : actual > limit.value;
  const shown = opts.signed ? (unit === 'bytes' ? formatDelta(actual) : formatSignedPercent(actual)) : show(actual, unit);
  const status: VerdictStatus = over ? limit.level : 'pass';
  const rel = opts.min ? (over ? 'is below the minimum' : 'meets the minimum') : over ? 'is over the limit' : 'is within the limit';
  const by = over && unit === 'bytes' ? ` by ${formatBytes(Math.abs(actual - limit.value))}` : '';
  const note = opts.note ? `; ${opts.note}` : '';
  return { rule, status, actual, limit: limit.value, unit, message: `${what} ${shown} ${rel} ${show(limit.value, unit)}${by}${note}`, waived: false };
}

function skipped(rule: string, limit: Limit, unit: Unit, message: string): Verdict {
  return { rule, status: 'pass', actual: 0, limit: limit.value, unit, message, waived: false };
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

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 59)}…` : one;
}

function layerName(report: Report, index: number): string {
  const l = report.layers.find((x) => x.index === index);
  const ins = l ? clip(l.normalizedInstruction || l.instruction) : '';
  return ins ? `layer ${index} (${ins})` : `layer ${index}`;
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Measures waste (and efficiency) less ignored paths. */
function wasteLessIgnored(input: EvaluateInput, ignored: (p: string) => boolean): { wasted: number; approximate: boolean } {
  const { report, analysis, config } = input;
  if (config.ignore.length === 0) return { wasted: report.totals.wastedBytes, approximate: false };
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
function duplicatesLessIgnored(input: EvaluateInput, ignored: (p: string) => boolean): { bytes: number; approximate: boolean } {
  const { report, analysis, config } = input;
  if (config.ignore.length === 0) return { bytes: report.duplicates.reclaimableBytes, approximate: false };
  if (analysis && analysis.visibleFiles.some((f) => f.contentHash !== undefined)) {
    const groups = new Map<string, Set<number>>();
    const sizes = new Map<string, number>();
    for (const f of analysis.visibleFiles) {
      if (f.contentHash === undefined || f.sizeBytes === 0 || ignored(f.path)) continue;
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
    const kept = g.paths.filter((p) => !ignored(p)).length;
    bytes += Math.max(0, kept - 1) * g.sizeBytes;
  }
  return { bytes, approximate: report.duplicates.groupsOmitted > 0 };
}

/** Visible bytes under a path pattern; approximated from directory sizes when there is no analysis. */
function pathBytes(input: EvaluateInput, pattern: string, ignored: (p: string) => boolean): { bytes: number; note: string | null; measurable: boolean } {
  const { analysis, report } = input;
  if (analysis) {
    const glob = compileGlob(pattern);
    const inodes = new Set<number>();
    let bytes = 0;
    for (const f of analysis.visibleFiles) {
      if (!glob.testPathOrAncestor(f.path) || ignored(f.path) || inodes.has(f.inode)) continue;
      inodes.add(f.inode);
      bytes += f.sizeBytes;
    }
    return { bytes, note: null, measurable: true };
  }
  // saved report only: sum the outermost listed directories the pattern selects
  // `/app/**` selects everything below `/app`, which is `/app`'s own size
  const dirPattern = pattern.replace(/\/\*\*\/?$/, '') || '/';
  const dirGlob = compileGlob(dirPattern);
  const dirs = report.directories.filter((d) => dirGlob.testPathOrAncestor(d.path));
  const outer = dirs.filter((d) => !dirs.some((o) => o !== d && (o.path === '/' ? d.path !== '/' : d.path.startsWith(`${o.path}/`))));
  if (outer.length > 0) {
    const bytes = outer.reduce((s, d) => s + d.sizeBytes, 0);
    const ign = input.config.ignore.length > 0 ? ', ignore not applied' : '';
    return { bytes, note: `approximated from directory sizes (depth ${report.directoryDepth}${ign})`, measurable: true };
  }
  const base = globBase(pattern);
  const depth = base === '/' ? 0 : base.split('/').length - 1;
  if (depth > report.directoryDepth || report.directoriesOmitted > 0) {
    return { bytes: 0, note: `not measurable from a saved report: directory sizes go to depth ${report.directoryDepth}${report.directoriesOmitted > 0 ? ` and omit ${report.directoriesOmitted}` : ''}`, measurable: false };
  }
  return { bytes: 0, note: 'approximated from directory sizes: nothing matches', measurable: true };
}

function effectiveSeverity(h: Hint, rules: Record<string, HintLevel>): Severity | null {
  const level = rules[h.rule];
  if (level === 'off') return null;
  return level ?? h.severity;
}

/** Applies the budgets; see the module notes. Returns one verdict per configured rule. */
export function evaluate(input: EvaluateInput): Verdict[] {
  const { report, config } = input;
  const b = config.budgets;
  const out: Verdict[] = [];
  const ignoreGlobs = config.ignore.map((g) => compileGlob(g));
  const ignored = (p: string): boolean => ignoreGlobs.some((g) => g.testPathOrAncestor(p));
  const t = report.totals;

  if (b.total) out.push(verdict('total', b.total, t.totalBytes, 'bytes', 'total'));
  if (b.compressed) {
    const note = t.compressedKind === 'compressed' ? undefined : 'some stored layers are uncompressed tars, so this is partly their tar size';
    out.push(verdict('compressed', b.compressed, t.compressedBytes, 'bytes', 'compressed size', note ? { note } : {}));
  }
  if (b.layer) {
    const largest = [...report.layers].sort((x, y) => y.contentBytes - x.contentBytes || x.index - y.index)[0];
    if (!largest) out.push(skipped('layer', b.layer, 'bytes', 'no layers'));
    else {
      const over = report.layers.filter((l) => l.contentBytes > b.layer!.value).length;
      out.push(verdict('layer', b.layer, largest.contentBytes, 'bytes', `largest layer, ${layerName(report, largest.index)},`, over > 1 ? { note: `${over} layers are over` } : {}));
    }
  }
  for (const r of b.instructions) {
    const rule = `instructions.${r.pattern}`;
    const glob = compileGlob(r.pattern, { path: false });
    const matching = report.layers.filter((l) => instructionMatches(glob, l.normalizedInstruction, l.instruction));
    const largest = [...matching].sort((x, y) => y.contentBytes - x.contentBytes || x.index - y.index)[0];
    if (!largest) out.push(skipped(rule, r, 'bytes', `no layer's instruction matches "${r.pattern}"`));
    else {
      const count = matching.length === 1 ? '' : `${matching.length} layers match; largest is `;
      out.push(verdict(rule, r, largest.contentBytes, 'bytes', `${count}${layerName(report, largest.index)}`));
    }
  }
  for (const r of b.paths) {
    const rule = `paths.${r.pattern}`;
    const m = pathBytes(input, r.pattern, ignored);
    if (!m.measurable) out.push(skipped(rule, r, 'bytes', `${r.pattern}: ${m.note}`));
    else out.push(verdict(rule, r, m.bytes, 'bytes', r.pattern, m.note ? { note: m.note } : {}));
  }
  if (b.wasted || b.wastedPercent || b.efficiency) {
    const w = wasteLessIgnored(input, ignored);
    const ign = config.ignore.length > 0 ? `ignored paths left out${w.approximate ? ' (approximated from the top wasted paths)' : ''}` : undefined;
    const o = ign ? { note: ign } : {};
    if (b.wasted) out.push(verdict('wasted', b.wasted, w.wasted, 'bytes', 'wasted', o));
    if (b.wastedPercent) out.push(verdict('wastedPercent', b.wastedPercent, t.totalBytes === 0 ? 0 : (w.wasted / t.totalBytes) * 100, 'percent', 'wasted', o));
    if (b.efficiency) out.push(verdict('efficiency', b.efficiency, t.totalBytes === 0 ? 1 : (t.totalBytes - w.wasted) / t.totalBytes, 'ratio', 'efficiency', { ...o, min: true }));
  }
  if (b.layerCount) out.push(verdict('layerCount', b.layerCount, t.layerCount, 'count', 'layer count'));

  const g = b.growth;
  const growth: Array<[string, Limit | null, Unit]> = [
    ['growth.total', g.total, 'bytes'],
    ['growth.totalPercent', g.totalPercent, 'percent'],
    ['growth.layer', g.layer, 'bytes'],
    ['growth.layerPercent', g.layerPercent, 'percent'],
  ];
  for (const [rule, limit, unit] of growth) {
    if (!limit) continue;
    const diff = input.diff;
    if (!diff) {
      out.push(skipped(rule, limit, unit, 'no baseline; growth rules not evaluated'));
      continue;
    }
    if (rule === 'growth.total') out.push(verdict(rule, limit, diff.totals.totalBytes.delta, 'bytes', 'growth', { signed: true }));
    else if (rule === 'growth.totalPercent') {
      const p = diff.totals.totalBytes.percent;
      if (p === null) out.push(skipped(rule, limit, unit, 'the baseline total is 0; growth in percent not evaluated'));
      else out.push(verdict(rule, limit, p, 'percent', 'growth', { signed: true }));
    } else {
      const cands = diff.layers.filter((l) => l.status !== 'removed' && l.status !== 'unchanged' && (rule === 'growth.layer' || l.deltaPercent !== null));
      const key = (l: (typeof cands)[number]): number => (rule === 'growth.layer' ? l.deltaBytes : l.deltaPercent!);
      const worst = [...cands].sort((x, y) => key(y) - key(x) || x.headIndex! - y.headIndex!)[0];
      if (!worst) out.push(skipped(rule, limit, unit, 'no layer changed or was added'));
      else out.push(verdict(rule, limit, key(worst), unit, `largest layer growth, ${layerName(report, worst.headIndex!)} (${worst.status}),`, { signed: true }));
    }
  }

  if (b.duplicates) {
    if (!report.duplicates.hashed) out.push(skipped('duplicates', b.duplicates, 'bytes', 'duplicates not measured: file contents were not hashed'));
    else {
      const d = duplicatesLessIgnored(input, ignored);
      const note = config.ignore.length > 0 ? `ignored paths left out${d.approximate ? ' (approximated from the listed groups)' : ''}` : undefined;
      out.push(verdict('duplicates', b.duplicates, d.bytes, 'bytes', 'reclaimable duplicates', note ? { note } : {}));
    }
  }

  const hb = b.hints;
  if (hb.failOn || hb.warnOn) {
    const sev = report.hints.map((h) => effectiveSeverity(h, config.hints.rules)).filter((s): s is Severity => s !== null);
    const atLeast = (s: Severity): number => sev.filter((x) => SEVERITY_RANK[x] >= SEVERITY_RANK[s]).length;
    const failing = hb.failOn ? atLeast(hb.failOn) : 0;
    const warning = hb.warnOn ? atLeast(hb.warnOn) : 0;
    const status: VerdictStatus = failing > 0 ? 'fail' : warning > 0 ? 'warn' : 'pass';
    const on = status === 'fail' ? hb.failOn! : status === 'warn' ? hb.warnOn! : (hb.warnOn ?? hb.failOn)!;
    const n = status === 'fail' ? failing : status === 'warn' ? warning : 0;
    out.push({
      rule: 'hints',
      status,
      actual: n,
      limit: 0,
      unit: 'count',
      message: n === 0 ? `no hints at or above ${on}` : `${n} hint${n === 1 ? '' : 's'} at or above ${on}`,
      waived: false,
    });
  }

  if (input.waived) {
    for (const v of out) {
      if (v.status !== 'fail') continue;
      v.status = 'warn';
      v.waived = true;
      v.message += ' (waived)';
    }
  }
  return out;
}

/** The worst status among verdicts: `fail`, else `warn`, else `pass` (also for none). */
export function overallStatus(verdicts: readonly Verdict[]): VerdictStatus {
  if (verdicts.some((v) => v.status === 'fail')) return 'fail';
  if (verdicts.some((v) => v.status === 'warn')) return 'warn';
  return 'pass';
}
