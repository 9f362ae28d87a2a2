/**
 * The real ports of the action inside a GitHub runner: @actions/core inputs, outputs, summary and log; the
 * runner's environment and event payload; Octokit; @actions/artifact; and the core, reading images with the
 * runner's environment (registry credentials) and stdin.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname } from 'node:path';
import * as core from '@actions/core';
import { readReport } from '../core/inputs.ts';
import { run } from '../core/run.ts';
import { createArtifactStore } from '../github/artifacts.ts';
import { contextDataFromEnv } from './context.ts';
import { readTextCapped } from '../io/text-file.ts';
import { createOctokit } from '../github/octokit.ts';
import { createLogger, createOutputWriter } from './outputs.ts';
import type { ActionPorts } from './ports.ts';
import { createSummaryWriter } from './summary.ts';

/** Ports backed by the runner (`env` default: process.env). */
export function realActionPorts(env: Record<string, string | undefined> = process.env): ActionPorts {
  return {
    input: (name) => core.getInput(name),
    context: () => contextDataFromEnv(env, (p) => readFile(p, 'utf8')),
    octokit: (token) => createOctokit({ token, ...(env['GITHUB_API_URL'] ? { baseUrl: env['GITHUB_API_URL'] } : {}), log: (m) => core.info(m) }),
    run: (request) => run(request, { env, stdin: process.stdin }),
    parseReport: readReport,
    artifacts: createArtifactStore(),
    summary: createSummaryWriter(env),
    outputs: createOutputWriter(),
    log: createLogger(),
    files: {
      readText: (path) => readTextCapped(path),
      async writeText(path, text) {
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, text);
      },
      tempDir: () => env['RUNNER_TEMP'] || tmpdir(),
    },
  };
}
