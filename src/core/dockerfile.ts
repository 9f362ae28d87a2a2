/**
 * The Dockerfile as the program takes it: `--dockerfile PATH` / the action's `dockerfile` input, read through an
 * injected `readText`, then mapped onto an analysis (src/analysis/dockerfile.ts does the mapping).
 */
import { posix } from 'node:path';
import type { Analysis } from '../analysis/types.ts';
import { attachDockerfile, mapDockerfile } from '../analysis/dockerfile.ts';
import { InputError, untrusted } from '../errors.ts';

/** A Dockerfile's repository path and text. */
export interface DockerfileInput {
  /** path relative to the repository root, as locations and annotations name it */
  path: string;
  text: string;
}

/** Largest Dockerfile read, in UTF-16 code units; a larger file is bad input. */
export const MAX_DOCKERFILE_CHARS = 1024 * 1024;

/** `auto`: ./Dockerfile when it exists, else none. */
export const AUTO_DOCKERFILE = 'Dockerfile';

/**
 * Loads the Dockerfile named by `spec`: '' or undefined → none; `auto` → ./Dockerfile when it exists, else
 * none; any other value → that file, which must exist.
 */
export async function loadDockerfile(readText: (path: string) => Promise<string | null>, spec: string | undefined): Promise<DockerfileInput | null> {
  const value = (spec ?? '').trim();
  if (value === '') return null;
  const auto = value === 'auto';
  const file = auto ? AUTO_DOCKERFILE : value;
  let text: string | null;
  try {
    text = await readText(file);
  } catch (err) {
    // a directory, a device, no permission: bad input, said with the path
    if (err instanceof InputError) throw err;
    throw new InputError(`reading Dockerfile ${untrusted(file)}: ${(err as Error).message}`, { cause: err, hint: 'pass the path of the Dockerfile the image was built from, relative to the repository root' });
  }
  if (text === null) {
    if (auto) return null;
    throw new InputError(`Dockerfile ${untrusted(file)} not found`, {
      hint: 'pass the Dockerfile the image was built from (--dockerfile PATH / the `dockerfile` input), or leave it empty for none',
    });
  }
  if (text.length > MAX_DOCKERFILE_CHARS) {
    throw new InputError(`Dockerfile ${untrusted(file)} is larger than ${MAX_DOCKERFILE_CHARS} characters`, { hint: 'pass the Dockerfile the image was built from' });
  }
  return { path: repoPath(file), text };
}

/** `./a//b/Dockerfile` → `a/b/Dockerfile`; an absolute path stays absolute. */
export function repoPath(file: string): string {
  const p = posix.normalize(file.replace(/\\/g, '/'));
  return p.replace(/^(\.\/)+/, '');
}

/** Maps the analysis's layers to the Dockerfile's lines and writes them into its report. */
export function applyDockerfile(analysis: Analysis, dockerfile: DockerfileInput): void {
  const mapping = mapDockerfile({ path: dockerfile.path, text: dockerfile.text, history: analysis.image.config.history, layerCount: analysis.image.layers.length });
  attachDockerfile(analysis.report, mapping);
}
