/**
 * renderLayerChart(): a mermaid `xychart-beta` of per-layer sizes, now as bars and the baseline as a line
 * (xychart overlays series; a line keeps both readable). Labels are layer numbers only (a removed layer's base
 * number in parentheses), never strings from the image, and every label still goes through {@link mermaidLabel}.
 */
import type { ReportDiff } from '../report/diff.ts';
import type { Report } from '../report/types.ts';

/** Options for {@link renderLayerChart}. */
export interface ChartOptions {
  /** at most this many layers, the largest kept in order (default: 60) */
  maxLayers?: number;
}

/** Keeps a chart label to safe characters: letters, digits, space and `().:/-`, at most 20. */
export function mermaidLabel(s: string): string {
  return s.replace(/[^A-Za-z0-9 ().:/-]/g, '_').slice(0, 20);
}

const UNITS: Array<[number, string]> = [
  [1e9, 'GB'],
  [1e6, 'MB'],
  [1e3, 'kB'],
  [1, 'B'],
];

interface Bar {
  label: string;
  base: number;
  now: number;
}

/** Returns a fenced mermaid block (no trailing newline), or null when there is nothing to draw. */
export function renderLayerChart(report: Report, diff: ReportDiff | null, options: ChartOptions = {}): string | null {
  const max = options.maxLayers ?? 60;
  let bars: Bar[] = diff
    ? diff.layers.map((l) => ({ label: l.headIndex !== null ? String(l.headIndex) : `(${l.baseIndex})`, base: l.baseBytes ?? 0, now: l.headBytes ?? 0 }))
    : report.layers.map((l) => ({ label: String(l.index), base: 0, now: l.contentBytes }));
  if (bars.length === 0) return null;
  const total = bars.length;
  if (bars.length > max) {
    const keep = new Set([...bars].sort((a, b) => Math.max(b.base, b.now) - Math.max(a.base, a.now)).slice(0, max));
    bars = bars.filter((b) => keep.has(b));
  }
  const top = Math.max(...bars.map((b) => Math.max(b.base, b.now)));
  const [div, unit] = UNITS.find(([d]) => top >= d) ?? [1, 'B'];
  const num = (n: number): string => String(Math.round((n / div) * 10) / 10);
  const which = total > bars.length ? `, the ${bars.length} largest of ${total} layers` : '';
  const lines = [
    '```mermaid',
    'xychart-beta',
    `    title "Layer sizes in ${unit}${diff ? ': bars now, line baseline' : ''}${which}"`,
    `    x-axis "layer" [${bars.map((b) => `"${mermaidLabel(b.label)}"`).join(', ')}]`,
    `    y-axis "${unit}"`,
    `    bar [${bars.map((b) => num(b.now)).join(', ')}]`,
  ];
  if (diff) lines.push(`    line [${bars.map((b) => num(b.base)).join(', ')}]`);
  lines.push('```');
  return lines.join('\n');
}
