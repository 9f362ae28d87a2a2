/**
 * A small glob matcher for the budgets config (no file system access).
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
 *
 * Cost (the patterns come from a config and the paths from an untrusted image, see docs/architecture.md
 * §"Untrusted input"): a pattern is compiled once, in time linear in its length, to a Thompson NFA, and a
 * subject is matched by advancing the set of live NFA states one character at a time. That is
 * O(|pattern| × |subject|) for every pattern — no backtracking, so `*a*a*a*a*b` or `/**a**a**b` cannot blow
 * up — and `testPathOrAncestor` checks a path and all its ancestor directories in the same single pass. The
 * state sets met are cached as a bounded, lazily built DFA, so a typical pattern costs one table lookup per
 * character.
 */

/** Options for {@link compileGlob}. */
export interface GlobOptions {
  /** match paths: `*` stops at `/`, patterns are rooted (default: true) */
  path?: boolean;
}

/** A pattern that cannot be compiled (e.g. a character range out of order, `[z-a]`). */
export class GlobError extends Error {
  override name = 'GlobError';
}

/** A compiled pattern: reuse it for every subject. */
export interface Glob {
  readonly pattern: string;
  /** whether `subject` matches as a whole */
  test(subject: string): boolean;
  /**
   * Whether a path or one of its ancestor directories matches: `/app/node_modules` then covers every file below
   * it, just like `/app/node_modules/**`. The path is made absolute first. Path mode only.
   */
  testPathOrAncestor(filePath: string): boolean;
}

// NFA state kinds
const CHAR = 0; // one given code unit
const CLASS = 1; // one code unit of a [set]
const ANY_NOSLASH = 2; // one code unit other than '/'
const ANY = 3; // any code unit
const SPLIT = 4; // ε to out and out1
const EPS = 5; // ε to out
const MATCH = 6;

const SLASH = 0x2f;

class Nfa {
  kind: number[] = [];
  code: number[] = [];
  out: number[] = [];
  out1: number[] = [];
  classes: Array<RegExp | null> = [];

  add(kind: number, code = 0, cls: RegExp | null = null): number {
    this.kind.push(kind);
    this.code.push(code);
    this.out.push(-1);
    this.out1.push(-1);
    this.classes.push(cls);
    return this.kind.length - 1;
  }
}

/** A partial NFA: its start state and the dangling exits (state, slot 0 = out / 1 = out1) still to be patched. */
interface Frag {
  start: number;
  exits: number[]; // encoded state * 2 + slot
}

function patch(nfa: Nfa, exits: readonly number[], to: number): void {
  for (const e of exits) {
    if (e & 1) nfa.out1[e >> 1] = to;
    else nfa.out[e >> 1] = to;
  }
}

function single(nfa: Nfa, kind: number, code = 0, cls: RegExp | null = null): Frag {
  const s = nfa.add(kind, code, cls);
  return { start: s, exits: [s * 2] };
}

function concat(nfa: Nfa, a: Frag | null, b: Frag): Frag {
  if (!a) return b;
  patch(nfa, a.exits, b.start);
  return { start: a.start, exits: b.exits };
}

/** `x*` for a one-character fragment kind. */
function star(nfa: Nfa, kind: number): Frag {
  const split = nfa.add(SPLIT);
  const step = nfa.add(kind);
  nfa.out[split] = step;
  nfa.out[step] = split;
  return { start: split, exits: [split * 2 + 1] };
}

/** `(?:[\s\S]*\/)?`: zero or more whole segments, each with its slash. */
function segments(nfa: Nfa): Frag {
  const opt = nfa.add(SPLIT);
  const loop = star(nfa, ANY);
  const slash = single(nfa, CHAR, SLASH);
  nfa.out[opt] = loop.start;
  patch(nfa, loop.exits, slash.start);
  return { start: opt, exits: [opt * 2 + 1, ...slash.exits] };
}

