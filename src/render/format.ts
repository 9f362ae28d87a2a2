/**
 * Number formatting for every renderer. Sizes are shown in SI units (1 MB = 1,000,000 bytes), as
 * `docker images` and dive show them.
 */
import type { WasteCause } from '../report/types.ts';

const SI = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB'];

/** The minus sign used for negative deltas (U+2212). */
export const MINUS = '\u2212';

/** How each waste cause is named to people, in the comment, the summary and the terminal alike. */
export const CAUSE_TEXT: Record<WasteCause, string> = {
  overwritten: 'overwritten by a later layer',
  'attribute-copy-up': 'copied up by chmod/chown/touch',
  'deleted-file': 'deleted files',
  'deleted-dir': 'deleted directories',
  opaque: 'hidden by opaque directories',
  'replaced-dir': 'directories replaced by files',
};

/**
 * Formats bytes in SI units with one decimal above 1 kB: `0 B`, `999 B`, `1.0 kB`, `568.2 MB`.
 * Negative values get an ASCII `-` (deltas use {@link formatDelta}).
 */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return String(bytes);
  if (bytes < 0) return `-${formatBytes(-bytes)}`;
  // bytes are whole numbers; a fraction (an average, say) is rounded first so 999.6 B reads 1.0 kB
  const n = Math.round(bytes);
  if (n < 1000) return `${n} B`;
  let i = 0;
  let v = n;
  while (v >= 1000 && i < SI.length - 1) {
    v /= 1000;
    i++;
  }
  // 999,960 B is 1000.0 kB once rounded: move up a unit
  if (Number(v.toFixed(1)) >= 1000 && i < SI.length - 1) {
    v /= 1000;
    i++;
  }
  return `${v.toFixed(1)} ${SI[i]}`;
}

/** Formats a signed byte delta: `+34.1 MB`, `−2.0 kB` (U+2212), `±0 B`. */
export function formatDelta(bytes: number): string {
  if (bytes === 0) return '±0 B';
  return bytes > 0 ? `+${formatBytes(bytes)}` : `${MINUS}${formatBytes(-bytes)}`;
}

/** Formats a signed percent with one decimal: `+12.3%`, `−4.0%`, `±0.0%`. */
export function formatSignedPercent(percent: number): string {
  if (percent === 0) return '±0.0%';
  const s = Math.abs(percent).toFixed(1);
  return percent > 0 ? `+${s}%` : `${MINUS}${s}%`;
}

/**
 * Formats the relative change from `base` to `now`: `+12.3%`, `−4.0%`, `±0.0%`; `new` when base is 0 and now
 * is not, `±0.0%` when both are 0.
 */
export function formatPercentDelta(base: number, now: number): string {
  if (base === 0) return now === 0 ? '±0.0%' : 'new';
  return formatSignedPercent(((now - base) / base) * 100);
}

/** Formats a ratio (0..1) as a percent with one decimal: `0.9787` → `97.9%`. */
export function formatRatio(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
}

/** Formats a count with thousands separators: `36012` → `36,012`. */
export function formatCount(n: number): string {
  return Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
