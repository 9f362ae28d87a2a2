/**
 * The one view model behind the comment, the summary, `diff --format markdown` and the terminal: every
 * number and row they show is worked out here once, formatted with format.ts. Strings that come from an
 * image or a baseline stay raw here (`name`, `instruction`, `path`, hint text); each renderer escapes them for
 * its medium. The renderers only choose the layout. See docs/architecture.md (render).
 */
import type { DirectoryDelta, LayerDelta, ReportDiff } from '../report/diff.ts';
import type { DockerfileLocation, Hint, LayerReport, Report, Severity, Verdict, VerdictStatus, WasteCause } from '../report/types.ts';
import { WASTE_CAUSES } from '../report/types.ts';
import { CAUSE_TEXT, formatBytes, formatCount, formatDelta, formatPercentDelta, formatRatio } from './format.ts';

/** `1 thing` / `1,200 things`. */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${formatCount(n)} ${n === 1 ? word : many}`;
}

/** How each kind of stored size is named. */
const KIND_TEXT: Record<Report['totals']['compressedKind'], string> = {
  compressed: 'compressed',
  'uncompressed-tar': 'stored as uncompressed tars',
  mixed: 'stored (partly uncompressed)',
};

/** The headline figures of one report. */
export interface TotalsView {
  total: string;
  compressed: string;
  /** what the compressed figure is: `compressed`, `stored as uncompressed tars`, `stored (partly uncompressed)` */
  compressedKind: string;
  wasted: string;
  /** wasted / total: `1.5%` */
  wastedPercent: string;
  efficiency: string;
  /** `6 layers` */
  layers: string;
  /** `36,012 files` */
  files: string;
}

/** The change against the baseline, for the headline. */
export interface GrowthView {
  totalBase: string;
  totalHead: string;
  totalDelta: string;
  totalPercent: string;
  compressedDelta: string;
  wastedDelta: string;
  /** `6` */
  layerCount: string;
  /** ` (+1)`, ` (−2)` or `` when the count did not change */
  layerCountDelta: string;
  counts: ReportDiff['counts'];
}

/** One layer of the report (no baseline). */
export interface LayerView {
  index: number;
  /** raw: normalized instruction, else the instruction, else `` (unknown) */
  instruction: string;
  contentBytes: number;
  size: string;
  compressed: string;
  /** `—` when nothing in it is wasted */
  wasted: string;
  /** `#3 #5` */
  hiddenBy: string;
  /** its Dockerfile line (`--dockerfile`), raw; each renderer formats it with formatLocation (default: null) */
  location: DockerfileLocation | null;
}

/** One layer of the diff. */
export interface LayerDeltaView {
  status: LayerDelta['status'];
  /** `3`, `3 (was 2)`, `(2)` for a removed layer */
  index: string;
  /** raw */
  instruction: string;
  deltaBytes: number;
  headBytes: number | null;
  /** `—` when absent */
  base: string;
  now: string;
  /** `+34.1 MB (+34.1%)` */
  delta: string;
  /** the head layer's Dockerfile line, raw (null: unknown or removed) */
  location: DockerfileLocation | null;
}

/** One directory that grew or shrank. */
export interface DirectoryDeltaView {
  /** raw */
  path: string;
  base: string;
  now: string;
  /** `+34.1 MB`, `≈+1.0 MB` when uncertain */
  delta: string;
  /** `+34.1%`, `new` */
  percent: string;
  uncertain: boolean;
}

/** A capped list: the items shown and how many more exist. */
export interface ListView<T> {
  shown: T[];
  more: number;
}

/** The hints, ranked: errors first (error > warning > info), then bytes saved. */
export interface HintsView {
  /** every hint, ranked */
  ranked: Hint[];
  /** the ones to show: the top N, and every `error` hint even past N */
  shown: Hint[];
  /** ranked.length - shown.length */
  more: number;
  /** `up to` figure: independent savings summed, or the largest single one when it is more */
  savings: string;
}

