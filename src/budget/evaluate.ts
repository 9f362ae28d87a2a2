/**
 * evaluate(): the budgets config applied to a report (and its uncapped analysis, and the diff against a
 * baseline when there is one) → one Verdict per configured rule, in table order. Each rule's measuring and
 * message live on its entry in BUDGET_RULES (rules.ts); this walks the table. A waiver turns every fail into a
 * warn with `waived: true`.
 */
import type { Analysis } from '../analysis/types.ts';
import type { ReportDiff } from '../report/diff.ts';
import type { Report, Verdict, VerdictStatus } from '../report/types.ts';
import { compileGlob } from './glob.ts';
import { BUDGET_RULES, isOver, settingAt, wasteLessIgnored } from './rules.ts';
import type { BudgetRule, EvalContext } from './rules.ts';
import type { BudgetConfig } from './types.ts';

/** What {@link evaluate} looks at. */
export interface EvaluateInput {
  report: Report;
  /** the uncapped analysis, for path and ignore rules (default: none; path rules are then approximated) */
  analysis?: Analysis;
  /** the diff against the baseline (default: none; growth rules are then not evaluated) */
  diff?: ReportDiff | null;
  config: BudgetConfig;
  /** the waiver label is on the PR: fails become warns (default: false) */
  waived?: boolean;
}

function context(input: EvaluateInput): EvalContext {
  const { report, analysis, config } = input;
  const ignoreGlobs = config.ignore.map((g) => compileGlob(g));
  const ignored = (p: string): boolean => ignoreGlobs.some((g) => g.testPathOrAncestor(p));
  let waste: ReturnType<EvalContext['waste']> | null = null;
  return {
    report,
    analysis,
    diff: input.diff,
    ignoring: ignoreGlobs.length > 0,
    ignored,
    hintLevels: config.hints.rules,
    waste: () => (waste ??= wasteLessIgnored(report, analysis, ignoreGlobs.length > 0, ignored)),
  };
}

/** Applies the budgets; see the module notes and rules.ts. Returns one verdict per configured rule. */
export function evaluate(input: EvaluateInput): Verdict[] {
  const ctx = context(input);
  const out: Verdict[] = [];
  for (const entry of BUDGET_RULES) {
    const rule = entry as unknown as BudgetRule;
    const setting = settingAt(input.config.budgets, rule.name) as NonNullable<BudgetRule['default']> | null | undefined;
    if (setting === null || setting === undefined) continue;
    for (const m of rule.measure(ctx, setting)) {
      const status: VerdictStatus = m.skip !== undefined ? 'pass' : (m.status ?? (isOver(m) ? m.limit.level : 'pass'));
      out.push({ rule: m.rule, status, actual: m.actual, limit: m.limit.value, unit: m.unit, message: rule.message(m), waived: false });
    }
  }
  if (input.waived) {
    for (const v of out) {
      if (v.status !== 'fail') continue;
      v.status = 'warn';
      v.waived = true;
      v.message += ' (waived)';
    }
  }
  return out;
}

/** The worst status among verdicts: `fail`, else `warn`, else `pass` (also for none). */
export function overallStatus(verdicts: readonly Verdict[]): VerdictStatus {
  if (verdicts.some((v) => v.status === 'fail')) return 'fail';
  if (verdicts.some((v) => v.status === 'warn')) return 'warn';
  return 'pass';
}
