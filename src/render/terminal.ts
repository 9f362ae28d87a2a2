/**
 * Terminal renderings for the CLI: `analyze` (renderTerminal), `check` (renderCheckTerminal) and `diff`
 * (renderDiffTerminal). ANSI colors only when `color` is true; strings from the image always pass through
 * escapeTerminal, so a file name cannot move the cursor or change colors.
 */
import type { Analysis } from '../analysis/types.ts';
import type { ReportDiff } from '../report/diff.ts';
import type { Report, Verdict, VerdictStatus } from '../report/types.ts';
import { formatLocation } from './location.ts';
import { escapeTerminal, truncateMiddle } from './escape.ts';
import { formatBytes, formatCount } from './format.ts';
import { buildView, imageName, listView, plural } from './view.ts';
import type { DirectoryDeltaView, HintsView, LayerDeltaView, View } from './view.ts';

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

function ins(instruction: string): string {
  return escapeTerminal(instruction || '(unknown)', { maxLength: 300 });
}

function title(name: string): string {
  return escapeTerminal(name, { maxLength: 120 });
}

function totalsLine({ totals: t }: View): string {
  return `total ${t.total} · ${t.compressed} ${t.compressedKind} · wasted ${t.wasted} (${t.wastedPercent}) · efficiency ${t.efficiency} · ${t.layers} · ${t.files}`;
}

/** `… N more` under a capped list, or nothing. */
function moreLine(p: Paint, more: number): string[] {
  return more > 0 ? [p.dim(`  … ${formatCount(more)} more`)] : [];
}

function section(p: Paint, name: string): string {
  return `\n${p.bold(name)}`;
}

function hintLines(hints: HintsView, p: Paint, layers: Report['layers'] = []): string[] {
  const out = hints.shown.map((h) => {
    const sev = h.severity === 'error' ? p.red(h.severity) : h.severity === 'warning' ? p.yellow(h.severity) : p.dim(h.severity);
    const loc = h.layer !== null ? formatLocation(layers[h.layer]?.location) : '';
    const where = h.layer !== null ? ` (layer ${h.layer}${loc ? `, ${loc}` : ''})` : '';
    return `  ${formatBytes(h.savingsBytes).padStart(9)}  ${sev} ${escapeTerminal(h.title)}${where} [${escapeTerminal(h.rule, { maxLength: 60 })}]\n             ${escapeTerminal(h.advice, { maxLength: 400 })}`;
  });
  return [...out, ...moreLine(p, hints.more)];
}

/** `layer-budget analyze`: layers, waste by cause, top wasted paths, duplicates, deleted paths, directories. */
export function renderTerminal(source: Analysis | Report, options: TerminalOptions = {}): string {
  const r: Report = 'schemaVersion' in source ? source : source.report;
  const { p, width, top } = opts(options);
  const view = buildView({ report: r, topHints: top });
  const out: string[] = [`${p.bold(title(view.name))}  ${p.dim(escapeTerminal(view.platform, { maxLength: 40 }))}`, totalsLine(view)];
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
      view.layers.map((l) => [String(l.index), ins(l.instruction), ...(lines ? [formatLocation(l.location) || '—'] : []), l.size, l.compressed, l.wasted, l.hiddenBy]),
      width,
      p,
    ),
  );
  if (r.dockerfile?.note) out.push(p.dim(`  ${escapeTerminal(r.dockerfile.note, { maxLength: 400 })}`));
  if (view.wasteByCause.length > 0) {
    out.push(section(p, 'Waste by cause'));
    for (const c of view.wasteByCause) out.push(`  ${c.size.padStart(9)}  ${c.text}`);
  }
  if (r.waste.topPaths.length > 0) {
    out.push(section(p, 'Top wasted paths'));
    const list = listView(r.waste.topPaths, top, r.waste.topPathsOmitted);
    for (const w of list.shown) {
      out.push(`  ${formatBytes(w.sizeBytes).padStart(9)}  ${escapeTerminal(w.path, { maxLength: width - 40 })}  ${p.dim(`${w.cause}, layer ${w.layer} hidden by ${w.hiddenBy}`)}`);
    }
    out.push(...moreLine(p, list.more));
  }
  if (r.duplicates.hashed && r.duplicates.groupCount > 0) {
    out.push(section(p, `Duplicates: ${view.duplicates}`));
    for (const g of r.duplicates.groups.slice(0, top)) {
      const first = g.paths.slice(0, 2).map((x) => escapeTerminal(x, { maxLength: Math.floor((width - 30) / 2) })).join(', ');
      out.push(`  ${formatBytes(g.reclaimableBytes).padStart(9)}  ${g.paths.length}× ${formatBytes(g.sizeBytes)}: ${first}${g.paths.length > 2 ? ', …' : ''}`);
    }
  } else if (!r.duplicates.hashed) out.push(section(p, 'Duplicates: not measured (contents not hashed)'));
  if (r.waste.deletedPaths.length > 0) {
    out.push(section(p, 'Deleted paths still shipped'));
    const list = listView(r.waste.deletedPaths, top, r.waste.deletedPathsOmitted);
    for (const d of list.shown) {
      out.push(`  ${formatBytes(d.sizeBytes).padStart(9)}  ${escapeTerminal(d.path, { maxLength: width - 40 })}${d.kind === 'dir' ? '/' : ''}  ${p.dim(`deleted in layer ${d.layer}`)}`);
    }
    out.push(...moreLine(p, list.more));
  }
  if (r.directories.length > 0) {
    out.push(section(p, `Largest directories (to depth ${r.directoryDepth})`));
    const dirs = [...r.directories].filter((d) => d.path !== '/').sort((a, b) => b.sizeBytes - a.sizeBytes || (a.path < b.path ? -1 : 1));
    for (const d of dirs.slice(0, top)) out.push(`  ${formatBytes(d.sizeBytes).padStart(9)}  ${escapeTerminal(d.path, { maxLength: width - 30 })}  ${p.dim(`${formatCount(d.fileCount)} files`)}`);
  }
  if (view.hints.ranked.length > 0) out.push(section(p, 'Hints'), ...hintLines(view.hints, p, r.layers));
  return `${out.join('\n')}\n`;
}

