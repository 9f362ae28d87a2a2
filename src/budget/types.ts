/**
 * BudgetConfig: the budgets config after parsing and validation, with every default filled in. Sizes are
 * bytes, percents are numbers of percent (10 = 10%), ratios are 0..1. A rule set to null is off.
 */
import type { Level, Severity } from '../report/types.ts';

/** One limit and what happens when it is crossed. */
export interface Limit {
  /** bytes, percent, ratio or count, by rule */
  value: number;
  /** `fail` fails the check, `warn` only warns (default: fail) */
  level: Level;
}

/** A limit on what a glob pattern selects. */
export interface PatternLimit extends Limit {
  pattern: string;
}

/** A hint rule's level as set in the config: `off` disables it. */
export type HintLevel = 'off' | Severity;

/** Which hints fail or warn the check. */
export interface HintsBudget {
  /** fail when a hint at or above this severity is present (default: `error`; null: never) */
  failOn: Severity | null;
  /** warn when a hint at or above this severity is present (default: null, never) */
  warnOn: Severity | null;
}

/**
 * The `budgets` section: mapped from the rule table (BUDGET_RULES in rules.ts), one key per rule — a Limit or
 * null (off) for a limit rule, a PatternLimit list for `instructions` and `paths`, a HintsBudget for `hints`.
 * What each rule measures and its default are documented on its entry there and in docs/config.md.
 */
export type { Budgets } from './rules.ts';
import type { Budgets } from './rules.ts';

export interface BudgetConfig {
  /** where the config came from, for messages */
  source: { kind: 'file' | 'dive-ci' | 'default'; fileName: string | null };
  budgets: Budgets;
  /** path globs left out of the path rules and the waste rules (default: none) */
  ignore: string[];
  waiver: {
    /** a PR label that turns failures into warnings (default: `layer-budget-waiver`) */
    label: string;
  };
  comment: {
    /** hints listed in the PR comment (default: 5) */
    topHints: number;
    /** growing and shrinking directories listed (default: 10) */
    topDirectories: number;
    /** collapse unchanged layers in `<details>` (default: true) */
    collapseUnchanged: boolean;
    /** include the mermaid chart of layer sizes (default: true) */
    chart: boolean;
  };
  hints: {
    /** per hint rule id: `off`, or the severity to report it at (default: each rule's own) */
    rules: Record<string, HintLevel>;
  };
}
