/**
 * python-bytecode-and-vcs: Python bytecode (`__pycache__/`, `*.pyc`, `*.pyo`) compiled into application and
 * pip-installed trees, and version-control directories (`.git`, `.hg`, `.svn`) in the final tree, from user layers.
 * Bytecode that the distribution's own packages generate (`/usr/lib/python3*`, `/usr/lib/python3/dist-packages`)
 * is left alone: the package manager owns it and removing it slows every start. One hint per layer and kind.
 */
import type { VisibleFile } from '../../analysis/types.ts';
import type { DraftHint, HintContext } from '../types.ts';
import { byLayer, claimsOf, formatBytes, layerLabel, makeHint, plural, rollup, sumBytes } from '../util.ts';

export const id = 'python-bytecode-and-vcs';

/** Below this many bytes of bytecode in a layer the rule stays silent (VCS directories: any size). */
export const MIN_BYTECODE_BYTES = 100_000;

/** The `__pycache__` (or `.pyc` parent) directory of an application bytecode file, or null. */
export function bytecodeGroup(path: string): string | null {
  if (!path.includes('__pycache__/') && !path.endsWith('.pyc') && !path.endsWith('.pyo')) return null;
  if (/^\/usr\/lib\/python[\d.]*\//.test(path) || /^\/usr\/share\/(python|pyshared)/.test(path)) return null;
  const m = /^(.*\/__pycache__)\/[^/]+$/.exec(path);
  if (m && m[1] !== undefined) return m[1];
  if (/\.py[co]$/.test(path)) return path;
  return null;
}

/** The VCS directory (`…/.git`) a path is inside, or null. */
export function vcsDir(path: string): string | null {
  if (!path.includes('/.git/') && !path.includes('/.hg/') && !path.includes('/.svn/')) return null;
  const m = /^(.*?\/\.(?:git|hg|svn))\//.exec(path);
  return m && m[1] !== undefined ? m[1] : null;
}

/** Hints for bytecode and VCS directories in the final tree. */
export function pythonBytecodeAndVcs(ctx: HintContext): DraftHint[] {
  const hints: DraftHint[] = [];
  const user = ctx.visibleInodes.filter((f) => ctx.isUserLayer(f.layer));
  const pyc = user.filter((f) => f.sizeBytes > 0 && bytecodeGroup(f.path) !== null);
  for (const [layer, list] of byLayer<VisibleFile>(pyc)) {
    const bytes = sumBytes(list);
    if (bytes < MIN_BYTECODE_BYTES) continue;
    const dirs = rollup(list, (p) => {
      const g = bytecodeGroup(p);
      // `/app/pkg/__pycache__` rolls up to `/app/**/__pycache__`; a top-level one (`/app/__pycache__`) stays as it is
      return g === null ? null : g.replace(/(.)\/[^/]+\/__pycache__$/, '$1/**/__pycache__').replace(/(site-packages|dist-packages)\/.*$/, '$1/**/__pycache__');
    });
    hints.push(
      makeHint(ctx, {
        rule: id,
        severity: 'info',
        title: `Python bytecode baked into ${layerLabel(ctx, layer)}: ${formatBytes(bytes)} in ${plural(list.length, 'file')}`,
        layer,
        evidence: dirs.map((d) => ({ path: d.path, sizeBytes: d.sizeBytes, layer: d.layer })),
        advice:
          'Do not write bytecode at build time: `ENV PYTHONDONTWRITEBYTECODE=1` and `pip install --no-compile --no-cache-dir …`, ' +
          'and keep `__pycache__` and `*.pyc` out of the context with `.dockerignore`. (Keep it if start-up time matters more than size.)',
        claims: claimsOf(list),
      }),
    );
  }
  const vcs = user.filter((f) => vcsDir(f.path) !== null);
  for (const [layer, list] of byLayer<VisibleFile>(vcs)) {
    const bytes = sumBytes(list);
    const groups = rollup(list, vcsDir);
    hints.push(
      makeHint(ctx, {
        rule: id,
        severity: 'info',
        title: `version-control ${groups.length === 1 ? 'directory' : 'directories'} in ${layerLabel(ctx, layer)}: ${groups.map((g) => g.path).slice(0, 3).join(', ')} (${formatBytes(bytes)})`,
        layer,
        evidence: groups.map((g) => ({ path: g.path, sizeBytes: g.sizeBytes, layer: g.layer })),
        advice:
          'Add `.git` (and `.hg`, `.svn`) to `.dockerignore` so `COPY . .` leaves them out; a cloned repository should be ' +
          'cloned with `--depth 1` in a builder stage and only its files copied. The history can hold secrets that were ' +
          'removed from the working tree long ago.',
        claims: claimsOf(list),
      }),
    );
  }
  return hints;
}
