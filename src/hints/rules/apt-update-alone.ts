/**
 * apt-update-alone: `apt-get update` in a layer whose instruction installs nothing, followed by a later layer that
 * runs `apt-get install`. Read from the layer instructions (config history). The build cache keeps the old update
 * layer, so the install later reads a stale index ("line buddies": update and install belong in one RUN). It saves
 * no bytes by itself (the lists it leaves are apt-leftovers' bytes), so its savings are 0.
 */
import type { DraftHint, HintContext } from '../types.ts';
import { aptInstallLine, aptPackages } from './apt-leftovers.ts';
import { layerLabel, makeHint, sumBytes } from '../util.ts';

export const id = 'apt-update-alone';

const UPDATE = /\bapt(?:-get)?\s+(?:-\S+\s+)*update\b/;
const INSTALL = /\bapt(?:-get)?\s+(?:-\S+\s+)*install\b/;

/** One hint per user layer that only updates, when a later user layer installs. */
export function aptUpdateAlone(ctx: HintContext): DraftHint[] {
  const hints: DraftHint[] = [];
  const layers = ctx.userLayers;
  for (const i of layers) {
    const raw = ctx.rawInstruction(i);
    if (!UPDATE.test(raw) || INSTALL.test(raw)) continue;
    const j = layers.find((k) => k > i && INSTALL.test(ctx.rawInstruction(k)));
    if (j === undefined) continue;
    const lists = ctx.filesOf(i).filter((f) => f.path.startsWith('/var/lib/apt/lists/'));
    const pkgs = aptPackages(ctx.rawInstruction(j));
    hints.push(
      makeHint(ctx, {
        rule: id,
        severity: 'warning',
        title: `\`apt-get update\` runs alone in ${layerLabel(ctx, i)}; the install is in layer ${j}`,
        layer: i,
        evidence: lists.length > 0 ? [{ path: '/var/lib/apt/lists', sizeBytes: sumBytes(lists), layer: i }] : [],
        advice:
          `Merge the two RUNs so the index is never cached apart from the install: \`${aptInstallLine(pkgs)}\`. ` +
          `A cached update layer makes later installs use a stale index (or fail on vanished package versions).`,
        claims: [],
      }),
    );
  }
  return hints;
}
