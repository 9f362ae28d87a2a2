/**
 * cache-busting-order: a COPY of the whole build context (`COPY . .`, buildah's `COPY dir:<hash> in /app`) comes
 * before the dependency install, so any source change invalidates the install layer and reinstalls everything.
 *
 * Grounded in the layer contents, not only in the instruction text: the COPY layer must contain a dependency
 * manifest (package.json, requirements.txt, Gemfile, go.mod, …) *and* other files, and a later layer must run that
 * ecosystem's install (`npm ci|install`, `yarn`, `pip install -r`, `bundle install`, `go mod download`, …).
 * It saves no image bytes (savings 0); it saves rebuild time and the re-push of the install layer, which the title
 * states.
 */
import type { DraftHint, HintContext } from '../types.ts';
import { commonRollupKey, dirname, formatBytes, layerLabel, makeHint, rollup } from '../util.ts';

export const id = 'cache-busting-order';

interface Ecosystem {
  name: string;
  manifests: RegExp;
  install: RegExp;
  /** the manifest files to copy first */
  copyFirst: string;
  installLine: string;
}

export const ECOSYSTEMS: readonly Ecosystem[] = [
  {
    name: 'npm',
    manifests: /^(package\.json|package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|\.npmrc)$/,
    install: /\b(npm\s+(ci|install|i)\b|yarn(\s+install)?(\s|$)|pnpm\s+(install|i)\b)/,
    copyFirst: 'package.json package-lock.json',
    installLine: 'RUN npm ci --omit=dev',
  },
  {
    name: 'pip',
    manifests: /^(requirements[\w.-]*\.txt|Pipfile|Pipfile\.lock|pyproject\.toml|poetry\.lock|uv\.lock|setup\.py|setup\.cfg)$/,
    install: /\b(pip3?\s+install\b|poetry\s+install\b|pipenv\s+install\b|uv\s+(sync|pip\s+install)\b)/,
    copyFirst: 'requirements.txt',
    installLine: 'RUN pip install --no-cache-dir -r requirements.txt',
  },
  { name: 'bundler', manifests: /^(Gemfile|Gemfile\.lock)$/, install: /\bbundle(\s+install)?\b/, copyFirst: 'Gemfile Gemfile.lock', installLine: 'RUN bundle install' },
  { name: 'go', manifests: /^(go\.mod|go\.sum)$/, install: /\bgo\s+mod\s+download\b/, copyFirst: 'go.mod go.sum', installLine: 'RUN go mod download' },
  { name: 'composer', manifests: /^(composer\.json|composer\.lock)$/, install: /\bcomposer\s+install\b/, copyFirst: 'composer.json composer.lock', installLine: 'RUN composer install --no-dev' },
  { name: 'maven', manifests: /^pom\.xml$/, install: /\bmvn\b.*\bdependency:(go-offline|resolve)\b/, copyFirst: 'pom.xml', installLine: 'RUN mvn -B dependency:go-offline' },
  { name: 'cargo', manifests: /^(Cargo\.toml|Cargo\.lock)$/, install: /\bcargo\s+fetch\b/, copyFirst: 'Cargo.toml Cargo.lock', installLine: 'RUN cargo fetch' },
];

const COPY = /(^|\s|#\(nop\)\s*)(COPY|ADD)\s/;

/** True when the instruction copies from another stage or an image (not the build context). */
function fromStage(instruction: string): boolean {
  return /--from[= ]/.test(instruction);
}

/** One hint per (COPY layer, install layer) pair that busts the install cache. */
export function cacheBustingOrder(ctx: HintContext): DraftHint[] {
  const hints: DraftHint[] = [];
  const workdir = ctx.analysis.image.config.config?.WorkingDir ?? '';
  for (const i of ctx.userLayers) {
    const raw = ctx.rawInstruction(i);
    if (!COPY.test(raw) || fromStage(raw)) continue;
    const files = ctx.filesOf(i);
    for (const eco of ECOSYSTEMS) {
      const manifests = files.filter((f) => eco.manifests.test(f.name));
      if (manifests.length === 0) continue;
      const others = files.filter((f) => !eco.manifests.test(f.name));
      if (others.length === 0) continue;
      const j = ctx.userLayers.find((k) => k > i && eco.install.test(ctx.rawInstruction(k)));
      if (j === undefined) continue;
      const dir = dirname(manifests.map((m) => m.path).sort((a, b) => a.length - b.length)[0] ?? '/');
      const dest = dir === workdir ? './' : `${dir}/`;
      const present = eco.copyFirst.split(' ').filter((n) => manifests.some((m) => m.name === n));
      const copyFirst = present.length > 0 ? present.join(' ') : eco.copyFirst;
      const installBytes = ctx.report.layers[j]?.contentBytes ?? 0;
      const key = commonRollupKey(others.map((o) => o.path));
      const evidence = [
        ...manifests.map((m) => ({ path: m.path, sizeBytes: m.sizeBytes, layer: i })).sort((a, b) => (a.path < b.path ? -1 : 1)),
        ...rollup(others, key)
          .map((r) => ({ path: r.path, sizeBytes: r.sizeBytes, layer: r.layer }))
          .sort((a, b) => b.sizeBytes - a.sizeBytes || (a.path < b.path ? -1 : 1)),
      ];
      hints.push(
        makeHint(ctx, {
          rule: id,
          severity: 'warning',
          title: `${layerLabel(ctx, i)} copies the sources together with the ${eco.name} manifest before the install in ${layerLabel(ctx, j)}: every source change reinstalls ${formatBytes(installBytes)}`,
          layer: i,
          evidence,
          advice:
            `Copy the dependency manifests first, install, then copy the rest: \`COPY ${copyFirst} ${dest}\`, \`${eco.installLine}\`, \`COPY . ${dest}\`. ` +
            'The install layer is then rebuilt (and re-pushed) only when the manifests change. Add a `.dockerignore` ' +
            '(node_modules, .git, build output) so the context stays small.',
          claims: [],
          evidenceOrdered: true,
        }),
      );
      break;
    }
  }
  return hints;
}
