/**
 * The one program behind the CLI and the action: read a source, analyze it, attach hints, diff against a
 * baseline, evaluate budgets. Side effects come in through `Ports`; the steps themselves live in the pure core.
 */
import type { Readable } from 'node:stream';
import type { Analysis } from '../analysis/types.ts';
import type { LoadedImage, Platform } from '../image/types.ts';
import type { BaseImageInfo } from '../analysis/analyze.ts';
import type { Report, Verdict } from '../report/types.ts';
import type { ReportDiff } from '../report/diff.ts';
import type { BudgetConfig } from '../budget/config.ts';
import type { ActionPipeline } from '../action/runner-ports.ts';
import type { PipelineResult } from '../action/ports.ts';
import { open } from 'node:fs/promises';
import { parseConfig, parseDiveCi, defaultConfig } from '../budget/config.ts';
import { renderComment } from '../render/comment.ts';
import { renderSummary } from '../render/summary.ts';
import { openSource } from '../image/index.ts';
import { formatPlatform, parsePlatform, platformMatches } from '../image/platform.ts';
import { createLayerScanner } from '../layer/scan.ts';
import { analyze } from '../analysis/analyze.ts';
import { runHints, captureBytes } from '../hints/index.ts';
import { diffReports } from '../report/diff.ts';
import { evaluate, overallStatus } from '../budget/evaluate.ts';
import { fromJson } from '../report/json.ts';
import { InputError, untrusted, withContext } from '../errors.ts';

declare const __LAYER_BUDGET_VERSION__: string | undefined;
/** this build's version (set by the bundler; '0.0.0-dev' when run from source) */
export const VERSION: string = typeof __LAYER_BUDGET_VERSION__ === 'string' ? __LAYER_BUDGET_VERSION__ : '0.0.0-dev';

/** Options for analyzing one image. */
export interface AnalyzeOptions {
  /** a source spec: `docker-archive:PATH`, `oci:DIR[:ref]`, `docker://…`, `-`, a bare path … */
  source: string;
  /** `os/arch[/variant]` to pick from an index (default: the only image, else linux/amd64) */
  platform?: string;
  /** hash file contents to find duplicates (default: true) */
  hash?: boolean;
  /** check blob digests and diffIds (default: false) */
  verify?: boolean;
  /** per-rule hint levels from the config (default: each rule's own) */
  hintRules?: Record<string, 'off' | 'info' | 'warning' | 'error'>;
  /** a source naming the base image (the `base-image` input / --base-image); its diffIds mark the base layers (default: none) */
  baseImageSource?: string;
  /** the baseline report: its base-image layers are reused when they still lead this image (default: none) */
  baseline?: Report | null;
  /** progress callback for long reads */
  onProgress?: (p: { bytesRead: number; layersDone: number; layersTotal: number | null }) => void;
}

/** What the image source adapters need from the outside world. */
export interface SourceIo {
  env: Record<string, string | undefined>;
  stdin: Readable;
}

/** Reads and analyzes an image; the report carries its hints. */
export async function analyzeSource(opts: AnalyzeOptions, io: SourceIo): Promise<Analysis> {
  const platform: Platform | undefined = opts.platform ? parsePlatform(opts.platform) : undefined;
  const load = (spec: string, hash: boolean, onProgress?: AnalyzeOptions['onProgress']): Promise<LoadedImage> =>
    openSource(spec, { stdin: io.stdin, env: io.env }).load({
      ...(platform ? { platform } : {}),
      scanner: createLayerScanner(),
      scan: { hash, verify: opts.verify ?? false, ...(hash ? { capture: captureBytes } : {}) },
      ...(onProgress ? { onProgress } : {}),
    });
  const image = await load(opts.source, opts.hash ?? true, opts.onProgress);
  // A source holding a single image is used whatever its platform; but when a platform was asked for
  // explicitly, numbers of another platform's image would silently gate the wrong thing.
  if (platform && !platformMatches(platform, image.platform)) {
    throw new InputError(`--platform ${formatPlatform(platform)}: ${opts.source} holds a ${formatPlatform(image.platform)} image only`, {
      hint: `drop --platform (or the platform input), or pass ${formatPlatform(image.platform)}`,
    });
  }
  let baseImage: BaseImageInfo | undefined;
  if (opts.baseImageSource) {
    let base: LoadedImage;
    try {
      base = await load(opts.baseImageSource, false);
    } catch (err) {
      throw withContext(`reading the base image ${opts.baseImageSource}`, err);
    }
    baseImage = { source: 'input', name: base.names[0] ?? opts.baseImageSource, ...(base.manifestDigest ? { digest: base.manifestDigest } : {}), diffIds: base.layers.map((l) => l.diffId) };
  } else {
    baseImage = baseFromBaseline(opts.baseline ?? null, image);
  }
  const analysis = analyze(image, { toolVersion: VERSION, ...(baseImage ? { baseImage } : {}) });
  analysis.report.hints = runHints(analysis, opts.hintRules ? { rules: opts.hintRules } : {});
  return analysis;
}

/**
 * The baseline's base-image layers, when the baseline knew them and they still lead this image (a changed base
 * image makes them unknown again rather than "0 layers").
 */
export function baseFromBaseline(baseline: Report | null, image: LoadedImage): BaseImageInfo | undefined {
  const n = baseline?.baseImage.layerCount ?? null;
  if (!baseline || n === null || n === 0 || n > image.layers.length) return undefined;
  const diffIds = baseline.layers.slice(0, n).map((l) => l.diffId);
  if (diffIds.length !== n || diffIds.some((d, i) => image.layers[i]!.diffId !== d)) return undefined;
  return {
    source: 'baseline',
    ...(baseline.baseImage.name ? { name: baseline.baseImage.name } : {}),
    ...(baseline.baseImage.digest ? { digest: baseline.baseImage.digest } : {}),
    diffIds,
  };
}

