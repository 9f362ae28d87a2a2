/**
 * Redaction: credentials an image carries in its history, `Env`, labels or build args are masked once, here, in
 * the core, before anything renders or serialises them (layer table, instruction column, diff, JSON report and
 * artifact, `--json`, summary, error messages). The detector is the `secrets` hint's (src/hints/credentials.ts),
 * so what the hint reports is exactly what is masked. A masked value reads `***`; the text around it is kept.
 */
import { findCredentials, maskCredentials } from '../hints/credentials.ts';
import type { Report } from '../report/types.ts';

/** `text` with every credential value masked (`GITHUB_TOKEN=***`); for messages that quote image strings. */
export function redactText(text: string): string {
  return maskCredentials(text);
}

/** A masked copy of a report: every string in it passes through the detector. */
export interface Redacted<T> {
  value: T;
  /** how many strings held a credential */
  masked: number;
}

function deep(v: unknown, count: { n: number }): unknown {
  if (typeof v === 'string') {
    if (findCredentials(v).length === 0) return v;
    count.n++;
    return maskCredentials(v);
  }
  if (Array.isArray(v)) return v.map((x) => deep(x, count));
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = deep(x, count);
    return out;
  }
  return v;
}

/**
 * A copy of `report` in which every string (instructions raw and normalized, hint titles, advice and evidence,
 * names, paths, verdict messages) has its credentials masked. Numbers and structure are untouched, and no string
 * grows, so the copy still validates. Applied to a fresh report, to a report artifact and to a baseline alike:
 * a report written by an older version may still hold them.
 */
export function redactReport(report: Report): Redacted<Report> {
  const count = { n: 0 };
  const value = deep(report, count) as Report;
  return { value, masked: count.n };
}
