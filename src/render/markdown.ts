/**
 * renderMarkdown(): the one GitHub-markdown rendering behind the PR comment, the job summary and
 * `diff --format markdown`. Every string from an image or a baseline goes through escape.ts.
 *
 * Sections, in order: marker (comment only), headline, layer table (changed/added/removed; unchanged ones in
 * `<details>`), where it grew, budgets, hints, chart; the summary adds waste by cause, top wasted paths,
 * duplicates and deleted paths. When the text is over `maxLength` the lowest-value parts go first: the chart,
 * the unchanged layers, the summary extras, the hints, the directories, then layer table rows (smallest Δ
 * first), then budget rows that passed; a note says what was cut and points to the job summary.
 */
import { markdownTable } from 'markdown-table';
import type { LayerDelta, ReportDiff } from '../report/diff.ts';
import type { Hint, Report, Verdict, VerdictStatus } from '../report/types.ts';
import { WASTE_CAUSES } from '../report/types.ts';
import { renderLayerChart } from './chart.ts';
import { formatLocation } from './location.ts';
import type { DockerfileLocation } from '../report/types.ts';
import { escapeCode, escapeMarkdown } from './escape.ts';
import { CAUSE_TEXT, formatBytes, formatCount, formatDelta, formatPercentDelta, formatRatio, formatSignedPercent } from './format.ts';

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
  /** hints listed (default: 5 in the comment, all in the summary) */
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

/** GitHub's limit on a comment body, in characters. */
export const COMMENT_LIMIT = 65_536;
/** GitHub's limit on a job summary, in bytes (1 MiB). */
export const SUMMARY_LIMIT = 1_048_576;

const ICON: Record<VerdictStatus, string> = { pass: '✅', warn: '⚠️', fail: '❌' };
const LAYER_ICON: Record<LayerDelta['status'], string> = { changed: '✏️ changed', added: '➕ added', removed: '➖ removed', unchanged: 'unchanged' };
interface Degrade {
  chart: boolean;
  unchanged: boolean;
  extras: boolean;
  hints: boolean;
  /** max directory rows per side; 0 = section reduced to one line */
  dirs: number;
  /** max changed-layer rows; null = all */
  layerRows: number | null;
  /** only failing/warning budget rows */
  budgetsFailingOnly: boolean;
  cut: string[];
}

function instructionOf(s: { normalizedInstruction: string; instruction: string }): string {
  return s.normalizedInstruction || s.instruction;
}

function code(s: string, max: number, inTable = true): string {
  return s === '' ? '*(unknown)*' : escapeCode(s, { maxLength: max, inTable });
}

function bytesCell(n: number | null): string {
  return n === null ? '—' : formatBytes(n);
}

function deltaCell(delta: number, base: number | null, uncertain = false): string {
  const pct = base === null ? 'new' : formatPercentDelta(base, base + delta);
  return `${uncertain ? '≈' : ''}${formatDelta(delta)} (${pct})`;
}

function shortSha(sha: string): string {
  return /^[0-9a-f]{7,64}$/i.test(sha) ? `\`${sha.slice(0, 7)}\`` : escapeCode(sha, { maxLength: 12, inTable: false });
}

function imageName(r: Report): string {
  return r.image.names[0] ?? r.image.reference;
}

function statusOf(input: MarkdownInput): VerdictStatus {
  if (input.status !== 'no-baseline') return input.status;
  return input.verdicts.some((v) => v.status === 'fail') ? 'fail' : input.verdicts.some((v) => v.status === 'warn') ? 'warn' : 'pass';
}

