/**
 * `docker-daemon:IMAGE` and `podman:IMAGE`: `docker save IMAGE` / `podman save IMAGE` spawned as a child process,
 * its stdout streamed into the single-pass archive reader with backpressure (never a temp file). stderr is kept
 * (its last 8 KiB); a non-zero exit, a signal or a truncated stream is an InputError quoting the tool.
 */
import { spawn } from 'node:child_process';
import { InputError } from '../errors.ts';
import { loadArchiveStream } from './archive-stream.ts';
import { formatPlatform } from './platform.ts';
import type { ImageSource, LoadedImage, LoadOptions } from './types.ts';

/** How long a tool gets to exit after SIGTERM before SIGKILL. */
const KILL_GRACE_MS = 3000;
/** How long a tool gets to exit by itself after our reader failed. */
const EXIT_GRACE_MS = 500;
/** How long we wait for the tool's pipes to close after it exited. */
const CLOSE_GRACE_MS = 1000;
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
  // With a platform asked for, the save names it: on Docker 29's containerd image store, saving a multi-platform
  // image pulled for one platform fails without --platform (podman save takes the same flag).
  const args = lo.platform ? ['save', '--platform', formatPlatform(lo.platform), image] : ['save', image];
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'], env: env as NodeJS.ProcessEnv });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (s: string) => {
    stderr = (stderr + s).slice(-STDERR_TAIL_BYTES);
  });
  type Status = { code: number | null; signal: NodeJS.Signals | null; error?: Error };
  const exitP = new Promise<Status>((resolve) => {
    child.once('error', (error) => resolve({ code: null, signal: null, error }));
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  const closeP = new Promise<void>((resolve) => child.once('close', () => resolve()));
  // the exit status, once the tool's stderr is read (bounded: a grandchild may hold the pipes open)
  const exited = async (): Promise<Status> => {
    const st = await exitP;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([closeP, new Promise<void>((r) => (timer = setTimeout(r, CLOSE_GRACE_MS)))]);
    clearTimeout(timer);
    if (child.stdout.readable) child.stdout.destroy();
    if (child.stderr.readable) child.stderr.destroy();
    return st;
  };
  const command = `${binary} ${args.join(' ')}`;
  const failure = (st: { code: number | null; signal: NodeJS.Signals | null; error?: Error }, cause?: unknown): InputError | null => {
    if (st.error) {
      const code = (st.error as { code?: string }).code;
      if (code === 'ENOENT') {
        return new InputError(`${binary} not found on PATH`, {
          cause: st.error,
          hint: tool === 'docker' ? 'install Docker, or save the image to a file and use docker-archive:PATH' : 'install podman, or save the image to a file and use docker-archive:PATH',
        });
      }
      return new InputError(`${command}: ${st.error.message}`, { cause: st.error, hint: `check that ${binary} runs, e.g. ${binary} version` });
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
    // a tool that failed closes its stdout just before it exits: give it a moment to report its own status
    let grace: NodeJS.Timeout | undefined;
    await Promise.race([exitP, new Promise<void>((r) => (grace = setTimeout(r, EXIT_GRACE_MS)))]);
    clearTimeout(grace);
    let killedByUs = false;
    if (child.exitCode === null && child.signalCode === null) {
      killedByUs = true;
      child.kill('SIGTERM');
      // a tool that ignores SIGTERM must not hang us
      const timer = setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS);
      await exitP;
      clearTimeout(timer);
    }
    const st = await exited();
    // the tool's own failure explains a truncated stream better than the truncation does
    const f = failure(st, e);
    if (f && !(killedByUs && st.signal !== null)) throw f;
    throw e;
  }
  const st = await exited();
  const f = failure(st);
  if (f) throw f;
  return image_;
}
