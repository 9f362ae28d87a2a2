/**
 * The real ports of a command-line process: stdout/stderr, files relative to the working directory, the
 * environment and stdin.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Ports } from './ports.ts';
import type { ReadText } from '../core/inputs.ts';

/** Reads a file from disk as text; null when it does not exist. */
export const readTextFile: ReadText = async (path) => {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
};

/** Ports backed by this process. */
export function processPorts(): Ports {
  return {
    console: {
      out: (t) => void process.stdout.write(t),
      err: (t) => void process.stderr.write(t),
      isTTY: process.stdout.isTTY === true,
      columns: process.stdout.columns ?? 100,
    },
    files: {
      readText: readTextFile,
      async writeText(path, text) {
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, text);
      },
    },
    env: process.env,
    stdin: process.stdin,
  };
}
