/**
 * Bundles the action (dist/index.js) and the CLI (dist/cli.js) with esbuild: ESM, Node 24, one file each.
 *
 * Usage: node scripts/build.ts [--outdir DIR]   (default: dist)
 */
import { build } from 'esbuild';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

const CLI_SHIM = `#!/usr/bin/env node
// layer-budget command line: checks the Node version, then loads the bundle.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  process.stderr.write('layer-budget: needs Node 24 or later; this is Node ' + process.versions.node + '\\n  hint: install Node 24 (or run through npx / npm scripts of this package, which bring their own)\\n');
  process.exit(2);
}
await import('./layer-budget.js');
`;

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
  await build({ ...common, entryPoints: ['src/action/index.ts'], outfile: join(outdir, 'index.js') });
  await build({ ...common, entryPoints: ['src/cli/index.ts'], outfile: join(outdir, 'layer-budget.js') });
  // The bin is a shim that checks the Node version before the bundle is linked: on an older Node the bundle's
  // imports (zlib zstd) would fail at link time with an unreadable SyntaxError.
  writeFileSync(join(outdir, 'cli.js'), CLI_SHIM);
  chmodSync(join(outdir, 'cli.js'), 0o755);
}

if (import.meta.main) {
  const i = process.argv.indexOf('--outdir');
  const outdir = i > 0 ? process.argv[i + 1]! : join(root, 'dist');
  await bundle(outdir);
  console.log(`build: wrote ${outdir}/index.js and ${outdir}/cli.js`);
}
