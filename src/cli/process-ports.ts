/**
 * The real ports of a command-line process: stdout/stderr, files relative to the working directory, the
 * environment and stdin.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Ports } from './ports.ts';
import { readTextFile } from '../io/text-file.ts';

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