/** Everything a renderer shows about a report and its diff. */
export interface View {
  /** raw image name: the first tag, else the reference */
  name: string;
  /** raw */
  platform: string;
  /** the worst verdict (`no-baseline` already resolved) */
  status: VerdictStatus;
  totals: TotalsView;
  growth: GrowthView | null;
  layers: LayerView[];
  /** every layer of the diff (empty without one) */
  layerDeltas: LayerDeltaView[];
  growing: DirectoryDeltaView[];
  shrinking: DirectoryDeltaView[];
  /** fail first, then warn, then pass; stable otherwise */
  verdicts: Verdict[];
  hints: HintsView;
  /** `1.0 MB reclaimable in 3 groups` (null: contents not hashed) */
  duplicates: string | null;
  /** only the causes with bytes, in WASTE_CAUSES order */
  wasteByCause: Array<{ cause: WasteCause; text: string; size: string }>;
}

/** What {@link buildView} needs. */
export interface ViewInput {
  report: Report;
  /** (default: null, no baseline) */
  diff?: ReportDiff | null;
  /** (default: none) */
  verdicts?: Verdict[];
  /** the outcome's status; `no-baseline` or absent: the worst verdict (default: absent) */
  status?: VerdictStatus | 'no-baseline';
  /** hints shown before `more` (default: all); error hints are always shown */
  topHints?: number;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const STATUS_RANK: Record<VerdictStatus, number> = { fail: 0, warn: 1, pass: 2 };

/** Orders hints: severity first (error > warning > info), then bytes saved; ties keep their given order. */
export function compareHints(a: Hint, b: Hint): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.savingsBytes - a.savingsBytes;
}

/** The hints ranked by {@link compareHints} (a copy). */
export function rankHints(hints: readonly Hint[]): Hint[] {
  return [...hints].sort(compareHints);
}

/** The worst status of the verdicts (`pass` when there are none). */
export function worstStatus(verdicts: readonly Verdict[]): VerdictStatus {
  return verdicts.reduce<VerdictStatus>((w, v) => (STATUS_RANK[v.status] < STATUS_RANK[w] ? v.status : w), 'pass');
}

/** The upper bound of what the hints save together: overlapping hints are not summed. */
function savingsOf(hints: readonly Hint[]): number {
  const independent = hints.reduce((s, h) => s + (h.overlaps ? 0 : h.savingsBytes), 0);
  return Math.max(independent, ...hints.map((h) => h.savingsBytes), 0);
}

/** Ranks the hints and picks those to show: the first `top`, and every error hint whatever `top` is. */
export function hintsView(hints: readonly Hint[], top = Infinity): HintsView {
  const ranked = rankHints(hints);
  // errors rank first, so "the first top, plus every error" is a prefix of the ranking
  const errors = ranked.filter((h) => h.severity === 'error').length;
  const shown = ranked.slice(0, Math.max(top, errors));
  return { ranked, shown, more: ranked.length - shown.length, savings: formatBytes(savingsOf(ranked)) };
}

/** The first `top` items of a list and how many more there are (`omitted` more were never listed). */
export function listView<T>(items: readonly T[], top = Infinity, omitted = 0): ListView<T> {
  const shown = items.slice(0, top);
  return { shown, more: items.length - shown.length + omitted };
}

/** A layer's instruction as shown: normalized, else as recorded, else `` (unknown). */
export function instructionOf(l: { normalizedInstruction: string; instruction: string }): string {
  return l.normalizedInstruction || l.instruction;
}

/** The image's name as shown: the first tag, else the reference. */
export function imageName(r: Report): string {
  return r.image.names[0] ?? r.image.reference;
}

function bytesOrDash(n: number | null): string {
  return n === null ? '—' : formatBytes(n);
}

function signedCount(n: number): string {
  return n === 0 ? '' : ` (${n > 0 ? '+' : '−'}${Math.abs(n)})`;
}

/** The headline figures of a report. */
export function totalsView(r: Report): TotalsView {
  const t = r.totals;
  return {
    total: formatBytes(t.totalBytes),
    compressed: formatBytes(t.compressedBytes),
    compressedKind: KIND_TEXT[t.compressedKind],
    wasted: formatBytes(t.wastedBytes),
    wastedPercent: `${(t.totalBytes === 0 ? 0 : (t.wastedBytes / t.totalBytes) * 100).toFixed(1)}%`,
    efficiency: formatRatio(t.efficiency),
    layers: plural(t.layerCount, 'layer'),
    files: plural(t.fileCount, 'file'),
  };
}

