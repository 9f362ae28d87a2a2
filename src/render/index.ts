/**
 * render(outcome, format): the one entry from an Outcome (src/core/outcome.ts) to text. Each format is one of
 * the existing renderers; the Outcome already carries the status, the waiver, the ranked and masked hints and the
 * comment settings, so no renderer works any of them out again.
 *
 *   comment          the sticky PR comment (marker first, at most 65,536 characters)
 *   summary          the job summary (everything, up to 1 MiB)
 *   terminal         `check`'s terminal view: status, budgets, layers against the baseline, hints
 *   analysis         `analyze`'s terminal view: layers, waste by cause, paths, duplicates, directories, hints
 *   json             `check --format json`: the versioned check result around the report
 *   report           the report itself, canonical (`toJson`): `analyze --json`, `--output`, the artifact
 *   diff-terminal, diff-markdown, diff-json   `diff BASE HEAD`: the outcome's baseline against its report
 *   explorer         `explore`: the self-contained HTML page (src/render/explorer), baseline bars included
 */
import type { Outcome } from '../core/outcome.ts';
import { toJson } from '../report/json.ts';
import { renderComment } from './comment.ts';
import { buildExplorerData, explorerInput } from './explorer/model.ts';
import { renderExplorer } from './explorer/page.ts';
import { renderDiffMarkdown } from './diff-markdown.ts';
import { checkResultJson, diffResultJson } from './json.ts';
import type { MarkdownInput } from './markdown.ts';
import { renderSummary } from './summary.ts';
import { renderCheckTerminal, renderDiffTerminal, renderTerminal } from './terminal.ts';

/** The output formats (see the module doc). */
export type OutputFormat = 'comment' | 'summary' | 'terminal' | 'analysis' | 'json' | 'report' | 'diff-terminal' | 'diff-markdown' | 'diff-json' | 'explorer';

/** Options of the terminal formats. */
export interface RenderOptions {
  /** ANSI colors (default: false) */
  color?: boolean;
  /** terminal width in columns (default: 100) */
  width?: number;
  /** comment and summary: a link to the explorer page's artifact (default: none) */
  explorerUrl?: string | null;
  /** comment and summary: where Dockerfile lines link to, `https://github.com/{owner}/{repo}/blob/{sha}/` (default: relative links) */
  sourceLinkBase?: string | null;
}

/** The comment's (and the summary's) view of an outcome. */
function markdownInput(o: Outcome, options: RenderOptions): MarkdownInput {
  return {
    explorerUrl: options.explorerUrl ?? null,
    sourceLinkBase: options.sourceLinkBase ?? null,
    key: o.key,
    report: o.report,
    diff: o.diff,
    baseline: o.baseline ? { commitSha: o.baseline.provenance?.commitSha ?? null, ref: o.baseline.provenance?.ref ?? null } : null,
    verdicts: o.verdicts,
    status: o.status,
    waived: o.waiver.waived,
    waiverLabel: o.waiver.label,
    baselineNote: o.baselineNote,
    summaryUrl: o.summaryUrl,
    topHints: o.comment.topHints,
    topDirectories: o.comment.topDirectories,
    collapseUnchanged: o.comment.collapseUnchanged,
    chart: o.comment.chart,
  };
}

function needDiff(o: Outcome, format: OutputFormat): { base: NonNullable<Outcome['baseline']>; diff: NonNullable<Outcome['diff']> } {
  if (!o.baseline || !o.diff) throw new Error(`render ${format}: the outcome has no baseline to diff against`);
  return { base: o.baseline, diff: o.diff };
}

/** Renders an outcome in one format. Text formats end with a newline; `comment` and `summary` as GitHub takes them. */
export function render(outcome: Outcome, format: OutputFormat, options: RenderOptions = {}): string {
  const term = { color: options.color ?? false, width: options.width ?? 100 };
  switch (format) {
    case 'comment':
      return renderComment(markdownInput(outcome, options));
    case 'summary':
      return renderSummary({ ...markdownInput(outcome, options), topHints: Number.MAX_SAFE_INTEGER, topDirectories: 50, collapseUnchanged: false });
    case 'terminal':
      return renderCheckTerminal(
        { report: outcome.report, diff: outcome.diff, verdicts: outcome.verdicts, status: outcome.verdictStatus, baselineMissing: outcome.baselineNote },
        term,
      );
    case 'analysis':
      return renderTerminal(outcome.report, term);
    case 'json':
      return `${checkResultJson({ report: outcome.report, diff: outcome.diff, verdicts: outcome.verdicts, status: outcome.verdictStatus, baselineMissing: outcome.baselineNote })}\n`;
    case 'report':
      return `${toJson(outcome.report)}\n`;
    case 'explorer':
      if (!outcome.analysis) throw new Error('render explorer: the outcome has no analysis (a report made earlier cannot be explored)');
      return renderExplorer(buildExplorerData(explorerInput(outcome.analysis, outcome.report, { baseline: outcome.baseline })));
    case 'diff-terminal': {
      const { base, diff } = needDiff(outcome, format);
      return renderDiffTerminal(base, outcome.report, diff, term);
    }
    case 'diff-markdown': {
      const { base, diff } = needDiff(outcome, format);
      return `${renderDiffMarkdown(base, outcome.report, diff)}\n`;
    }
    case 'diff-json': {
      const { base, diff } = needDiff(outcome, format);
      return `${diffResultJson(base, outcome.report, diff)}\n`;
    }
  }
}
