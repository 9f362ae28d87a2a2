/**
 * docs-and-locales: documentation, man and info pages, and translations in the final tree, written by user layers.
 * Low severity (info): they are often small, but package installs add them for every package. Licence files
 * (`/usr/share/doc/<pkg>/copyright`) are kept by the advice, so they are not counted as savings.
 */
import type { VisibleFile } from '../../analysis/types.ts';
import type { DraftHint, HintContext } from '../types.ts';
import { byLayer, claimsOf, formatBytes, layerLabel, makeHint, rollup, sumBytes } from '../util.ts';

export const id = 'docs-and-locales';

/** Below this many bytes in a layer the rule stays silent. */
export const MIN_BYTES = 100_000;

/** The docs group a path belongs to (`/usr/share/doc`, `/usr/share/man`, …), or null. */
export function docsGroup(path: string): string | null {
  if (!path.startsWith('/usr/')) return null;
  const m = /^(\/usr\/(?:local\/)?share\/(?:doc|man|info|locale|gtk-doc|help|doc-base|lintian))\//.exec(path);
  if (!m || m[1] === undefined) return null;
  if (/^\/usr\/share\/doc\/[^/]+\/copyright$/.test(path)) return null; // licence: kept
  if (path === '/usr/share/locale/locale.alias') return null;
  return m[1];
}

export const DPKG_EXCLUDES =
  "RUN printf 'path-exclude /usr/share/doc/*\\npath-include /usr/share/doc/*/copyright\\npath-exclude /usr/share/man/*\\npath-exclude /usr/share/info/*\\npath-exclude /usr/share/locale/*\\npath-include /usr/share/locale/locale.alias\\n' > /etc/dpkg/dpkg.cfg.d/01-nodoc";

/** One hint per user layer that writes docs, man pages or locales that stay visible. */
export function docsAndLocales(ctx: HintContext): DraftHint[] {
  const files = ctx.visibleInodes.filter((f) => ctx.isUserLayer(f.layer) && f.sizeBytes > 0 && docsGroup(f.path) !== null);
  const hints: DraftHint[] = [];
  for (const [layer, list] of byLayer<VisibleFile>(files)) {
    const bytes = sumBytes(list);
    if (bytes < MIN_BYTES) continue;
    hints.push(
      makeHint(ctx, {
        rule: id,
        severity: 'info',
        title: `docs, man pages and locales from ${layerLabel(ctx, layer)}: ${formatBytes(bytes)}`,
        layer,
        evidence: rollup(list, docsGroup).map((g) => ({ path: g.path, sizeBytes: g.sizeBytes, layer: g.layer })),
        advice:
          `Tell dpkg not to install them, before the first \`apt-get install\`: \`${DPKG_EXCLUDES}\`. ` +
          'Or remove them in the same RUN as the install: `rm -rf /usr/share/doc/*/[!c]* /usr/share/man/* /usr/share/info/* /usr/share/locale/*` ' +
          '(keep `/usr/share/doc/*/copyright` for licence compliance). Alpine: do not install `*-doc` packages.',
        claims: claimsOf(list),
      }),
    );
  }
  return hints;
}
