/**
 * archives-left: archives and packages (`*.zip`, `*.tar`, `*.tar.*`, `*.tgz`, `*.whl`, `*.deb`, `*.rpm`, `*.apk`)
 * in the final tree, written by user layers. Usually a download that was unpacked or installed and then kept.
 * (An archive deleted in a later layer is deleted-later's.) Jars and wars are applications, not leftovers.
 */
import type { VisibleFile } from '../../analysis/types.ts';
import type { DraftHint, HintContext } from '../types.ts';
import { basename, byLayer, claimsOf, formatBytes, layerLabel, makeHint, plural, sumBytes } from '../util.ts';

export const id = 'archives-left';

/** Below this many bytes in a layer the rule stays silent. */
export const MIN_BYTES = 10_000;

/** True for an archive or package file name. */
export function isArchive(path: string): boolean {
  return ARCHIVE.test(path);
}

const ARCHIVE = /\.(?:zip|tgz|tbz|tbz2|txz|tzst|whl|deb|udeb|rpm|apk|7z|rar|tar(?:\.(?:gz|bz2|xz|zst|lz4|lzma|lz|z))?)$/i;

/** One hint per user layer whose archives stay in the final tree. */
export function archivesLeft(ctx: HintContext): DraftHint[] {
  const files = ctx.visibleInodes.filter((f) => ctx.isUserLayer(f.layer) && f.sizeBytes > 0 && isArchive(f.path));
  const hints: DraftHint[] = [];
  for (const [layer, list] of byLayer<VisibleFile>(files)) {
    const bytes = sumBytes(list);
    if (bytes < MIN_BYTES) continue;
    const example = list.reduce((a, b) => (b.sizeBytes > a.sizeBytes ? b : a));
    hints.push(
      makeHint(ctx, {
        rule: id,
        severity: 'warning',
        title: `${plural(list.length, 'archive')} left in the final image by ${layerLabel(ctx, layer)}: ${formatBytes(bytes)}`,
        layer,
        evidence: list.map((f) => ({ path: f.path, sizeBytes: f.sizeBytes, layer: f.layer })),
        advice:
          `Download, unpack and delete in one RUN, e.g. \`RUN curl -fsSLo /tmp/${basename(example.path)} <url> && <unpack/install> && rm /tmp/${basename(example.path)}\`, ` +
          'or fetch and unpack in a builder stage and `COPY --from=build` the unpacked result. A `COPY`ed archive can be ' +
          'replaced by `ADD <local.tar.gz> <dir>/`, which unpacks it without keeping the archive.',
        claims: claimsOf(list),
      }),
    );
  }
  return hints;
}
