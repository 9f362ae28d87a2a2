/**
 * mapDockerfile(dockerfile, history, layerCount): which Dockerfile line made each layer. Pure: handed the
 * Dockerfile's text and the image config's history, no I/O. The Dockerfile is parsed with `dockerfile-ast`.
 *
 * The rules (issue 14):
 * - **The final stage only.** Its instructions, preceded by those of the stages it is built `FROM` (a
 *   `FROM builder` chain), are aligned with the END of the history. Everything before them is the base image
 *   (and the base image's `ONBUILD` triggers, which run right after `FROM`): those layers map to the `FROM` line
 *   that names the base image. `COPY --from=…` is an instruction of the final stage and maps to its own line.
 *   When the final stage does not match, the other stages are tried (an image built with `--target`), and the
 *   mapping names the stage it used.
 * - **Instructions without a layer** (`ENV`, `LABEL`, `USER`, `EXPOSE`, `CMD`, …) have history entries with
 *   `empty_layer: true`; they take part in the alignment, so the layers stay aligned. `ARG` and `ONBUILD` may
 *   have no entry at all (buildah, BuildKit): they are optional. In a kaniko history (author `kaniko`) every
 *   instruction but RUN/COPY/ADD is optional.
 * - **The history forms:** classic docker (`/bin/sh -c #(nop) COPY file:<sha> in /app`, `/bin/sh -c cmd`,
 *   `|N K=V … /bin/sh -c cmd`, a bare exec-form command), BuildKit (`RUN /bin/sh -c … # buildkit`,
 *   `COPY . . # buildkit`, `WORKDIR /app`, `CMD ["a" "b"]`), buildah and podman (`/bin/sh -c --mount=… cmd`,
 *   `#(nop)` metadata), kaniko (`RUN cmd`, `ADD src dest`).
 * - **What a history entry must share with its instruction:** the keyword always; `RUN`: the command (flags
 *   such as `--mount` dropped, whitespace collapsed; a heredoc's body, `/dev/pipes/NAME` or the whole heredoc;
 *   a JSON form's words); `COPY`/`ADD`: the destination (and the sources, when the builder records them);
 *   `ENV`/`ARG`: the keys; `WORKDIR`/`USER`: the value; `CMD`/`ENTRYPOINT`: the words. A `$VAR` / `${VAR}` in the
 *   Dockerfile matches anything (build arguments may override any default).
 * - **A stale or wrong Dockerfile:** when the history does not match, nothing is mapped and `note` says once
 *   where it diverged. A location is never guessed.
 */
import { DockerfileParser } from 'dockerfile-ast';
import type { Instruction } from 'dockerfile-ast';
import type { HistoryEntry } from '../image/types.ts';
import type { DockerfileLocation, Report } from '../report/types.ts';
import { clip as clipText, LIMITS } from '../report/limits.ts';

export type { DockerfileLocation };

/** The result of {@link mapDockerfile}. */
export interface DockerfileMapping {
  path: string;
  /** one per layer, in layer order; null where the line cannot be known */
  layers: Array<DockerfileLocation | null>;
  /** why nothing was mapped (a stale or wrong Dockerfile, no history …); null when mapped */
  note: string | null;
  /** the stage that was mapped (its name, else its 0-based index as text); null when nothing was */
  stage: string | null;
}

/** One instruction of a stage, reduced to what is compared with a history entry. */
interface Step {
  keyword: string;
  line: number;
  endLine: number;
  /** RUN: the command forms any one of which may match; COPY/ADD: [sources…, dest]; others: see `check` */
  texts: string[];
  /** ENV/ARG keys */
  keys: string[];
  optional: boolean;
}

interface Stage {
  name: string | null;
  index: number;
  /** the FROM instruction's location and the image (or stage) it names, variables substituted */
  from: { line: number; endLine: number; image: string };
  steps: Step[];
}

/** One history entry, parsed. */
interface Hist {
  keyword: string;
  /** the instruction's arguments as recorded, whitespace collapsed */
  payload: string;
  raw: string;
}

const KEYWORDS = new Set([
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'HEALTHCHECK', 'LABEL', 'MAINTAINER', 'ONBUILD', 'RUN',
  'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
]);
/** Instructions that make a layer (WORKDIR may too, but every builder records it). */
const LAYER_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);
const SHELL = String.raw`(?:(?:/usr)?/bin/)?(?:ba|da|a|z)?sh(?: -(?:o \S+|[a-zA-Z]+))*? -c(?: |$)`;
const SHELL_PREFIX = new RegExp(`^${SHELL}`);
const ARGS_BEFORE_SHELL = new RegExp(`^\\|\\d+ .*? (?=${SHELL})`);

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Drops a `|N K=V …` build-argument prefix (classic docker, BuildKit). */
function stripBuildArgs(s: string): string {
  if (!/^\|\d+ /.test(s)) return s;
  const m = ARGS_BEFORE_SHELL.exec(s);
  if (m !== null) return s.slice(m[0].length);
  const head = /^\|(\d+) ?/.exec(s)!;
  return s.slice(head[0].length).split(' ').slice(Number(head[1])).join(' ');
}

