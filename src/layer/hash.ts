/**
 * Hashes used while scanning: a fast non-cryptographic content hash for duplicate detection (xxh64 via
 * xxhash-wasm; the file size is always the second key) and sha256 digests for verification.
 */
import { createHash } from 'node:crypto';
import type { Hash } from 'node:crypto';
import xxhash from 'xxhash-wasm';

/** Content hashing of one file at a time: either `once` for a body in one piece, or begin / update / end. */
export interface ContentHasher {
  /** xxh64 of one complete body */
  once(bytes: Uint8Array): bigint;
  /** starts a body delivered in pieces */
  begin(): void;
  /** adds the next piece of the current body */
  update(bytes: Uint8Array): void;
  /** finishes the current body: its xxh64 */
  end(): bigint;
}

type XXHashAPI = Awaited<ReturnType<typeof xxhash>>;
let api: Promise<XXHashAPI> | null = null;

/** A ContentHasher (the wasm module is instantiated once per process). */
export async function loadContentHasher(): Promise<ContentHasher> {
  api ??= xxhash();
  const x = await api;
  let state: ReturnType<XXHashAPI['create64']> | null = null;
  return {
    once: (bytes) => x.h64Raw(bytes),
    begin: () => {
      state = x.create64();
    },
    update: (bytes) => {
      state!.update(bytes);
    },
    end: () => {
      const v = state!.digest();
      state = null;
      return v;
    },
  };
}

/** An incremental sha256 whose result is spelled `sha256:<hex>`. */
export class Sha256 {
  private readonly h: Hash = createHash('sha256');
  /** adds bytes */
  update(bytes: Uint8Array): void {
    this.h.update(bytes);
  }
  /** `sha256:<hex>` */
  digest(): string {
    return 'sha256:' + this.h.digest('hex');
  }
}
