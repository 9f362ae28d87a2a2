/**
 * An OCI image layout directory (`oci:DIR[:ref]`): oci-layout, index.json, blobs/<alg>/<hex>. Layers are
 * scanned from their blob files, 2 at a time (seekable when uncompressed and hashing/verification are off).
 */
import { statSync } from 'node:fs';
import { InputError } from '../errors.ts';
import { DirStore, scanFileRange } from './file-store.ts';
import { finishImage, scanPlanned } from './finish.ts';
import type { FinishMeta } from './finish.ts';
import { planOciLayout } from './layout.ts';
import type { LoadedImage, LoadOptions } from './types.ts';

/** Options of the layout reader, besides LoadOptions. */
export interface OciDirMeta extends FinishMeta {
  /** image to pick by `org.opencontainers.image.ref.name` (default: the only one) */
  ref?: string;
}

/** Loads an image from an OCI layout directory. */
export async function loadOciDir(dir: string, opts: LoadOptions, meta: OciDirMeta): Promise<LoadedImage> {
  const where = meta.reference;
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    throw new InputError(`${where}: no such directory ${dir}`);
  }
  if (!isDir) throw new InputError(`${where}: ${dir} is not a directory`, { hint: 'use oci-archive:PATH for a tar of an OCI layout' });
  const store = new DirStore(dir, where);
  if (store.resolve('oci-layout') === null) {
    throw new InputError(`${where} is not an OCI layout: oci-layout is missing`, { hint: 'an OCI layout directory holds oci-layout, index.json and blobs/' });
  }
  if (store.resolve('index.json') === null) throw new InputError(`${where}: index.json is missing`, { hint: 'an OCI layout directory holds oci-layout, index.json and blobs/' });
  const plan = await planOciLayout(store, {
    where,
    ...(meta.ref !== undefined ? { ref: meta.ref } : {}),
    ...(opts.platform ? { platform: opts.platform } : {}),
  });
  const sizes = plan.layers.map((l) => store.sizeOf(l.location) ?? 0);
  const scans = await scanPlanned(plan, (l) => scanFileRange(store.range(l.location), opts), opts, (l) => store.sizeOf(l.location) ?? 0);
  return finishImage(plan, scans, sizes, opts, meta);
}