/** Drops leading `--flag=value` words (buildah records `RUN --mount=…` flags in the command). */
const stripFlags = (s: string): string => s.replace(/^(?:--[a-z-]+(?:=\S*)? )+/, '');

/** A JSON array of strings → its words joined by spaces; anything else unchanged. */
function jsonWords(s: string): string {
  if (!s.startsWith('[')) return s;
  try {
    const v: unknown = JSON.parse(s);
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return collapse(v.join(' '));
  } catch {
    // not JSON: compared as written
  }
  return s;
}

/** Parses one `created_by` into its keyword and arguments. */
export function parseCreatedBy(createdBy: string): { keyword: string; payload: string } {
  let s = collapse(createdBy).replace(/ ?# buildkit$/, '');
  let keyword: string | null = null;
  const first = /^([A-Z]+)(?: |$)/.exec(s);
  if (first !== null && KEYWORDS.has(first[1]!)) {
    keyword = first[1]!;
    s = s.slice(first[0].length);
  }
  if (keyword === null || keyword === 'RUN') {
    s = stripBuildArgs(s);
    const sh = SHELL_PREFIX.exec(s);
    if (sh !== null) {
      s = s.slice(sh[0].length);
      const nop = /^#\(nop\) *([A-Z]+)(?: |$)/.exec(s);
      if (keyword === null && nop !== null) return { keyword: nop[1]!, payload: s.slice(nop[0].length).trim() };
    }
    return { keyword: 'RUN', payload: jsonWords(stripFlags(s.trim())) };
  }
  return { keyword, payload: s.trim() };
}

const patterns = new Map<string, RegExp>();

/** A Dockerfile text as a regular expression in which `$VAR` / `${VAR…}` match anything (cached). */
function patternOf(pattern: string, anyPrefix: boolean): RegExp {
  const key = `${anyPrefix ? '1' : '0'}${pattern}`;
  let re = patterns.get(key);
  if (re === undefined) {
    const parts = pattern.split(/(\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*)/);
    const body = parts.map((p, i) => (i % 2 === 1 ? '.*?' : p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
    re = new RegExp(`^${anyPrefix ? '(?:.*[ /])?' : ''}${body}$`, 's');
    if (patterns.size > 10_000) patterns.clear();
    patterns.set(key, re);
  }
  return re;
}

/** `text` equals the Dockerfile text `pattern`, variables matching anything. */
const like = (pattern: string, text: string): boolean => patternOf(pattern, false).test(text);
/** `text` ends with the Dockerfile text `pattern` after a space or a slash (or equals it). */
const likeTail = (pattern: string, text: string): boolean => patternOf(pattern, true).test(text);

/** `/app/` → `/app`, `./x` → `x`; `.` and `/` stay. */
function cleanPath(p: string): string {
  let s = p.replace(/^\.\/(?=.)/, '');
  while (s.length > 1 && s.endsWith('/')) s = s.slice(0, -1);
  return s;
}

/** Loose words of a CMD/ENTRYPOINT: brackets, quotes and commas gone. */
const words = (s: string): string => collapse(s.replace(/[[\]",]/g, ' '));

/** Whether history entry `h` can be the record of step `s`. */
function matches(s: Step, h: Hist): boolean {
  if (s.keyword !== h.keyword) return false;
  switch (s.keyword) {
    case 'RUN':
      // a pathological length would make the wildcard match slow; no real command is this long
      return h.payload.length <= 200_000 && s.texts.some((t) => like(t, h.payload));
    case 'COPY':
    case 'ADD': {
      const dest = s.texts[s.texts.length - 1]!;
      const classic = /^(?:--\S+ )*(?:(?:file|dir|multi):[0-9a-f]+|\S+) in (.+)$/.exec(h.payload);
      if (classic !== null) return like(cleanPath(dest), cleanPath(classic[1]!.trim()));
      const tokens = h.payload.split(' ').filter((t) => t !== '' && !t.startsWith('--'));
      if (tokens.length < 2) return false;
      if (!like(cleanPath(dest), cleanPath(tokens[tokens.length - 1]!))) return false;
      const srcs = s.texts.slice(0, -1).join(' ');
      return like(srcs, tokens.slice(0, -1).join(' '));
    }
    case 'ENV':
    case 'ARG':
      return s.keys.every((k) => new RegExp(`(?:^| )${k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:=| |$)`).test(h.payload));
    case 'WORKDIR': {
      // classic docker and buildah record the resolved absolute path of a relative WORKDIR
      const want = cleanPath(s.texts[0] ?? '');
      return want.startsWith('/') ? like(want, cleanPath(h.payload)) : likeTail(want, cleanPath(h.payload));
    }
    case 'USER':
      return like(s.texts[0] ?? '', h.payload);
    case 'CMD':
    case 'ENTRYPOINT': {
      const want = words(s.texts[0] ?? '');
      // a shell form is recorded with the shell in front by classic docker and BuildKit
      return likeTail(want, words(h.payload));
    }
    default:
      return true;
  }
}

/** Text of `range` (0-based lines, characters) in `lines`. */
function slice(lines: string[], r: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  if (r.start.line === r.end.line) return (lines[r.start.line] ?? '').slice(r.start.character, r.end.character);
  const out = [(lines[r.start.line] ?? '').slice(r.start.character)];
  for (let l = r.start.line + 1; l < r.end.line; l++) out.push(lines[l] ?? '');
  out.push((lines[r.end.line] ?? '').slice(0, r.end.character));
  return out.join('\n');
}

/** The JSON form's words, or null when the arguments are not a JSON array. */
function jsonArgs(ins: Instruction): string[] | null {
  const raw = (ins.getArgumentsContent() ?? '').trim();
  if (!raw.startsWith('[')) return null;
  try {
    const v: unknown = JSON.parse(raw);
    return Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : null;
  } catch {
    return null;
  }
}

type WithHeredocs = Instruction & { getHeredocs(): Array<{ getName(): string; getContentRange(): Parameters<typeof slice>[1] | null }> };

/**
 * The arguments as the builder sees them: continued lines joined, and comment lines inside the continuation
 * dropped (Docker's parser drops them; dockerfile-ast keeps them in the arguments).
 */
function joined(ins: Instruction, escape: string): string {
  const raw = ins.getRawArgumentsContent() ?? '';
  // Docker joins continued lines as they are: `a \` + `  b` reads `a   b`, `a\` + `b` reads `ab`
  const parts = raw.split(/\r?\n/);
  return parts
    .filter((l, i) => i === 0 || !/^\s*#/.test(l))
    .map((l) => (l.trimEnd().endsWith(escape) ? l.trimEnd().slice(0, -escape.length) : l))
    .join('');
}

/** Reduces one instruction to a Step. */
function stepOf(ins: Instruction, lines: string[], escape: string): Step {
  const keyword = ins.getKeyword().toUpperCase();
  const r = ins.getRange();
  const step: Step = { keyword, line: r.start.line + 1, endLine: r.end.line + 1, texts: [], keys: [], optional: keyword === 'ARG' || keyword === 'ONBUILD' };
  const args = ins.getArgumentsContent() ?? '';
  const firstLine = collapse(args.split('\n')[0] ?? '');
  const heredocs = typeof (ins as WithHeredocs).getHeredocs === 'function' ? (ins as WithHeredocs).getHeredocs() : [];
  switch (keyword) {
    case 'RUN': {
      const json = jsonArgs(ins);
      if (json !== null) step.texts.push(collapse(json.join(' ')), collapse(args));
      else if (heredocs.length > 0) {
        const h = heredocs[0]!;
        const range = h.getContentRange();
        const body = range ? slice(lines, range) : '';
        step.texts.push(collapse(body), `/dev/pipes/${h.getName()}`, collapse(args));
      } else step.texts.push(collapse(joined(ins, escape)));
      break;
    }
    case 'COPY':
    case 'ADD': {
      const json = jsonArgs(ins);
      const list = json ?? firstLine.split(' ').filter((t) => t !== '');
      step.texts = list.length > 0 ? list : [''];
      break;
    }
    case 'ENV':
    case 'ARG': {
      const props = (ins as Instruction & { getProperties?(): Array<{ getName(): string }>; getProperty?(): { getName(): string } | null });
      const names = props.getProperties ? props.getProperties().map((p) => p.getName()) : props.getProperty?.() ? [props.getProperty()!.getName()] : [];
      step.keys = names.filter((n) => n !== '');
      break;
    }
    case 'CMD':
    case 'ENTRYPOINT': {
      const json = jsonArgs(ins);
      step.texts.push(json !== null ? json.join(' ') : collapse(args));
      break;
    }
    default:
      step.texts.push(collapse(args));
  }
  return step;
}

/** Substitutes `$X` / `${X}` / `${X:-d}` from `vars`; unknown ones stay. */
function substitute(s: string, vars: Map<string, string>): string {
  return s.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?[-+]([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (m, a: string | undefined, d: string | undefined, b: string | undefined) => {
    const v = vars.get((a ?? b)!);
    return v !== undefined && v !== '' ? v : d !== undefined ? d : m;
  });
}

/** Splits the Dockerfile into stages. */
function stagesOf(text: string): Stage[] {
  const lines = text.split(/\r?\n/);
  const df = DockerfileParser.parse(text);
  const globals = new Map<string, string>();
  const stages: Stage[] = [];
  for (const ins of df.getInstructions()) {
    const kw = ins.getKeyword().toUpperCase();
    if (kw === 'FROM') {
      const args = (ins.getArguments() ?? []).map((a) => a.getValue()).filter((a) => !a.startsWith('--'));
      const image = substitute(args[0] ?? '', globals);
      const name = args.length >= 3 && args[1]!.toUpperCase() === 'AS' ? args[2]! : null;
      const r = ins.getRange();
      stages.push({ name, index: stages.length, from: { line: r.start.line + 1, endLine: r.end.line + 1, image }, steps: [] });
      continue;
    }
    const stage = stages[stages.length - 1];
    if (stage === undefined) {
      if (kw === 'ARG') {
        for (const a of ins.getArguments()) {
          const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:=(.*))?$/.exec(a.getValue());
          if (m) globals.set(m[1]!, (m[2] ?? '').replace(/^"(.*)"$/, '$1'));
        }
      }
      continue;
    }
    stage.steps.push(stepOf(ins, lines, df.getEscapeCharacter()));
  }
  return stages;
}

/** The stage and its `FROM <stage>` ancestors: all their steps in build order, and the root FROM. */
function chainOf(stages: Stage[], stage: Stage): { steps: Step[]; from: Stage['from'] } | null {
  const chain: Stage[] = [stage];
  let cur = stage;
  for (;;) {
    const ref = cur.from.image.toLowerCase();
    const parent = stages.slice(0, cur.index).reverse().find((s) => s.name !== null && s.name.toLowerCase() === ref);
    if (parent === undefined) break;
    if (chain.length > stages.length) return null;
    chain.unshift(parent);
    cur = parent;
  }
  return { steps: chain.flatMap((s) => s.steps), from: chain[0]!.from };
}

/** Aligns steps with the end of the history; the entry index each step took (−1: skipped), or the divergence. */
function align(steps: Step[], hist: Hist[]): { taken: number[]; start: number } | { failStep: Step | null; failHist: Hist | null } {
  const n = steps.length;
  const m = hist.length;
  // ok[i][j]: steps[0..i) align so that the last of them ends right before hist[j] (hist[0..k) left to the base)
  const memo = new Int8Array((n + 1) * (m + 1)); // 0 unknown, 1 yes, 2 no
  const ok = (i: number, j: number): boolean => {
    if (i === 0) return true;
    const k = i * (m + 1) + j;
    if (memo[k] !== 0) return memo[k] === 1;
    const s = steps[i - 1]!;
    const v = (j > 0 && matches(s, hist[j - 1]!) && ok(i - 1, j - 1)) || (s.optional && ok(i - 1, j));
    memo[k] = v ? 1 : 2;
    return v;
  };
  // iterative warm-up from small i keeps the recursion shallow
  for (let i = 1; i <= n; i++) for (let j = 0; j <= m; j++) ok(i, j);
  if (!ok(n, m)) {
    // name the first divergence walking back from the end
    let i = n;
    let j = m;
    while (i > 0) {
      const s = steps[i - 1]!;
      if (j > 0 && matches(s, hist[j - 1]!)) {
        i--;
        j--;
      } else if (s.optional) i--;
      else return { failStep: s, failHist: j > 0 ? hist[j - 1]! : null };
    }
    return { failStep: null, failHist: null };
  }
  const taken = new Array<number>(n).fill(-1);
  let i = n;
  let j = m;
  while (i > 0) {
    const s = steps[i - 1]!;
    if (j > 0 && matches(s, hist[j - 1]!) && ok(i - 1, j - 1)) {
      taken[i - 1] = j - 1;
      j--;
    }
    i--;
  }
  return { taken, start: j };
}

const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Options for {@link mapDockerfile}. */
export interface MapDockerfileInput {
  /** the path to report in locations (default: `Dockerfile`) */
  path?: string;
  /** the Dockerfile's text */
  text: string;
  /** the image config's history */
  history: readonly HistoryEntry[] | null | undefined;
  /** number of layers (rootfs.diff_ids) */
  layerCount: number;
}

/** Maps every layer to its Dockerfile location, or maps nothing and says why (see the module notes). */
export function mapDockerfile(input: MapDockerfileInput): DockerfileMapping {
  const path = input.path ?? 'Dockerfile';
  const none = (note: string): DockerfileMapping => ({ path, layers: new Array<null>(input.layerCount).fill(null), note, stage: null });
  const history = (input.history ?? []).filter((h): h is HistoryEntry => h !== null && typeof h === 'object');
  if (history.length === 0) return none(`${path}: the image has no history, so its layers cannot be matched to lines`);
  const withLayer = history.filter((h) => h.empty_layer !== true).length;
  if (withLayer !== input.layerCount) {
    return none(`${path}: the image's history has ${withLayer} entries with a layer for ${input.layerCount} layers, so its layers cannot be matched to lines`);
  }
  const stages = stagesOf(input.text);
  const steps = stages.reduce((n, s) => n + s.steps.length, 0);
  if (steps * history.length > 4_000_000) return none(`${path}: too many instructions (${steps}) and history entries (${history.length}) to match`);
  if (stages.length === 0) return none(`${path}: no FROM instruction; is it a Dockerfile?`);
  const hist: Hist[] = history.map((h) => {
    const raw = typeof h.created_by === 'string' ? h.created_by : '';
    return { ...parseCreatedBy(raw), raw };
  });
  // kaniko may record no entry for an instruction that changes only the config: make those optional for it
  if (history.some((h) => h.author === 'kaniko')) {
    for (const st of stages) for (const step of st.steps) if (!LAYER_KEYWORDS.has(step.keyword)) step.optional = true;
  }
  const final = stages[stages.length - 1]!;
  let firstFailure: string | null = null;
  for (const stage of [final, ...stages.slice(0, -1).reverse()]) {
    const chain = chainOf(stages, stage);
    if (chain === null) continue;
    const res = align(chain.steps, hist);
    if ('failStep' in res) {
      if (firstFailure === null) {
        firstFailure =
          res.failStep === null
            ? `${path} does not match the image's history`
            : res.failHist === null
              ? `${path}:${res.failStep.line} (${res.failStep.keyword}) has no history entry left to match`
              : `${path}:${res.failStep.line} (${res.failStep.keyword}) does not match the image's history entry ${JSON.stringify(clip(collapse(res.failHist.raw), 80))}`;
      }
      continue;
    }
    if (res.start > 0 && chain.from.image.toLowerCase() === 'scratch') {
      firstFailure ??= `${path}: the image has ${res.start} history entries before the final stage's first instruction, but it is built FROM scratch`;
      continue;
    }
    const byEntry = new Array<DockerfileLocation | null>(hist.length).fill(null);
    for (let k = 0; k < res.start; k++) byEntry[k] = { path, line: chain.from.line, endLine: chain.from.endLine };
    chain.steps.forEach((s, i) => {
      const e = res.taken[i]!;
      if (e >= 0) byEntry[e] = { path, line: s.line, endLine: s.endLine };
    });
    const layers: Array<DockerfileLocation | null> = [];
    history.forEach((h, k) => {
      if (h.empty_layer !== true) layers.push(byEntry[k] ?? null);
    });
    return { path, layers, note: null, stage: stage.name ?? String(stage.index) };
  }
  return none(`${firstFailure ?? `${path} does not match the image's history`}; is the Dockerfile stale or for another image? No layer was mapped to a line`);
}

/** The last line a report location may name (the schema's maximum). */
const MAX_LINE = 1_000_000;

/** Writes a mapping into the report: `layers[i].location` and `report.dockerfile`. */
export function attachDockerfile(report: Report, mapping: DockerfileMapping): void {
  const path = clipText(mapping.path, LIMITS.pathChars);
  report.layers.forEach((l, i) => {
    const loc = mapping.layers[i] ?? null;
    l.location = loc === null || loc.endLine > MAX_LINE ? null : { path, line: loc.line, endLine: loc.endLine };
  });
  report.dockerfile = {
    path,
    stage: mapping.stage === null ? null : clipText(mapping.stage, LIMITS.shortChars),
    mappedLayers: report.layers.filter((l) => l.location).length,
    note: mapping.note === null ? null : clipText(mapping.note, LIMITS.textChars),
  };
}