const MARK: Record<VerdictStatus, string> = { pass: '✓', warn: '!', fail: '✗' };

function layerDeltaTable(view: View, width: number, p: Paint, all: boolean): string[] {
  const rows = view.layerDeltas.filter((l) => all || l.status !== 'unchanged');
  if (rows.length === 0) return ['  no layer changed'];
  const style = (l: LayerDeltaView): Style => (l.status === 'added' ? p.green : l.status === 'removed' ? p.red : l.status === 'changed' ? p.yellow : p.dim);
  const table = textTable(
    [
      { head: 'Status', align: 'l', style: (s, i) => style(rows[i]!)(s) },
      { head: '#', align: 'r' },
      { head: 'Instruction', align: 'l', flex: true },
      { head: 'Baseline', align: 'r' },
      { head: 'Now', align: 'r' },
      { head: 'Δ', align: 'r' },
    ],
    rows.map((l) => [l.status, l.index, ins(l.instruction), l.base, l.now, l.delta]),
    width,
    p,
  );
  const unchanged = view.layerDeltas.length - rows.length;
  if (unchanged > 0) table.push(p.dim(`  ${plural(unchanged, 'unchanged layer')} not shown`));
  return table;
}

function dirLines(view: View, width: number, top: number, p: Paint): string[] {
  const out: string[] = [];
  const line = (x: DirectoryDeltaView): string => `  ${x.delta.padStart(11)}  ${escapeTerminal(x.path, { maxLength: width - 40 })}  ${p.dim(`${x.base} → ${x.now}`)}`;
  if (view.growing.length > 0) out.push(section(p, 'Where it grew'), ...view.growing.slice(0, top).map(line));
  if (view.shrinking.length > 0) out.push(section(p, 'Where it shrank'), ...view.shrinking.slice(0, top).map(line));
  return out;
}

function growthLine(view: View): string {
  const g = view.growth;
  if (!g) return '';
  return `total ${g.totalBase} → ${g.totalHead} (${g.totalDelta}, ${g.totalPercent}) · compressed ${g.compressedDelta} · wasted ${g.wastedDelta} · layers ${g.layerCount}${g.layerCountDelta}: ${g.counts.changed} changed, ${g.counts.added} added, ${g.counts.removed} removed`;
}

/** `layer-budget check`: status, budget verdicts, changes against the baseline, top hints. */
export function renderCheckTerminal(check: CheckView, options: TerminalOptions = {}): string {
  const { p, width, top } = opts(options);
  const v = buildView({ report: check.report, diff: check.diff, verdicts: check.verdicts, status: check.status, topHints: Math.min(top, 5) });
  const color = v.status === 'fail' ? p.red : v.status === 'warn' ? p.yellow : p.green;
  const word = v.status === 'fail' ? 'FAIL' : v.status === 'warn' ? 'WARN' : 'PASS';
  const out = [`${p.bold(color(word))} ${p.bold(title(v.name))}`, totalsLine(v)];
  if (v.growth) out.push(growthLine(v));
  else out.push(p.dim(escapeTerminal(check.baselineMissing ? `no baseline (${check.baselineMissing}); growth rules not evaluated` : 'no baseline; growth rules not evaluated', { maxLength: 400 })));
  out.push(section(p, 'Budgets'));
  if (v.verdicts.length === 0) out.push('  no budgets configured (.github/layer-budget.yml)');
  const verdicts: Verdict[] = v.verdicts;
  const ruleW = Math.min(30, Math.max(0, ...verdicts.map((v) => len(v.rule))));
  for (const x of verdicts) {
    const c = x.status === 'fail' ? p.red : x.status === 'warn' ? p.yellow : p.green;
    const rule = escapeTerminal(x.rule, { maxLength: 30 });
    out.push(`  ${c(MARK[x.status])} ${rule.padEnd(ruleW)}  ${escapeTerminal(x.message, { maxLength: 400 })}`);
  }
  if (v.growth) {
    out.push(section(p, 'Layers vs baseline'));
    out.push(...layerDeltaTable(v, width, p, false));
    out.push(...dirLines(v, width, top, p));
  }
  if (v.hints.ranked.length > 0) out.push(section(p, 'Hints'), ...hintLines(v.hints, p, check.report.layers));
  return `${out.join('\n')}\n`;
}

/** `layer-budget diff`: totals, every layer with its status, where it grew and shrank. */
export function renderDiffTerminal(base: Report, head: Report, diff: ReportDiff, options: TerminalOptions = {}): string {
  const { p, width, top } = opts(options);
  const v = buildView({ report: head, diff });
  const out = [`${p.bold(title(imageName(base)))} → ${p.bold(title(v.name))}`, growthLine(v)];
  out.push(section(p, 'Layers'));
  out.push(...layerDeltaTable(v, width, p, true));
  out.push(...dirLines(v, width, top, p));
  if (v.growing.length === 0 && v.shrinking.length === 0) out.push(section(p, 'Directories'), '  no directory changed');
  return `${out.join('\n')}\n`;
}
