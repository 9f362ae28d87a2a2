/**
 * dev-dependencies: `node_modules` packages that only development needs, shipped in the image.
 *
 * Which packages are dev-only, best source first:
 *  1. the npm lockfile captured in the image (`<app>/node_modules/.package-lock.json` or `<app>/package-lock.json`):
 *     entries flagged `"dev": true` — the devDependencies and everything only they pull in;
 *  2. the `devDependencies` keys of the image's own `<app>/package.json` (direct ones only);
 *  3. without any captured package.json: well-known dev tools (eslint, mocha, jest, nodemon, typescript, …) found
 *     in any application `node_modules` (global and distro trees under /usr are left alone).
 * Contents come from `FileEvent.content`, captured by `captureBytes`. Savings: the bytes of those package trees in
 * every user layer (a copy-up by a later chown ships them twice).
 */
import type { FileEvent } from '../../layer/events.ts';
import type { DraftHint, HintContext } from '../types.ts';
import { claimsOf, dirname, formatBytes, layerLabel, makeHint, plural, rollup, sumBytes } from '../util.ts';

export const id = 'dev-dependencies';

/** Below this many bytes per app the rule stays silent. */
export const MIN_BYTES = 100_000;

/** Dev tools recognised when no package.json content is available. */
export const WELL_KNOWN_DEV_TOOLS: readonly string[] = [
  'eslint', 'mocha', 'jest', 'nodemon', 'typescript', 'ts-node', 'webpack', 'webpack-cli', 'prettier', 'vitest',
  'ava', 'tap', 'karma', 'jasmine', 'chai', 'sinon', 'nyc', 'c8', 'rollup', 'esbuild', 'vite', 'parcel', 'babel-jest',
  '@babel/core', '@babel/cli', '@types/node', 'ts-jest', 'tsx', 'husky', 'lint-staged', 'standard', 'xo', 'stylelint',
  'cypress', 'playwright', '@playwright/test', 'puppeteer', 'storybook', 'supertest',
];

const decoder = new TextDecoder();

