/**
 * Terminal renderings for the CLI: `analyze` (renderTerminal), `check` (renderCheckTerminal) and `diff`
 * (renderDiffTerminal). ANSI colors only when `color` is true; strings from the image always pass through
 * escapeTerminal, so a file name cannot move the cursor or change colors.
 */
import type { Analysis } from '../analysis/types.ts';
import type { LayerDelta, ReportDiff } from '../report/diff.ts';
import type { Hint, Report, Verdict, VerdictStatus } from '../report/types.ts';
import { WASTE_CAUSES } from '../report/types.ts';
import { formatLocation } from './location.ts';
import { escapeTerminal, truncateMiddle } from './escape.ts';
import { CAUSE_TEXT, formatBytes, formatCount, formatDelta, formatPercentDelta, formatRatio } from './format.ts';

/** Options for the terminal renderers. */
export interface TerminalOptions {
  /** emit ANSI colors (default: false) */
  color?: boolean;
  /** terminal width in columns (default: 100; at least 60 is used) */
  width?: number;
  /** rows per list section: wasted paths, duplicates, deleted paths, directories, hints (default: 10) */
  top?: number;
}

/** What `check` produced (the pipeline's CheckOutcome fits). */
export interface CheckView {
  report: Report;
  diff: ReportDiff | null;
  verdicts: Verdict[];
  status: VerdictStatus;
  /** why there is no baseline, when one was expected (default: none) */
  baselineMissing?: string | null;
}

type Style = (s: string) => string;
interface Paint {
  bold: Style;
  dim: Style;
  red: Style;
  green: Style;
  yellow: Style;
}

function paint(color: boolean): Paint {
  const wrap = (code: number): Style => (color ? (s) => `\x1b[${code}m${s}\x1b[0m` : (s) => s);
  return { bold: wrap(1), dim: wrap(2), red: wrap(31), green: wrap(32), yellow: wrap(33) };
}

interface Col {
  head: string;
  align: 'l' | 'r';
  /** this column shrinks to fit the width (one per table) */
  flex?: boolean;
  /** how the flexible column is cut (default: end) */
  cut?: 'end' | 'middle';
  style?: (cell: string, row: number) => string;
}

function cutEnd(s: string, n: number): string {
  const cps = Array.from(s);
  return cps.length <= n ? s : n <= 1 ? '…' : `${cps.slice(0, n - 1).join('')}…`;
}

function len(s: string): number {
  return Array.from(s).length;
}

/** A plain-text table; cells are already escaped; styles are applied after padding. */
function textTable(cols: Col[], rows: string[][], width: number, p: Paint): string[] {
  const widths = cols.map((c, i) => Math.max(len(c.head), ...rows.map((r) => len(r[i] ?? ''))));
  const flex = cols.findIndex((c) => c.flex);
  const total = widths.reduce((s, w) => s + w, 0) + 2 * (cols.length - 1) + 2;
  if (flex >= 0 && total > width) widths[flex] = Math.max(10, widths[flex]! - (total - width));
  const line = (cells: string[], header: boolean, r: number): string => {
    const parts = cells.map((raw, i) => {
      const c = cols[i]!;
      const w = widths[i]!;
      const cell = len(raw) > w ? (c.cut === 'middle' ? truncateMiddle(raw, w) : cutEnd(raw, w)) : raw;
      const pad = ' '.repeat(w - len(cell));
      const padded = c.align === 'r' ? pad + cell : i === cols.length - 1 ? cell : cell + pad;
      return header ? p.bold(padded) : c.style ? c.style(padded, r) : padded;
    });
    return `  ${parts.join('  ')}`.trimEnd();
  };
  return [line(cols.map((c) => c.head), true, -1), ...rows.map((r, i) => line(r, false, i))];
}

function opts(o: TerminalOptions): { p: Paint; width: number; top: number } {
  return { p: paint(o.color ?? false), width: Math.max(60, o.width ?? 100), top: o.top ?? 10 };
}

function ins(s: { normalizedInstruction: string; instruction: string }): string {
  return escapeTerminal(s.normalizedInstruction || s.instruction || '(unknown)', { maxLength: 300 });
}

function title(r: Report): string {
  return escapeTerminal(r.image.names[0] ?? r.image.reference, { maxLength: 120 });
}

