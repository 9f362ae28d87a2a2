/**
 * renderDiffMarkdown(): `layer-budget diff --format markdown`: the layer table, directory deltas, waste details
 * and chart of two reports, without budgets.
 */
import type { ReportDiff } from '../report/diff.ts';
import type { Report } from '../report/types.ts';
import { renderMarkdown } from './markdown.ts';

/** Renders a diff of `base` → `head` as GitHub markdown. */
export function renderDiffMarkdown(base: Report, head: Report, diff: ReportDiff): string {
  return renderMarkdown(
    {
      key: head.provenance?.key ?? 'diff',
      report: head,
      diff,
      baseline: base.provenance ? { commitSha: base.provenance.commitSha, ref: base.provenance.ref } : null,
      verdicts: [],
      status: 'pass',
      waived: false,
      collapseUnchanged: true,
    },
    'diff',
  );
}
