/**
 * CONFIG_SPEC: every key the budgets config accepts, as data. The validator walks it, the unknown-key
 * suggestions come from it, and a test keeps `schema/layer-budget.config.schema.json` in step with it.
 */

/** What a rule's value measures. */
export type RuleUnit = 'size' | 'percent' | 'ratio' | 'count';

/** A rule: a value, or `{ max|min: value, level: fail|warn }`; `off` or null disables it. */
export interface RuleSpec {
  kind: 'rule';
  unit: RuleUnit;
  /** `max` for upper limits, `min` for efficiency */
  bound: 'max' | 'min';
}

/** A mapping whose keys are glob patterns and whose values are rules. */
export interface PatternsSpec {
  kind: 'patterns';
  rule: RuleSpec;
}

/** A mapping with a fixed set of keys. */
export interface ObjectSpec {
  kind: 'object';
  fields: Record<string, Spec>;
}

export type Spec =
  | ObjectSpec
  | PatternsSpec
  | RuleSpec
  /** `info|warning|error` (the fail level) or `{ failOn, warnOn }` */
  | { kind: 'hintsBudget' }
  /** hint rule id → `off|info|warning|error` */
  | { kind: 'hintLevels' }
  | { kind: 'string' }
  | { kind: 'boolean' }
  | { kind: 'count' }
  | { kind: 'stringList' };

const size = (): RuleSpec => ({ kind: 'rule', unit: 'size', bound: 'max' });
const percent = (): RuleSpec => ({ kind: 'rule', unit: 'percent', bound: 'max' });

/** The whole config file. */
export const CONFIG_SPEC: ObjectSpec = {
  kind: 'object',
  fields: {
    budgets: {
      kind: 'object',
      fields: {
        total: size(),
        compressed: size(),
        layer: size(),
        instructions: { kind: 'patterns', rule: size() },
        paths: { kind: 'patterns', rule: size() },
        wasted: size(),
        wastedPercent: percent(),
        efficiency: { kind: 'rule', unit: 'ratio', bound: 'min' },
        layerCount: { kind: 'rule', unit: 'count', bound: 'max' },
        growth: {
          kind: 'object',
          fields: { total: size(), totalPercent: percent(), layer: size(), layerPercent: percent() },
        },
        duplicates: size(),
        hints: { kind: 'hintsBudget' },
      },
    },
    ignore: { kind: 'stringList' },
    waiver: { kind: 'object', fields: { label: { kind: 'string' } } },
    comment: {
      kind: 'object',
      fields: {
        topHints: { kind: 'count' },
        topDirectories: { kind: 'count' },
        collapseUnchanged: { kind: 'boolean' },
        chart: { kind: 'boolean' },
      },
    },
    hints: { kind: 'object', fields: { rules: { kind: 'hintLevels' } } },
  },
};

/** The keys of a rule's object form. */
export function ruleKeys(rule: RuleSpec): string[] {
  return [rule.bound, 'level'];
}

/** The keys of the hints budget's object form. */
export const HINTS_BUDGET_KEYS = ['failOn', 'warnOn'] as const;
