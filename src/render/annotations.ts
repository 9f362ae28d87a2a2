/**
 * Hints as GitHub annotations: each hint of severity `warning` or `error` becomes one annotation, on the
 * Dockerfile line of its layer when the report knows it. GitHub shows at most 10 annotations of each level per
 * step, so they are ranked (errors first, then by bytes saved) and the rest are counted, for the summary to say
 * how many were left out. Pure: the action shell emits the records with `core.error` / `core.warning`.
 */
import type { Hint, Report } from '../report/types.ts';
import { formatBytes } from './format.ts';
import { truncateMiddle, visibleControls } from './escape.ts';

/** GitHub's limit: annotations of one level shown per step. */
export const ANNOTATIONS_PER_LEVEL = 10;

/** One annotation as `core.error` / `core.warning` take it. */
export interface Annotation {
  level: 'error' | 'warning';
  /** the rule id */
  title: string;
  /** the hint's one-line summary with the bytes it saves */
  message: string;
  /** repository path of the Dockerfile (absent: the layer's line is unknown) */
  file?: string;
  startLine?: number;
  endLine?: number;
}

/** The annotations to emit, and how many of each level were left out. */
export interface AnnotationPlan {
  annotations: Annotation[];
  omitted: { error: number; warning: number };
}

/** Options for {@link planAnnotations}. */
export interface AnnotationOptions {
  /** most annotations per level (default: 10, GitHub's limit) */
  perLevel?: number;
}

const MESSAGE_CHARS = 500;

/** The hint's one-line summary: its title and the bytes it saves, control characters made visible. */
export function annotationMessage(h: Hint): string {
  const line = `${h.title} (saves ${h.overlaps ? 'up to ' : ''}${formatBytes(h.savingsBytes)})`;
  return truncateMiddle(visibleControls(line), MESSAGE_CHARS);
}

/** Ranks the report's warning and error hints into annotations (errors first, then bytes; at most `perLevel` each). */
export function planAnnotations(report: Pick<Report, 'hints' | 'layers'>, options: AnnotationOptions = {}): AnnotationPlan {
  const perLevel = options.perLevel ?? ANNOTATIONS_PER_LEVEL;
  const ranked = report.hints
    .map((h, i) => ({ h, i }))
    .filter(({ h }) => h.severity === 'error' || h.severity === 'warning')
    .sort((a, b) => (a.h.severity === b.h.severity ? 0 : a.h.severity === 'error' ? -1 : 1) || b.h.savingsBytes - a.h.savingsBytes || a.i - b.i);
  const shown = { error: 0, warning: 0 };
  const omitted = { error: 0, warning: 0 };
  const annotations: Annotation[] = [];
  for (const { h } of ranked) {
    const level = h.severity as 'error' | 'warning';
    if (shown[level] >= perLevel) {
      omitted[level]++;
      continue;
    }
    shown[level]++;
    const loc = h.layer === null ? null : (report.layers[h.layer]?.location ?? null);
    annotations.push({
      level,
      title: truncateMiddle(visibleControls(h.rule), 100),
      message: annotationMessage(h),
      ...(loc ? { file: loc.path, startLine: loc.line, endLine: loc.endLine } : {}),
    });
  }
  return { annotations, omitted };
}

/** The summary's sentence about annotations left out, or null when none were. */
export function omittedNote(plan: AnnotationPlan): string | null {
  const parts: string[] = [];
  if (plan.omitted.error > 0) parts.push(`${plan.omitted.error} error`);
  if (plan.omitted.warning > 0) parts.push(`${plan.omitted.warning} warning`);
  if (parts.length === 0) return null;
  const n = plan.omitted.error + plan.omitted.warning;
  return `${parts.join(' and ')} annotation${n === 1 ? ' was' : 's were'} left out: GitHub shows at most ${ANNOTATIONS_PER_LEVEL} of each level per step. Every hint is listed in this summary.`;
}
