/**
 * duplicate-content: identical files at different paths in the final tree (same content hash and size, different
 * inodes; hardlinks count once). In each group the copy in the lowest layer (then the first path) is kept; every
 * other copy that a user layer wrote is reclaimable. One hint per layer that holds reclaimable copies.
 * Uses the analysis' content hashes (uncapped); falls back to `report.duplicates` when files carry no hash.
 * Files in the distribution's own trees are exempt (see `isExempt`): duplicates there are the packagers' doing.
 */
import type { VisibleFile } from '../../analysis/types.ts';
import type { DraftHint, HintContext } from '../types.ts';
import { byLayer, claimsOf, formatBytes, layerLabel, makeHint, plural, sumBytes } from '../util.ts';

export const id = 'duplicate-content';

/** Files smaller than this are ignored (identical licence texts and stubs are not worth a hint). */
export const MIN_FILE_BYTES = 4_096;
/** Below this many reclaimable bytes in a layer the rule stays silent. */
export const MIN_BYTES = 50_000;

/**
 * Files the image's author does not place: the distribution's own trees (`/usr` outside `/usr/local`, `/lib*`,
 * `/bin`, `/sbin`, `/etc`, `/var/lib`), whose duplicates are the packagers' (Debian ships the same JavaScript
 * under /usr/share/nodejs and /usr/share/javascript, identical copyright files per package). A group counts only
 * among the other files, so both the kept copy and the redundant ones are the author's.
 */
export function isExempt(path: string): boolean {
  return /^\/(usr\/(?!local\/)|lib|lib32|lib64|libx32|bin|sbin|etc|var\/lib)\b/.test(path) || /^\/usr\/local\/share\/(doc|man|info)\//.test(path);
}

interface Copy {
  file: VisibleFile;
  /** the copy that is kept */
  keep: VisibleFile;
}

function order(a: VisibleFile, b: VisibleFile): number {
  return a.layer - b.layer || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

/** Redundant copies: every member of a duplicate group but the kept one. */
export function redundantCopies(ctx: HintContext): Copy[] {
  const groups = new Map<string, VisibleFile[]>();
  let hashed = false;
  for (const f of ctx.visibleInodes) {
    // small files first: most are, and their hash is never read
    if (f.sizeBytes < MIN_FILE_BYTES) {
      if (!hashed && f.contentHash !== undefined) hashed = true;
      continue;
    }
    const h = f.contentHash;
    if (h === undefined) continue;
    hashed = true;
    if (isExempt(f.path)) continue;
    const k = `${h}:${f.sizeBytes}`;
    const a = groups.get(k);
    if (a) a.push(f);
    else groups.set(k, [f]);
  }
  if (!hashed && ctx.report.duplicates.groups.length > 0) {
    const byPath = new Map(ctx.analysis.visibleFiles.map((f) => [f.path, f] as const));
    for (const g of ctx.report.duplicates.groups) {
      if (g.sizeBytes < MIN_FILE_BYTES) continue;
      const seen = new Set<number>();
      const files: VisibleFile[] = [];
      for (const p of g.paths) {
        const f = byPath.get(p);
        if (f && !seen.has(f.inode) && !isExempt(f.path)) {
          seen.add(f.inode);
          files.push(f);
        }
      }
      groups.set(`${g.contentHash}:${g.sizeBytes}`, files);
    }
  }
  const out: Copy[] = [];
  for (const files of groups.values()) {
    if (files.length < 2) continue;
    const sorted = [...files].sort(order);
    const keep = sorted[0];
    if (keep === undefined) continue;
    for (const f of sorted.slice(1)) if (ctx.isUserLayer(f.layer)) out.push({ file: f, keep });
  }
  return out;
}

/** One hint per user layer that holds redundant copies. */
export function duplicateContent(ctx: HintContext): DraftHint[] {
  const copies = redundantCopies(ctx).map((c) => ({ ...c, layer: c.file.layer }));
  const hints: DraftHint[] = [];
  for (const [layer, list] of byLayer(copies)) {
    const files = list.map((c) => c.file);
    const bytes = sumBytes(files);
    if (bytes < MIN_BYTES) continue;
    const top = [...list].sort((a, b) => b.file.sizeBytes - a.file.sizeBytes)[0];
    hints.push(
      makeHint(ctx, {
        rule: id,
        severity: 'info',
        title: `${plural(list.length, 'duplicate file')} in ${layerLabel(ctx, layer)} repeat content already in the image: ${formatBytes(bytes)}`,
        layer,
        evidence: files.map((f) => ({ path: f.path, sizeBytes: f.sizeBytes, layer: f.layer })),
        advice:
          (top ? `For example \`${top.file.path}\` is identical to \`${top.keep.path}\` (layer ${top.keep.layer}). ` : '') +
          'Keep one copy: make the others hardlinks (`ln`, in the same RUN) or symlinks, copy the file once and point ' +
          'configuration at it, or run `npm dedupe` / `pip` with a shared site-packages. In a multi-stage build, ' +
          '`COPY --from` each artifact once.',
        claims: claimsOf(files),
      }),
    );
  }
  return hints;
}
