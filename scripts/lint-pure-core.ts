/**
 * Keeps the pure core free of I/O. Every file under the core folders is scanned for imports of I/O modules
 * and for ambient side effects (process.env, clocks, fetch). Prints one line per violation; exit 1 on any.
 *
 * Usage: node scripts/lint-pure-core.ts
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** folders whose code must do no I/O */
export const PURE_DIRS = ['src/tar', 'src/layer', 'src/analysis', 'src/report', 'src/budget', 'src/hints', 'src/render'];

const FORBIDDEN_MODULES = /^(node:)?(fs|fs\/promises|child_process|net|http|https|http2|dgram|dns|tls|os|worker_threads|cluster|readline|process)$|^@actions\/|^@octokit\//;

const FORBIDDEN_CALLS: Array<[RegExp, string]> = [
  [/\bprocess\.(env|argv|cwd|exit|stdout|stderr|stdin)\b/, 'process globals'],
  [/\bDate\.now\s*\(/, 'Date.now()'],
  [/\bnew Date\(\s*\)/, 'new Date() without an argument'],
  [/\bperformance\.now\s*\(/, 'performance.now()'],
  [/(^|[^.\w])fetch\s*\(/, 'fetch()'],
  [/\bMath\.random\s*\(/, 'Math.random()'],
  [/\bconsole\.(log|error|warn|info)\s*\(/, 'console output'],
];

function* walk(dir: string): Generator<string> {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else if (/\.(ts|mts|js)$/.test(name)) yield p;
  }
}

/** Returns human-readable violations for one file's text. */
export function lintText(file: string, text: string): string[] {
  const out: string[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const code = line.replace(/\/\/.*$/, '');
    if (/^\s*(\*|\/\*)/.test(code)) return; // doc comments
    const m = /(?:from\s+|import\s*\(\s*|require\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/.exec(code);
    if (m && FORBIDDEN_MODULES.test(m[1]!)) out.push(`${file}:${i + 1}: imports I/O module '${m[1]}' in the pure core`);
    for (const [re, what] of FORBIDDEN_CALLS) if (re.test(code)) out.push(`${file}:${i + 1}: uses ${what} in the pure core`);
  });
  return out;
}

if (import.meta.main) {
  const root = new URL('..', import.meta.url).pathname;
  const problems: string[] = [];
  for (const dir of PURE_DIRS) {
    for (const file of walk(join(root, dir))) problems.push(...lintText(relative(root, file), readFileSync(file, 'utf8')));
  }
  for (const p of problems) console.error(p);
  if (problems.length) {
    console.error(`lint: ${problems.length} I/O use(s) in the pure core (${PURE_DIRS.join(', ')}); move them to an adapter`);
    process.exit(1);
  }
  console.log(`lint: pure core clean (${PURE_DIRS.join(', ')})`);
}