function headline(input: MarkdownInput, mode: MarkdownMode): string {
  const { report, diff } = input;
  const t = report.totals;
  const status = statusOf(input);
  const name = escapeCode(imageName(report), { maxLength: 80, inTable: false });
  const lines: string[] = [];
  if (mode === 'diff') lines.push(`### layer-budget diff: ${name}`);
  else {
    const verdict =
      status === 'fail' ? 'is over budget' : status === 'warn' ? (input.waived && input.verdicts.some((v) => v.waived) ? 'is over budget, waived' : 'passes with warnings') : input.verdicts.length === 0 ? 'analyzed' : 'is within budget';
    lines.push(`### ${ICON[status]} ${name} ${verdict}`);
  }
  lines.push('');
  let size = `**${formatBytes(t.totalBytes)}** uncompressed`;
  if (diff) {
    const d = diff.totals.totalBytes;
    const sha = input.baseline?.commitSha ? ` vs ${shortSha(input.baseline.commitSha)}` : ' vs the baseline';
    const ref = input.baseline?.ref ? ` on ${escapeCode(input.baseline.ref.replace(/^refs\/heads\//, ''), { maxLength: 60, inTable: false })}` : '';
    size += ` (**${formatDelta(d.delta)}**, ${formatPercentDelta(d.base, d.head)}${sha}${ref})`;
  }
  const parts = [size];
  const kind = t.compressedKind === 'compressed' ? 'compressed' : t.compressedKind === 'mixed' ? 'stored (partly uncompressed)' : 'stored as uncompressed tars';
  parts.push(`${formatBytes(t.compressedBytes)}${diff ? ` (${formatDelta(diff.totals.compressedBytes.delta)})` : ''} ${kind}`);
  const wastePct = t.totalBytes === 0 ? 0 : (t.wastedBytes / t.totalBytes) * 100;
  parts.push(`${formatBytes(t.wastedBytes)}${diff ? ` (${formatDelta(diff.totals.wastedBytes.delta)})` : ''} wasted (${wastePct.toFixed(1)}%, efficiency ${formatRatio(t.efficiency)})`);
  parts.push(`${t.layerCount} layer${t.layerCount === 1 ? '' : 's'}${diff && diff.totals.layerCount.delta !== 0 ? ` (${diff.totals.layerCount.delta > 0 ? '+' : '−'}${Math.abs(diff.totals.layerCount.delta)})` : ''}`);
  lines.push(parts.join(' · '));
  if (input.waived && mode !== 'diff') {
    const label = input.waiverLabel ? ` ${escapeCode(input.waiverLabel, { maxLength: 60, inTable: false })}` : '';
    lines.push('', `> [!NOTE]\n> The waiver label${label} is on this pull request: failing budgets are reported as warnings.`);
  }
  if (!diff && mode !== 'diff') {
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

function indexCell(l: LayerDelta): string {
  if (l.headIndex === null) return `(${l.baseIndex})`;
  return l.baseIndex !== null && l.baseIndex !== l.headIndex ? `${l.headIndex} (was ${l.baseIndex})` : String(l.headIndex);
}

/** ` · [Dockerfile:12](…)` after an instruction, when the layer's line is known. */
function at(loc: DockerfileLocation | null | undefined, input: MarkdownInput): string {
  return loc ? ` · ${formatLocation(loc, { format: 'markdown', linkBase: input.sourceLinkBase ?? null })}` : '';
}

function layerRow(l: LayerDelta, max: number, input: MarkdownInput): string[] {
  return [LAYER_ICON[l.status], indexCell(l), code(instructionOf(l), max) + at(l.location, input), bytesCell(l.baseBytes), bytesCell(l.headBytes), deltaCell(l.deltaBytes, l.baseBytes)];
}

function layersSection(input: MarkdownInput, mode: MarkdownMode, dg: Degrade): string {
  const { report, diff } = input;
  const max = mode === 'comment' ? 80 : 200;
  const out: string[] = ['#### Layers', ''];
  if (!diff) {
    let layers = report.layers;
    let omitted = 0;
    if (dg.layerRows !== null && layers.length > dg.layerRows) {
      const keep = new Set([...layers].sort((a, b) => b.contentBytes - a.contentBytes || a.index - b.index).slice(0, dg.layerRows));
      omitted = layers.length - keep.size;
      layers = layers.filter((l) => keep.has(l));
    }
    out.push(
      table(
        [['#', 'Instruction', 'Size', 'Compressed', 'Wasted'], ...layers.map((l) => [String(l.index), code(instructionOf(l), max) + at(l.location, input), formatBytes(l.contentBytes), formatBytes(l.compressedBytes), l.wastedBytes > 0 ? formatBytes(l.wastedBytes) : '—'])],
        ['r', 'l', 'r', 'r', 'r'],
      ),
    );
    if (omitted > 0) out.push('', `*${omitted} smaller layer${omitted === 1 ? '' : 's'} not shown.*`);
    return out.join('\n');
  }
  const collapse = input.collapseUnchanged ?? mode === 'comment';
  const shown = diff.layers.filter((l) => l.status !== 'unchanged' || !collapse);
  const unchanged = diff.layers.filter((l) => l.status === 'unchanged');
  let rows = shown;
  let omitted = 0;
  if (dg.layerRows !== null && rows.length > dg.layerRows) {
    const keep = new Set([...rows].sort((a, b) => Math.abs(b.deltaBytes) - Math.abs(a.deltaBytes) || 0).slice(0, dg.layerRows));
    omitted = rows.length - keep.size;
    rows = rows.filter((l) => keep.has(l));
  }
  const header = ['', '#', 'Instruction', 'Baseline', 'Now', 'Δ'];
  const align = ['l', 'r', 'l', 'r', 'r', 'r'];
  if (rows.length > 0) out.push(table([header, ...rows.map((l) => layerRow(l, max, input))], align));
  else if (shown.length === 0) out.push('No layer changed.');
  if (omitted > 0) out.push('', `*${omitted} more changed layer${omitted === 1 ? '' : 's'} with smaller Δ not shown.*`);
  if (collapse && unchanged.length > 0) {
    const bytes = unchanged.reduce((s, l) => s + (l.headBytes ?? 0), 0);
    const summary = `${unchanged.length} unchanged layer${unchanged.length === 1 ? '' : 's'} (${formatBytes(bytes)})`;
    if (dg.unchanged) {
      const t = table([['#', 'Instruction', 'Size'], ...unchanged.map((l) => [indexCell(l), code(instructionOf(l), max) + at(l.location, input), bytesCell(l.headBytes)])], ['r', 'l', 'r']);
      out.push('', `<details><summary>${summary}</summary>`, '', t, '', '</details>');
    } else out.push('', `*${summary} not shown.*`);
  }
  return out.join('\n');
}

/** The Dockerfile lines of the layers that grew most (changed or added), when the report knows them. */
function grewAt(diff: ReportDiff, input: MarkdownInput): string | null {
  const grew = diff.layers.filter((l) => (l.status === 'changed' || l.status === 'added') && l.deltaBytes > 0 && l.location).sort((a, b) => b.deltaBytes - a.deltaBytes);
  if (grew.length === 0) return null;
  const list = grew.slice(0, 3).map((l) => `${formatLocation(l.location, { format: 'markdown', linkBase: input.sourceLinkBase ?? null })} ${formatDelta(l.deltaBytes)}`);
  return `Grew in ${list.join(', ')}${grew.length > 3 ? `, and ${grew.length - 3} more` : ''}.`;
}

function dirsSection(input: MarkdownInput, mode: MarkdownMode, dg: Degrade): string | null {
  const diff = input.diff;
  if (!diff) return null;
  const d = diff.directories;
  if (d.growing.length === 0 && d.shrinking.length === 0) return null;
  const top = Math.min(input.topDirectories ?? (mode === 'comment' ? 10 : Infinity), dg.dirs);
  const head = d.growing.length === 0 ? '#### Where it shrank' : d.shrinking.length === 0 ? '#### Where it grew' : '#### Where it grew and shrank';
  if (top === 0) return `${head}\n\n*${d.growing.length + d.growingOmitted} directories grew and ${d.shrinking.length + d.shrinkingOmitted} shrank; not shown.*`;
  const grow = d.growing.slice(0, top);
  const shrink = d.shrinking.slice(0, top);
  const rows = [...grow, ...shrink].map((x) => [code(x.path, mode === 'comment' ? 120 : 300), bytesCell(x.baseBytes), bytesCell(x.headBytes), deltaCell(x.deltaBytes, x.baseBytes, x.uncertain)]);
  const out = [head, '', table([['Directory', 'Baseline', 'Now', 'Δ'], ...rows], ['l', 'r', 'r', 'r'])];
  const more = d.growing.length - grow.length + d.growingOmitted + (d.shrinking.length - shrink.length) + d.shrinkingOmitted;
  const notes: string[] = [];
  if (more > 0) notes.push(`${more} more not shown.`);
  if ([...grow, ...shrink].some((x) => x.uncertain)) notes.push('≈: the directory is missing from a capped directory list on one side, so the change may be smaller.');
  if (d.indeterminate > 0) notes.push(`${d.indeterminate} small ${d.indeterminate === 1 ? 'directory' : 'directories'} missing from a capped list could not be compared.`);
  notes.push(`Directory sizes are visible bytes, aggregated to depth ${d.depth}.`);
  out.push('', `*${notes.join(' ')}*`);
  const lines = grewAt(diff, input);
  if (lines) out.push('', lines);
  return out.join('\n');
}

function budgetsSection(input: MarkdownInput, mode: MarkdownMode, dg: Degrade): string | null {
  if (mode === 'diff') return null;
  const out = ['#### Budgets', ''];
  if (input.verdicts.length === 0) {
    out.push('No budgets are configured. Add `.github/layer-budget.yml` to set them.');
    return out.join('\n');
  }
  const order: Record<VerdictStatus, number> = { fail: 0, warn: 1, pass: 2 };
  let list = [...input.verdicts].sort((a, b) => order[a.status] - order[b.status]);
  const passed = list.filter((v) => v.status === 'pass').length;
  if (dg.budgetsFailingOnly) list = list.filter((v) => v.status !== 'pass');
  if (list.length > 0) {
    out.push(table([['', 'Rule', 'Result'], ...list.map((v) => [`${ICON[v.status]}${v.waived ? ' waived' : ''}`, code(v.rule, 100), escapeMarkdown(v.message, { maxLength: 300 })])], ['l', 'l', 'l']));
  }
  if (dg.budgetsFailingOnly && passed > 0) out.push('', `*${passed} passing budget${passed === 1 ? '' : 's'} not shown.*`);
  return out.join('\n');
}

function savings(hints: Hint[]): number {
  const independent = hints.reduce((s, h) => s + (h.overlaps ? 0 : h.savingsBytes), 0);
  return Math.max(independent, ...hints.map((h) => h.savingsBytes), 0);
}

function hintsSection(input: MarkdownInput, mode: MarkdownMode, dg: Degrade): string | null {
  const hints = [...input.report.hints].sort((a, b) => b.savingsBytes - a.savingsBytes || a.rule.localeCompare(b.rule));
  if (hints.length === 0) return null;
  const n = hints.length;
  const summary = `💡 ${n} hint${n === 1 ? '' : 's'}: up to ${formatBytes(savings(hints))} could be saved`;
  if (!dg.hints) return `*${summary}; see the job summary.*`;
  const top = Math.min(input.topHints ?? (mode === 'comment' ? 5 : Infinity), n);
  const evidenceMax = mode === 'comment' ? 3 : 10;
  const items = hints.slice(0, top).map((h, i) => {
    const where = h.layer !== null ? ` · layer ${h.layer}${h.instruction ? ` ${code(h.instruction, 60, false)}` : ''}${at(input.report.layers[h.layer]?.location, input)}` : '';
    const lines = [`${i + 1}. **${escapeMarkdown(h.title, { maxLength: 200 })}**: saves ${h.overlaps ? 'up to ' : ''}${formatBytes(h.savingsBytes)}${where} · ${code(h.rule, 60, false)} (${h.severity})`];
    if (h.advice) lines.push(`   ${richText(h.advice, 600)}`);
    for (const e of h.evidence.slice(0, evidenceMax)) lines.push(`   - ${code(e.path, 120, false)} ${formatBytes(e.sizeBytes)}${e.layer !== null ? ` (layer ${e.layer})` : ''}`);
    if (h.evidence.length > evidenceMax) lines.push(`   - and ${h.evidence.length - evidenceMax} more`);
    return lines.join('\n');
  });
  if (top < n) items.push(`\n*${n - top} more in the job summary.*`);
  const body = items.join('\n');
  return mode === 'comment' ? `<details><summary>${summary}</summary>\n\n${body}\n\n</details>` : `#### Hints\n\n${summary}\n\n${body}`;
}

function chartSection(input: MarkdownInput, mode: MarkdownMode, dg: Degrade): string | null {
  if (!dg.chart || input.chart === false) return null;
  const chart = renderLayerChart(input.report, input.diff);
  if (!chart) return null;
  return mode === 'comment' ? `<details><summary>📊 Layer sizes</summary>\n\n${chart}\n\n</details>` : `#### Layer sizes\n\n${chart}`;
}

function extrasSection(input: MarkdownInput, mode: MarkdownMode, dg: Degrade): string | null {
  if (mode === 'comment' || !dg.extras) return null;
  const r = input.report;
  const out: string[] = [];
  const causes = WASTE_CAUSES.filter((c) => (r.waste.byCause[c] ?? 0) > 0);
  if (causes.length > 0) {
    out.push('#### Waste by cause', '', table([['Cause', 'Bytes'], ...causes.map((c) => [CAUSE_TEXT[c], formatBytes(r.waste.byCause[c])])], ['l', 'r']));
  }
  if (r.waste.topPaths.length > 0) {
    const rows = r.waste.topPaths.map((p) => [code(p.path, 200), formatBytes(p.sizeBytes), p.cause, String(p.layer), String(p.hiddenBy)]);
    out.push('', '#### Top wasted paths', '', table([['Path', 'Size', 'Cause', 'Layer', 'Hidden by'], ...rows], ['l', 'r', 'l', 'r', 'r']));
    if (r.waste.topPathsOmitted > 0) out.push('', `*${formatCount(r.waste.topPathsOmitted)} more not listed.*`);
  }
  if (r.duplicates.groups.length > 0) {
    const rows = r.duplicates.groups.map((g) => [g.paths.slice(0, 3).map((p) => code(p, 120)).join('<br>') + (g.paths.length > 3 ? `<br>and ${g.paths.length - 3} more` : ''), String(g.paths.length), formatBytes(g.sizeBytes), formatBytes(g.reclaimableBytes)]);
    out.push('', '#### Duplicate files', '', `${formatBytes(r.duplicates.reclaimableBytes)} reclaimable in ${formatCount(r.duplicates.groupCount)} group${r.duplicates.groupCount === 1 ? '' : 's'} of identical files.`, '', table([['Paths', 'Copies', 'Size', 'Reclaimable'], ...rows], ['l', 'r', 'r', 'r']));
    if (r.duplicates.groupsOmitted > 0) out.push('', `*${formatCount(r.duplicates.groupsOmitted)} more groups not listed.*`);
  }
  if (r.waste.deletedPaths.length > 0) {
    const rows = r.waste.deletedPaths.map((p) => [code(p.path, 200), p.kind, formatBytes(p.sizeBytes), String(p.layer)]);
    out.push('', '#### Deleted paths still shipped', '', table([['Path', 'Kind', 'Size', 'Deleted in layer'], ...rows], ['l', 'l', 'r', 'r']));
    if (r.waste.deletedPathsOmitted > 0) out.push('', `*${formatCount(r.waste.deletedPathsOmitted)} more not listed.*`);
  }
  return out.length > 0 ? out.join('\n') : null;
}

/** A URL safe inside `[text](…)`: percent-encoded, parentheses and spaces included. */
function linkTarget(url: string): string {
  return encodeURI(url).replace(/\(/g, '%28').replace(/\)/g, '%29');
}

function footer(input: MarkdownInput, mode: MarkdownMode, dg: Degrade): string {
  const lines: string[] = [];
  if (dg.cut.length > 0) {
    const where = input.summaryUrl ? `the [job summary](${linkTarget(input.summaryUrl)})` : 'the job summary';
    const limit = mode === 'comment' ? "GitHub's 65,536-character comment limit" : 'the size limit';
    const cut = dg.cut.filter((c) => !(c === 'some directories' && dg.cut.includes('the directories')));
    const list = cut.length > 1 ? `${cut.slice(0, -1).join(', ')} and ${cut[cut.length - 1]}` : cut[0];
    lines.push(`> [!NOTE]\n> Shortened to fit ${limit}: left out ${list}. ${mode === 'comment' ? `See ${where} for everything.` : ''}`.trimEnd());
  }
  const r = input.report;
  const link = mode === 'comment' && input.summaryUrl && dg.cut.length === 0 ? ` · [job summary](${linkTarget(input.summaryUrl)})` : '';
  lines.push(`<sub>${escapeMarkdown(r.tool.name)} ${escapeMarkdown(r.tool.version, { maxLength: 40 })} · key ${escapeCode(input.key, { maxLength: 80, inTable: false })}${link}</sub>`);
  return lines.join('\n\n');
}

function assemble(input: MarkdownInput, mode: MarkdownMode, dg: Degrade): string {
  const parts: Array<string | null> = [
    mode === 'comment' ? `<!-- layer-budget:${input.key.replace(/--+/g, '-').replace(/[<>\n\r]/g, '_')} -->` : null,
    headline(input, mode),
    layersSection(input, mode, dg),
    dirsSection(input, mode, dg),
    budgetsSection(input, mode, dg),
    hintsSection(input, mode, dg),
    extrasSection(input, mode, dg),
    chartSection(input, mode, dg),
    footer(input, mode, dg),
  ];
  return `${parts.filter((p): p is string => p !== null).join('\n\n')}\n`;
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * Renders the markdown for `mode`, never longer than `maxLength` (default: 65,536 UTF-16 code units for a
 * comment, 1 MiB of UTF-8 for the summary and diff). Both measures are at least GitHub's own count.
 */
export function renderMarkdown(input: MarkdownInput, mode: MarkdownMode, maxLength?: number): string {
  const limit = maxLength ?? (mode === 'comment' ? COMMENT_LIMIT : SUMMARY_LIMIT);
  const size = mode === 'comment' ? (s: string): number => s.length : utf8Length;
  const dg: Degrade = { chart: true, unchanged: true, extras: true, hints: true, dirs: Infinity, layerRows: null, budgetsFailingOnly: false, cut: [] };
  let text = assemble(input, mode, dg);
  if (size(text) <= limit) return text;
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
    text = assemble(input, mode, dg);
    // a step that changed nothing (say, there was no chart) is not named in the note
    if (text === before) continue;
    dg.cut.push(what);
    text = assemble(input, mode, dg);
    if (size(text) <= limit) return text;
  }
  // layer rows: keep as many as fit, largest |Δ| first
  const rowCount = input.diff ? input.diff.layers.length : input.report.layers.length;
  dg.cut.push('layer rows with the smallest changes');
  let lo = 0;
  let hi = rowCount;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    dg.layerRows = mid;
    if (size(assemble(input, mode, dg)) <= limit) lo = mid;
    else hi = mid - 1;
  }
  dg.layerRows = lo;
  text = assemble(input, mode, dg);
  if (size(text) <= limit) return text;
  dg.cut.push('passing budgets');
  dg.budgetsFailingOnly = true;
  text = assemble(input, mode, dg);
  if (size(text) <= limit) return text;
  // last resort: cut the text itself, keeping the marker and the note
  const note = `\n\n> [!NOTE]\n> Shortened to fit the size limit; see the job summary for everything.\n`;
  let cut = text.slice(0, Math.max(0, limit - note.length - 8));
  while (size(cut) + size(note) > limit) cut = cut.slice(0, Math.floor(cut.length * 0.95));
  return `${cut}${note}`;
}
