/**
 * The test bed: real images built by `test/images/build.sh` (buildah, skopeo, umoci, debootstrap), exported in
 * every format we read, each with an oracle of expected numbers computed by tools other than our own code.
 *
 * Layout under the bed root (`${LAYER_BUDGET_CACHE:-$HOME/.cache/layer-budget}/bed-<key>`):
 *   bed.json                       the Bed object below, written last, after everything succeeded
 *   images/<name>/docker-archive.tar, oci-gzip/, oci-zstd/, oci-archive.tar, oci-uncompressed/,
 *                 docker25.tar, docker25-gzip.tar, oracle.json, visible-files.txt
 *   multiarch/oci/, multiarch/oci-archive.tar
 *
 * `<key>` is the first 16 hex digits of sha256 over `sha256sum` lines (`HEX  ./rel/path`, sorted bytewise) of
 * every regular file under test/images; the script and this module compute it the same way, so a bed built by
 * an older script or older Dockerfiles is never picked up.
 *
 * This module only reads; it never builds. Run `bash test/images/build.sh` to build.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestContext } from 'node:test';

/** Every export format of one image. */
export type ExportFormat =
  | 'docker-archive'
  | 'oci-gzip'
  | 'oci-zstd'
  | 'oci-archive'
  | 'oci-uncompressed'
  | 'docker25'
  | 'docker25-gzip';

/** All export formats, in a stable order. */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  'docker-archive',
  'oci-gzip',
  'oci-zstd',
  'oci-archive',
  'oci-uncompressed',
  'docker25',
  'docker25-gzip',
];

/** Expected numbers for one layer, from GNU tar's listing of the uncompressed layer tar. */
export interface OracleLayer {
  /** `sha256:…` of the uncompressed layer tar (cross-checked against the config's rootfs.diff_ids) */
  diffId: string;
  /** sum of sizes of regular-file entries (hardlinks, symlinks, dirs, whiteout markers count 0) */
  contentBytes: number;
  /** every tar entry, of any type (dirs, files, links, whiteout markers, devices) */
  entryCount: number;
  /** regular-file entries that are not whiteout markers (`.wh.*`); hardlink entries are not counted */
  fileCount: number;
  /** `.wh.NAME` markers (excluding opaque markers) */
  whiteoutCount: number;
  /** `.wh..wh..opq` markers */
  opaqueCount: number;
  /** hardlink entries (tar type 'h' / '1') */
  hardlinkCount: number;
  /** symlink entries */
  symlinkCount: number;
  /** directory entries */
  dirCount: number;
  /** length of the uncompressed layer tar in bytes */
  tarBytes: number;
  /** the history `created_by` aligned to this layer (non-empty history entries in order) */
  createdBy: string;
}

/** Expected numbers for one image. */
export interface Oracle {
  layers: OracleLayer[];
  /** Σ contentBytes over all layers */
  totalBytes: number;
  /** regular-file bytes in the `umoci unpack` rootfs, counting each inode once, skipping `dev/` */
  visibleBytes: number;
  /** totalBytes − visibleBytes */
  wastedBytes: number;
  /** number of lines in visibleFilesPath (every visible regular-file path, hardlinked paths each listed) */
  visibleFileCount: number;
  /** number of distinct inodes among the visible regular files */
  visibleInodeCount: number;
  /** path of a text file: one visible regular-file path per line, absolute, sorted (LC_ALL=C) */
  visibleFilesPath: string;
}

/** One built scenario image. */
export interface BedImage {
  name: string;
  /** absolute path per export; OCI dirs/archives use tag `latest` */
  exports: Record<ExportFormat, string>;
  oracle: Oracle;
  /** `localhost/lb-<name>:latest` inside the bed's containers-storage */
  storageRef: string;
  /** what the scenario exercises (first comment lines of its Dockerfile) */
  description: string;
  /** number of leading layers that are the base image's layers (`localhost/lb-base:latest`) */
  baseLayerCount: number;
  /** the image's diffIds in order (equal to oracle.layers[i].diffId) */
  diffIds: string[];
  /** `sha256:…` of the image config blob (same in every OCI export) */
  configDigest: string;
  /** annotations written on the OCI manifest by the build (e.g. org.opencontainers.image.base.name) */
  annotations: Record<string, string>;
}

