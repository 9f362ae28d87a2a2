/**
 * The real ports of the action inside a GitHub runner: @actions/core inputs, outputs, summary and log; the
 * runner's environment and event payload; Octokit; @actions/artifact. The pipeline (analyze, evaluate, parse)
 * is handed in by the entry file.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname } from 'node:path';
import * as core from '@actions/core';
import type { Report } from '../report/types.ts';
import { createArtifactStore } from '../github/artifacts.ts';
import { contextDataFromEnv } from './context.ts';
import { readTextCapped } from '../core/run.ts';
import { createOctokit } from '../github/octokit.ts';
import { createLogger, createOutputWriter } from './outputs.ts';
import type { ActionPorts, Analyze, Evaluate } from './ports.ts';
import { createSummaryWriter } from './summary.ts';

/** What the entry file hands in from the pipeline. */
export interface ActionPipeline {
  analyze: Analyze;
  evaluate: Evaluate;
  /** parses and validates a report from untrusted text (the engine's `fromJson`) */
  parseReport(text: string, what: string): Report;
}

/** Ports backed by the runner (`env` default: process.env). */
export function realActionPorts(pipeline: ActionPipeline, env: Record<string, string | undefined> = process.env): ActionPorts {
  return {
    input: (name) => core.getInput(name),
    context: () => contextDataFromEnv(env, (p) => readFile(p, 'utf8')),
    octokit: (token) => createOctokit({ token, ...(env['GITHUB_API_URL'] ? { baseUrl: env['GITHUB_API_URL'] } : {}), log: (m) => core.info(m) }),
    analyze: pipeline.analyze,
    evaluate: pipeline.evaluate,
    parseReport: pipeline.parseReport,
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
