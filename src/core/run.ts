/**
 * The core's entry: `run(request, io) → Outcome`. It reads the image through src/image (or takes a report made
 * earlier), analyzes it, runs the hints, and hands everything to `buildOutcome` (outcome.ts), which diffs against
 * the baseline, masks credentials, evaluates the budgets and decides the status. The CLI and the action build the
 * request and render the outcome; they do nothing else with the data. See docs/architecture.md.
 *
 * The core does no I/O of its own: the image sources get the environment and stdin from `io`; the Dockerfile
 * comes in the request, already read (`loadDockerfile`).
 */
import type { Readable } from 'node:stream';
import type { Analysis } from '../analysis/types.ts';
import type { BaseImageInfo } from '../analysis/analyze.ts';
import { analyze } from '../analysis/analyze.ts';
import { defaultConfig } from '../budget/config.ts';
import { InputError, withContext } from '../errors.ts';
import { captureBytes, runHints } from '../hints/index.ts';
import { PathTable } from '../layer/path-table.ts';
import { openSource } from '../image/index.ts';
import { formatPlatform, parsePlatform, platformMatches } from '../image/platform.ts';
import type { LoadedImage, Platform } from '../image/types.ts';
import { createLayerScanner } from '../layer/scan.ts';
import type { Report } from '../report/types.ts';
import { applyDockerfile } from './dockerfile.ts';
import { buildOutcome } from './outcome.ts';
import type { Outcome } from './outcome.ts';
import { redactText } from './redact.ts';
import type { AnalyzeRequest } from './request.ts';

declare const __LAYER_BUDGET_VERSION__: string | undefined;
/** this build's version (set by the bundler; '0.0.0-dev' when run from source) */
export const VERSION: string = typeof __LAYER_BUDGET_VERSION__ === 'string' ? __LAYER_BUDGET_VERSION__ : '0.0.0-dev';

/** What the image sources need from the outside world. */
export interface CoreIo {
  /** environment variables (registry credentials, DOCKER_CONFIG) */
  env: Record<string, string | undefined>;
  /** standard input, for the `-` source */
  stdin: Readable;
}

/** Runs one request: see the module doc. Errors are InputErrors (bad input) or bugs; their messages are masked. */
export async function run(request: AnalyzeRequest, io: CoreIo): Promise<Outcome> {
  const config = request.config ?? defaultConfig();
  if (typeof request.source !== 'string') {
    const report = request.source.report;
    return buildOutcome(request, { report, hints: report.hints, analysis: null });
  }
  let analysis: Analysis;
  try {
    analysis = await readImage(request.source, request, io);
  } catch (err) {
    throw masked(err);
  }
  // each layer to its Dockerfile line (the shell read the file: loadDockerfile)
  if (request.dockerfile) applyDockerfile(analysis, request.dockerfile);
  const hints = runHints(analysis, { rules: config.hints.rules });
  return buildOutcome(request, { report: analysis.report, hints, analysis });
}

/** The same error with credentials masked in its message (an error may quote an image string). */
function masked(err: unknown): unknown {
  if (!(err instanceof Error)) return err;
  const text = redactText(err.message);
  if (text === err.message) return err;
  return err instanceof InputError ? new InputError(text, { cause: err, hint: redactText(err.hint ?? '') }) : new Error(text, { cause: err });
}

/** Reads and analyzes an image (hints, verdicts and provenance still empty). */
async function readImage(source: string, request: AnalyzeRequest, io: CoreIo): Promise<Analysis> {
  const platform: Platform | undefined = request.platform ? parsePlatform(request.platform) : undefined;
  const load = (spec: string, hash: boolean, onProgress?: AnalyzeRequest['onProgress']): Promise<LoadedImage> =>
    openSource(spec, { stdin: io.stdin, env: io.env }).load({
      ...(platform ? { platform } : {}),
      scanner: createLayerScanner(),
      // one PathTable per image: its layers intern their paths once, and the replay runs over the same node ids
      scan: { hash, verify: request.verify ?? false, paths: new PathTable(), ...(hash ? { capture: captureBytes } : {}) },
      ...(onProgress ? { onProgress } : {}),
    });
  const image = await load(source, request.hash ?? true, request.onProgress);
  // A source holding a single image is used whatever its platform; but when a platform was asked for
  // explicitly, numbers of another platform's image would silently gate the wrong thing.
  if (platform && !platformMatches(platform, image.platform)) {
    throw new InputError(`--platform ${formatPlatform(platform)}: ${source} holds a ${formatPlatform(image.platform)} image only`, {
      hint: `drop --platform (or the platform input), or pass ${formatPlatform(image.platform)}`,
    });
  }
  let baseImage: BaseImageInfo | undefined;
  if (request.baseImage) {
    let base: LoadedImage;
    try {
      base = await load(request.baseImage, false);
    } catch (err) {
      throw withContext(`reading the base image ${request.baseImage}`, err);
    }
    baseImage = { source: 'input', name: base.names[0] ?? request.baseImage, ...(base.manifestDigest ? { digest: base.manifestDigest } : {}), diffIds: base.layers.map((l) => l.diffId) };
  } else {
    baseImage = baseFromBaseline(request.baseline ?? null, image);
  }
  return analyze(image, { toolVersion: VERSION, ...(baseImage ? { baseImage } : {}) });
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
