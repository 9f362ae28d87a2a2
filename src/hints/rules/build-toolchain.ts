/**
 * build-toolchain: compilers, linkers, `make`, C/C++ headers (`-dev` packages) and static libraries in the final
 * tree. A running container needs none of them. Looks at visible files written by user layers; one hint per layer.
 */
import type { VisibleFile } from '../../analysis/types.ts';
import type { DraftHint, HintContext } from '../types.ts';
import { basename, byLayer, claimsOf, formatBytes, layerLabel, makeHint, rollup, sumBytes } from '../util.ts';

export const id = 'build-toolchain';

/** Below this many bytes in a layer the rule stays silent. */
export const MIN_BYTES = 500_000;

const TOOL = /^(?:gcc|g\+\+|c\+\+|cc|cpp|clang|clang\+\+|make|gmake|cmake|ninja|ld|ld\.bfd|ld\.gold|as|gfortran|rustc)(?:-\d+(?:\.\d+)*)?$/;
const TRIPLET_TOOL = /^[a-z0-9_]+-(?:linux|pc-linux)-gnu[a-z]*-(?:gcc|g\+\+|cpp|c\+\+|ld|ld\.bfd|ld\.gold|as|gfortran)(?:-\d+(?:\.\d+)*)?$/;

/** The toolchain group a path belongs to (for roll-up), or null when it is not toolchain. */
export function toolchainGroup(path: string): string | null {
  if (!path.startsWith('/usr/')) return null;
  if (/^\/usr\/(local\/)?include\//.test(path)) return path.startsWith('/usr/local/') ? '/usr/local/include' : '/usr/include';
  const gcc = /^(\/usr\/(?:lib|libexec)\/gcc(?:-cross)?)\//.exec(path);
  if (gcc && gcc[1] !== undefined) return gcc[1];
  if (/^\/usr\/(local\/)?bin\/[^/]+$/.test(path)) {
    const b = basename(path);
    if (TOOL.test(b) || TRIPLET_TOOL.test(b)) return path;
  }
  if (/^\/usr\/lib\/[^/]+-linux-gnu[^/]*\/[^/]+\.a$/.test(path)) return '/usr/lib/*-linux-gnu/*.a';
  if (/^\/usr\/lib\/[^/]+-linux-gnu[^/]*\/(libbfd|libopcodes|libctf|libgprofng)[^/]*$/.test(path)) return '/usr/lib/*-linux-gnu/libbfd+opcodes';
  return null;
}

/** One hint per user layer whose files in the final tree include a build toolchain. */
export function buildToolchain(ctx: HintContext): DraftHint[] {
  const files = ctx.visibleInodes.filter((f) => ctx.isUserLayer(f.layer) && f.sizeBytes > 0 && toolchainGroup(f.path) !== null);
  const hints: DraftHint[] = [];
  for (const [layer, list] of byLayer<VisibleFile>(files)) {
    const bytes = sumBytes(list);
    if (bytes < MIN_BYTES) continue;
    const groups = rollup(list, toolchainGroup);
    const hasCompiler = list.some((f) => /\/(gcc|g\+\+|cc|clang|make)(-[\d.]+)?$/.test(f.path) || /\/gcc\//.test(f.path));
    hints.push(
      makeHint(ctx, {
        rule: id,
        severity: 'warning',
        title: `build toolchain${hasCompiler ? '' : ' (headers and static libraries)'} in the final image from ${layerLabel(ctx, layer)}: ${formatBytes(bytes)}`,
        layer,
        evidence: groups.map((g) => ({ path: g.path, sizeBytes: g.sizeBytes, layer: g.layer })),
        advice:
          'Use a multi-stage build: install the compilers and `-dev` packages in a builder stage, build there, and ' +
          '`COPY --from=build` only the artifacts into a runtime stage that installs the runtime libraries alone. ' +
          'If a single stage is unavoidable, remove them in the same RUN: `apt-get purge -y --auto-remove <build deps>`.' +
          ' With Debian\'s npm, `node-gyp` pulls headers in; `--no-install-recommends` and a builder stage avoid them.',
        claims: claimsOf(list),
      }),
    );
  }
  return hints;
}
