/**
 * apt-leftovers: package lists (`/var/lib/apt/lists/*`), the package caches (`/var/cache/apt/*.bin`) and downloaded
 * packages (`/var/cache/apt/archives/*.deb`) written by a layer. They ship with that layer whether or not a later
 * layer deletes them, so every user layer that writes them gets one hint, with all their bytes as savings.
 */
import type { DraftHint, HintContext, LayerFile } from '../types.ts';
import { byLayer, claimsOf, formatBytes, layerLabel, makeHint, rollup, sumBytes, userFiles } from '../util.ts';

export const id = 'apt-leftovers';

/** Below this many bytes in a layer the rule stays silent. */
export const MIN_BYTES = 10_000;

/** True for apt's lists, binary caches and downloaded packages. */
export function isAptLeftover(path: string): boolean {
  return (
    path.startsWith('/var/lib/apt/lists/') ||
    /^\/var\/cache\/apt\/[^/]+\.bin$/.test(path) ||
    /^\/var\/cache\/apt\/archives\/(partial\/)?[^/]+\.deb$/.test(path)
  );
}

/** Package names of the first `apt-get install` in an instruction, flags dropped (empty when none). */
export function aptPackages(instruction: string): string[] {
  const m = /\bapt(?:-get)?\s+(?:-\S+\s+)*install\b((?:\s+[^\s&;|)]+)*)/.exec(instruction);
  if (!m || m[1] === undefined) return [];
  return m[1]
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '' && !w.startsWith('-') && !w.startsWith('$'));
}

/** The Dockerfile line apt installs should use. */
export function aptInstallLine(pkgs: readonly string[]): string {
  const list = pkgs.length > 0 ? pkgs.join(' ') : '<packages>';
  return `RUN apt-get update && apt-get install -y --no-install-recommends ${list} && rm -rf /var/lib/apt/lists/*`;
}

/** The roll-up group of an apt leftover: the lists dir, the archives dir, or the cache file itself. */
export function aptGroup(path: string): string {
  if (path.startsWith('/var/lib/apt/lists/')) return '/var/lib/apt/lists';
  if (path.startsWith('/var/cache/apt/archives/')) return '/var/cache/apt/archives';
  return path;
}

/** One hint per user layer that writes apt leftovers. */
export function aptLeftovers(ctx: HintContext): DraftHint[] {
  const files = userFiles(ctx, (p, f) => f.sizeBytes > 0 && isAptLeftover(p));
  const hints: DraftHint[] = [];
  for (const [layer, list] of byLayer<LayerFile>(files)) {
    const bytes = sumBytes(list);
    if (bytes < MIN_BYTES) continue;
    const raw = ctx.rawInstruction(layer);
    const pkgs = aptPackages(raw);
    const hasDebs = list.some((f) => f.path.endsWith('.deb'));
    const installsHere = /\bapt(?:-get)?\s+(?:-\S+\s+)*install\b/.test(raw);
    const line = aptInstallLine(pkgs).replace(' && rm -rf', `${hasDebs ? ' && apt-get clean' : ''} && rm -rf`);
    const advice = installsHere || pkgs.length > 0
      ? `Clean up in the same RUN that installs: \`${line}\`. Deleting them in a later layer saves nothing.`
      : `Do not leave apt state in this layer: run \`apt-get update\` in the same RUN as the install and end it with \`${hasDebs ? 'apt-get clean && ' : ''}rm -rf /var/lib/apt/lists/*\`, e.g. \`${line}\`.`;
    hints.push(
      makeHint(ctx, {
        rule: id,
        severity: 'warning',
        title: `apt package lists and caches left in ${layerLabel(ctx, layer)}: ${formatBytes(bytes)}`,
        layer,
        evidence: rollup(list, aptGroup).map((r) => ({ path: r.path, sizeBytes: r.sizeBytes, layer: r.layer })),
        advice,
        claims: claimsOf(list),
      }),
    );
  }
  return hints;
}
