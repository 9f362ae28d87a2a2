/**
 * Two checks over src/, one line per violation, exit 1 on any:
 *
 * 1. The pure core does no I/O. Every file under PURE_DIRS is scanned for imports of I/O modules and for ambient
 *    side effects (process.env, clocks, fetch).
 * 2. Imports point down. Every relative import in src/ is resolved to its folder, and a folder may import only
 *    folders of a lower layer (LAYERS, low → high; see docs/architecture.md §"What each folder may import").
 *    Type-only imports count too: they are the coupling this check is for, and they are said so in the line.
 *
 * Usage: node scripts/lint-pure-core.ts
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';

/** folders whose code must do no I/O */
export const PURE_DIRS = ['src/tar', 'src/layer', 'src/analysis', 'src/core', 'src/report', 'src/budget', 'src/hints', 'src/render'];

/**
 * The layers, low → high. A module may import its own folder and any folder of a LOWER layer; folders on one
 * line are peers and import neither each other nor anything above. `src/errors.ts` is the bottom.
 */
export const LAYERS: ReadonlyArray<readonly string[]> = [
  ['errors'], // src/errors.ts: InputError and its hint, importable by all
  ['report'], // the Report model: types, LIMITS, normalization, diff, JSON codec
  ['tar'], // the one tar reader
  ['layer'], // layer scanning: compression, hashing, FileEvents
  ['image'], // sources (does I/O): docker-archive, oci layout, daemon, registry
  ['analysis'], // union-fs replay, analyze, history alignment
  ['hints'], // hint rules over an Analysis
  ['budget'], // config and evaluate (validates hints.rules ids, reads hint severities)
  ['core'], // request → outcome
  ['render'], // outcome → comment, summary, terminal, JSON
  ['github'], // the GitHub API
  ['io'], // files the shells read for the user (capped)
  ['cli', 'action'], // the shells
];

/**
 * Single files that sit in another layer than their folder. `src/render/format.ts` formats the model's numbers
 * (bytes, counts, ratios) for every message, so budget verdicts and hint advice print the same `formatBytes` as
 * the renderers: it sits with the report model and may import only it.
 */
export const FILE_LAYERS: Readonly<Record<string, string>> = {
  'src/render/format.ts': 'report',
};

const RANK = new Map<string, number>();
LAYERS.forEach((names, i) => names.forEach((n) => RANK.set(n, i)));

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

const IMPORT = /(?:from\s+|import\s*\(\s*|require\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/;

function* walk(dir: string): Generator<string> {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else if (/\.(ts|mts|js)$/.test(name)) yield p;
  }
}

/** Code lines with their numbers: `//` comments cut, doc-comment lines left out. */
function codeLines(text: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  text.split('\n').forEach((line, i) => {
    const code = line.replace(/\/\/.*$/, '');
    if (!/^\s*(\*|\/\*)/.test(code)) out.push([i + 1, code]);
  });
  return out;
}

/** Returns human-readable I/O violations for one file's text. */
export function lintText(file: string, text: string): string[] {
  const out: string[] = [];
  for (const [n, code] of codeLines(text)) {
    const m = IMPORT.exec(code);
    if (m && FORBIDDEN_MODULES.test(m[1]!)) out.push(`${file}:${n}: imports I/O module '${m[1]}' in the pure core`);
    for (const [re, what] of FORBIDDEN_CALLS) if (re.test(code)) out.push(`${file}:${n}: uses ${what} in the pure core`);
  }
  return out;
}

/** The layer name of a module path under src/ (`src/tar/walk.ts` → `tar`), or null outside the table. */
export function layerOf(modulePath: string): string | null {
  const p = modulePath.replace(/\\/g, '/');
  if (Object.hasOwn(FILE_LAYERS, p)) return FILE_LAYERS[p]!;
  if (p === 'src/errors.ts') return 'errors';
  const m = /^src\/([^/]+)\//.exec(p);
  return m ? m[1]! : null;
}

/**
 * Returns one line per import in `file` (a path under src/, `/`-separated) that runs up the layers: a relative
 * import of a higher layer, or of a peer. Modules outside the table are reported as unplaced.
 */
export function layerViolations(file: string, text: string): string[] {
  const from = layerOf(file);
  if (from === null) return [];
  const out: string[] = [];
  if (!RANK.has(from)) {
    out.push(`${file}:1: folder '${from}' has no place in the layer table (scripts/lint-pure-core.ts LAYERS)`);
    return out;
  }
  const rank = RANK.get(from)!;
  let typeStatement = false; // the import/export statement being read is `import type` / `export type`
  for (const [n, code] of codeLines(text)) {
    if (/^\s*(import|export)\b/.test(code)) typeStatement = /^\s*(import|export)\s+type\b/.test(code);
    const m = IMPORT.exec(code);
    if (!m || !m[1]!.startsWith('.')) continue;
    const target = posix.normalize(posix.join(posix.dirname(file), m[1]!));
    const to = layerOf(target);
    if (to === null || to === from) continue;
    const kind = typeStatement && !/import\s*\(/.test(code) ? ' (type-only)' : '';
    if (!RANK.has(to)) out.push(`${file}:${n}: imports '${m[1]}', in folder '${to}', which has no place in the layer table`);
    else if (RANK.get(to)! > rank) out.push(`${file}:${n}: ${from} imports ${to} ('${m[1]}')${kind}: a lower layer may not import a higher one`);
    else if (RANK.get(to) === rank) out.push(`${file}:${n}: ${from} imports its peer ${to} ('${m[1]}')${kind}: peers may not import each other`);
  }
  return out;
}

if (import.meta.main) {
  const root = join(dirname(new URL(import.meta.url).pathname), '..');
  const io: string[] = [];
  for (const dir of PURE_DIRS) {
    for (const file of walk(join(root, dir))) io.push(...lintText(relative(root, file), readFileSync(file, 'utf8')));
  }
  const layering: string[] = [];
  for (const file of walk(join(root, 'src'))) {
    const rel = relative(root, file).split('\\').join('/');
    layering.push(...layerViolations(rel, readFileSync(file, 'utf8')));
  }
  for (const p of [...io, ...layering]) console.error(p);
  if (io.length) console.error(`lint: ${io.length} I/O use(s) in the pure core (${PURE_DIRS.join(', ')}); move them to an adapter`);
  if (layering.length) console.error(`lint: ${layering.length} import(s) run up the layers (${LAYERS.map((l) => l.join('|')).join(' < ')}); move the type or the code down`);
  if (io.length || layering.length) process.exit(1);
  console.log(`lint: pure core clean (${PURE_DIRS.join(', ')}); imports point down (${LAYERS.map((l) => l.join('|')).join(' < ')})`);
}
