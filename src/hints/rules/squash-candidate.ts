/**
 * squash-candidate: most of the image's waste sits in overwrite chains (the same paths written again by later
 * layers: `overwritten` plus `attribute-copy-up`). Squashing the image's own layers into one would drop those lower
 * copies. This is an alternative remedy for bytes that attribute-copy-up and deleted-later already count, so the
 * hint keeps its full estimate and is marked `overlaps: true`. Fires when those causes are at least half of the
 * wasted bytes and at least MIN_BYTES. Only bytes that user layers hold and rewrite count: squashing the image's
 * own layers cannot drop a base layer's bytes. Evidence is rolled up three directories deep.
 */
import type { DraftHint, HintContext } from '../types.ts';
import { claimsOf, formatBytes, makeHint, prefixKey, rollup, sumBytes } from '../util.ts';

export const id = 'squash-candidate';

/** Minimum overwrite-chain waste. */
export const MIN_BYTES = 1_000_000;
/** Minimum share of the wasted bytes. */
export const MIN_SHARE = 0.5;

/** At most one hint, about the image as a whole. */
export function squashCandidate(ctx: HintContext): DraftHint[] {
  const wastedTotal = ctx.report.totals.wastedBytes;
  const items = ctx.analysis.wasted.filter(
    (w) => w.sizeBytes > 0 && (w.cause === 'overwritten' || w.cause === 'attribute-copy-up') && ctx.isUserLayer(w.layer) && ctx.isUserLayer(w.hiddenBy),
  );
  const bytes = sumBytes(items);
  if (bytes < MIN_BYTES || wastedTotal <= 0 || bytes / wastedTotal < MIN_SHARE) return [];
  const pct = Math.round((bytes / wastedTotal) * 100);
  const firstUser = ctx.userLayers[0] ?? 0;
  return [
    makeHint(ctx, {
      rule: id,
      severity: 'info',
      title: `${pct}% of the waste (${formatBytes(bytes)} of ${formatBytes(wastedTotal)}) is files written again by later layers: a squash candidate`,
      layer: null,
      evidence: rollup(items, prefixKey(3)).map((r) => ({ path: r.path, sizeBytes: r.sizeBytes, layer: r.layer })),
      advice:
        'Fix the layers that rewrite files first (see attribute-copy-up and deleted-later). Otherwise squash the layers ' +
        `your Dockerfile adds (from layer ${firstUser}): \`buildah bud --squash\`/\`podman build --squash\`, or a final ` +
        'stage `FROM <base>` + `COPY --from=build / /`. Limits: a squashed layer is shared with no other image (every ' +
        'change re-pushes and re-pulls all of it), one big layer cannot be pulled in parallel, and the history no longer ' +
        'tells which step added what. The savings overlap those of the other hints.',
      claims: claimsOf(items),
      alternative: true,
    }),
  ];
}
