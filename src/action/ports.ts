/**
 * Ports of the GitHub Action: every side effect `runAction` needs, handed in by `src/action/index.ts` (real
 * adapters) or by tests (plain objects and the fake GitHub server). Nothing is read at import time: inputs
 * and the run's context are functions, called when the program runs.
 */
import type { Report, Verdict } from '../report/types.ts';
import type { RunContextData } from './context.ts';
import type { Octokit } from '../github/octokit.ts';

/** What evaluating and rendering need, whether the report was just made or downloaded. */
export interface EvaluationOptions {
  /** budget config file (default: the pipeline's own lookup) */
  configPath?: string;
  /** the baseline report to diff against (null: none found; absolute budgets only) */
  baseline: Report | null;
  /** image key (names the artifact and the comment marker) */
  key: string;
  /** the waiver label is on the PR: failing budgets become warnings */
  waived: boolean;
  /** why there is no baseline, for the comment (default: none) */
  baselineNote?: string | null;
  /** the waiver label's name, shown when waived (default: none) */
  waiverLabel?: string | null;
  /** link to the run page holding the job summary (default: none) */
  summaryUrl?: string | null;
  /** where Dockerfile lines link to: `https://github.com/{owner}/{repo}/blob/{sha}/` (default: relative links) */
  sourceLinkBase?: string | null;
}

/** Options of one analysis as the action runs it. */
export interface PipelineOptions extends EvaluationOptions {
  /** a source spec, e.g. `docker-daemon:IMAGE`, `podman:IMAGE`, `docker-archive:PATH` */
  source: string;
  /** `os/arch[/variant]` (default: the only image, else linux/amd64) */
  platform?: string;
  /** the PR's labels (default: none; not a PR) */
  prLabels?: string[];
  /** a source naming the base image, whose layers are then marked as base layers (default: none) */
  baseImage?: string;
  /** the Dockerfile to map layers to: a path, `auto` (./Dockerfile when it exists) or '' (default: none) */
  dockerfile?: string;
  /** progress of a long read (at most every few seconds is enough) */
  onProgress?: (p: { bytesRead: number; layersDone: number; layersTotal: number | null }) => void;
}

/** Options of re-evaluating a report someone else produced (comment mode). */
export interface EvaluateOptions extends EvaluationOptions {
  /** the (validated) report of the PR's run */
  report: Report;
}

/** What the pipeline hands back: everything the action reports. */
export interface PipelineResult {
  report: Report;
  /** the diff against the baseline (the pipeline's ReportDiff), null without a baseline */
  diff: unknown;
  verdicts: Verdict[];
  /** worst verdict */
  status: 'pass' | 'warn' | 'fail';
  /** the PR comment, `<!-- layer-budget:KEY -->` first, at most 65,536 characters */
  commentMarkdown: string;
  /** the job summary */
  summaryMarkdown: string;
}

/** Analyzes an image source: the lead's pipeline. */
export type Analyze = (opts: PipelineOptions) => Promise<PipelineResult>;
/** Evaluates budgets and renders for an existing report. */
export type Evaluate = (opts: EvaluateOptions) => Promise<PipelineResult>;

/** Uploads artifacts (real adapter: @actions/artifact). Listing and downloading go through the REST API. */
export interface ArtifactStore {
  /** upload `files` (absolute paths under `rootDirectory`) as artifact `name` */
  upload(name: string, files: string[], rootDirectory: string, retentionDays: number): Promise<{ id: number | null }>;
}

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
  analyze: Analyze;
  evaluate: Evaluate;
  /** parses and validates a report from untrusted text (the engine's `fromJson`) */
  parseReport(text: string, what: string): Report;
  artifacts: ArtifactStore;
  summary: SummaryWriter;
  outputs: OutputWriter;
  log: Logger;
  files: ActionFiles;
}
