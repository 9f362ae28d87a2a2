/**
 * Text files the shells read for the user: the budgets config, a baseline report, a saved report for `diff`. Each
 * is capped before it is read (a PR author controls a baseline artifact; a path may name a device or a huge
 * file), so a bad one is one clear InputError, never an out-of-memory crash.
 */
import { open } from 'node:fs/promises';
import type { ReadText } from '../core/inputs.ts';
import { InputError, untrusted } from '../errors.ts';

/** Largest text file read (config, baseline or `diff` report): checked before reading (default: 64 MiB). */
export const TEXT_FILE_MAX_BYTES = 64 << 20;

/**
 * Reads a file as UTF-8 text, refusing one over `maxBytes` before reading it (fstat), and never reading more
 * than `maxBytes` + 1 bytes (a file that grows meanwhile); InputError when too large, a directory, or not a
 * regular file. Filesystem errors (ENOENT, EACCES) pass through.
 */
export async function readTextCapped(path: string, maxBytes = TEXT_FILE_MAX_BYTES): Promise<string> {
  const tooLarge = (n: string): InputError =>
    new InputError(`${untrusted(path)} is too large (${n}; the limit is ${maxBytes} bytes)`, {
      hint: 'configs and reports are small (a report is a few MB at most); check the path, or regenerate the report with layer-budget analyze --json',
    });
  const fh = await open(path, 'r');
  try {
    const st = await fh.stat();
    if (st.isDirectory()) throw new InputError(`${untrusted(path)} is a directory, not a file`, { hint: 'pass the path of a file' });
    if (!st.isFile()) throw new InputError(`${untrusted(path)} is not a regular file`, { hint: 'pass the path of a regular file (not a device, FIFO or socket)' });
    if (st.size > maxBytes) throw tooLarge(`${st.size} bytes`);
    const buf = Buffer.alloc(Math.min(st.size, maxBytes) + 1);
    let n = 0;
    for (;;) {
      const { bytesRead } = await fh.read(buf, n, buf.length - n, n);
      if (bytesRead === 0) break;
      n += bytesRead;
      if (n === buf.length) {
        if (n > maxBytes) throw tooLarge(`over ${maxBytes} bytes`);
        break;
      }
    }
    return buf.toString('utf8', 0, n);
  } finally {
    await fh.close();
  }
}

/** Reads a file from disk as text (capped, see readTextCapped); null when it does not exist. */
export const readTextFile: ReadText = async (path) => {
  try {
    return await readTextCapped(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
};