function totalsLine(r: Report): string {
  const t = r.totals;
  const pct = t.totalBytes === 0 ? 0 : (t.wastedBytes / t.totalBytes) * 100;
  const kind = t.compressedKind === 'compressed' ? 'compressed' : 'stored (uncompressed tar)';
  return `total ${formatBytes(t.totalBytes)} · ${kind} ${formatBytes(t.compressedBytes)} · wasted ${formatBytes(t.wastedBytes)} (${pct.toFixed(1)}%) · efficiency ${formatRatio(t.efficiency)} · ${t.layerCount} layers · ${formatCount(t.fileCount)} files`;
}

function section(p: Paint, name: string): string {
  return `\n${p.bold(name)}`;
}

function hintLines(hints: Hint[], top: number, p: Paint, layers: Report['layers'] = []): string[] {
  const sorted = [...hints].sort((a, b) => b.savingsBytes - a.savingsBytes || a.rule.localeCompare(b.rule));
  const out = sorted.slice(0, top).map((h) => {
    const sev = h.severity === 'error' ? p.red(h.severity) : h.severity === 'warning' ? p.yellow(h.severity) : p.dim(h.severity);
    const loc = h.layer !== null ? formatLocation(layers[h.layer]?.location) : '';
    const where = h.layer !== null ? ` (layer ${h.layer}${loc ? `, ${loc}` : ''})` : '';
    return `  ${formatBytes(h.savingsBytes).padStart(9)}  ${sev} ${escapeTerminal(h.title)}${where} [${escapeTerminal(h.rule, { maxLength: 60 })}]\n             ${escapeTerminal(h.advice, { maxLength: 400 })}`;
  });
  if (sorted.length > top) out.push(p.dim(`  … ${sorted.length - top} more`));
  return out;
}

/** `layer-budget analyze`: layers, waste by cause, top wasted paths, duplicates, deleted paths, directories. */
export function renderTerminal(source: Analysis | Report, options: TerminalOptions = {}): string {
  const r: Report = 'schemaVersion' in source ? source : source.report;
  const { p, width, top } = opts(options);
  const out: string[] = [`${p.bold(title(r))}  ${p.dim(escapeTerminal(r.image.platform, { maxLength: 40 }))}`, totalsLine(r)];
  out.push(section(p, 'Layers'));
  // the Dockerfile column only when the layers were mapped to lines (--dockerfile)
  const lines = r.layers.some((l) => l.location);
  out.push(
    ...textTable(
      [
        { head: '#', align: 'r' },
        { head: 'Instruction', align: 'l', flex: true },
        ...(lines ? [{ head: 'Line', align: 'l' as const }] : []),
        { head: 'Size', align: 'r' },
        { head: 'Compressed', align: 'r' },
        { head: 'Wasted', align: 'r', style: (s) => (s.trim() === '—' ? p.dim(s) : p.yellow(s)) },
        { head: 'Hidden by', align: 'l' },
      ],
      r.layers.map((l) => [
        String(l.index),
        ins(l),
        ...(lines ? [formatLocation(l.location) || '—'] : []),
        formatBytes(l.contentBytes),
        formatBytes(l.compressedBytes),
        l.wastedBytes > 0 ? formatBytes(l.wastedBytes) : '—',
        l.hiddenBy.map((h) => `#${h.layer}`).join(' '),
      ]),
      width,
      p,
    ),
  );
  if (r.dockerfile?.note) out.push(p.dim(`  ${escapeTerminal(r.dockerfile.note, { maxLength: 400 })}`));
  const causes = WASTE_CAUSES.filter((c) => (r.waste.byCause[c] ?? 0) > 0);
  if (causes.length > 0) {
    out.push(section(p, 'Waste by cause'));
    for (const c of causes) out.push(`  ${formatBytes(r.waste.byCause[c]).padStart(9)}  ${CAUSE_TEXT[c]}`);
  }
  if (r.waste.topPaths.length > 0) {
    out.push(section(p, 'Top wasted paths'));
    for (const w of r.waste.topPaths.slice(0, top)) {
      out.push(`  ${formatBytes(w.sizeBytes).padStart(9)}  ${escapeTerminal(w.path, { maxLength: width - 40 })}  ${p.dim(`${w.cause}, layer ${w.layer} hidden by ${w.hiddenBy}`)}`);
    }
    const more = r.waste.topPaths.length - Math.min(top, r.waste.topPaths.length) + r.waste.topPathsOmitted;
    if (more > 0) out.push(p.dim(`  … ${formatCount(more)} more`));
  }
  if (r.duplicates.hashed && r.duplicates.groupCount > 0) {
    out.push(section(p, `Duplicates: ${formatBytes(r.duplicates.reclaimableBytes)} reclaimable in ${formatCount(r.duplicates.groupCount)} group${r.duplicates.groupCount === 1 ? '' : 's'}`));
    for (const g of r.duplicates.groups.slice(0, top)) {
      const first = g.paths.slice(0, 2).map((x) => escapeTerminal(x, { maxLength: Math.floor((width - 30) / 2) })).join(', ');
      out.push(`  ${formatBytes(g.reclaimableBytes).padStart(9)}  ${g.paths.length}× ${formatBytes(g.sizeBytes)}: ${first}${g.paths.length > 2 ? ', …' : ''}`);
    }
  } else if (!r.duplicates.hashed) out.push(section(p, 'Duplicates: not measured (contents not hashed)'));
  if (r.waste.deletedPaths.length > 0) {
    out.push(section(p, 'Deleted paths still shipped'));
    for (const d of r.waste.deletedPaths.slice(0, top)) {
      out.push(`  ${formatBytes(d.sizeBytes).padStart(9)}  ${escapeTerminal(d.path, { maxLength: width - 40 })}${d.kind === 'dir' ? '/' : ''}  ${p.dim(`deleted in layer ${d.layer}`)}`);
    }
    const more = r.waste.deletedPaths.length - Math.min(top, r.waste.deletedPaths.length) + r.waste.deletedPathsOmitted;
    if (more > 0) out.push(p.dim(`  … ${formatCount(more)} more`));
  }
  if (r.directories.length > 0) {
    out.push(section(p, `Largest directories (to depth ${r.directoryDepth})`));
    const dirs = [...r.directories].filter((d) => d.path !== '/').sort((a, b) => b.sizeBytes - a.sizeBytes || (a.path < b.path ? -1 : 1));
    for (const d of dirs.slice(0, top)) out.push(`  ${formatBytes(d.sizeBytes).padStart(9)}  ${escapeTerminal(d.path, { maxLength: width - 30 })}  ${p.dim(`${formatCount(d.fileCount)} files`)}`);
  }
  if (r.hints.length > 0) {
    out.push(section(p, 'Hints'));
    out.push(...hintLines(r.hints, top, p, r.layers));
  }
  return `${out.join('\n')}\n`;
}

