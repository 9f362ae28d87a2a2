/**
 * The fuzz campaign shared by test/hostile/fuzz.test.ts (a few hundred cases, fixed seed) and scripts/fuzz.ts
 * (long campaigns): mutated archives (docker save legacy and 25+, oci-archive, gzip and zstd layers), mutated OCI
 * layout documents, mutated image configs (re-digested, so the mutation reaches the schema), and mutated
 * baseline reports. Each case runs the CLI's `main` in this process; the only acceptable outcomes are exit 0/1,
 * or exit 2 with one `layer-budget: …` line and one `  hint: …` line. Exit 3, a stack trace, a raw control
 * character on stderr, or a case slower than CASE_MS is a crasher.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dockerLegacy, docker25, makeImage, ociArchive, ociIndex, twoLayers } from '../image/fixtures.ts';
import type { Fixture } from '../image/fixtures.ts';
import { runInProcess } from './cli.ts';
import type { CliRun } from './cli.ts';

/** The slowest a single case may be, ms. */
export const CASE_MS = 10_000;

/** A deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const int = (r: Rand, n: number): number => Math.floor(r() * n);
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[int(r, xs.length)]!;

/** Byte-level mutations of an archive. */
export function mutateBytes(r: Rand, input: Uint8Array): Uint8Array {
  let b = new Uint8Array(input);
  const rounds = 1 + int(r, 4);
  for (let k = 0; k < rounds; k++) {
    const op = int(r, 7);
    const at = int(r, Math.max(1, b.length));
    if (op === 0) b[at] = int(r, 256); // random byte
    else if (op === 1) b[at] = (b[at] ?? 0) ^ (1 << int(r, 8)); // bit flip
    else if (op === 2) b = b.slice(0, at); // truncate
    else if (op === 3) {
      // a header field (name, mode, size, checksum, typeflag, magic, prefix) of the 512-byte block at `at`
      const block = at - (at % 512);
      const field = pick(r, [0, 100, 124, 148, 156, 257, 345]);
      const len = pick(r, [1, 8, 12]);
      const fill = pick(r, [0x00, 0x20, 0x37, 0xff, 0x30 + int(r, 10), 0x1b, 0x0a]);
      for (let i = 0; i < len && block + field + i < b.length; i++) b[block + field + i] = fill;
    } else if (op === 4) {
      // duplicate a slice
      const len = int(r, 4096);
      const slice = b.slice(at, at + len);
      const out = new Uint8Array(b.length + slice.length);
      out.set(b.subarray(0, at));
      out.set(slice, at);
      out.set(b.subarray(at), at + slice.length);
      b = out;
    } else if (op === 5) {
      // zero a run
      b.fill(0, at, at + int(r, 2048));
    } else {
      // an octal size field made huge
      const block = at - (at % 512);
      const huge = Buffer.from(pick(r, ['77777777777', '00000001000', '99999999999', '\x80\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x00']));
      if (block + 124 < b.length) b.set(huge.subarray(0, Math.min(huge.length, b.length - block - 124)), block + 124);
    }
  }
  return b;
}

/** A hostile JSON value. */
function hostileValue(r: Rand): unknown {
  return pick(r, [
    0,
    -1,
    1e308,
    '',
    'x',
    '\x1b]0;pwned\x07\n::error::injected',
    null,
    true,
    [],
    [null],
    [0],
    ['\x1b[2J'],
    {},
    { a: 1 },
    'sha256:' + 'g'.repeat(64),
    '../../../../etc/passwd',
    'a'.repeat(5000),
  ]);
}

/** Replaces, deletes or retypes one field somewhere in a JSON document. */
export function mutateJson(r: Rand, doc: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(doc)) as unknown;
  const paths: Array<{ parent: Record<string, unknown> | unknown[]; key: string | number }> = [];
  const walk = (v: unknown, depth: number): void => {
    if (depth > 8 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) v.forEach((x, i) => (paths.push({ parent: v, key: i }), walk(x, depth + 1)));
    else for (const [k, x] of Object.entries(v)) (paths.push({ parent: v as Record<string, unknown>, key: k }), walk(x, depth + 1));
  };
  walk(copy, 0);
  if (paths.length === 0) return hostileValue(r);
  const rounds = 1 + int(r, 3);
  for (let k = 0; k < rounds; k++) {
    const p = pick(r, paths);
    const parent = p.parent as Record<string | number, unknown>;
    if (r() < 0.2 && !Array.isArray(parent)) delete parent[p.key];
    else parent[p.key] = hostileValue(r);
  }
  return copy;
}

/** A case: a name, the files it writes and the CLI arguments. */
export interface FuzzCase {
  kind: 'archive' | 'layout' | 'config' | 'baseline';
  /** files to write into the case directory: relative path → bytes */
  files: Record<string, Uint8Array>;
  /** CLI args; `$DIR` is replaced by the case directory */
  args: string[];
}

let seedsCache: { fixtures: Fixture[]; archives: Array<{ name: string; bytes: Uint8Array }> } | null = null;

function seeds(): NonNullable<typeof seedsCache> {
  if (seedsCache === null) {
    const plain = makeImage(twoLayers());
    const gz = makeImage(twoLayers(), { compress: 'gzip' });
    const zst = makeImage(twoLayers(), { compress: 'zstd' });
    seedsCache = {
      fixtures: [plain, gz, zst],
      archives: [
        { name: 'legacy', bytes: dockerLegacy(plain) },
        { name: 'docker25', bytes: docker25(gz) },
        { name: 'oci-gzip', bytes: ociArchive(gz) },
        { name: 'oci-zstd', bytes: ociArchive(zst) },
      ],
    };
  }
  return seedsCache;
}