function growthView(d: ReportDiff): GrowthView {
  const t = d.totals;
  return {
    totalBase: formatBytes(t.totalBytes.base),
    totalHead: formatBytes(t.totalBytes.head),
    totalDelta: formatDelta(t.totalBytes.delta),
    totalPercent: formatPercentDelta(t.totalBytes.base, t.totalBytes.head),
    compressedDelta: formatDelta(t.compressedBytes.delta),
    wastedDelta: formatDelta(t.wastedBytes.delta),
    layerCount: String(t.layerCount.head),
    layerCountDelta: signedCount(t.layerCount.delta),
    counts: d.counts,
  };
}

function layerView(l: LayerReport): LayerView {
  return {
    index: l.index,
    instruction: instructionOf(l),
    contentBytes: l.contentBytes,
    size: formatBytes(l.contentBytes),
    compressed: formatBytes(l.compressedBytes),
    wasted: l.wastedBytes > 0 ? formatBytes(l.wastedBytes) : '—',
    hiddenBy: l.hiddenBy.map((h) => `#${h.layer}`).join(' '),
    location: l.location ?? null,
  };
}

/** `+34.1 MB (+34.1%)`; `new` as the percent when there is no base. */
function deltaText(delta: number, base: number | null): string {
  return `${formatDelta(delta)} (${base === null ? 'new' : formatPercentDelta(base, base + delta)})`;
}

function layerDeltaView(l: LayerDelta): LayerDeltaView {
  const index = l.headIndex === null ? `(${l.baseIndex})` : l.baseIndex !== null && l.baseIndex !== l.headIndex ? `${l.headIndex} (was ${l.baseIndex})` : String(l.headIndex);
  return {
    status: l.status,
    index,
    instruction: instructionOf(l),
    deltaBytes: l.deltaBytes,
    headBytes: l.headBytes,
    base: bytesOrDash(l.baseBytes),
    now: bytesOrDash(l.headBytes),
    delta: deltaText(l.deltaBytes, l.baseBytes),
    location: l.location ?? null,
  };
}

function directoryDeltaView(x: DirectoryDelta): DirectoryDeltaView {
  return {
    path: x.path,
    base: bytesOrDash(x.baseBytes),
    now: bytesOrDash(x.headBytes),
    delta: `${x.uncertain ? '≈' : ''}${formatDelta(x.deltaBytes)}`,
    percent: x.baseBytes === null ? 'new' : formatPercentDelta(x.baseBytes, x.baseBytes + x.deltaBytes),
    uncertain: x.uncertain,
  };
}

/** Builds the view of a report, its diff, verdicts and hints. Pure; image strings stay raw. */
export function buildView(input: ViewInput): View {
  const { report } = input;
  const diff = input.diff ?? null;
  const verdicts = input.verdicts ?? [];
  const status = input.status === undefined || input.status === 'no-baseline' ? worstStatus(verdicts) : input.status;
  return {
    name: imageName(report),
    platform: report.image.platform,
    status,
    totals: totalsView(report),
    growth: diff ? growthView(diff) : null,
    layers: report.layers.map(layerView),
    layerDeltas: diff ? diff.layers.map(layerDeltaView) : [],
    growing: diff ? diff.directories.growing.map(directoryDeltaView) : [],
    shrinking: diff ? diff.directories.shrinking.map(directoryDeltaView) : [],
    verdicts: [...verdicts].sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status]),
    hints: hintsView(report.hints, input.topHints),
    duplicates: report.duplicates.hashed ? `${formatBytes(report.duplicates.reclaimableBytes)} reclaimable in ${plural(report.duplicates.groupCount, 'group')}` : null,
    wasteByCause: WASTE_CAUSES.filter((c) => (report.waste.byCause[c] ?? 0) > 0).map((c) => ({ cause: c, text: CAUSE_TEXT[c], size: formatBytes(report.waste.byCause[c]) })),
  };
}
