/**
 * Small helpers the rules share: SI byte formatting (re-exported from render/format.ts), evidence capping, directory roll-up and the hint builder.
 */
import type { Severity } from '../report/types.ts';
import type { Claim, DraftHint, HintContext, LayerFile } from './types.ts';

/** Evidence entries kept per hint; the rest are summarized in `evidenceOmitted`. */
export const EVIDENCE_CAP = 10;

/** SI bytes for messages: the one formatter every output uses (see src/render/format.ts). */
export { formatBytes } from '../render/format.ts';
import { formatCount } from '../render/format.ts';

/** Sum of `sizeBytes`. */
export function sumBytes(items: ReadonlyArray<{ sizeBytes: number }>): number {
  let n = 0;
  for (const i of items) n += i.sizeBytes;
  return n;
}

/** The last path segment. */
export function basename(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? path : path.slice(i + 1);
}

/** `/a/b/c` → `/a/b` (`/` for top-level names). */
export function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

/** True when `path` is `dir` or below it. */
export function isUnder(path: string, dir: string): boolean {
  if (dir === '/') return true;
  return path === dir || path.startsWith(dir.endsWith('/') ? dir : `${dir}/`);
}

/** Evidence item as stored in a Hint. */
export interface EvidenceItem {
  path: string;
  sizeBytes: number;
  layer: number | null;
}

/**
 * Sorts evidence by bytes (desc, then path), keeps the first `cap`, and summarizes the rest.
 * (default cap: EVIDENCE_CAP)
 */
export function capEvidence(
  items: readonly EvidenceItem[],
  cap: number = EVIDENCE_CAP,
  keepOrder: boolean = false,
): { evidence: EvidenceItem[]; omitted: { count: number; sizeBytes: number } | undefined } {
  const sorted = keepOrder ? [...items] : [...items].sort(
    (a, b) => b.sizeBytes - a.sizeBytes || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || (a.layer ?? -1) - (b.layer ?? -1),
  );
  const evidence = sorted.slice(0, cap);
  const rest = sorted.slice(cap);
  return { evidence, omitted: rest.length > 0 ? { count: rest.length, sizeBytes: sumBytes(rest) } : undefined };
}

/**
 * Groups per-file items into directory roll-ups: each item is charged to `key(path)` (null keeps the file path).
 * Items keep their layer; roll-ups are per (layer, key).
 */
export function rollup(
  items: ReadonlyArray<{ layer: number; path: string; sizeBytes: number }>,
  key: (path: string) => string | null,
): Array<{ layer: number; path: string; sizeBytes: number; files: number }> {
  const map = new Map<string, { layer: number; path: string; sizeBytes: number; files: number }>();
  for (const it of items) {
    const p = key(it.path) ?? it.path;
    const k = `${it.layer}\u0000${p}`;
    const e = map.get(k);
    if (e) {
      e.sizeBytes += it.sizeBytes;
      e.files++;
    } else map.set(k, { layer: it.layer, path: p, sizeBytes: it.sizeBytes, files: 1 });
  }
  return [...map.values()];
}

/** A roll-up key that keeps the first `depth` segments of a path (`/a/b/c/d`, 2 → `/a/b`). */
export function prefixKey(depth: number): (path: string) => string | null {
  return (path) => {
    const segs = path.split('/').filter((s) => s !== '');
    if (segs.length <= depth) return null;
    return `/${segs.slice(0, depth).join('/')}`;
  };
}

/** Claims from layer files. */
export function claimsOf(files: ReadonlyArray<{ layer: number; path: string; sizeBytes: number }>): Claim[] {
  return files.map((f) => ({ layer: f.layer, path: f.path, sizeBytes: f.sizeBytes }));
}

/** Groups layer files by layer, in layer order. */
export function byLayer<T extends { layer: number }>(items: readonly T[]): Array<[number, T[]]> {
  const m = new Map<number, T[]>();
  for (const it of items) {
    const a = m.get(it.layer);
    if (a) a.push(it);
    else m.set(it.layer, [it]);
  }
  return [...m.entries()].sort((a, b) => a[0] - b[0]);
}

/** Layer files of the user's layers whose path satisfies `test`. */
export function userFiles(ctx: HintContext, test: (path: string, f: LayerFile) => boolean): LayerFile[] {
  return ctx.layerFiles.filter((f) => ctx.isUserLayer(f.layer) && test(f.path, f));
}

/** Fields every hint needs; the builder fills `instruction`, caps evidence and sums the savings. */
export interface HintSpec {
  rule: string;
  severity: Severity;
  title: string;
  layer: number | null;
  /** uncapped evidence; capped by the builder */
  evidence: readonly EvidenceItem[];
  advice: string;
  /** the bytes the savings are made of; savingsBytes = their sum unless `savingsBytes` is given */
  claims: readonly Claim[];
  savingsBytes?: number;
  alternative?: boolean;
  /** (default: EVIDENCE_CAP) */
  evidenceCap?: number;
  /** keep the evidence in the given order instead of by bytes (default: false) */
  evidenceOrdered?: boolean;
}

/** Builds a DraftHint: instruction from the layer, evidence capped, savings summed from claims. */
export function makeHint(ctx: HintContext, spec: HintSpec): DraftHint {
  const { evidence, omitted } = capEvidence(spec.evidence, spec.evidenceCap ?? EVIDENCE_CAP, spec.evidenceOrdered ?? false);
  const hint: DraftHint = {
    rule: spec.rule,
    severity: spec.severity,
    title: spec.title,
    layer: spec.layer,
    instruction: ctx.instruction(spec.layer),
    evidence,
    advice: spec.advice,
    savingsBytes: spec.savingsBytes ?? sumBytes(spec.claims),
    overlaps: false,
    claims: [...spec.claims],
  };
  if (omitted) hint.evidenceOmitted = omitted;
  if (spec.alternative) hint.alternative = true;
  return hint;
}

/** `layer 3 (RUN apt-get update)` for titles. */
export function layerLabel(ctx: HintContext, layer: number): string {
  const ins = ctx.instruction(layer);
  if (ins === null) return `layer ${layer}`;
  const short = ins.length > 60 ? `${ins.slice(0, 57)}…` : ins;
  return `layer ${layer} (${short})`;
}

/** English plural: `1 file`, `3 files`. */
export function plural(n: number, word: string, many: string = `${word}s`): string {
  return `${formatCount(n)} ${n === 1 ? word : many}`;
}


/**
 * A roll-up key one level below the deepest directory common to all paths (`/app/a/x`, `/app/b/y` → `/app/a`,
 * `/app/b`); files directly in that directory stay as they are.
 */
export function commonRollupKey(paths: readonly string[]): (path: string) => string | null {
  let common: string[] | null = null;
  for (const p of paths) {
    const dirSegs = p.split('/').filter((s) => s !== '').slice(0, -1);
    if (common === null) common = dirSegs;
    else {
      let i = 0;
      while (i < common.length && i < dirSegs.length && common[i] === dirSegs[i]) i++;
      common = common.slice(0, i);
    }
  }
  return prefixKey((common?.length ?? 0) + 1);
}
