/**
 * Our tar module against tar-stream (the library most Node tools would pick), at equal work, in one process:
 * the same uncompressed layer tars, read with the same 1 MiB read stream, every entry visited and every file
 * body hashed with the same xxh64 hasher (src/layer/hash.ts). Runs alternate (ours, tar-stream, ours, …) and the
 * fastest of each is kept; CPU time (user + system of this process) is the figure that survives a loaded machine.
 * Both must see the same entries and the same hashes, or the run fails.
 *
 *   node bench/tar-compare.ts [--repeat N] [--json] LAYER.tar…
 */
import { createReadStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { extract } from 'tar-stream';
import type { Header } from 'tar-stream';
import { loadContentHasher } from '../src/layer/hash.ts';
import type { ContentHasher } from '../src/layer/hash.ts';
import { entryType } from '../src/tar/headers.ts';
import type { TarHeader } from '../src/tar/headers.ts';
import { TarStream } from '../src/tar/stream.ts';
import type { TarSink } from '../src/tar/walk.ts';

/** What one pass saw: entries, files, bytes hashed, and a fold of every file hash (order-sensitive). */
export interface PassResult {
  entries: number;
  files: number;
  bodyBytes: number;
  fold: string;
  wallSec: number;
  cpuSec: number;
}

const CHUNK_BYTES = 1 << 20;

/** Folds a hex hash into a running order-sensitive checksum (cheap; only to prove both saw the same). */
function fold(acc: bigint, h: bigint): bigint {
  return ((acc * 1000003n) ^ h) & 0xffffffffffffffffn;
}

class HashingSink implements TarSink {
  entries = 0;
  files = 0;
  bodyBytes = 0;
  acc = 0n;
  private started = false;
  private readonly hasher: ContentHasher;
  constructor(hasher: ContentHasher) {
    this.hasher = hasher;
  }
  entry(h: TarHeader): number {
    this.entries++;
    if (entryType(h) !== 'file') return 0;
    this.files++;
    this.bodyBytes += h.sizeBytes;
    if (h.sizeBytes === 0) {
      this.acc = fold(this.acc, this.hasher.once(new Uint8Array(0)));
      return 0;
    }
    this.started = false;
    return h.sizeBytes;
  }
  body(bytes: Uint8Array, last: boolean): void {
    const h = this.hasher;
    if (!this.started && last) {
      this.acc = fold(this.acc, h.once(bytes));
      return;
    }
    if (!this.started) {
      h.begin();
      this.started = true;
    }
    h.update(bytes);
    if (last) this.acc = fold(this.acc, h.end());
  }
}

async function timed(run: () => Promise<Omit<PassResult, 'wallSec' | 'cpuSec'>>): Promise<PassResult> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const r = await run();
  const cpu = process.cpuUsage(cpu0);
  return { ...r, wallSec: (performance.now() - t0) / 1000, cpuSec: (cpu.user + cpu.system) / 1e6 };
}

/** Our streaming driver (src/tar/stream.ts) over each file. */
export async function oursPass(files: string[], hasher: ContentHasher): Promise<PassResult> {
  return timed(async () => {
    const sink = new HashingSink(hasher);
    for (const f of files) {
      const t = new TarStream(sink);
      for await (const chunk of createReadStream(f, { highWaterMark: CHUNK_BYTES })) t.push(chunk as Buffer);
      t.end();
    }
    return { entries: sink.entries, files: sink.files, bodyBytes: sink.bodyBytes, fold: sink.acc.toString(16) };
  });
}

const TAR_STREAM_FILE_TYPES = new Set<Header['type']>(['file', 'contiguous-file']);

/** tar-stream's extract over each file, the same work. */
export async function tarStreamPass(files: string[], hasher: ContentHasher): Promise<PassResult> {
  return timed(async () => {
    let entries = 0;
    let nfiles = 0;
    let bodyBytes = 0;
    let acc = 0n;
    for (const f of files) {
      await new Promise<void>((resolve, reject) => {
        const ex = extract();
        ex.on('entry', (header, stream, next) => {
          entries++;
          // tar-stream reports an old-style regular entry whose name ends in '/' as a directory, as we do
          if (!TAR_STREAM_FILE_TYPES.has(header.type) || header.name.endsWith('/')) {
            stream.on('end', next);
            stream.resume();
            return;
          }
          nfiles++;
          bodyBytes += header.size ?? 0;
          hasher.begin();
          stream.on('data', (c) => hasher.update(c as Uint8Array));
          stream.on('end', () => {
            acc = fold(acc, hasher.end());
            next();
          });
        });
        ex.on('finish', resolve);
        ex.on('error', reject);
        const rs = createReadStream(f, { highWaterMark: CHUNK_BYTES });
        rs.on('error', reject);
        rs.pipe(ex);
      });
    }
    return { entries, files: nfiles, bodyBytes, fold: acc.toString(16) };
  });
}

/** Runs both `repeat` times, alternating; returns the fastest of each (by CPU time) and tar-stream ÷ ours. */
export async function compare(files: string[], repeat: number): Promise<{ ours: PassResult; tarStream: PassResult; cpuRatio: number; wallRatio: number }> {
  const hasher = await loadContentHasher();
  let ours: PassResult | null = null;
  let ts: PassResult | null = null;
  for (let i = 0; i < repeat; i++) {
    const a = await oursPass(files, hasher);
    const b = await tarStreamPass(files, hasher);
    if (a.entries !== b.entries || a.files !== b.files || a.bodyBytes !== b.bodyBytes || a.fold !== b.fold) {
      throw new Error(`unequal work: ours ${JSON.stringify(a)}, tar-stream ${JSON.stringify(b)}`);
    }
    if (ours === null || a.cpuSec < ours.cpuSec) ours = a;
    if (ts === null || b.cpuSec < ts.cpuSec) ts = b;
  }
  return { ours: ours!, tarStream: ts!, cpuRatio: ts!.cpuSec / ours!.cpuSec, wallRatio: ts!.wallSec / ours!.wallSec };
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { repeat: { type: 'string', default: '3' }, json: { type: 'boolean', default: false } } });
  if (positionals.length === 0) {
    console.error('usage: node bench/tar-compare.ts [--repeat N] [--json] LAYER.tar…');
    process.exit(2);
  }
  const r = await compare(positionals, Math.max(1, Number(values.repeat) || 1));
  if (values.json) {
    console.log(JSON.stringify(r));
  } else {
    const line = (name: string, p: PassResult): string => `${name.padEnd(11)} cpu ${p.cpuSec.toFixed(2)} s  wall ${p.wallSec.toFixed(2)} s  ${p.entries} entries, ${p.files} files, ${(p.bodyBytes / 1e6).toFixed(0)} MB hashed`;
    console.log(line('ours', r.ours));
    console.log(line('tar-stream', r.tarStream));
    console.log(`ours is ${r.cpuRatio.toFixed(2)}× faster by CPU time (${r.wallRatio.toFixed(2)}× by wall time)`);
  }
}
