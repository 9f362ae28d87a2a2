/**
 * renderMarkdown(): the one GitHub-markdown rendering behind the PR comment, the job summary and
 * `diff --format markdown`. Its numbers and rows come from the view model (view.ts); every string from an
 * image or a baseline goes through escape.ts, which also breaks `<!--`/`-->` so no marker can be forged.
 *
 * Sections, in order: marker (comment only), headline, layer table (changed/added/removed; unchanged ones in
 * `<details>`), where it grew, budgets, hints, chart; the summary adds waste by cause, top wasted paths,
 * duplicates and deleted paths. When the text is over `maxLength` the lowest-value parts go first: the chart,
 * the unchanged layers, the summary extras, the hints (to one line, keeping the error hints), the directories,
 * then layer table rows (smallest Δ first), then budget rows that passed; a note says what was cut and points
 * to the job summary. Past all that, the one size cap (limit.ts) cuts the text itself.
 */
import { markdownTable } from 'markdown-table';
import type { LayerDelta, ReportDiff } from '../report/diff.ts';
import type { Hint, Report, Verdict, VerdictStatus } from '../report/types.ts';
import { renderLayerChart } from './chart.ts';
import { formatLocation } from './location.ts';
import type { DockerfileLocation } from '../report/types.ts';
import { escapeCode, escapeMarkdown } from './escape.ts';
import { formatBytes, formatCount, formatDelta } from './format.ts';
import { capMarkdown, COMMENT_LIMIT, sizeOf, SUMMARY_LIMIT } from './limit.ts';
import type { LimitUnit } from './limit.ts';
import { commentMarker } from './marker.ts';
import { buildView, listView, plural } from './view.ts';
import type { DirectoryDeltaView, LayerDeltaView, View } from './view.ts';

/** What the comment and the summary show. */
export interface MarkdownInput {
  /** image key: the sticky comment's marker is `<!-- layer-budget:KEY -->` */
  key: string;
  report: Report;
  /** the diff against the baseline (null: no baseline) */
  diff: ReportDiff | null;
  /** the baseline's provenance, for the headline (default: none) */
  baseline?: { commitSha: string | null; ref?: string | null } | null;
  verdicts: Verdict[];
  /** overall status; `no-baseline` shows the verdicts' status and says there was no baseline */
  status: VerdictStatus | 'no-baseline';
  /** the waiver label is on the PR */
  waived: boolean;
  /** the waiver label's name, shown when waived (default: none) */
  waiverLabel?: string | null;
  /** link to the job summary (default: none) */
  summaryUrl?: string | null;
  /** link to the explorer page's artifact (default: none) */
  explorerUrl?: string | null;
  /** hints listed, ranked errors first; every `error` hint is listed even past this (default: 5 in the comment, all in the summary) */
  topHints?: number;
  /** growing and shrinking directories listed each (default: 10 in the comment, all in the summary) */
  topDirectories?: number;
  /** collapse unchanged layers in `<details>` (default: true in the comment) */
  collapseUnchanged?: boolean;
  /** include the chart (default: true) */
  chart?: boolean;
  /** why there is no baseline, shown instead of the growth (default: a generic line) */
  baselineNote?: string | null;
  /** where Dockerfile lines link to, e.g. `https://github.com/o/r/blob/SHA/` (default: relative links) */
  sourceLinkBase?: string | null;
}

/** Which rendering. */
export type MarkdownMode = 'comment' | 'summary' | 'diff';

const ICON: Record<VerdictStatus, string> = { pass: '✅', warn: '⚠️', fail: '❌' };
const LAYER_ICON: Record<LayerDelta['status'], string> = { changed: '✏️ changed', added: '➕ added', removed: '➖ removed', unchanged: 'unchanged' };

/** What the size cap has taken out so far (each step is the next lowest-value part). */
interface Degrade {
  chart: boolean;
  unchanged: boolean;
  extras: boolean;
  /** hints in full; false: one line, plus the error hints (which are always shown) */
  hints: boolean;
  /** max directory rows per side; 0 = section reduced to one line */
  dirs: number;
  /** max changed-layer rows; null = all */
  layerRows: number | null;
  /** only failing/warning budget rows */
  budgetsFailingOnly: boolean;
  cut: string[];
}

