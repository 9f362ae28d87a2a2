/**
 * Ports of the GitHub Action: every side effect `runAction` needs, handed in by `src/action/index.ts` (real
 * adapters) or by tests (plain objects and the fake GitHub server). Nothing is read at import time: inputs
 * and the run's context are functions, called when the program runs.
 */
import type { ArtifactStore } from '../github/artifacts.ts';
import type { AnalyzeRequest } from '../core/request.ts';
import type { Outcome } from '../core/outcome.ts';
import type { Report } from '../report/types.ts';
import type { RunContextData } from './context.ts';
import type { Octokit } from '../github/octokit.ts';

/**
 * The core as the action calls it: an image source or a report artifact in, one Outcome out (real adapter:
 * `run(request, { env, stdin })` of src/core/run.ts; tests hand in a fixed one).
 */
export type RunCore = (request: AnalyzeRequest) => Promise<Outcome>;

/** The job summary (real adapter: @actions/core `summary`). */
export interface SummaryWriter {
  /** append markdown to this step's summary */
  write(markdown: string): Promise<void>;
}

/** Step outputs (real adapter: @actions/core `setOutput`). */
export interface OutputWriter {
  set(name: string, value: string): void;
}

/** Where an annotation points (as @actions/core's AnnotationProperties). */
export interface AnnotationProps {
  title?: string;
  /** repository path */
  file?: string;
  startLine?: number;
  endLine?: number;
}

/** Workflow log with annotations (real adapter: @actions/core). */
export interface Logger {
  info(message: string): void;
  /** a notice annotation */
  notice(message: string): void;
  /** a warning annotation, on a file's lines when `props` says so */
  warning(message: string, props?: AnnotationProps): void;
  /** an error annotation, on a file's lines when `props` says so */
  error(message: string, props?: AnnotationProps): void;
  /** a collapsible log group around `fn` */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

/** Files the action reads (baseline-report) and writes (report.json). */
export interface ActionFiles {
  /** a file's text; rejects (code ENOENT) when it does not exist */
  readText(path: string): Promise<string>;
  /** writes text, creating parent folders */
  writeText(path: string, text: string): Promise<void>;
  /** a private folder for this run's files (default in the real adapter: RUNNER_TEMP) */
  tempDir(): string;
}

/** Everything `runAction` touches. */
export interface ActionPorts {
  /** an input's raw value ('' when unset), read lazily */
  input(name: string): string;
  /** the run's context, read lazily */
  context(): Promise<RunContextData>;
  /** a REST client for a token */
  octokit(token: string): Octokit;
  /** the core: analyze an image (analyze mode) or evaluate a PR run's report (comment mode) */
  run: RunCore;
  /** parses and validates a report from untrusted text (the engine's `fromJson`) */
  parseReport(text: string, what: string): Report;
  artifacts: ArtifactStore;
  summary: SummaryWriter;
  outputs: OutputWriter;
  log: Logger;
  files: ActionFiles;
}
