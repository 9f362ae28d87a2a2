/**
 * The regex glob translation used before the NFA matcher (kept as a test oracle only: it backtracks, so it is
 * fed short patterns and subjects). See test/budget/glob.test.ts.
 *
 * Syntax:
 * - `*` any run of characters within one path segment (not `/`);
 * - `**` as a whole segment: any number of segments, including none (`/app/**` → everything below `/app`;
 *   `/**\/*.pyc` → every `.pyc`);
 * - `?` one character other than `/`;
 * - `{a,b,c}` one of the alternatives (they may nest and hold other wildcards);
 * - `[abc]`, `[a-z]`, `[!abc]` one character of (or not of) a set;
 * - `\x` the character `x` literally.
 *
 * In path mode (the default) paths are absolute: a pattern without a leading `/` is anchored at the root, as if
 * it had one, and a trailing `/` is ignored. In text mode (`{ path: false }`, used for instructions) `*` and `?`
 * also match `/` and the pattern is used as written. Matching is always against the whole string and
 * case-sensitive.
 */

/** Options for {@link compileGlob}. */
export interface GlobOptions {
  /** match paths: `*` stops at `/`, patterns are rooted (default: true) */
  path?: boolean;
}

const cache = new Map<string, RegExp>();

function escapeRe(c: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c;
}

/** Translates `pattern[from..]` up to an unmatched `}` or `,` (when inside braces) to a RegExp source. */
function translate(p: string, path: boolean, state: { i: number }, inBrace: boolean): string {
  let out = '';
  const any = path ? '[^/]' : '[\\s\\S]';
  while (state.i < p.length) {
    const c = p[state.i]!;
    if (inBrace && (c === ',' || c === '}')) return out;
    state.i++;
    if (c === '\\') {
      const next = p[state.i];
      if (next !== undefined) {
        out += escapeRe(next);
        state.i++;
      } else out += '\\\\';
    } else if (c === '*') {
      if (p[state.i] === '*') {
        state.i++;
        while (p[state.i] === '*') state.i++;
        const atSegStart = state.i - 2 === 0 || p[state.i - 3] === '/' || !path;
        if (path && atSegStart && p[state.i] === '/') {
          // `**/` → zero or more whole segments
          out += '(?:[^/]*(?:/[^/]*)*/)?';
          state.i++;
        } else out += '[\\s\\S]*';
      } else out += `${any}*`;
    } else if (c === '?') {
      out += any;
    } else if (c === '[') {
      const close = p.indexOf(']', state.i + 1);
      if (close === -1) out += '\\[';
      else {
        let body = p.slice(state.i, close);
        state.i = close + 1;
        const negate = body.startsWith('!') || body.startsWith('^');
        if (negate) body = body.slice(1);
        const safe = body.replace(/[\\\]^]/g, (x) => `\\${x}`);
        out += negate ? `[^${path ? '/' : ''}${safe}]` : `[${safe}]`;
      }
    } else if (c === '{') {
      const alts: string[] = [];
      const save = state.i;
      for (;;) {
        alts.push(translate(p, path, state, true));
        const d = p[state.i];
        if (d === ',') state.i++;
        else break;
      }
      if (p[state.i] === '}') {
        state.i++;
        out += `(?:${alts.join('|')})`;
      } else {
        // unbalanced: a literal brace
        state.i = save;
        out += '\\{';
      }
    } else out += escapeRe(c);
  }
  return out;
}

/** Compiles a glob to an anchored RegExp (cached). */
export function globToRegExp(pattern: string, options: GlobOptions = {}): RegExp {
  const path = options.path ?? true;
  const key = `${path ? 'p' : 't'}\0${pattern}`;
  let re = cache.get(key);
  if (!re) {
    let p = pattern;
    if (path) {
      if (!p.startsWith('/')) p = `/${p}`;
      if (p.length > 1 && p.endsWith('/') && !p.endsWith('\\/')) p = p.slice(0, -1);
    }
    re = new RegExp(`^${translate(p, path, { i: 0 }, false)}$`);
    cache.set(key, re);
  }
  return re;
}

/** Whether `subject` matches `pattern` as a whole (see the module notes for the syntax). */
export function matchGlob(pattern: string, subject: string, options: GlobOptions = {}): boolean {
  return globToRegExp(pattern, options).test(subject);
}

/**
 * Whether a path or one of its ancestor directories matches: `/app/node_modules` then covers every file below
 * it, just like `/app/node_modules/**`. The path is made absolute first.
 */
export function matchPathOrAncestor(pattern: string, filePath: string): boolean {
  const re = globToRegExp(pattern);
  let p = filePath.startsWith('/') ? filePath : `/${filePath}`;
  for (;;) {
    if (re.test(p)) return true;
    const cut = p.lastIndexOf('/');
    if (cut <= 0) return p !== '/' && re.test('/');
    p = p.slice(0, cut);
  }
}
