/**
 * Parsing sizes and percents as written in the budgets config and in action inputs.
 *
 * Sizes: a non-negative number followed by an optional unit, with optional spaces between. Units are matched
 * case-insensitively, except that a lone `b` is bytes:
 * - SI (powers of 1000, as `docker images` and dive display them): `B`, `kB`/`KB`, `MB`, `GB`, `TB`;
 * - IEC (powers of 1024): `KiB`, `MiB`, `GiB`, `TiB`.
 * A bare number (or a YAML number) is bytes. The result is rounded to whole bytes.
 *
 * Percents: a string ending in `%` (`10%`, `2.5 %`), or a plain number taken as percent (`10` = 10%).
 */

const UNITS: Record<string, number> = {
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
  tib: 1024 ** 4,
};

/** the units a size accepts, for messages */
export const SIZE_UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'KiB', 'MiB', 'GiB', 'TiB'] as const;

const SIZE_RE = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*([A-Za-z]*)\s*$/;
const PERCENT_RE = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*%\s*$/;

/** Why a value is not a size or percent; the message is the part after the key path. */
export class UnitError extends Error {
  override readonly name = 'UnitError';
}

function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/**
 * Parses a size to bytes: `parseSize('500MB')` → 500000000, `parseSize('1.2GiB')` → 1288490189,
 * `parseSize('800 kB')` → 800000, `parseSize(123)` → 123.
 * Throws a UnitError such as `"500 MBs" is not a size; use e.g. 500MB or 1.2GiB`.
 */
export function parseSize(value: string | number): number {
  if (typeof value === 'number') {
    if (Number.isFinite(value) && value >= 0) return Math.round(value);
    throw new UnitError(`${show(value)} is not a size; use a number of bytes ≥ 0 or e.g. 500MB or 1.2GiB`);
  }
  const m = SIZE_RE.exec(value);
  const unit = m?.[2]?.toLowerCase() ?? '';
  const factor = unit === '' ? 1 : UNITS[unit];
  if (!m || factor === undefined) throw new UnitError(`${show(value)} is not a size; use e.g. 500MB or 1.2GiB (units: ${SIZE_UNITS.join(', ')})`);
  return Math.round(Number(m[1]) * factor);
}

/**
 * Parses a percent to a number of percent: `parsePercent('10%')` → 10, `parsePercent(2.5)` → 2.5.
 * Throws a UnitError such as `"ten" is not a percent; use e.g. 10%`.
 */
export function parsePercent(value: string | number): number {
  if (typeof value === 'number') {
    if (Number.isFinite(value) && value >= 0) return value;
  } else {
    const m = PERCENT_RE.exec(value);
    if (m) return Number(m[1]);
  }
  throw new UnitError(`${show(value)} is not a percent; use e.g. 10%`);
}

/**
 * Parses a ratio between 0 and 1, also written as a percent: `parseRatio(0.9)` → 0.9, `parseRatio('90%')` → 0.9.
 * Throws a UnitError such as `1.5 is not a ratio; use a number from 0 to 1 or a percent such as 90%`.
 */
export function parseRatio(value: string | number): number {
  let n: number | null = null;
  if (typeof value === 'number') n = value;
  else if (PERCENT_RE.test(value)) n = parsePercent(value) / 100;
  else if (/^\s*(\d+(?:\.\d+)?|\.\d+)\s*$/.test(value)) n = Number(value);
  if (n === null || !Number.isFinite(n) || n < 0 || n > 1) {
    throw new UnitError(`${show(value)} is not a ratio; use a number from 0 to 1 or a percent such as 90%`);
  }
  return n;
}

/** Parses a whole number ≥ 0 (also from a numeric string). Throws a UnitError otherwise. */
export function parseCount(value: string | number): number {
  const n = typeof value === 'number' ? value : /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 0) throw new UnitError(`${show(value)} is not a count; use a whole number such as 30`);
  return n;
}
