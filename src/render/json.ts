/**
 * The JSON printed by `check --format json` and `diff --format json`: versioned envelopes around the report,
 * verdicts and diff. `kind` names the shape and `version` changes only with breaking changes.
 */
import type { ReportDiff } from '../report/diff.ts';
import type { Report, Verdict, VerdictStatus } from '../report/types.ts';
import { rankHints } from './view.ts';

/** `layer-budget check --format json`. */
export interface CheckResult {
  kind: 'layer-budget/check';
  version: 1;
  /** worst verdict */
  status: VerdictStatus;
  /** a budget failed: the exit status is 1 */
  failed: boolean;
  /** why there is no baseline, when one was expected; null otherwise */
  baselineMissing: string | null;
  verdicts: Verdict[];
  diff: ReportDiff | null;
  /** the full report (schema v1), verdicts included; its hints ranked as every renderer ranks them (errors first) */
  report: Report;
}

/** `layer-budget diff --format json`. */
export interface DiffResult {
  kind: 'layer-budget/diff';
  version: 1;
  base: { reference: string; names: string[]; configDigest: string; commitSha: string | null };
  head: { reference: string; names: string[]; configDigest: string; commitSha: string | null };
  diff: ReportDiff;
}

/** Builds the check result from the pipeline's CheckOutcome; the report's hints are ranked errors first. */
export function toCheckResult(outcome: { report: Report; diff: ReportDiff | null; verdicts: Verdict[]; status: VerdictStatus; baselineMissing?: string | null }): CheckResult {
  return {
    kind: 'layer-budget/check',
    version: 1,
    status: outcome.status,
    failed: outcome.status === 'fail',
    baselineMissing: outcome.baselineMissing ?? null,
    verdicts: outcome.verdicts,
    diff: outcome.diff,
    report: { ...outcome.report, hints: rankHints(outcome.report.hints) },
  };
}

function side(r: Report): DiffResult['base'] {
  return { reference: r.image.reference, names: r.image.names, configDigest: r.image.configDigest, commitSha: r.provenance?.commitSha ?? null };
}

/** Builds the diff result. */
export function toDiffResult(base: Report, head: Report, diff: ReportDiff): DiffResult {
  return { kind: 'layer-budget/diff', version: 1, base: side(base), head: side(head), diff };
}

/** The check result as indented JSON text (no trailing newline). */
export function checkResultJson(outcome: Parameters<typeof toCheckResult>[0]): string {
  return JSON.stringify(toCheckResult(outcome), null, 2);
}

/** The diff result as indented JSON text (no trailing newline). */
export function diffResultJson(base: Report, head: Report, diff: ReportDiff): string {
  return JSON.stringify(toDiffResult(base, head, diff), null, 2);
}
