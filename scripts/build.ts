/**
 * Bundles the action (dist/index.js) and the CLI (dist/cli.js) with esbuild: ESM, Node 24, one file each.
 *
 * Usage: node scripts/build.ts [--outdir DIR]   (default: dist)
 */
import { build } from 'esbuild';
import { chmodSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/** Builds both bundles into outdir. */
export async function bundle(outdir: string): Promise<void> {
  mkdirSync(outdir, { recursive: true });
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const common = {
    bundle: true,
    platform: 'node' as const,
    format: 'esm' as const,
    target: 'node24',
    legalComments: 'none' as const,
    logLevel: 'warning' as const,
    absWorkingDir: root,
    define: { __LAYER_BUDGET_VERSION__: JSON.stringify(pkg.version) },
    // CommonJS dependencies call require() on Node built-ins; give the ESM bundle a real one.
    banner: { js: "import { createRequire as __lbCreateRequire } from 'node:module'; const require = __lbCreateRequire(import.meta.url);" },
  };
  await build({ ...common, entryPoints: ['src/action.ts'], outfile: join(outdir, 'index.js') });
  await build({
    ...common,
    entryPoints: ['src/cli.ts'],
    outfile: join(outdir, 'cli.js'),
    banner: { js: '#!/usr/bin/env node\n' + common.banner.js },
  });
  chmodSync(join(outdir, 'cli.js'), 0o755);
}

if (import.meta.main) {
  const i = process.argv.indexOf('--outdir');
  const outdir = i > 0 ? process.argv[i + 1]! : join(root, 'dist');
  await bundle(outdir);
  console.log(`build: wrote ${outdir}/index.js and ${outdir}/cli.js`);
}
