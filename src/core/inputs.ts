/**
 * What a shell reads before it builds an AnalyzeRequest: the budgets config and saved reports. File access comes
 * in as a `ReadText` port, so this stays free of I/O.
 */
import { defaultConfig, parseConfig, parseDiveCi } from '../budget/config.ts';
import type { BudgetConfig } from '../budget/types.ts';
import { InputError, withContext } from '../errors.ts';
import { fromJson } from '../report/json.ts';
import type { Report } from '../report/types.ts';

/** Reads a file's text, or null when it does not exist. */
export type ReadText = (path: string) => Promise<string | null>;

/**
 * Loads the budgets config: `path`, else .github/layer-budget.yml, else .dive-ci, else `defaultConfig()` (whose
 * one budget is `hints: error`).
 */
export async function loadConfig(readText: ReadText, path: string | undefined): Promise<BudgetConfig> {
  if (path) {
    const text = await readText(path);
    if (text === null) throw new InputError(`config file ${path} not found`, { hint: 'check the config path (--config / the `config` input)' });
    return path.endsWith('.dive-ci') ? parseDiveCi(text, path) : parseConfig(text, path);
  }
  const yml = await readText('.github/layer-budget.yml');
  if (yml !== null) return parseConfig(yml, '.github/layer-budget.yml');
  const dive = await readText('.dive-ci');
  if (dive !== null) return parseDiveCi(dive, '.dive-ci');
  return defaultConfig();
}

/** Parses a saved report (a baseline, an artifact, a `diff` side), with a clear error naming it. */
export function readReport(text: string, what: string): Report {
  try {
    return fromJson(text, what);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw withContext(`reading ${what}`, err);
  }
}
