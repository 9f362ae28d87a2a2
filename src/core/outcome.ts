/**
 * The Outcome of one request, and the one place that makes it: `buildOutcome` takes a report as analysis (or an
 * artifact) left it and attaches, in one flow, the ranked hints, the provenance, the redaction, the diff against
 * the baseline, the waiver, the verdicts and the status. Nothing else writes into a Report. Renderers
 * (src/render/index.ts) and shells read an Outcome; they compute no status of their own.
 */
import type { Analysis } from '../analysis/types.ts';
import { defaultConfig } from '../budget/config.ts';
import type { BudgetConfig } from '../budget/types.ts';
import { evaluate, overallStatus } from '../budget/evaluate.ts';
import { diffReports } from '../report/diff.ts';
import type { ReportDiff } from '../report/diff.ts';
import type { Hint, Report, Severity, Verdict, VerdictStatus } from '../report/types.ts';
import { redactReport } from './redact.ts';
import type { AnalyzeRequest, WaiverRequest } from './request.ts';

/** The one status: `fail` when a budget failed, else `no-baseline` without a baseline, else `warn` or `pass`. */
export type OutcomeStatus = VerdictStatus | 'no-baseline';

/** Everything a renderer or a shell needs about one image. */
export interface Outcome {
  /** the image key: names the report artifact and the comment marker */
  key: string;
  /**
   * the finished report: hints ranked (severity, then bytes saved), provenance, verdicts; every credential
   * masked. This is what `--json`, `--output` and the artifact serialise (with `toJson`).
   */
  report: Report;
  /** the baseline as it was diffed (credentials masked too); null without one */
  baseline: Report | null;
  /** report against baseline; null without a baseline */
  diff: ReportDiff | null;
  /** the budgets' verdicts, in config order (the same array as `report.verdicts`) */
  verdicts: Verdict[];
  /** the worst verdict (`pass` when there is none) */
  verdictStatus: VerdictStatus;
  /** the one status (see OutcomeStatus); the exit status is 1 exactly when it is `fail` */
  status: OutcomeStatus;
  /** why there is no baseline, when the shell knows (null with a baseline, or when nobody said) */
  baselineNote: string | null;
  /** failing budgets were turned into warnings, and by which label (null for `--waived`) */
  waiver: { waived: boolean; label: string | null };
  /** how many strings of the report and the baseline had a credential masked */
  redactions: number;
  /** the config's comment settings (hints and directories listed, collapsed layers, chart) */
  comment: BudgetConfig['comment'];
  /** the run page holding the job summary (null outside the action) */
  summaryUrl: string | null;
  /**
   * the uncapped analysis behind the report (every path of every layer; null for a report made earlier). Its
   * strings are image paths, never credentials masked here: renderers take instructions from `report`.
   */
  analysis: Analysis | null;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Hints by severity (error, warning, info), then bytes saved (largest first); ties keep their order. */
export function rankHints(hints: readonly Hint[]): Hint[] {
  return hints
    .map((h, i) => ({ h, i }))
    .sort((a, b) => SEVERITY_ORDER[a.h.severity] - SEVERITY_ORDER[b.h.severity] || b.h.savingsBytes - a.h.savingsBytes || a.i - b.i)
    .map((x) => x.h);
}

/** Whether failing budgets become warnings: `--waived`, the request's label, or the config's `waiver.label` on the PR. */
export function decideWaiver(w: WaiverRequest | undefined, config: BudgetConfig): Outcome['waiver'] {
  if (w?.force) return { waived: true, label: null };
  if (!w || w.disabled) return { waived: false, label: null };
  const labels = w.labels ?? [];
  for (const label of [w.label, config.waiver.label]) {
    if (label && labels.includes(label)) return { waived: true, label };
  }
  return { waived: false, label: null };
}

/** What analysis (or an artifact) left: the report so far, and the uncapped analysis when there is one. */
export interface Made {
  /** the report: from `analyze` (hints, verdicts and provenance still empty) or a validated artifact */
  report: Report;
  /** the hints to attach (runHints over the analysis, or the artifact's own) */
  hints: readonly Hint[];
  /** the uncapped analysis, for path and ignore rules (null for a report made earlier) */
  analysis: Analysis | null;
}

/** Builds the Outcome of a request; see the module doc. Pure. */
export function buildOutcome(request: AnalyzeRequest, made: Made): Outcome {
  const config = request.config ?? defaultConfig();
  const key = request.key ?? made.report.provenance?.key ?? 'default';
  const provenance =
    request.provenance === undefined ? made.report.provenance : request.provenance === null ? null : { key, ...request.provenance };
  const head = redactReport({ ...made.report, provenance, hints: rankHints(made.hints), verdicts: [] });
  const base = request.baseline ? redactReport(request.baseline) : null;
  const baseline = base?.value ?? null;
  const diff = baseline ? diffReports(baseline, head.value) : null;
  const waiver = decideWaiver(request.waiver, config);
  const verdicts = evaluate({
    report: head.value,
    ...(made.analysis ? { analysis: made.analysis } : {}),
    diff,
    config,
    waived: waiver.waived,
  });
  const report: Report = { ...head.value, verdicts };
  const verdictStatus = overallStatus(verdicts);
  return {
    key,
    report,
    baseline,
    diff,
    verdicts,
    verdictStatus,
    status: verdictStatus === 'fail' ? 'fail' : baseline ? verdictStatus : 'no-baseline',
    baselineNote: baseline ? null : (request.baselineNote ?? null),
    waiver,
    redactions: head.masked + (base?.masked ?? 0),
    comment: config.comment,
    summaryUrl: request.summaryUrl ?? null,
    analysis: made.analysis,
  };
}
