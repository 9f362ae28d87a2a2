/**
 * Fails when the committed dist/ differs from a fresh build of src/ (the action runs dist/index.js).
 *
 * Usage: node scripts/check-dist.ts
 */
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundle } from './build.ts';

const root = new URL('..', import.meta.url).pathname;

/** Returns the names of dist files that are missing or stale. */
export async function staleDistFiles(): Promise<string[]> {
  const tmp = mkdtempSync(join(tmpdir(), 'lb-dist-'));
  try {
    await bundle(tmp);
    const stale: string[] = [];
    for (const f of ['index.js', 'cli.js', 'layer-budget.js']) {
      const committed = join(root, 'dist', f);
      if (!existsSync(committed) || !readFileSync(committed).equals(readFileSync(join(tmp, f)))) stale.push(`dist/${f}`);
    }
    return stale;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const stale = await staleDistFiles();
  if (stale.length) {
    console.error(`check-dist: ${stale.join(', ')} do not match a fresh build of src/: run \`npm run build\` and commit dist/`);
    process.exit(1);
  }
  console.log('check-dist: dist/ is fresh');
}
