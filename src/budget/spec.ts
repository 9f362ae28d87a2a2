/**
 * CONFIG_SPEC: every key the budgets config accepts, as data. The validator walks it, the unknown-key
 * suggestions come from it, and a test keeps `schema/layer-budget.config.schema.json` in step with it.
 * The `budgets` section is built from the rule table (BUDGET_RULES in rules.ts), one field per rule.
 */
import { BUDGET_RULES } from './rules.ts';

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

/** `info|warning|error` (the fail level) or `{ failOn, warnOn }` */
export interface HintsBudgetSpec {
  kind: 'hintsBudget';
}

export type Spec =
  | ObjectSpec
  | PatternsSpec
  | RuleSpec
  | HintsBudgetSpec
  /** hint rule id → `off|info|warning|error` */
  | { kind: 'hintLevels' }
  | { kind: 'string' }
  | { kind: 'boolean' }
  | { kind: 'count' }
  | { kind: 'stringList' };

/** The `budgets` section's spec: each rule's spec at its dotted name (`growth.total` → growth → total). */
function budgetsSpec(): ObjectSpec {
  const root: ObjectSpec = { kind: 'object', fields: {} };
  for (const r of BUDGET_RULES) {
    const segs = r.name.split('.');
    let at = root;
    for (const seg of segs.slice(0, -1)) {
      const next = (at.fields[seg] ??= { kind: 'object', fields: {} });
      if (next.kind !== 'object') throw new Error(`budget rule ${r.name}: ${seg} is not a section`);
      at = next;
    }
    at.fields[segs[segs.length - 1]!] = r.spec;
  }
  return root;
}

/** The whole config file. */
export const CONFIG_SPEC: ObjectSpec = {
  kind: 'object',
  fields: {
    budgets: budgetsSpec(),
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
