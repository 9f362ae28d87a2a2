/**
 * A throwaway local registry for tests: Debian's `docker-registry` (distribution v2) on 127.0.0.1, a free port,
 * filesystem storage in a temp dir, optional htpasswd (bcrypt) auth, filled with `skopeo copy`.
 *
 * A port that is already taken would hide a failed start (something else answers `/v2/`), so start-up waits for
 * the registry's own "listening on" log line AND an answer on `/v2/` AND checks that our PID is still alive.
 */
import { execFile, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, openSync, closeSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A running registry. */
export interface Registry {
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** `127.0.0.1:PORT`, for image references (`HOST/repo:tag`) */
  host: string;
  /** the registry process id */
  pid: number;
  /** `user:password` when auth is on, for skopeo `--creds` style flags */
  creds?: string;
  /** `Authorization` header value when auth is on */
  authorization?: string;
  /** copy `srcRef` (any skopeo transport ref, e.g. `oci:DIR:latest`) to `HOST/repoTag` as a Docker v2 or OCI manifest */
  push(srcRef: string, repoTag: string, format: 'v2s2' | 'oci'): Promise<void>;
  /** stop the process (SIGTERM, then SIGKILL after 3 s) and delete its storage; safe to call twice */
  stop(): Promise<void>;
}

/** Options for startRegistry. */
export interface RegistryOptions {
  /** turn on htpasswd basic auth with this one user (default: no auth) */
  htpasswd?: { user: string; password: string };
  /** how long to wait for the registry to answer (default: 15000 ms) */
  startTimeoutMs?: number;
}

function run(cmd: string, args: string[], timeoutMs = 300_000): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { maxBuffer: 16 << 20, timeout: timeoutMs }, (err, stdout, stderr) => {
      if (err) {
        const tail = String(stderr).trim().split('\n').slice(-8).join('\n');
        reject(new Error(`${cmd} ${args.join(' ')}: ${err.message.split('\n')[0]}\n${tail}`));
      } else resolve(String(stdout));
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr !== null ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function alive(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

async function waitExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (!alive(child)) return true;
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

async function startOnce(dir: string, opts: RegistryOptions): Promise<Registry> {
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const config: Record<string, unknown> = {
    version: 0.1,
    log: { level: 'info', accesslog: { disabled: true } },
    storage: { filesystem: { rootdirectory: join(dir, 'data') }, delete: { enabled: true } },
    http: { addr: host, secret: 'layer-budget-test' },
  };
  let creds: string | undefined;
  let authorization: string | undefined;
  if (opts.htpasswd) {
    const { user, password } = opts.htpasswd;
    // bcrypt is the only hash distribution accepts; htpasswd is in apache2-utils.
    const line = await run('htpasswd', ['-Bbn', user, password]).catch((e: Error) => {
      throw new Error(`generating htpasswd line (install apache2-utils): ${e.message}`);
    });
    writeFileSync(join(dir, 'htpasswd'), line.trim() + '\n');
    config['auth'] = { htpasswd: { realm: 'layer-budget-test', path: join(dir, 'htpasswd') } };
    creds = `${user}:${password}`;
    authorization = `Basic ${Buffer.from(creds).toString('base64')}`;
  }
  const configPath = join(dir, `config-${port}.yml`);
  writeFileSync(configPath, JSON.stringify(config, null, 2)); // JSON is YAML
  const logPath = join(dir, `registry-${port}.log`);
  const logFd = openSync(logPath, 'w');
  const child = spawn('docker-registry', ['serve', configPath], { stdio: ['ignore', logFd, logFd] });
  closeSync(logFd);
  const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));
  let failure: Error | undefined;
  void spawnError.then((e) => (failure = e));
  const log = (): string => {
    try {
      return readFileSync(logPath, 'utf8');
    } catch {
      return '';
    }
  };
  const deadline = Date.now() + (opts.startTimeoutMs ?? 15_000);
  let ready = false;
  while (Date.now() < deadline) {
    if (failure) throw new Error(`starting docker-registry: ${failure.message}`);
    if (!alive(child)) break;
    if (log().includes('listening on')) {
      try {
        const res = await fetch(`http://${host}/v2/`, { signal: AbortSignal.timeout(2000) });
        await res.arrayBuffer();
        if (res.status === 200 || res.status === 401) {
          ready = true;
          break;
        }
      } catch {
        // not answering yet
      }
    }
    await sleep(100);
  }
  // a brief grace period: a registry that lost the port race dies right after logging
  await sleep(50);
  if (!ready || !alive(child) || child.pid === undefined) {
    child.kill('SIGKILL');
    const tail = log().trim().split('\n').slice(-5).join('\n');
    throw new Error(`docker-registry on ${host} did not start (exit ${child.exitCode ?? child.signalCode ?? 'timeout'}): ${tail}`);
  }
  const pid = child.pid;
  let stopped = false;
  const reg: Registry = {
    url: `http://${host}`,
    host,
    pid,
    async push(srcRef, repoTag, format) {
      const args = ['copy', '--quiet', '--dest-tls-verify=false', '--format', format];
      if (creds !== undefined) args.push('--dest-creds', creds);
      args.push(srcRef, `docker://${host}/${repoTag}`);
      await run('skopeo', args);
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      if (alive(child)) {
        child.kill('SIGTERM');
        if (!(await waitExit(child, 3000))) {
          child.kill('SIGKILL');
          await waitExit(child, 3000);
        }
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  if (creds !== undefined) reg.creds = creds;
  if (authorization !== undefined) reg.authorization = authorization;
  return reg;
}

/** Start a registry on 127.0.0.1 (a free port; retried up to 3 times if the port was taken meanwhile). */
export async function startRegistry(opts: RegistryOptions = {}): Promise<Registry> {
  let last: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    const dir = mkdtempSync(join(tmpdir(), 'lb-registry-'));
    try {
      return await startOnce(dir, opts);
    } catch (e) {
      rmSync(dir, { recursive: true, force: true });
      last = e;
    }
  }
  throw last instanceof Error ? last : new Error(String(last));
}