/** The whole built bed. */
export interface Bed {
  /** absolute bed directory */
  root: string;
  /** the cache key (see module doc) */
  key: string;
  /** hash of build.sh alone: exports of an unchanged image are reused across beds made by the same script */
  scriptKey: string;
  images: Record<string, BedImage>;
  /** the two-platform index as an OCI dir (tag latest) and oci-archive */
  multiarch: { ociDir: string; ociArchive: string; platforms: string[]; /** image built into the index */ source: string };
  /** containers-storage location for skopeo: `containers-storage:[overlay@ROOT+RUNROOT]` prefix */
  storage: { root: string; runroot: string; /** `containers-storage:[overlay@ROOT+RUNROOT]`; append a ref */ transport: string };
  /** the debootstrap base image */
  base: { storageRef: string; diffIds: string[]; suite: string };
  /** ISO time the build finished */
  builtAt: string;
}

/** Absolute path of the repository's test/images directory. */
export function imagesDir(): string {
  return resolve(import.meta.dirname, '..', 'images');
}

/** Cache directory: `$LAYER_BUDGET_CACHE` (default: `$HOME/.cache/layer-budget`). */
export function cacheDir(): string {
  const env = process.env['LAYER_BUDGET_CACHE'];
  return env !== undefined && env !== '' ? resolve(env) : join(homedir(), '.cache', 'layer-budget');
}

function listFiles(dir: string, rel: string, out: string[]): void {
  for (const ent of readdirSync(join(dir, rel), { withFileTypes: true })) {
    const r = rel === '.' ? `./${ent.name}` : `${rel}/${ent.name}`;
    if (ent.isDirectory()) listFiles(dir, r, out);
    else if (ent.isFile()) out.push(r);
  }
}

/** The bed key: same algorithm as build.sh (`find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum`). */
export function bedKey(dir: string = imagesDir()): string {
  const files: string[] = [];
  listFiles(dir, '.', files);
  files.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  let listing = '';
  for (const f of files) {
    const hex = createHash('sha256').update(readFileSync(join(dir, f))).digest('hex');
    listing += `${hex}  ${f}\n`;
  }
  return createHash('sha256').update(listing).digest('hex').slice(0, 16);
}

/** Absolute path of the bed directory for the current sources. */
export function bedRoot(): string {
  return join(cacheDir(), `bed-${bedKey()}`);
}

/** True when tests run under CI (`CI=true`), where a missing bed is a failure. */
export function isCI(): boolean {
  return process.env['CI'] === 'true';
}

/** Reads the built bed (no building). Returns null when it is not built; under CI=true throws instead. */
export function loadBed(): Bed | null {
  const root = bedRoot();
  const file = join(root, 'bed.json');
  if (!existsSync(file)) {
    if (isCI()) throw new Error(`test bed not built: ${file} is missing; run \`bash test/images/build.sh\``);
    return null;
  }
  return JSON.parse(readFileSync(file, 'utf8')) as Bed;
}

/** Convenience for tests: returns the bed, or marks the test skipped with a loud message when not built locally (throws under CI=true). */
export function requireBed(t: TestContext): Bed | null {
  const bed = loadBed();
  if (bed === null) {
    const msg = `TEST BED NOT BUILT (${bedRoot()}): run \`bash test/images/build.sh\` — skipping`;
    process.stderr.write(`\n*** ${msg} ***\n`);
    t.skip(msg);
  }
  return bed;
}

/** The visible regular-file paths of an image, from its oracle file. */
export function readVisibleFiles(image: BedImage): string[] {
  return readFileSync(image.oracle.visibleFilesPath, 'utf8').split('\n').filter((l) => l !== '');
}
