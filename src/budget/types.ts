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
  /** fail when a hint at or above this severity is present (default: error; null: never) */
  failOn: Severity | null;
  /** warn when a hint at or above this severity is present (default: null, never) */
  warnOn: Severity | null;
}

export interface Budgets {
  /** sum of layer content bytes, uncompressed (default: off) */
  total: Limit | null;
  /** sum of stored blob sizes (default: off) */
  compressed: Limit | null;
  /** content bytes of any single layer (default: off) */
  layer: Limit | null;
  /** content bytes of each layer whose instruction matches the pattern (default: none) */
  instructions: PatternLimit[];
  /** visible bytes under each path pattern (default: none) */
  paths: PatternLimit[];
  /** wasted bytes, less ignored paths (default: off) */
  wasted: Limit | null;
  /** wasted bytes as a percent of total bytes (default: off) */
  wastedPercent: Limit | null;
  /** minimum visible / total (default: off) */
  efficiency: Limit | null;
  /** number of layers (default: off) */
  layerCount: Limit | null;
  /** growth against the baseline; skipped without one (default: all off) */
  growth: {
    /** total bytes Δ */
    total: Limit | null;
    /** total bytes Δ in percent */
    totalPercent: Limit | null;
    /** any single layer's content bytes Δ */
    layer: Limit | null;
    /** any single layer's content bytes Δ in percent (layers new in head are not counted) */
    layerPercent: Limit | null;
  };
  /** reclaimable duplicate bytes (default: off) */
  duplicates: Limit | null;
  /** hint severities that fail or warn (default: fail on error, so a shipped secret fails) */
  hints: HintsBudget;
}

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