/**
 * Which `{` have a matching `}` (innermost first, as a stack), skipping `\x` escapes and `[...]` sets exactly as
 * the compiler reads them. Returns the set of matched opening and closing positions. Linear.
 */
function matchBraces(p: string): Set<number> {
  const matched = new Set<number>();
  const open: number[] = [];
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') i++;
    else if (c === '[') {
      const close = p.indexOf(']', i + 2);
      if (close !== -1) i = close;
    } else if (c === '{') open.push(i);
    else if (c === '}' && open.length > 0) {
      matched.add(open.pop()!);
      matched.add(i);
    }
  }
  return matched;
}

/** Compiles `p` (already rooted in path mode) to an NFA. Iterative: brace nesting depth costs no stack. */
function build(p: string, path: boolean): { nfa: Nfa; start: number } {
  const nfa = new Nfa();
  const braces = matchBraces(p);
  const any = path ? ANY_NOSLASH : ANY;
  // one frame per open brace: the finished alternatives and the one being built
  const frames: Array<{ alts: Frag[]; cur: Frag | null }> = [{ alts: [], cur: null }];
  const append = (f: Frag): void => {
    const top = frames[frames.length - 1]!;
    top.cur = concat(nfa, top.cur, f);
  };
  const finishAlt = (top: { alts: Frag[]; cur: Frag | null }): void => {
    top.alts.push(top.cur ?? single(nfa, EPS));
    top.cur = null;
  };
  let i = 0;
  while (i < p.length) {
    const c = p[i]!;
    if (frames.length > 1 && (c === ',' || c === '}')) {
      const top = frames[frames.length - 1]!;
      finishAlt(top);
      i++;
      if (c === '}') {
        frames.pop();
        // a chain of splits over the alternatives; every alternative's exits leave the group
        const alts = top.alts;
        let start = alts[alts.length - 1]!.start;
        const exits: number[] = [];
        for (const a of alts) exits.push(...a.exits);
        for (let k = alts.length - 2; k >= 0; k--) {
          const s = nfa.add(SPLIT);
          nfa.out[s] = alts[k]!.start;
          nfa.out1[s] = start;
          start = s;
        }
        append({ start, exits });
      }
      continue;
    }
    i++;
    if (c === '\\') {
      const next = p[i];
      if (next !== undefined) {
        append(single(nfa, CHAR, next.charCodeAt(0)));
        i++;
      } else append(single(nfa, CHAR, 0x5c));
    } else if (c === '*') {
      if (p[i] === '*') {
        i++;
        while (p[i] === '*') i++;
        const atSegStart = i - 2 === 0 || p[i - 3] === '/' || !path;
        if (path && atSegStart && p[i] === '/') {
          append(segments(nfa));
          i++;
        } else append(star(nfa, ANY));
      } else append(star(nfa, any));
    } else if (c === '?') {
      append(single(nfa, any));
    } else if (c === '[') {
      const close = p.indexOf(']', i + 1);
      if (close === -1) append(single(nfa, CHAR, 0x5b));
      else {
        let body = p.slice(i, close);
        i = close + 1;
        const negate = body.startsWith('!') || body.startsWith('^');
        if (negate) body = body.slice(1);
        const safe = body.replace(/[\\\]^]/g, (x) => `\\${x}`);
        let re: RegExp;
        try {
          re = new RegExp(negate ? `[^${path ? '/' : ''}${safe}]` : `[${safe}]`);
        } catch {
          throw new GlobError(`invalid character set [${negate ? '!' : ''}${body}]`);
        }
        append(single(nfa, CLASS, 0, re));
      }
    } else if (c === '{' && braces.has(i - 1)) {
      frames.push({ alts: [], cur: null });
    } else append(single(nfa, CHAR, c.charCodeAt(0)));
  }
  const top = frames[0]!;
  const match = nfa.add(MATCH);
  if (top.cur) {
    patch(nfa, top.cur.exits, match);
    return { nfa, start: top.cur.start };
  }
  return { nfa, start: match };
}