/** Parses captured JSON content; null when absent, truncated or invalid. */
function json(event: FileEvent): unknown {
  if (event.content === undefined || event.content.length !== event.sizeBytes) return null;
  try {
    return JSON.parse(decoder.decode(event.content)) as unknown;
  } catch {
    return null;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** True for a package.json of an application (not inside node_modules, not a distro or global tree). */
export function isAppPath(path: string): boolean {
  return (
    !path.includes('/node_modules/') &&
    !/^\/(usr\/(lib|lib64|libexec|share|include|bin|sbin|local\/lib|local\/share|local\/bin)|lib|lib64|bin|sbin|etc|var\/lib|proc|sys)\//.test(path)
  );
}

/** Latest captured event per path across all layers (later layers win). */
function latest(ctx: HintContext, test: (path: string) => boolean): Map<string, FileEvent> {
  const m = new Map<string, FileEvent>();
  for (const f of ctx.layerFiles.captured()) {
    const path = f.path;
    if (test(path)) m.set(path, f.events.at(f.index));
  }
  return m;
}

/** The package name of a path below `<app>/node_modules/`, with nested node_modules kept (`a/node_modules/b`). */
export function packageDirOf(rel: string): string | null {
  // rel is relative to <app>/node_modules/; scanned in place (this runs for every file of every node_modules)
  let i = 0;
  for (;;) {
    if (i >= rel.length) return null;
    let end = rel.indexOf('/', i);
    if (end < 0) return null; // a file directly in node_modules
    if (rel.charCodeAt(i) === 64 /* @ */) {
      end = rel.indexOf('/', end + 1);
      if (end < 0) return null; // a file directly in the scope dir
    }
    const next = end + 1;
    if (rel.startsWith('node_modules', next) && (next + 12 === rel.length || rel.charCodeAt(next + 12) === 47)) {
      i = next + 13;
      continue;
    }
    return rel.slice(0, end);
  }
}

interface App {
  dir: string;
  /** package paths relative to `<dir>/node_modules`, e.g. `eslint`, `@babel/core`, `a/node_modules/b` */
  dev: Set<string>;
  source: 'lockfile' | 'package.json' | 'well-known';
  /** direct: only top-level names are known, so match a name at any depth */
  anyDepth: boolean;
}

/** The dev-only package sets per application directory. */
export function devPackages(ctx: HintContext): App[] {
  const manifests = latest(ctx, (p) => p.endsWith('/package.json') && isAppPath(p));
  const locks = latest(ctx, (p) => p.endsWith('/node_modules/.package-lock.json') || (p.endsWith('/package-lock.json') && isAppPath(p)));
  const apps: App[] = [];
  const dirs = new Set<string>();
  for (const p of manifests.keys()) dirs.add(dirname(p));
  for (const p of locks.keys()) dirs.add(p.endsWith('/node_modules/.package-lock.json') ? dirname(dirname(p)) : dirname(p));
  for (const dir of [...dirs].sort()) {
    const prefix = dir === '/' ? '' : dir;
    const lockEvent = locks.get(`${prefix}/node_modules/.package-lock.json`) ?? locks.get(`${prefix}/package-lock.json`);
    const lock = lockEvent ? json(lockEvent) : null;
    if (isObject(lock) && isObject(lock['packages'])) {
      const dev = new Set<string>();
      for (const [key, v] of Object.entries(lock['packages'])) {
        if (key.startsWith('node_modules/') && isObject(v) && v['dev'] === true) dev.add(key.slice('node_modules/'.length));
      }
      apps.push({ dir, dev, source: 'lockfile', anyDepth: false });
      continue;
    }
    const manifestEvent = manifests.get(`${prefix}/package.json`);
    const manifest = manifestEvent ? json(manifestEvent) : null;
    if (isObject(manifest) && isObject(manifest['devDependencies'])) {
      apps.push({ dir, dev: new Set(Object.keys(manifest['devDependencies'])), source: 'package.json', anyDepth: true });
    }
  }
  if (manifests.size === 0 && locks.size === 0) {
    // no contents captured: fall back to well-known tools in any application node_modules
    const roots = new Set<string>();
    ctx.layerFiles.forEach((f) => {
      const path = f.path;
      const i = path.indexOf('/node_modules/');
      if (i < 0 || !ctx.isUserLayer(f.layer)) return;
      const root = path.slice(0, i);
      if (isAppPath(`${root}/x`)) roots.add(root === '' ? '/' : root);
    });
    for (const dir of [...roots].sort()) apps.push({ dir, dev: new Set(WELL_KNOWN_DEV_TOOLS), source: 'well-known', anyDepth: true });
  }
  return apps;
}

/** One hint per application whose node_modules ship dev-only packages. */
export function devDependencies(ctx: HintContext): DraftHint[] {
  const hints: DraftHint[] = [];
  // One pass over the files for all apps (linear however many apps): an app directory never contains
  // `/node_modules/` (isAppPath), so a file's app is the directory before its first `/node_modules/`.
  const apps = devPackages(ctx).filter((a) => a.dev.size > 0);
  const byDir = new Map<string, Array<{ layer: number; path: string; sizeBytes: number; pkg: string }>>();
  for (const app of apps) byDir.set(app.dir, []);
  const appOf = new Map(apps.map((a) => [a.dir, a]));
  if (apps.length > 0) {
    ctx.layerFiles.forEach((f) => {
      if (f.sizeBytes === 0) return;
      const path = f.path;
      const i = path.indexOf('/node_modules/');
      if (i < 0) return;
      const dir = i === 0 ? '/' : path.slice(0, i);
      const app = appOf.get(dir);
      if (app === undefined || !ctx.isUserLayer(f.layer)) return;
      const pkg = packageDirOf(path.slice(i + '/node_modules/'.length));
      if (pkg === null) return;
      const name = app.anyDepth ? pkg.split('/node_modules/').pop() ?? pkg : pkg;
      if (app.dev.has(name)) byDir.get(dir)!.push({ layer: f.layer, path, sizeBytes: f.sizeBytes, pkg });
    });
  }
  for (const app of apps) {
    const nm = `${app.dir === '/' ? '' : app.dir}/node_modules/`;
    const hits = byDir.get(app.dir)!;
    const bytes = sumBytes(hits);
    if (bytes < MIN_BYTES) continue;
    const layers = [...new Set(hits.map((h) => h.layer))].sort((a, b) => a - b);
    const first = layers[0] ?? null;
    const pkgs = new Set(hits.map((h) => h.pkg));
    const evidence = rollup(hits, (p) => {
      const pkg = packageDirOf(p.slice(nm.length));
      return pkg === null ? null : `${nm}${pkg}`;
    });
    const from =
      app.source === 'lockfile'
        ? 'flagged dev-only in the image\'s npm lockfile'
        : app.source === 'package.json'
          ? `listed in ${app.dir}/package.json devDependencies (direct ones only; their own dependencies are not counted)`
          : 'well-known development tools (no package.json content was captured)';
    const install = first === null ? '' : ctx.rawInstruction(first);
    const layersText = layers.length > 1 ? `layers ${layers.join(', ')}` : `layer ${first}`;
    hints.push(
      makeHint(ctx, {
        rule: id,
        severity: 'warning',
        title: `${plural(pkgs.size, 'dev-only package')} in ${nm.slice(0, -1)} (${formatBytes(bytes)} over ${layersText})${first !== null ? `, installed by ${layerLabel(ctx, first)}` : ''}`,
        layer: first,
        evidence: evidence.map((e) => ({ path: e.path, sizeBytes: e.sizeBytes, layer: e.layer })),
        advice:
          `Install production dependencies only: \`${/\byarn\b/.test(install) ? 'RUN yarn install --production --frozen-lockfile' : 'RUN npm ci --omit=dev'}\`` +
          ` (packages ${from}). If the build needs them, use a multi-stage build: install and build in a builder stage, ` +
          `run \`npm prune --omit=dev\` there, and \`COPY --from=build ${app.dir}/node_modules ${app.dir}/node_modules\`.`,
        claims: claimsOf(hits),
      }),
    );
  }
  return hints;
}

/** package.json larger than this is not captured. */
export const PACKAGE_JSON_MAX_BYTES = 256 * 1024;
/** npm lockfiles larger than this are not captured (a 1,500-package app's lockfile is about 1–2 MB). */
export const LOCKFILE_MAX_BYTES = 4 * 1024 * 1024;
/** Deepest application directory for package.json (`/home/node/src/app/package.json` is 5 segments). */
export const APP_MAX_DEPTH = 6;

function depth(path: string): number {
  return path.split('/').length - 1;
}

/**
 * This rule's `capture` (Rule.capture): the `package.json` of an application (not under node_modules or distro
 * trees, depth ≤ APP_MAX_DEPTH, ≤ PACKAGE_JSON_MAX_BYTES) and its npm lockfile (`<app>/package-lock.json`,
 * `<app>/node_modules/.package-lock.json`, ≤ LOCKFILE_MAX_BYTES), whole; nothing else.
 */
export function capture(path: string, sizeBytes: number): number {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (name === 'package.json') {
    return isAppPath(path) && depth(path) <= APP_MAX_DEPTH && sizeBytes <= PACKAGE_JSON_MAX_BYTES ? sizeBytes : 0;
  }
  if (name === 'package-lock.json' || name === '.package-lock.json') {
    const app = name === '.package-lock.json' && path.endsWith('/node_modules/.package-lock.json')
      ? path.slice(0, -'/node_modules/.package-lock.json'.length) + '/package-lock.json'
      : path;
    if (name === '.package-lock.json' && app === path) return 0;
    return isAppPath(app) && depth(app) <= APP_MAX_DEPTH && sizeBytes <= LOCKFILE_MAX_BYTES ? sizeBytes : 0;
  }
  return 0;
}
