/**
 * `docker-daemon:IMAGE` and `podman:IMAGE`: `docker save IMAGE` / `podman save IMAGE` spawned as a child process,
 * its stdout streamed into the single-pass archive reader with backpressure (never a temp file). stderr is kept
 * (its last 8 KiB); a non-zero exit, a signal or a truncated stream is an InputError quoting the tool.
 */
import { spawn } from 'node:child_process';
import { InputError } from '../errors.ts';
import { loadArchiveStream } from './archive-stream.ts';
import type { ImageSource, LoadedImage, LoadOptions } from './types.ts';

/** How much of the tool's stderr we keep. */
const STDERR_TAIL_BYTES = 8 << 10;

/** Options for a daemon source. */
export interface DaemonOptions {
  /** the binary to run (default: 'docker' or 'podman') */
  binary?: string;
  /** environment of the child, including PATH for the lookup (default: process.env) */
  env?: Record<string, string | undefined>;
}

/** An image saved by a local docker or podman. */
export function daemonSource(tool: 'docker' | 'podman', image: string, opts: DaemonOptions = {}): ImageSource {
  const reference = `${tool === 'docker' ? 'docker-daemon' : 'podman'}:${image}`;
  const transport = tool === 'docker' ? 'docker-daemon' : 'podman';
  return {
    reference,
    transport,
    load: (lo) => loadFromDaemon(tool, image, reference, lo, opts),
  };
}

async function loadFromDaemon(tool: 'docker' | 'podman', image: string, reference: string, lo: LoadOptions, opts: DaemonOptions): Promise<LoadedImage> {
  if (image === '') throw new InputError(`${reference}: no image named`, { hint: `write ${tool === 'docker' ? 'docker-daemon' : 'podman'}:IMAGE[:TAG]` });
  const binary = opts.binary ?? tool;
  const env = opts.env ?? process.env;
  const child = spawn(binary, ['save', image], { stdio: ['ignore', 'pipe', 'pipe'], env: env as NodeJS.ProcessEnv });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (s: string) => {
    stderr = (stderr + s).slice(-STDERR_TAIL_BYTES);
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }>((resolve) => {
    child.once('error', (error) => resolve({ code: null, signal: null, error }));
    child.once('close', (code, signal) => resolve({ code, signal }));
  });
  const command = `${binary} save ${image}`;
  const failure = (st: { code: number | null; signal: NodeJS.Signals | null; error?: Error }, cause?: unknown): InputError | null => {
    if (st.error) {
      const code = (st.error as { code?: string }).code;
      if (code === 'ENOENT') {
        return new InputError(`${binary} not found on PATH`, {
          cause: st.error,
          hint: tool === 'docker' ? 'install Docker, or save the image to a file and use docker-archive:PATH' : 'install podman, or save the image to a file and use docker-archive:PATH',
        });
      }
      return new InputError(`${command}: ${st.error.message}`, { cause: st.error });
    }
    if (st.code === 0 && st.signal === null) return null;
    const status = st.signal !== null ? `killed by ${st.signal}` : `exit status ${st.code}`;
    const tail = stderr.trim().split('\n').slice(-5).join('\n');
    return new InputError(`${command} failed (${status})${tail ? `: ${tail}` : ''}`, {
      ...(cause !== undefined ? { cause } : {}),
      hint: `check that the image exists: ${binary} image ls`,
    });
  };
  let image_: LoadedImage;
  try {
    image_ = await loadArchiveStream(child.stdout, lo, { reference, transport: tool === 'docker' ? 'docker-daemon' : 'podman', where: reference });
  } catch (e) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const st = await exited;
    // the tool's own failure explains a truncated stream better than the truncation does
    const f = failure(st, e);
    if (f && !(st.signal === 'SIGTERM' && !st.error && st.code === null)) throw f;
    throw e;
  }
  const st = await exited;
  const f = failure(st);
  if (f) throw f;
  return image_;
}