/** A DFA state built lazily from a set of NFA states (see Runner). */
interface DState {
  /** the NFA character states, sorted */
  set: number[];
  /** the NFA reached MATCH */
  matched: boolean;
  /** next DState per ASCII code unit: -2 not computed yet (allocated on first use) */
  ascii: Int16Array | null;
  /** next DState for other code units */
  other: Map<number, number> | null;
}

/** DFA states kept per pattern; past this the runner simulates the NFA directly (still O(m) per character). */
const MAX_DFA_STATES = 4096;

/**
 * The live-state simulation of one compiled NFA, with its transitions cached as a lazily built DFA (as RE2
 * does): a character costs one table lookup once its transition is known, and O(NFA states) the first time.
 * The cache is bounded; a pattern that would need more DFA states runs on the plain simulation.
 */
class Runner {
  private readonly nfa: Nfa;
  private readonly start: number;
  private readonly mark: Int32Array;
  private gen = 0;
  private readonly stack: number[] = [];
  private readonly dstates: DState[] = [];
  private readonly index = new Map<string, number>();
  private startState = -1;

  constructor(nfa: Nfa, start: number) {
    this.nfa = nfa;
    this.start = start;
    this.mark = new Int32Array(nfa.kind.length);
  }

  private nextGen(): void {
    if (++this.gen === 0x3fffffff) {
      this.mark.fill(0);
      this.gen = 1;
    }
  }

  /** Adds the ε-closure of `s` to `list` (states already in this generation are skipped). Iterative. */
  private close(s: number, list: number[]): boolean {
    const { kind, out, out1 } = this.nfa;
    let matched = false;
    const stack = this.stack;
    stack.push(s);
    while (stack.length > 0) {
      const t = stack.pop()!;
      if (t < 0 || this.mark[t] === this.gen) continue;
      this.mark[t] = this.gen;
      const k = kind[t]!;
      if (k === SPLIT) {
        stack.push(out1[t]!, out[t]!);
      } else if (k === EPS) stack.push(out[t]!);
      else if (k === MATCH) matched = true;
      else list.push(t);
    }
    return matched;
  }

  /** One NFA step: the states `cur` reach on `ch`, into `next`; true when MATCH is reached. */
  private step(cur: readonly number[], ch: number, next: number[]): boolean {
    const { kind, code, out, classes } = this.nfa;
    this.nextGen();
    let matched = false;
    next.length = 0;
    for (const s of cur) {
      const kd = kind[s]!;
      let ok: boolean;
      if (kd === CHAR) ok = code[s] === ch;
      else if (kd === ANY) ok = true;
      else if (kd === ANY_NOSLASH) ok = ch !== SLASH;
      else ok = classes[s]!.test(String.fromCharCode(ch));
      if (ok && this.close(out[s]!, next)) matched = true;
    }
    return matched;
  }

  /** The DState of a set of NFA states, or -1 when the cache is full. */
  private intern(set: number[], matched: boolean): number {
    const sorted = set.slice().sort((a, b) => a - b);
    const key = `${matched ? 'm' : ''}${sorted.join(',')}`;
    const known = this.index.get(key);
    if (known !== undefined) return known;
    if (this.dstates.length >= MAX_DFA_STATES) return -1;
    this.dstates.push({ set: sorted, matched, ascii: null, other: null });
    this.index.set(key, this.dstates.length - 1);
    return this.dstates.length - 1;
  }