const MARK: Record<VerdictStatus, string> = { pass: '✓', warn: '!', fail: '✗' };

function layerDeltaTable(diff: ReportDiff, width: number, p: Paint, all: boolean): string[] {
  const rows = diff.layers.filter((l) => all || l.status !== 'unchanged');
  if (rows.length === 0) return ['  no layer changed'];
  const style = (l: LayerDelta): Style => (l.status === 'added' ? p.green : l.status === 'removed' ? p.red : l.status === 'changed' ? p.yellow : p.dim);
  const table = textTable(
    [
      { head: 'Status', align: 'l', style: (s, i) => style(rows[i]!)(s) },
      { head: '#', align: 'r' },
      { head: 'Instruction', align: 'l', flex: true },
      { head: 'Baseline', align: 'r' },
      { head: 'Now', align: 'r' },
      { head: 'Δ', align: 'r' },
    ],
    rows.map((l) => [
      l.status,
      l.headIndex === null ? `(${l.baseIndex})` : String(l.headIndex),
      ins(l),
      l.baseBytes === null ? '—' : formatBytes(l.baseBytes),
      l.headBytes === null ? '—' : formatBytes(l.headBytes),
      `${formatDelta(l.deltaBytes)} (${l.baseBytes === null ? 'new' : formatPercentDelta(l.baseBytes, l.baseBytes + l.deltaBytes)})`,
    ]),
    width,
    p,
  );
  const unchanged = diff.counts.unchanged;
  if (!all && unchanged > 0) table.push(p.dim(`  ${unchanged} unchanged layer${unchanged === 1 ? '' : 's'} not shown`));
  return table;
}