const enc = (x: unknown): Uint8Array => new TextEncoder().encode(typeof x === 'string' ? x : JSON.stringify(x));

/** Generates case `i` of a campaign with `seed`. `baselineText` is a valid report to mutate. */
export function makeCase(seed: number, i: number, baselineText: string): FuzzCase {
  const r = rng((seed * 1_000_003) ^ i);
  const s = seeds();
  const kind = pick(r, ['archive', 'archive', 'archive', 'layout', 'config', 'baseline'] as const);
  if (kind === 'archive') {
    const a = pick(r, s.archives);
    return { kind, files: { 'image.tar': mutateBytes(r, a.bytes) }, args: ['analyze', '--json', pick(r, ['docker-archive:$DIR/image.tar', 'oci-archive:$DIR/image.tar', '$DIR/image.tar'])] };
  }
  if (kind === 'layout') {
    const f = pick(r, s.fixtures);
    const files: Record<string, Uint8Array> = { 'oci/oci-layout': enc({ imageLayoutVersion: '1.0.0' }) };
    const blob = (b: Uint8Array, d: string): void => void (files[`oci/blobs/sha256/${d.slice(7)}`] = b);
    f.layers.forEach((l) => blob(l.blob, l.digest));
    blob(f.configBytes, f.configDigest);
    const which = int(r, 3);
    // index.json mutated, or the manifest mutated (and re-digested so it is read)
    if (which === 0) files['oci/index.json'] = enc(mutateJson(r, ociIndex(f)));
    else if (which === 1) {
      const m = enc(mutateJson(r, f.manifest));
      const d = 'sha256:' + createHash('sha256').update(m).digest('hex');
      blob(m, d);
      files['oci/index.json'] = enc({ schemaVersion: 2, manifests: [{ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: d, size: m.length, annotations: { 'org.opencontainers.image.ref.name': 'latest' } }] });
    } else {
      blob(f.manifestBytes, f.manifestDigest);
      files['oci/index.json'] = enc(ociIndex(f));
      files['oci/' + pick(r, ['index.json', 'oci-layout'])] = mutateBytes(r, files['oci/index.json']!);
    }
    return { kind, files, args: ['analyze', '--json', 'oci:$DIR/oci'] };
  }
  if (kind === 'config') {
    const base = pick(r, s.fixtures);
    const mutated = mutateJson(r, base.config);
    const f = makeImage(twoLayers(), {
      compress: base.layers[0]!.mediaType.endsWith('gzip') ? 'gzip' : undefined,
      editConfig: (c) => {
        for (const k of Object.keys(c)) delete c[k];
        if (mutated !== null && typeof mutated === 'object' && !Array.isArray(mutated)) Object.assign(c, mutated);
      },
    });
    return { kind, files: { 'image.tar': pick(r, [dockerLegacy, ociArchive, docker25] as const)(f) }, args: ['analyze', '--json', '$DIR/image.tar'] };
  }
  const report = JSON.parse(baselineText) as unknown;
  const bad = r() < 0.8 ? enc(mutateJson(r, report)) : mutateBytes(r, enc(baselineText));
  return { kind, files: { 'base.json': bad, 'head.json': enc(baselineText) }, args: pick(r, [['diff', '$DIR/base.json', '$DIR/head.json'], ['diff', '--json', '$DIR/head.json', '$DIR/base.json']]) };
}

/** What is wrong with a run (empty when it is acceptable). */
export function problems(run: CliRun): string[] {
  const out: string[] = [];
  if (run.ms > CASE_MS) out.push(`took ${run.ms} ms`);
  if (run.status === 0 || run.status === 1) return out;
  if (run.status !== 2) out.push(`exit status ${run.status}`);
  const lines = run.stderr.split('\n').filter((l) => l !== '');
  if (lines.length !== 2 || !/^layer-budget: \S/.test(lines[0]!) || !/^ {2}hint: \S/.test(lines[1]!)) out.push(`stderr is not one message + one hint line: ${JSON.stringify(run.stderr.slice(0, 400))}`);
  if (/internal error|\n\s+at /.test(run.stderr)) out.push('internal error or stack trace');
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x09\x0b-\x1f\x7f-\x9f]/.test(run.stderr)) out.push('raw control character on stderr');
  return out;
}

/** Writes a case's files into a fresh directory; returns it. */
export function writeCase(c: FuzzCase, root = tmpdir()): string {
  const dir = mkdtempSync(join(root, 'lb-fuzz-'));
  for (const [rel, bytes] of Object.entries(c.files)) {
    const p = join(dir, rel);
    mkdirSync(join(p, '..'), { recursive: true });
    writeFileSync(p, bytes);
  }
  return dir;
}

/** Runs one case; returns the run and its problems. */
export async function runCase(c: FuzzCase): Promise<{ run: CliRun; problems: string[] }> {
  const dir = writeCase(c);
  try {
    const run = await runInProcess(c.args.map((a) => a.replaceAll('$DIR', dir)));
    return { run, problems: problems(run) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A valid report of the plain fixture, to mutate as a baseline. */
export async function validReport(): Promise<string> {
  const dir = writeCase({ kind: 'archive', files: { 'image.tar': seeds().archives[0]!.bytes }, args: [] });
  try {
    const run = await runInProcess(['analyze', '--json', `docker-archive:${dir}/image.tar`]);
    if (run.status !== 0) throw new Error(`the seed image does not analyze: ${run.stderr}`);
    return run.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
