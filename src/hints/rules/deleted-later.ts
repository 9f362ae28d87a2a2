/**
 * deleted-later: bytes a layer added that a later layer deleted (`rm`, an opaque directory, a directory replaced
 * by a file) or replaced with different content. The later step cannot shrink the image: the bytes stay in the
 * lower layer ("the awscli zip story"). One hint per (holding layer, hiding layer) pair of user layers; evidence is
 * rolled up to the deleted or replaced path as the hiding layer wrote it.
 * (Attribute-only copy-ups are attribute-copy-up's.)
 */
import type { WastedItem } from '../../analysis/types.ts';
import { K_DIR, K_OPAQUE, K_WHITEOUT } from '../../layer/events.ts';
import type { LayerEvents } from '../../layer/events.ts';
import type { DraftHint, HintContext } from '../types.ts';
import { claimsOf, formatBytes, layerLabel, makeHint, plural, sumBytes } from '../util.ts';

export const id = 'deleted-later';

/** Below this many bytes per layer pair the rule stays silent. */
export const MIN_BYTES = 100_000;

const CAUSES = new Set(['deleted-file', 'deleted-dir', 'opaque', 'replaced-dir', 'overwritten']);

/** What a hiding layer wrote, by path node: the kind code of its entries (to find the deleted root of each wasted file). */
interface HiderIndex {
  events: LayerEvents;
  kinds: Map<number, number>;
}

function hiderIndex(ctx: HintContext, layer: number, cache: Map<number, HiderIndex>): HiderIndex | null {
  let m = cache.get(layer);
  if (!m) {
    const events = ctx.analysis.layerEvents[layer];
    if (events === undefined) return null;
    const kinds = new Map<number, number>();
    // a path can carry several entries (`rm -rf d && mkdir d`: the dir and its opaque marker): removals win
    for (let i = 0; i < events.length; i++) {
      const node = events.node(i);
      const k = events.kindCode(i);
      const prev = kinds.get(node);
      if (prev === undefined || prev === K_DIR || k === K_WHITEOUT || k === K_OPAQUE) kinds.set(node, k);
    }
    m = { events, kinds };
    cache.set(layer, m);
  }
  return m;
}

/** The path the hiding layer acted on: the nearest ancestor (or the path itself) it whited out, made opaque or replaced. */
function rootOf(item: WastedItem, index: HiderIndex | null): string {
  if (item.cause === 'overwritten' || index === null) return item.path;
  const paths = index.events.paths;
  const start = item.node ?? paths.lookup(item.path);
  if (start < 0) return item.path;
  for (let n = start; n !== -1; n = paths.parent(n)) {
    const kind = index.kinds.get(n);
    if (kind === K_WHITEOUT || kind === K_OPAQUE) return paths.path(n);
    if (kind !== undefined && kind !== K_DIR && n !== start) return paths.path(n);
  }
  return item.path;
}

/** One hint per (holding, hiding) pair of user layers. */
export function deletedLater(ctx: HintContext): DraftHint[] {
  const cache = new Map<number, HiderIndex>();
  const pairs = new Map<string, WastedItem[]>();
  for (const w of ctx.analysis.wasted) {
    if (w.sizeBytes === 0 || !CAUSES.has(w.cause) || !ctx.isUserLayer(w.layer) || !ctx.isUserLayer(w.hiddenBy)) continue;
    const k = `${w.layer}:${w.hiddenBy}`;
    const a = pairs.get(k);
    if (a) a.push(w);
    else pairs.set(k, [w]);
  }
  const hints: DraftHint[] = [];
  const keys = [...pairs.keys()].sort((a, b) => {
    const [a1, a2] = a.split(':').map(Number);
    const [b1, b2] = b.split(':').map(Number);
    return (a1 ?? 0) - (b1 ?? 0) || (a2 ?? 0) - (b2 ?? 0);
  });
  for (const k of keys) {
    const list = pairs.get(k) ?? [];
    const bytes = sumBytes(list);
    if (bytes < MIN_BYTES) continue;
    const first = list[0];
    if (first === undefined) continue;
    const holder = first.layer;
    const hider = first.hiddenBy;
    const index = hiderIndex(ctx, hider, cache);
    const roots = new Map<string, { sizeBytes: number; files: number }>();
    for (const w of list) {
      const r = rootOf(w, index);
      const e = roots.get(r);
      if (e) {
        e.sizeBytes += w.sizeBytes;
        e.files++;
      } else roots.set(r, { sizeBytes: w.sizeBytes, files: 1 });
    }
    const onlyOverwrites = list.every((w) => w.cause === 'overwritten');
    const verb = onlyOverwrites ? 'rewrites' : list.some((w) => w.cause === 'overwritten') ? 'deletes or rewrites' : 'deletes';
    const rootList = [...roots.keys()].sort((a, b) => (roots.get(b)?.sizeBytes ?? 0) - (roots.get(a)?.sizeBytes ?? 0));
    const shown = rootList.slice(0, 3).join(' ');
    hints.push(
      makeHint(ctx, {
        rule: id,
        severity: 'warning',
        title: `${formatBytes(bytes)} (${plural(list.length, 'file')}) added by ${layerLabel(ctx, holder)} and ${onlyOverwrites ? 'rewritten' : 'deleted'} by ${layerLabel(ctx, hider)} still ship`,
        layer: holder,
        evidence: rootList.map((r) => ({ path: r, sizeBytes: roots.get(r)?.sizeBytes ?? 0, layer: holder })),
        advice:
          `Layer ${hider} ${verb} them, but the bytes stay in layer ${holder}. ` +
          (onlyOverwrites
            ? 'Write the final content once, in a single layer, or produce it in a builder stage.'
            : `Remove them in the same RUN that creates them (\`RUN <download> && <unpack/install> && rm -rf ${shown}\`), ` +
              'or do the download and unpacking in a builder stage and `COPY --from=build` only the result.'),
        claims: claimsOf(list),
      }),
    );
  }
  return hints;
}