function dirLines(diff: ReportDiff, width: number, top: number, p: Paint): string[] {
  const out: string[] = [];
  const d = diff.directories;
  const line = (x: ReportDiff['directories']['growing'][number]): string =>
    `  ${`${x.uncertain ? '≈' : ''}${formatDelta(x.deltaBytes)}`.padStart(11)}  ${escapeTerminal(x.path, { maxLength: width - 40 })}  ${p.dim(`${x.baseBytes === null ? '—' : formatBytes(x.baseBytes)} → ${x.headBytes === null ? '—' : formatBytes(x.headBytes)}`)}`;
  if (d.growing.length > 0) out.push(section(p, 'Where it grew'), ...d.growing.slice(0, top).map(line));
  if (d.shrinking.length > 0) out.push(section(p, 'Where it shrank'), ...d.shrinking.slice(0, top).map(line));
  return out;
}

function growthLine(diff: ReportDiff): string {
  const t = diff.totals;
  const lc = t.layerCount.delta === 0 ? '' : ` (${t.layerCount.delta > 0 ? '+' : '−'}${Math.abs(t.layerCount.delta)})`;
  return `total ${formatBytes(t.totalBytes.base)} → ${formatBytes(t.totalBytes.head)} (${formatDelta(t.totalBytes.delta)}, ${formatPercentDelta(t.totalBytes.base, t.totalBytes.head)}) · compressed ${formatDelta(t.compressedBytes.delta)} · wasted ${formatDelta(t.wastedBytes.delta)} · layers ${t.layerCount.head}${lc}: ${diff.counts.changed} changed, ${diff.counts.added} added, ${diff.counts.removed} removed`;
}

/** `layer-budget check`: status, budget verdicts, changes against the baseline, top hints. */
export function renderCheckTerminal(view: CheckView, options: TerminalOptions = {}): string {
  const { p, width, top } = opts(options);
  const r = view.report;
  const color = view.status === 'fail' ? p.red : view.status === 'warn' ? p.yellow : p.green;
  const word = view.status === 'fail' ? 'FAIL' : view.status === 'warn' ? 'WARN' : 'PASS';
  const out = [`${p.bold(color(word))} ${p.bold(title(r))}`, totalsLine(r)];
  if (view.diff) out.push(growthLine(view.diff));
  else out.push(p.dim(escapeTerminal(view.baselineMissing ? `no baseline (${view.baselineMissing}); growth rules not evaluated` : 'no baseline; growth rules not evaluated', { maxLength: 400 })));
  out.push(section(p, 'Budgets'));
  if (view.verdicts.length === 0) out.push('  no budgets configured (.github/layer-budget.yml)');
  const order: Record<VerdictStatus, number> = { fail: 0, warn: 1, pass: 2 };
  const verdicts = [...view.verdicts].sort((a, b) => order[a.status] - order[b.status]);
  const ruleW = Math.min(30, Math.max(0, ...verdicts.map((v) => len(v.rule))));
  for (const v of verdicts) {
    const c = v.status === 'fail' ? p.red : v.status === 'warn' ? p.yellow : p.green;
    const rule = escapeTerminal(v.rule, { maxLength: 30 });
    out.push(`  ${c(MARK[v.status])} ${rule.padEnd(ruleW)}  ${escapeTerminal(v.message, { maxLength: 400 })}`);
  }
  if (view.diff) {
    out.push(section(p, 'Layers vs baseline'));
    out.push(...layerDeltaTable(view.diff, width, p, false));
    out.push(...dirLines(view.diff, width, top, p));
  }
  if (r.hints.length > 0) {
    out.push(section(p, 'Hints'));
    out.push(...hintLines(r.hints, Math.min(top, 5), p, r.layers));
  }
  return `${out.join('\n')}\n`;
}

/** `layer-budget diff`: totals, every layer with its status, where it grew and shrank. */
export function renderDiffTerminal(base: Report, head: Report, diff: ReportDiff, options: TerminalOptions = {}): string {
  const { p, width, top } = opts(options);
  const out = [`${p.bold(title(base))} → ${p.bold(title(head))}`, growthLine(diff)];
  out.push(section(p, 'Layers'));
  out.push(...layerDeltaTable(diff, width, p, true));
  out.push(...dirLines(diff, width, top, p));
  if (diff.directories.growing.length === 0 && diff.directories.shrinking.length === 0) out.push(section(p, 'Directories'), '  no directory changed');
  return `${out.join('\n')}\n`;
}
