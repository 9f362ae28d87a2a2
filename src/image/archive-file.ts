/**
 * An image archive FILE on disk (docker-archive, oci-archive): the outer tar is indexed by a header walk, the
 * JSON members are read by offset, and each layer is scanned from its byte range, 2 at a time (seekable when
 * uncompressed and hashing/verification are off).
 */
import { open, stat } from 'node:fs/promises';
import { InputError, withContext } from '../errors.ts';
import { scanFileRange } from './file-store.ts';
import { TarFileStore } from './file-store.ts';
import { finishImage, scanPlanned } from './finish.ts';
import type { FinishMeta } from './finish.ts';
import { planLayout } from './layout.ts';
import { requireTar } from './sniff.ts';
import type { LoadedImage, LoadOptions } from './types.ts';

/** Options of the archive-file reader, besides LoadOptions. */
export interface ArchiveFileMeta extends FinishMeta {
  /** image to pick by tag / ref name (default: the only one) */
  ref?: string;
  /** use manifest.json over index.json when both exist (default: true) */
  preferDockerManifest?: boolean;
}

/** Reads the first bytes of a file; InputError when it cannot be opened. */
export async function fileHead(path: string, n: number, what: string): Promise<Uint8Array> {
  let fh;
  try {
    if ((await stat(path)).isDirectory()) {
      throw Object.assign(new Error(`${path} is a directory`), { code: 'EISDIR' });
    }
    fh = await open(path, 'r');
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT') throw new InputError(`${what}: no such file ${path}`, { cause: e, hint: 'check the path (relative paths start at the working directory)' });
    if (code === 'EISDIR') throw new InputError(`${what}: ${path} is a directory, not an archive file`, { cause: e, hint: 'use oci:DIR for an OCI layout directory' });
    throw new InputError(`${what}: cannot open ${path}: ${(e as Error).message}`, { cause: e, hint: 'check that the file exists and this user may read it' });
  }
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** Loads an image from an archive file. */
export async function loadArchiveFile(path: string, opts: LoadOptions, meta: ArchiveFileMeta): Promise<LoadedImage> {
  const where = meta.reference;
  requireTar(await fileHead(path, 512, where), where);
  let store: TarFileStore;
  try {
    store = await TarFileStore.open(path, where);
  } catch (e) {
    throw withContext(`reading ${where}`, e);
  }
  try {
    const plan = await planLayout(store, {
      where,
      ...(meta.ref !== undefined ? { ref: meta.ref } : {}),
      ...(opts.platform ? { platform: opts.platform } : {}),
      preferDockerManifest: meta.preferDockerManifest ?? true,
    });
    const sizes = plan.layers.map((l) => store.sizeOf(l.location) ?? 0);
    const scans = await scanPlanned(plan, (l) => scanFileRange(store.range(l.location), opts), opts, (l) => store.sizeOf(l.location) ?? 0);
    return finishImage(plan, scans, sizes, opts, meta);
  } finally {
    await store.close();
  }
}
