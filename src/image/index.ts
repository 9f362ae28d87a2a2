/**
 * openSource: from a source spec to an ImageSource. Transport names follow skopeo and buildah:
 *
 *   docker-archive:PATH[:REF]   a docker save / podman save archive (legacy or Docker 25+ layout)
 *   oci:DIR[:REF]               an OCI layout directory (REF = org.opencontainers.image.ref.name)
 *   oci-archive:PATH[:REF]      a tar of an OCI layout
 *   docker://HOST/REPO:TAG      a registry (or @sha256:…)
 *   docker-daemon:IMAGE         `docker save IMAGE`, streamed
 *   podman:IMAGE                `podman save IMAGE`, streamed
 *   -                           a docker save / oci-archive tar on stdin
 *   PATH                        a directory with oci-layout, or an archive file (format sniffed)
 *
 * For PATH:REF forms, a PATH that exists as given wins over splitting at the first ':'.
 *
 * Registry credentials come from env `LAYER_BUDGET_REGISTRY_USERNAME` / `LAYER_BUDGET_REGISTRY_PASSWORD`, else
 * from the docker config (`$DOCKER_CONFIG/config.json`, default `~/.docker/config.json`); see registry-auth.ts.
 */
import { closeSync, existsSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { InputError } from '../errors.ts';
import { loadArchiveFile } from './archive-file.ts';
import { loadArchiveStream } from './archive-stream.ts';
import { daemonSource } from './daemon.ts';
import { loadOciDir } from './oci-dir.ts';
import { registrySource } from './registry.ts';
import { ACCEPTED, requireTar } from './sniff.ts';
import { indexMembers } from '../tar/members.ts';
import { syncReader } from './file-store.ts';
import type { ImageSource, Transport } from './types.ts';

export { formatPlatform, parsePlatform, selectPlatform } from './platform.ts';
export { parseRegistryRef } from './registry.ts';

/** Options for openSource. */
export interface OpenOptions {
  /** the stream read for `-` (default: process.stdin) */
  stdin?: NodeJS.ReadableStream;
  /** environment for registry credentials and child processes (default: process.env) */
  env?: Record<string, string | undefined>;
  /** docker binary for docker-daemon: (default: 'docker') */
  docker?: string;
  /** podman binary for podman: (default: 'podman') */
  podman?: string;
  /** use plain http for registries that are not local (default: false) */
  insecure?: boolean;
}

/** Splits `PATH[:REF]`: the whole string when it exists, else at the first ':'. */
function splitPathRef(rest: string): { path: string; ref?: string } {
  if (rest === '' || existsSync(rest)) return { path: rest };
  const i = rest.indexOf(':');
  if (i <= 0) return { path: rest };
  const ref = rest.slice(i + 1);
  return ref === '' ? { path: rest.slice(0, i) } : { path: rest.slice(0, i), ref };
}

function fileSource(reference: string, transport: Transport, path: string, ref: string | undefined, preferDockerManifest: boolean): ImageSource {
  if (path === '') throw new InputError(`${reference}: no path given`, { hint: ACCEPTED });
  return {
    reference,
    transport,
    load: (lo) => loadArchiveFile(path, lo, { reference, transport, preferDockerManifest, ...(ref !== undefined ? { ref } : {}) }),
  };
}

function ociDirSource(reference: string, dir: string, ref: string | undefined): ImageSource {
  if (dir === '') throw new InputError(`${reference}: no directory given`, { hint: ACCEPTED });
  return { reference, transport: 'oci', load: (lo) => loadOciDir(dir, lo, { reference, transport: 'oci', ...(ref !== undefined ? { ref } : {}) }) };
}

/** What an archive file is, from its member names: docker-archive, oci-archive, or an InputError. */
export function sniffArchiveFile(path: string): 'docker-archive' | 'oci-archive' {
  const fd = openSync(path, 'r');
  try {
    const head = new Uint8Array(512);
    const n = readSync(fd, head, 0, 512, 0);
    requireTar(head.subarray(0, n), path);
    const names = new Set(indexMembers(syncReader(fd), fstatSync(fd).size).map((m) => m.name));
    if (names.has('manifest.json')) return 'docker-archive';
    if (names.has('index.json')) return 'oci-archive';
    const rootfs = [...names].some((n) => /^(etc|usr|bin|lib|var|app|home)(\/|$)/.test(n));
    throw new InputError(
      `${path} is a tar archive without manifest.json or index.json${rootfs ? '; it looks like a filesystem tarball (a single layer), not an image archive' : ''}`,
      { hint: ACCEPTED },
    );
  } finally {
    closeSync(fd);
  }
}

function barePath(spec: string): ImageSource {
  let st;
  try {
    st = statSync(spec);
  } catch {
    throw new InputError(`unknown image source ${JSON.stringify(spec)}: no such file or directory, and not a known transport`, { hint: ACCEPTED });
  }
  if (st.isDirectory()) {
    if (!existsSync(`${spec}/oci-layout`)) {
      throw new InputError(`${spec} is a directory without oci-layout, so not an OCI layout`, { hint: ACCEPTED });
    }
    return ociDirSource(spec, spec, undefined);
  }
  if (!st.isFile()) throw new InputError(`${spec} is neither a file nor a directory`, { hint: ACCEPTED });
  const kind = sniffArchiveFile(spec);
  return fileSource(spec, kind, spec, undefined, kind === 'docker-archive');
}

/** Opens an image source from a spec (see module doc). Throws InputError for a malformed or unknown spec. */
export function openSource(spec: string, opts: OpenOptions = {}): ImageSource {
  const env = opts.env ?? process.env;
  if (spec === '-') {
    const stdin = opts.stdin ?? process.stdin;
    if ((stdin as { isTTY?: boolean }).isTTY === true) {
      throw new InputError('- reads an image archive from stdin, but stdin is a terminal', { hint: 'pipe one in, e.g. docker save IMAGE | layer-budget analyze -' });
    }
    return {
      reference: '-',
      transport: 'stdin',
      load: (lo) => loadArchiveStream(stdin as AsyncIterable<Uint8Array>, lo, { reference: '-', transport: 'stdin', where: 'stdin' }),
    };
  }
  if (spec.startsWith('docker://')) return registrySource(spec.slice('docker://'.length), { env, ...(opts.insecure ? { insecure: true } : {}) });
  const m = /^([a-z-]+):(.*)$/s.exec(spec);
  const transport = m?.[1];
  const rest = m?.[2] ?? '';
  switch (transport) {
    case 'docker-archive': {
      const { path, ref } = splitPathRef(rest);
      return fileSource(spec, 'docker-archive', path, ref, true);
    }
    case 'oci-archive': {
      const { path, ref } = splitPathRef(rest);
      return fileSource(spec, 'oci-archive', path, ref, false);
    }
    case 'oci': {
      const { path, ref } = splitPathRef(rest);
      return ociDirSource(spec, path, ref);
    }
    case 'docker-daemon':
      return daemonSource('docker', rest, { env, ...(opts.docker !== undefined ? { binary: opts.docker } : {}) });
    case 'podman':
      return daemonSource('podman', rest, { env, ...(opts.podman !== undefined ? { binary: opts.podman } : {}) });
    case 'docker':
      throw new InputError(`invalid source ${JSON.stringify(spec)}`, { hint: 'a registry image is written docker://HOST/REPO:TAG' });
    default:
      if (transport !== undefined && !existsSync(spec) && transport.length > 1) {
        throw new InputError(`unknown transport ${JSON.stringify(transport)} in ${JSON.stringify(spec)}`, { hint: ACCEPTED });
      }
      return barePath(spec);
  }
}
