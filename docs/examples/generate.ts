/**
 * Renders an example PR comment from two saved reports and a budgets config:
 *
 *   node docs/examples/generate.ts BASE.json HEAD.json CONFIG.yml KEY [BASE_SHA] > docs/examples/KEY.md
 *
 * The reports are `layer-budget analyze --json` output for the before and after image of a test-bed pair.
 * Evaluated from saved reports, path rules are approximated from directory sizes (the verdict says so).
 */
import { readFileSync } from 'node:fs';
import { parseConfig } from '../../src/budget/config.ts';
import { evaluate, overallStatus } from '../../src/budget/evaluate.ts';
import { renderComment } from '../../src/render/comment.ts';
import { diffReports } from '../../src/report/diff.ts';
import type { Report } from '../../src/report/types.ts';

const [basePath, headPath, configPath, key, sha] = process.argv.slice(2);
if (!basePath || !headPath || !configPath || !key) {
  process.stderr.write('usage: node docs/examples/generate.ts BASE.json HEAD.json CONFIG.yml KEY [BASE_SHA]\n');
  process.exit(2);
}
const base = JSON.parse(readFileSync(basePath, 'utf8')) as Report;
const head = JSON.parse(readFileSync(headPath, 'utf8')) as Report;
const config = parseConfig(readFileSync(configPath, 'utf8'), configPath);
const diff = diffReports(base, head);
const verdicts = evaluate({ report: head, diff, config });
process.stdout.write(
  renderComment({
    key,
    report: head,
    diff,
    baseline: { commitSha: sha ?? base.provenance?.commitSha ?? null, ref: base.provenance?.ref ?? 'refs/heads/main' },
    verdicts,
    status: overallStatus(verdicts),
    waived: false,
    waiverLabel: config.waiver.label,
    topHints: config.comment.topHints,
    topDirectories: config.comment.topDirectories,
    collapseUnchanged: config.comment.collapseUnchanged,
    chart: config.comment.chart,
  }),
);
