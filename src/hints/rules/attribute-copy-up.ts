/**
 * attribute-copy-up: a layer changed only the attributes of files (`chown -R`, `chmod -R`, `touch`), and the union
 * filesystem copied each of them up whole: the lower copies ship as waste with identical content. Reads the
 * Analysis' wasted items of cause `attribute-copy-up`; one hint per layer that caused the copies, pointing at that
 * layer's instruction.
 */
import type { WastedItem } from '../../analysis/types.ts';
import type { DraftHint, HintContext } from '../types.ts';
import { claimsOf, commonRollupKey, formatBytes, layerLabel, makeHint, plural, rollup, sumBytes } from '../util.ts';

export const id = 'attribute-copy-up';

/** Below this many bytes per copying layer the rule stays silent. */
export const MIN_BYTES = 100_000;

/** A concrete replacement for the copying instruction. */
export function copyUpAdvice(raw: string): string {
  const chown = /\bchown\s+(?:-\S+\s+)*([^\s&;]+)\s+([^\s&;]+)/.exec(raw);
  const chmod = /\bchmod\s+(?:-\S+\s+)*([^\s&;]+)\s+([^\s&;]+)/.exec(raw);
  const parts: string[] = [];
  if (chown && chown[1] !== undefined && chown[2] !== undefined) {
    parts.push(
      `Set the owner when the files are written instead of \`chown -R ${chown[1]} ${chown[2]}\` afterwards: ` +
        `\`COPY --chown=${chown[1]} . ${chown[2]}\` for copied files, and create the user first and run the step ` +
        `that writes the rest as that user (\`USER ${chown[1].split(':')[0]}\` before \`RUN npm ci\`), or chown in that same RUN.`,
    );
  }
  if (chmod && chmod[1] !== undefined && chmod[2] !== undefined && !chmod[1].startsWith('-')) {
    parts.push(
      `Set modes where the files are written instead of \`chmod ${chmod[1]} ${chmod[2]}\` in a later layer: ` +
        `\`COPY --chmod=<mode>\` for copied files, or chmod in the same RUN that creates them.`,
    );
  }
  if (parts.length === 0) {
    parts.push(
      'Change ownership, modes and timestamps in the same RUN that writes the files (or with `COPY --chown`/`--chmod`); ' +
        'in a later layer every touched file is copied up whole.',
    );
  }
  return parts.join(' ');
}

/** One hint per user layer whose attribute-only changes copied files up. */
export function attributeCopyUp(ctx: HintContext): DraftHint[] {
  const items = ctx.analysis.wasted.filter((w) => w.cause === 'attribute-copy-up' && w.sizeBytes > 0 && ctx.isUserLayer(w.hiddenBy));
  const byHider = new Map<number, WastedItem[]>();
  for (const w of items) {
    const a = byHider.get(w.hiddenBy);
    if (a) a.push(w);
    else byHider.set(w.hiddenBy, [w]);
  }
  const hints: DraftHint[] = [];
  for (const [hider, list] of [...byHider.entries()].sort((a, b) => a[0] - b[0])) {
    const bytes = sumBytes(list);
    if (bytes < MIN_BYTES) continue;
    const holders = [...new Set(list.map((w) => w.layer))].sort((a, b) => a - b);
    const key = commonRollupKey(list.map((w) => w.path));
    hints.push(
      makeHint(ctx, {
        rule: id,
        severity: 'warning',
        title: `${layerLabel(ctx, hider)} copied ${plural(list.length, 'file')} up only to change attributes: ${formatBytes(bytes)} shipped twice (held by layer ${holders.join(', ')})`,
        layer: hider,
        evidence: rollup(list, key).map((r) => ({ path: r.path, sizeBytes: r.sizeBytes, layer: r.layer })),
        advice: copyUpAdvice(ctx.rawInstruction(hider)),
        claims: claimsOf(list),
      }),
    );
  }
  return hints;
}