/** The outcome of evaluating one image against its budgets and baseline. */
export interface CheckOutcome {
  report: Report;
  diff: ReportDiff | null;
  verdicts: Verdict[];
  /** worst verdict: pass, warn (warnings only) or fail */
  status: 'pass' | 'warn' | 'fail';
  /** a baseline was given or expected but is missing or unusable */
  baselineMissing: string | null;
}

/** Evaluates budgets (and growth against a baseline, when there is one); fills report.verdicts. */
export function check(input: {
  analysis: Analysis | null;
  report: Report;
  baseline: Report | null;
  config: BudgetConfig;
  waived?: boolean;
  baselineMissing?: string | null;
}): CheckOutcome {
  const diff = input.baseline ? diffReports(input.baseline, input.report) : null;
  const verdicts = evaluate({
    report: input.report,
    ...(input.analysis ? { analysis: input.analysis } : {}),
    diff,
    config: input.config,
    waived: input.waived ?? false,
  });
  input.report.verdicts = verdicts;
  return { report: input.report, diff, verdicts, status: overallStatus(verdicts), baselineMissing: input.baselineMissing ?? null };
}

/** Parses a saved report (baseline or `diff` input), with a clear error naming the file. */
export function readReport(text: string, what: string): Report {
  try {
    return fromJson(text, what);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw withContext(`reading ${what}`, err);
  }
}

/** Reads a file's text, or null when it does not exist. */
export type ReadText = (path: string) => Promise<string | null>;

/** Loads the budgets config: `path`, else .github/layer-budget.yml, else .dive-ci, else no budgets. */
export async function loadConfig(readText: ReadText, path: string | undefined): Promise<BudgetConfig> {
  if (path) {
    const text = await readText(path);
    if (text === null) throw new InputError(`config file ${path} not found`, { hint: 'check the config path (--config / the `config` input)' });
    return path.endsWith('.dive-ci') ? parseDiveCi(text, path) : parseConfig(text, path);
  }
  const yml = await readText('.github/layer-budget.yml');
  if (yml !== null) return parseConfig(yml, '.github/layer-budget.yml');
  const dive = await readText('.dive-ci');
  if (dive !== null) return parseDiveCi(dive, '.dive-ci');
  return defaultConfig();
}

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

/** Renders the comment and the summary for an outcome. */
export function renderOutcome(
  outcome: CheckOutcome,
  key: string,
  waived: boolean,
  config: BudgetConfig,
  baseline: Report | null,
  extra: { baselineNote?: string | null; waiverLabel?: string | null; summaryUrl?: string | null } = {},
): PipelineResult {
  const input = {
    key,
    report: outcome.report,
    diff: outcome.diff,
    baseline: baseline ? { commitSha: baseline.provenance?.commitSha ?? null, ref: baseline.provenance?.ref ?? null } : null,
    verdicts: outcome.verdicts,
    status: baseline ? outcome.status : outcome.status === 'fail' ? ('fail' as const) : ('no-baseline' as const),
    waived,
    waiverLabel: extra.waiverLabel ?? config.waiver.label,
    baselineNote: extra.baselineNote ?? null,
    summaryUrl: extra.summaryUrl ?? null,
    topHints: config.comment.topHints,
    topDirectories: config.comment.topDirectories,
    collapseUnchanged: config.comment.collapseUnchanged,
    chart: config.comment.chart,
  };
  return {
    report: outcome.report,
    diff: outcome.diff,
    verdicts: outcome.verdicts,
    status: outcome.status,
    commentMarkdown: renderComment(input),
    summaryMarkdown: renderSummary({ ...input, topHints: Number.MAX_SAFE_INTEGER, topDirectories: 50, collapseUnchanged: false }),
  };
}

/** The pipeline as the action calls it: files from disk, registry credentials from the environment. */
export const actionPipeline: ActionPipeline = {
  async analyze(opts) {
    const config = await loadConfig(readTextFile, opts.configPath || undefined);
    const analysis = await analyzeSource(
      {
        source: opts.source,
        ...(opts.platform ? { platform: opts.platform } : {}),
        hintRules: config.hints.rules,
        baseline: opts.baseline,
        ...(opts.baseImage ? { baseImageSource: opts.baseImage } : {}),
        ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
      },
      { env: process.env, stdin: process.stdin },
    );
    // The PR may carry either the action's waiver label or the one the config names.
    const configWaiver = opts.prLabels?.includes(config.waiver.label) ? config.waiver.label : null;
    const waived = opts.waived || configWaiver !== null;
    const outcome = check({ analysis, report: analysis.report, baseline: opts.baseline, config, waived });
    return renderOutcome(outcome, opts.key, waived, config, opts.baseline, {
      baselineNote: opts.baselineNote ?? null,
      waiverLabel: opts.waived ? (opts.waiverLabel ?? null) : configWaiver,
      summaryUrl: opts.summaryUrl ?? null,
    });
  },
  async evaluate(opts) {
    const config = await loadConfig(readTextFile, opts.configPath || undefined);
    const outcome = check({ analysis: null, report: opts.report, baseline: opts.baseline, config, waived: opts.waived });
    return renderOutcome(outcome, opts.key, opts.waived, config, opts.baseline, {
      baselineNote: opts.baselineNote ?? null,
      waiverLabel: opts.waiverLabel ?? null,
      summaryUrl: opts.summaryUrl ?? null,
    });
  },
  parseReport: (text, what) => readReport(text, what),
};