  /**
   * Feeds `subject` through the automaton. `accept(k)` says whether a match of the first `k` code units counts;
   * the first counted match returns true. Stops early when no state is live.
   */
  run(subject: string, accept: (k: number) => boolean): boolean {
    if (this.startState < 0) {
      const first: number[] = [];
      this.nextGen();
      const matched = this.close(this.start, first);
      this.startState = this.intern(first, matched);
    }
    let d = this.dstates[this.startState]!;
    if (d.matched && accept(0)) return true;
    const scratch: number[] = [];
    for (let k = 0; k < subject.length; k++) {
      if (d.set.length === 0) return false;
      const ch = subject.charCodeAt(k);
      let id = ch < 128 ? (d.ascii ? d.ascii[ch]! : -2) : (d.other?.get(ch) ?? -2);
      if (id === -2) {
        const matched = this.step(d.set, ch, scratch);
        id = this.intern(scratch, matched);
        if (id === -1) return this.runNfa(subject, accept, scratch.slice(), matched, k + 1);
        if (ch < 128) (d.ascii ??= new Int16Array(128).fill(-2))[ch] = id;
        else (d.other ??= new Map()).set(ch, id);
      }
      d = this.dstates[id]!;
      if (d.matched && accept(k + 1)) return true;
    }
    return false;
  }

  /** The plain NFA simulation from position `from` with live states `cur` (when the DFA cache is full). */
  private runNfa(subject: string, accept: (k: number) => boolean, cur: number[], matchedHere: boolean, from: number): boolean {
    if (matchedHere && accept(from)) return true;
    let next: number[] = [];
    for (let k = from; k < subject.length; k++) {
      if (cur.length === 0) return false;
      const matched = this.step(cur, subject.charCodeAt(k), next);
      [cur, next] = [next, cur];
      if (matched && accept(k + 1)) return true;
    }
    return false;
  }
}

function rooted(pattern: string, path: boolean): string {
  let p = pattern;
  if (path) {
    if (!p.startsWith('/')) p = `/${p}`;
    if (p.length > 1 && p.endsWith('/') && !p.endsWith('\\/')) p = p.slice(0, -1);
  }
  return p;
}

/** Compiles a glob once; see the module notes for the syntax and the cost. Throws GlobError on a bad set. */
export function compileGlob(pattern: string, options: GlobOptions = {}): Glob {
  const path = options.path ?? true;
  const { nfa, start } = build(rooted(pattern, path), path);
  const runner = new Runner(nfa, start);
  return {
    pattern,
    test: (subject) => runner.run(subject, (k) => k === subject.length),
    testPathOrAncestor: (filePath) => {
      const p = filePath.startsWith('/') ? filePath : `/${filePath}`;
      // the path itself, every ancestor (a prefix that a `/` follows) and the root `/`
      return runner.run(p, (k) => k === p.length || k === 1 || (k > 0 && p.charCodeAt(k) === SLASH));
    },
  };
}

/** A few recently used patterns, for the one-off helpers below. Hot loops compile once with compileGlob. */
const recent = new Map<string, Glob>();
const RECENT_MAX = 64;

function cached(pattern: string, path: boolean): Glob {
  const key = `${path ? 'p' : 't'}\0${pattern}`;
  let g = recent.get(key);
  if (!g) {
    g = compileGlob(pattern, { path });
    if (recent.size >= RECENT_MAX) recent.delete(recent.keys().next().value!);
    recent.set(key, g);
  }
  return g;
}

/** Whether `subject` matches `pattern` as a whole (see the module notes for the syntax). */
export function matchGlob(pattern: string, subject: string, options: GlobOptions = {}): boolean {
  return cached(pattern, options.path ?? true).test(subject);
}

/** {@link Glob.testPathOrAncestor} for a one-off pattern. */
export function matchPathOrAncestor(pattern: string, filePath: string): boolean {
  return cached(pattern, true).testPathOrAncestor(filePath);
}

/**
 * The literal directory a path pattern starts with, before its first wildcard: `/app/node_modules/**` →
 * `/app/node_modules`, `/usr/lib/*.so` → `/usr/lib`, `**\/*.pyc` → `/`.
 */
export function globBase(pattern: string): string {
  const p = pattern.startsWith('/') ? pattern : `/${pattern}`;
  const segs = p.split('/').slice(1);
  const out: string[] = [];
  for (const s of segs) {
    if (/[*?[{\\]/.test(s) || s === '') break;
    out.push(s);
  }
  // a pattern with no wildcard at all names the directory (or file) itself
  return `/${out.join('/')}`;
}
