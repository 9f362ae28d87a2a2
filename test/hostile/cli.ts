/**
 * Runs the real CLI as a child process under GNU time, so a hostile-input test sees what a user sees: the exit
 * status, stdout and stderr as printed, the wall time and the peak RSS.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NODE = `${ROOT}node_modules/.bin/node`;
const CLI = `${ROOT}src/cli/index.ts`;

/** What one CLI run did. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** wall time, ms */
  ms: number;
  /** peak resident set size, MB (null without /usr/bin/time) */
  rssMB: number | null;
}

/** Runs `layer-budget ARGS` with `env` added to a minimal environment; killed after `killAfterMs`. */
export function runCli(args: string[], env: Record<string, string> = {}, killAfterMs = 60_000): Promise<CliRun> {
  const timed = existsSync('/usr/bin/time');
  const cmd = timed ? '/usr/bin/time' : NODE;
  const argv = timed ? ['-f', 'LB_PEAK_RSS_KB=%M', NODE, CLI, ...args] : [CLI, ...args];
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, {
      cwd: ROOT,
      env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: '/nonexistent-lb-home', NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      let rssMB: number | null = null;
      const m = /(?:^|\n)LB_PEAK_RSS_KB=(\d+)\n?$/.exec(stderr);
      if (m) {
        rssMB = Number(m[1]) / 1024;
        stderr = stderr.slice(0, m.index) + (m[0].startsWith('\n') ? '\n' : '');
      }
      // GNU time reports a signalled child as "Command terminated by signal N"
      stderr = stderr.replace(/(?:^|\n)Command (?:terminated by signal \d+|exited with non-zero status \d+)\n?/, '\n');
      resolve({ status, stdout, stderr, ms: Date.now() - started, rssMB });
    });
  });
}

/**
 * The shape every bad-input failure must have: exit 2, one `layer-budget: …` line, one `  hint: …` line, no
 * stack trace, no raw control character.
 */
export function badInputProblems(r: CliRun): string[] {
  const out: string[] = [];
  if (r.status !== 2) out.push(`exit status ${r.status}, expected 2`);
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  if (lines.length !== 2) out.push(`stderr has ${lines.length} lines, expected 2: ${JSON.stringify(r.stderr.slice(0, 600))}`);
  if (!/^layer-budget: \S/.test(lines[0] ?? '')) out.push(`first line is not "layer-budget: …": ${JSON.stringify(lines[0])}`);
  if (!/^  hint: \S/.test(lines[1] ?? '')) out.push(`second line is not "  hint: …": ${JSON.stringify(lines[1])}`);
  if (/internal error|\n\s+at /.test(r.stderr)) out.push('internal error or stack trace');
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x08\x0b-\x1f\x7f-\x9f]/.test(r.stderr)) out.push('raw control character in stderr');
  return out;
}

/** Runs the CLI's `main` in this process with captured output (fast; for the many small cases). */
export async function runInProcess(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  const { main } = await import('../../src/cli/main.ts');
  const { processPorts } = await import('../../src/cli/process-ports.ts');
  let stdout = '';
  let stderr = '';
  const real = processPorts();
  const started = Date.now();
  const status = await main(args, {
    ...real,
    console: { out: (t) => void (stdout += t), err: (t) => void (stderr += t), isTTY: false, columns: 100 },
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: '/nonexistent-lb-home', NO_COLOR: '1', ...env },
  });
  return { status, stdout, stderr, ms: Date.now() - started, rssMB: null };
}
