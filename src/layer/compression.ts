/**
 * Layer compression: sniffed from the magic bytes (never from the media type), and undone with node:zlib
 * (gzip, including multi-member streams, and zstd).
 */
import { createGunzip, createZstdDecompress } from 'node:zlib';
import { InputError } from '../errors.ts';

/** Compressions we can read. */
export type Compression = 'none' | 'gzip' | 'zstd';

/** Bytes `sniffCompression` wants to see (fewer is fine when the blob is shorter). */
export const SNIFF_BYTES = 6;

/** Magic numbers of compressions and archive formats we recognize but do not read. */
const UNSUPPORTED: Array<[string, number[]]> = [
  ['xz', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['bzip2', [0x42, 0x5a, 0x68]],
  ['lz4', [0x04, 0x22, 0x4d, 0x18]],
  ['lzip', [0x4c, 0x5a, 0x49, 0x50]],
  ['compress (.Z)', [0x1f, 0x9d]],
  ['lzma', [0x5d, 0x00, 0x00]],
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['7z', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
];

function startsWith(head: Uint8Array, magic: number[]): boolean {
  if (head.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (head[i] !== magic[i]) return false;
  return true;
}

/**
 * The compression of a blob from its first bytes: gzip `1f 8b`, zstd `28 b5 2f fd`, otherwise 'none' (a
 * plain tar). Throws InputError `unsupported compression xz` (bzip2, lz4, …) for formats we know but do not read.
 */
export function sniffCompression(head: Uint8Array): Compression {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (startsWith(head, [0x28, 0xb5, 0x2f, 0xfd])) return 'zstd';
  for (const [name, magic] of UNSUPPORTED) {
    if (startsWith(head, magic)) {
      throw new InputError(name === 'zip' || name === '7z' ? `unsupported archive format ${name}` : `unsupported compression ${name}`, { hint: 'layer-budget reads image tars and tar layers, plain, gzip or zstd; extract or re-export the image' });
    }
  }
  return 'none';
}

/** Output chunk size of the decompressors (default of node:zlib is 16 KiB; bigger means fewer chunks to parse). */
const OUT_CHUNK_BYTES = 256 * 1024;

/**
 * Decompresses a stream of chunks. Each input chunk is fully consumed by the decompressor before the next one
 * is requested, so a source may reuse its buffer. Errors of the source pass through unchanged; errors of the
 * data become InputError `corrupt gzip stream: …` / `corrupt zstd stream: …`. Stopping the iteration early
 * destroys the decompressor and returns the source.
 */
export async function* decompress(kind: 'gzip' | 'zstd', source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const z = kind === 'gzip' ? createGunzip({ chunkSize: OUT_CHUNK_BYTES }) : createZstdDecompress({ chunkSize: OUT_CHUNK_BYTES });
  let sourceError: unknown = undefined;
  // the pump writes one chunk at a time and waits until zlib has consumed it; the loop below drains the output
  // a write whose chunk is being inflated when the stream is destroyed never calls back: 'close' ends the wait
  const closed = new Promise<void>((_, reject) => z.once('close', () => reject(new Error('decompressor closed'))));
  closed.catch(() => {});
  const pump = (async (): Promise<void> => {
    try {
      for await (const chunk of source) {
        if (z.destroyed) return;
        await Promise.race([new Promise<void>((resolve, reject) => z.write(chunk, (err) => (err ? reject(err) : resolve()))), closed]);
      }
      z.end();
    } catch (err) {
      if (!z.destroyed) {
        sourceError = err;
        z.destroy(err as Error);
      }
    }
  })();
  try {
    for await (const chunk of z) yield chunk as Uint8Array;
  } catch (err) {
    if (sourceError !== undefined && err === sourceError) throw err;
    const msg = err instanceof Error ? err.message : String(err);
    throw new InputError(`corrupt ${kind} stream: ${msg}`, { cause: err, hint: 'the blob is corrupt or truncated; re-export or re-pull the image' });
  } finally {
    z.destroy();
    pump.catch(() => {});
  }
}