/** One rendering: the input, its view, the mode. */
interface Ctx {
  input: MarkdownInput;
  view: View;
  mode: MarkdownMode;
}

function code(s: string, max: number, inTable = true): string {
  return s === '' ? '*(unknown)*' : escapeCode(s, { maxLength: max, inTable });
}

function shortSha(sha: string): string {
  return /^[0-9a-f]{7,64}$/i.test(sha) ? `\`${sha.slice(0, 7)}\`` : escapeCode(sha, { maxLength: 12, inTable: false });
}

function headline({ input, view, mode }: Ctx): string {
  const { status, totals: t, growth: g } = view;
  const name = escapeCode(view.name, { maxLength: 80, inTable: false });
  const lines: string[] = [];
  if (mode === 'diff') lines.push(`### layer-budget diff: ${name}`);
  else {
    const verdict =
      status === 'fail' ? 'is over budget' : status === 'warn' ? (input.waived && input.verdicts.some((v) => v.waived) ? 'is over budget, waived' : 'passes with warnings') : input.verdicts.length === 0 ? 'analyzed' : 'is within budget';
    lines.push(`### ${ICON[status]} ${name} ${verdict}`);
  }
  lines.push('');
  let size = `**${t.total}** uncompressed`;
  if (g) {
    const sha = input.baseline?.commitSha ? ` vs ${shortSha(input.baseline.commitSha)}` : ' vs the baseline';
    const ref = input.baseline?.ref ? ` on ${escapeCode(input.baseline.ref.replace(/^refs\/heads\//, ''), { maxLength: 60, inTable: false })}` : '';
    size += ` (**${g.totalDelta}**, ${g.totalPercent}${sha}${ref})`;
  }
  const parts = [
    size,
    `${t.compressed}${g ? ` (${g.compressedDelta})` : ''} ${t.compressedKind}`,
    `${t.wasted}${g ? ` (${g.wastedDelta})` : ''} wasted (${t.wastedPercent}, efficiency ${t.efficiency})`,
    `${t.layers}${g ? g.layerCountDelta : ''}`,
  ];
  lines.push(parts.join(' · '));
  if (input.waived && mode !== 'diff') {
    const label = input.waiverLabel ? ` ${escapeCode(input.waiverLabel, { maxLength: 60, inTable: false })}` : '';
    lines.push('', `> [!NOTE]\n> The waiver label${label} is on this pull request: failing budgets are reported as warnings.`);
  }
  if (!g && mode !== 'diff') {
    lines.push('', `> ${escapeMarkdown(input.baselineNote ?? 'No baseline report was found for this image, so only absolute budgets were applied; growth budgets were not evaluated.', { maxLength: 300 })}`);
  }
  return lines.join('\n');
}

