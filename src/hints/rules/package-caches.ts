/**
 * package-caches: package-manager caches written by a layer: pip, npm, yarn, pnpm, go build and module caches,
 * maven, gradle, cargo, composer, apk, and a generic `~/.cache`. They are only useful while building. Every user
 * layer that writes one gets a hint; evidence is rolled up per cache directory.
 */
import type { DraftHint, HintContext, LayerFile } from '../types.ts';
import { byLayer, claimsOf, formatBytes, layerLabel, makeHint, rollup, sumBytes, userFiles } from '../util.ts';

export const id = 'package-caches';

/** Below this many bytes in a layer the rule stays silent. */
export const MIN_BYTES = 64_000;

interface CacheKind {
  name: string;
  /** matches a path inside the cache; group 1 is the cache directory */
  re: RegExp;
  advice: string;
}

const HOME = String.raw`(?:/root|/home/[^/]+|/usr/local/share|/tmp|/app|/usr/src/app|/[^/]+)`;

/** Known caches, most specific first. */
export const CACHE_KINDS: readonly CacheKind[] = [
  { name: 'pip', re: new RegExp(`^(${HOME}/\\.cache/pip)/`), advice: '`pip install --no-cache-dir …` (or `ENV PIP_NO_CACHE_DIR=1`)' },
  { name: 'npm', re: new RegExp(`^(${HOME}/\\.npm)/`), advice: '`npm ci --omit=dev && npm cache clean --force` in the same RUN, or `RUN --mount=type=cache,target=/root/.npm npm ci`' },
  { name: 'yarn', re: new RegExp(`^(${HOME}/\\.cache/yarn|${HOME}/\\.yarn-cache|/usr/local/share/\\.cache/yarn)/`), advice: '`yarn install --frozen-lockfile && yarn cache clean` in the same RUN' },
  { name: 'pnpm', re: new RegExp(`^(${HOME}/\\.local/share/pnpm/store|${HOME}/\\.pnpm-store|${HOME}/\\.cache/pnpm)/`), advice: '`pnpm install --frozen-lockfile && pnpm store prune` in the same RUN, or a cache mount for the store' },
  { name: 'go build', re: new RegExp(`^(${HOME}/\\.cache/go-build)/`), advice: 'build in a builder stage (`FROM golang AS build`) and `COPY --from=build` only the binary, or `go clean -cache` in the same RUN' },
  { name: 'go modules', re: /^((?:\/go|\/root\/go|\/home\/[^/]+\/go)\/pkg\/mod)\//, advice: 'build in a builder stage and copy only the binary, or `go clean -modcache` in the same RUN' },
  { name: 'maven', re: new RegExp(`^(${HOME}/\\.m2/repository)/`), advice: 'build in a builder stage and copy only the jar, or use `RUN --mount=type=cache,target=/root/.m2`' },
  { name: 'gradle', re: new RegExp(`^(${HOME}/\\.gradle/(?:caches|wrapper/dists))/`), advice: 'build in a builder stage and copy only the artifact, or use a cache mount for `~/.gradle`' },
  { name: 'cargo', re: new RegExp(`^(${HOME}/\\.cargo/(?:registry|git)|/usr/local/cargo/(?:registry|git))/`), advice: 'build in a builder stage and copy only the binary, or use a cache mount for the cargo registry' },
  { name: 'composer', re: new RegExp(`^(${HOME}/\\.composer/cache|${HOME}/\\.cache/composer)/`), advice: '`composer install --no-dev && composer clear-cache` in the same RUN' },
  { name: 'apk', re: /^(\/var\/cache\/apk)\//, advice: '`apk add --no-cache …`' },
  { name: 'generic ~/.cache', re: /^((?:\/root|\/home\/[^/]+)\/\.cache)\//, advice: 'remove `~/.cache` in the same RUN that fills it, or use `RUN --mount=type=cache,target=/root/.cache`' },
];

/** Cheap pre-check: every cache path has a dot-directory or is one of the fixed locations. */
const MAYBE_CACHE = /\/\.|^\/(?:go|root\/go|home\/[^/]+\/go)\/pkg\/mod\/|^\/var\/cache\/apk\/|^\/usr\/local\/cargo\//;

/** The cache kind and directory a path belongs to, or null. */
export function cacheOf(path: string): { kind: CacheKind; dir: string } | null {
  if (!MAYBE_CACHE.test(path)) return null;
  for (const kind of CACHE_KINDS) {
    const m = kind.re.exec(path);
    if (m && m[1] !== undefined) return { kind, dir: m[1] };
  }
  return null;
}

/** One hint per user layer that writes package caches. */
export function packageCaches(ctx: HintContext): DraftHint[] {
  const files = userFiles(ctx, (p, f) => f.sizeBytes > 0 && cacheOf(p) !== null);
  const hints: DraftHint[] = [];
  for (const [layer, list] of byLayer<LayerFile>(files)) {
    const bytes = sumBytes(list);
    if (bytes < MIN_BYTES) continue;
    const groups = rollup(list, (p) => cacheOf(p)?.dir ?? null);
    const kinds = [...new Set(list.map((f) => cacheOf(f.path)?.kind).filter((k): k is CacheKind => k !== undefined))];
    const names = kinds.map((k) => k.name);
    hints.push(
      makeHint(ctx, {
        rule: id,
        severity: 'warning',
        title: `${names.join(', ')} cache${kinds.length > 1 ? 's' : ''} left in ${layerLabel(ctx, layer)}: ${formatBytes(bytes)}`,
        layer,
        evidence: groups.map((g) => ({ path: g.path, sizeBytes: g.sizeBytes, layer: g.layer })),
        advice:
          kinds.map((k) => `${k.name}: ${k.advice}.`).join(' ') +
          ' A cache deleted in a later layer still ships; it must not reach this layer at all.',
        claims: claimsOf(list),
      }),
    );
  }
  return hints;
}