/** Escapes text but keeps its `code spans` as (escaped) code spans. */
function richText(s: string, max: number): string {
  const text = s.length > max ? `${s.slice(0, max - 1)}…` : s;
  return text
    .split(/(`[^`\n]+`)/)
    .map((part, i) => (i % 2 === 1 ? escapeCode(part.slice(1, -1), { maxLength: max, inTable: false }) : escapeMarkdown(part, { maxLength: max })))
    .join('');
}

function table(rows: string[][], align: string[]): string {
  return markdownTable(rows, { alignDelimiters: false, align });
}

/** Keeps the `n` rows that rank first by `weight`, in their order; returns them and how many were left out. */
function keepLargest<T>(rows: T[], n: number | null, weight: (r: T) => number): { rows: T[]; omitted: number } {
  if (n === null || rows.length <= n) return { rows, omitted: 0 };
  const keep = new Set([...rows].sort((a, b) => weight(b) - weight(a)).slice(0, n));
  return { rows: rows.filter((r) => keep.has(r)), omitted: rows.length - keep.size };
}

/** ` · [Dockerfile:12](…)` after an instruction, when the layer's line is known. */
function at(loc: DockerfileLocation | null | undefined, input: MarkdownInput): string {
  return loc ? ` · ${formatLocation(loc, { format: 'markdown', linkBase: input.sourceLinkBase ?? null })}` : '';
}

function layerRow(l: LayerDeltaView, max: number, input: MarkdownInput): string[] {
  return [LAYER_ICON[l.status], l.index, code(l.instruction, max) + at(l.location, input), l.base, l.now, l.delta];
}

function layersSection({ input, view, mode }: Ctx, dg: Degrade): string {
  const max = mode === 'comment' ? 80 : 200;
  const out: string[] = ['#### Layers', ''];
  if (!view.growth) {
    const { rows, omitted } = keepLargest(view.layers, dg.layerRows, (l) => l.contentBytes);
    out.push(table([['#', 'Instruction', 'Size', 'Compressed', 'Wasted'], ...rows.map((l) => [String(l.index), code(l.instruction, max) + at(l.location, input), l.size, l.compressed, l.wasted])], ['r', 'l', 'r', 'r', 'r']));
    if (omitted > 0) out.push('', `*${plural(omitted, 'smaller layer')} not shown.*`);
    return out.join('\n');
  }
  const collapse = input.collapseUnchanged ?? mode === 'comment';
  const shown = view.layerDeltas.filter((l) => l.status !== 'unchanged' || !collapse);
  const unchanged = view.layerDeltas.filter((l) => l.status === 'unchanged');
  const { rows, omitted } = keepLargest(shown, dg.layerRows, (l) => Math.abs(l.deltaBytes));
  if (rows.length > 0) out.push(table([['', '#', 'Instruction', 'Baseline', 'Now', 'Δ'], ...rows.map((l) => layerRow(l, max, input))], ['l', 'r', 'l', 'r', 'r', 'r']));
  else if (shown.length === 0) out.push('No layer changed.');
  if (omitted > 0) out.push('', `*${plural(omitted, 'more changed layer')} with smaller Δ not shown.*`);
  if (collapse && unchanged.length > 0) {
    const bytes = unchanged.reduce((s, l) => s + (l.headBytes ?? 0), 0);
    const summary = `${plural(unchanged.length, 'unchanged layer')} (${formatBytes(bytes)})`;
    if (dg.unchanged) {
      const t = table([['#', 'Instruction', 'Size'], ...unchanged.map((l) => [l.index, code(l.instruction, max) + at(l.location, input), l.now])], ['r', 'l', 'r']);
      out.push('', `<details><summary>${summary}</summary>`, '', t, '', '</details>');
    } else out.push('', `*${summary} not shown.*`);
  }
  return out.join('\n');
}

/** The Dockerfile lines of the layers that grew most (changed or added), when the report knows them. */
function grewAt(view: View, input: MarkdownInput): string | null {
  const grew = view.layerDeltas.filter((l) => (l.status === 'changed' || l.status === 'added') && l.deltaBytes > 0 && l.location).sort((a, b) => b.deltaBytes - a.deltaBytes);
  if (grew.length === 0) return null;
  const list = grew.slice(0, 3).map((l) => `${formatLocation(l.location, { format: 'markdown', linkBase: input.sourceLinkBase ?? null })} ${formatDelta(l.deltaBytes)}`);
  return `Grew in ${list.join(', ')}${grew.length > 3 ? `, and ${grew.length - 3} more` : ''}.`;
}

function dirsSection({ input, view, mode }: Ctx, dg: Degrade): string | null {
  const d = input.diff?.directories;
  if (!d || (view.growing.length === 0 && view.shrinking.length === 0)) return null;
  const top = Math.min(input.topDirectories ?? (mode === 'comment' ? 10 : Infinity), dg.dirs);
  const head = view.growing.length === 0 ? '#### Where it shrank' : view.shrinking.length === 0 ? '#### Where it grew' : '#### Where it grew and shrank';
  if (top === 0) return `${head}\n\n*${d.growing.length + d.growingOmitted} directories grew and ${d.shrinking.length + d.shrinkingOmitted} shrank; not shown.*`;
  const grow = view.growing.slice(0, top);
  const shrink = view.shrinking.slice(0, top);
  const row = (x: DirectoryDeltaView): string[] => [code(x.path, mode === 'comment' ? 120 : 300), x.base, x.now, `${x.delta} (${x.percent})`];
  const out = [head, '', table([['Directory', 'Baseline', 'Now', 'Δ'], ...[...grow, ...shrink].map(row)], ['l', 'r', 'r', 'r'])];
  const more = d.growing.length - grow.length + d.growingOmitted + (d.shrinking.length - shrink.length) + d.shrinkingOmitted;
  const notes: string[] = [];
  if (more > 0) notes.push(`${more} more not shown.`);
  if ([...grow, ...shrink].some((x) => x.uncertain)) notes.push('≈: the directory is missing from a capped directory list on one side, so the change may be smaller.');
  if (d.indeterminate > 0) notes.push(`${d.indeterminate} small ${d.indeterminate === 1 ? 'directory' : 'directories'} missing from a capped list could not be compared.`);
  notes.push(`Directory sizes are visible bytes, aggregated to depth ${d.depth}.`);
  out.push('', `*${notes.join(' ')}*`);
  const lines = grewAt(view, input);
  if (lines) out.push('', lines);
  return out.join('\n');
}

function budgetsSection({ view, mode }: Ctx, dg: Degrade): string | null {
  if (mode === 'diff') return null;
  const out = ['#### Budgets', ''];
  if (view.verdicts.length === 0) {
    out.push('No budgets are configured. Add `.github/layer-budget.yml` to set them.');
    return out.join('\n');
  }
  const passed = view.verdicts.filter((v) => v.status === 'pass').length;
  const list = dg.budgetsFailingOnly ? view.verdicts.filter((v) => v.status !== 'pass') : view.verdicts;
  if (list.length > 0) {
    out.push(table([['', 'Rule', 'Result'], ...list.map((v: Verdict) => [`${ICON[v.status]}${v.waived ? ' waived' : ''}`, code(v.rule, 100), escapeMarkdown(v.message, { maxLength: 300 })])], ['l', 'l', 'l']));
  }
  if (dg.budgetsFailingOnly && passed > 0) out.push('', `*${plural(passed, 'passing budget')} not shown.*`);
  return out.join('\n');
}

function hintItem(h: Hint, i: number, evidenceMax: number, full: boolean, input: MarkdownInput): string {
  const where = h.layer !== null ? ` · layer ${h.layer}${h.instruction ? ` ${code(h.instruction, 60, false)}` : ''}${at(input.report.layers[h.layer]?.location, input)}` : '';
  const lines = [`${i + 1}. **${escapeMarkdown(h.title, { maxLength: 200 })}**: saves ${h.overlaps ? 'up to ' : ''}${formatBytes(h.savingsBytes)}${where} · ${code(h.rule, 60, false)} (${h.severity})`];
  if (!full) return lines[0]!;
  if (h.advice) lines.push(`   ${richText(h.advice, 600)}`);
  for (const e of h.evidence.slice(0, evidenceMax)) lines.push(`   - ${code(e.path, 120, false)} ${formatBytes(e.sizeBytes)}${e.layer !== null ? ` (layer ${e.layer})` : ''}`);
  if (h.evidence.length > evidenceMax) lines.push(`   - and ${h.evidence.length - evidenceMax} more`);
  return lines.join('\n');
}

function hintsSection({ input, view, mode }: Ctx, dg: Degrade): string | null {
  const hv = view.hints;
  const n = hv.ranked.length;
  if (n === 0) return null;
  const errors = hv.ranked.filter((h) => h.severity === 'error').length;
  const summary = `💡 ${plural(n, 'hint')}${errors > 0 ? ` (${plural(errors, 'error')})` : ''}: up to ${hv.savings} could be saved`;
  if (!dg.hints) {
    // cut for size: one line, but an error hint is always shown
    const errs = hv.shown.filter((h) => h.severity === 'error').map((h, i) => hintItem(h, i, 0, false, input));
    return [`*${summary}; see the job summary.*`, ...(errs.length > 0 ? ['', ...errs] : [])].join('\n');
  }
  const evidenceMax = mode === 'comment' ? 3 : 10;
  const items = hv.shown.map((h, i) => hintItem(h, i, evidenceMax, true, input));
  if (hv.more > 0) items.push(`\n*${hv.more} more in the job summary.*`);
  const body = items.join('\n');
  // an error hint must be seen: its block is open
  return mode === 'comment' ? `<details${errors > 0 ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>` : `#### Hints\n\n${summary}\n\n${body}`;
}

function chartSection({ input, mode }: Ctx, dg: Degrade): string | null {
  if (!dg.chart || input.chart === false) return null;
  const chart = renderLayerChart(input.report, input.diff);
  if (!chart) return null;
  return mode === 'comment' ? `<details><summary>📊 Layer sizes</summary>\n\n${chart}\n\n</details>` : `#### Layer sizes\n\n${chart}`;
}

function extrasSection({ input, view, mode }: Ctx, dg: Degrade): string | null {
  if (mode === 'comment' || !dg.extras) return null;
  const r = input.report;
  const out: string[] = [];
  if (view.wasteByCause.length > 0) {
    out.push('#### Waste by cause', '', table([['Cause', 'Bytes'], ...view.wasteByCause.map((c) => [c.text, c.size])], ['l', 'r']));
  }
  const more = (n: number, what = ''): string[] => (n > 0 ? ['', `*${formatCount(n)} more${what} not listed.*`] : []);
  if (r.waste.topPaths.length > 0) {
    const list = listView(r.waste.topPaths, Infinity, r.waste.topPathsOmitted);
    const rows = list.shown.map((p) => [code(p.path, 200), formatBytes(p.sizeBytes), p.cause, String(p.layer), String(p.hiddenBy)]);
    out.push('', '#### Top wasted paths', '', table([['Path', 'Size', 'Cause', 'Layer', 'Hidden by'], ...rows], ['l', 'r', 'l', 'r', 'r']), ...more(list.more));
  }
  if (r.duplicates.groups.length > 0) {
    const list = listView(r.duplicates.groups, Infinity, r.duplicates.groupsOmitted);
    const rows = list.shown.map((g) => [g.paths.slice(0, 3).map((p) => code(p, 120)).join('<br>') + (g.paths.length > 3 ? `<br>and ${g.paths.length - 3} more` : ''), String(g.paths.length), formatBytes(g.sizeBytes), formatBytes(g.reclaimableBytes)]);
    out.push('', '#### Duplicate files', '', `${view.duplicates} of identical files.`, '', table([['Paths', 'Copies', 'Size', 'Reclaimable'], ...rows], ['l', 'r', 'r', 'r']), ...more(list.more, ' groups'));
  }
  if (r.waste.deletedPaths.length > 0) {
    const list = listView(r.waste.deletedPaths, Infinity, r.waste.deletedPathsOmitted);
    const rows = list.shown.map((p) => [code(p.path, 200), p.kind, formatBytes(p.sizeBytes), String(p.layer)]);
    out.push('', '#### Deleted paths still shipped', '', table([['Path', 'Kind', 'Size', 'Deleted in layer'], ...rows], ['l', 'l', 'r', 'r']), ...more(list.more));
  }
  return out.length > 0 ? out.join('\n') : null;
}

/** A URL safe inside `[text](…)`: percent-encoded, parentheses and spaces included. */
function linkTarget(url: string): string {
  return encodeURI(url).replace(/\(/g, '%28').replace(/\)/g, '%29');
}

function footer({ input, mode }: Ctx, dg: Degrade): string {
  const lines: string[] = [];
  if (dg.cut.length > 0) {
    const where = input.summaryUrl ? `the [job summary](${linkTarget(input.summaryUrl)})` : 'the job summary';
    const limit = mode === 'comment' ? "GitHub's 65,536-character comment limit" : 'the size limit';
    const cut = dg.cut.filter((c) => !(c === 'some directories' && dg.cut.includes('the directories')));
    const list = cut.length > 1 ? `${cut.slice(0, -1).join(', ')} and ${cut[cut.length - 1]}` : cut[0];
    lines.push(`> [!NOTE]\n> Shortened to fit ${limit}: left out ${list}. ${mode === 'comment' ? `See ${where} for everything.` : ''}`.trimEnd());
  }
  const r = input.report;
  const summary = mode === 'comment' && input.summaryUrl && dg.cut.length === 0 ? ` · [job summary](${linkTarget(input.summaryUrl)})` : '';
  const explorer = input.explorerUrl ? ` · [explore the image](${linkTarget(input.explorerUrl)})` : '';
  const link = `${summary}${explorer}`;
  lines.push(`<sub>${escapeMarkdown(r.tool.name)} ${escapeMarkdown(r.tool.version, { maxLength: 40 })} · key ${escapeCode(input.key, { maxLength: 80, inTable: false })}${link}</sub>`);
  return lines.join('\n\n');
}

function assemble(ctx: Ctx, dg: Degrade): string {
  const parts: Array<string | null> = [
    ctx.mode === 'comment' ? commentMarker(ctx.input.key) : null,
    headline(ctx),
    layersSection(ctx, dg),
    dirsSection(ctx, dg),
    budgetsSection(ctx, dg),
    hintsSection(ctx, dg),
    extrasSection(ctx, dg),
    chartSection(ctx, dg),
    footer(ctx, dg),
  ];
  return `${parts.filter((p): p is string => p !== null).join('\n\n')}\n`;
}

/**
 * Renders the markdown for `mode`, never longer than `maxLength` (default: 65,536 UTF-16 code units for a
 * comment, 1 MiB of UTF-8 for the summary and diff). Both measures are at least GitHub's own count.
 */
export function renderMarkdown(input: MarkdownInput, mode: MarkdownMode, maxLength?: number): string {
  const unit: LimitUnit = mode === 'comment' ? 'chars' : 'utf8';
  const limit = maxLength ?? (mode === 'comment' ? COMMENT_LIMIT : SUMMARY_LIMIT);
  const fits = (s: string): boolean => sizeOf(s, unit) <= limit;
  const view = buildView({ report: input.report, diff: input.diff, verdicts: input.verdicts, status: input.status, topHints: input.topHints ?? (mode === 'comment' ? 5 : Infinity) });
  const ctx: Ctx = { input, view, mode };
  const dg: Degrade = { chart: true, unchanged: true, extras: true, hints: true, dirs: Infinity, layerRows: null, budgetsFailingOnly: false, cut: [] };
  let text = assemble(ctx, dg);
  if (fits(text)) return text;
  const steps: Array<[string, () => void]> = [
    ['the chart', () => (dg.chart = false)],
    ['the unchanged layers', () => (dg.unchanged = false)],
    ['the waste details', () => (dg.extras = false)],
    ['the hints', () => (dg.hints = false)],
    ['some directories', () => (dg.dirs = 5)],
    ['the directories', () => (dg.dirs = 0)],
  ];
  for (const [what, step] of steps) {
    const before = text;
    step();
    text = assemble(ctx, dg);
    // a step that changed nothing (say, there was no chart) is not named in the note
    if (text === before) continue;
    dg.cut.push(what);
    text = assemble(ctx, dg);
    if (fits(text)) return text;
  }
  // layer rows: keep as many as fit, largest |Δ| first
  const rowCount = view.growth ? view.layerDeltas.length : view.layers.length;
  dg.cut.push('layer rows with the smallest changes');
  let lo = 0;
  let hi = rowCount;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    dg.layerRows = mid;
    if (fits(assemble(ctx, dg))) lo = mid;
    else hi = mid - 1;
  }
  dg.layerRows = lo;
  text = assemble(ctx, dg);
  if (fits(text)) return text;
  dg.cut.push('passing budgets');
  dg.budgetsFailingOnly = true;
  text = assemble(ctx, dg);
  // last resort: the one cap cuts the text itself, keeping the marker line and adding its note
  return capMarkdown(text, { limit, unit });
}
