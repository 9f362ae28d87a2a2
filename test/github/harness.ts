/**
 * Test harness for the action program: report fixtures, a fixed-result pipeline, and ports that record
 * what the action did (summary, outputs, log, uploads). Uploads land in the fake GitHub server as artifacts
 * of the current run, so a push scenario produces the baseline of the next PR scenario.
 */
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createOctokit } from '../../src/github/octokit.ts';
import type { RunContextData } from '../../src/action/context.ts';
import type { ActionPorts, RunCore } from '../../src/action/ports.ts';
import { defaultConfig } from '../../src/budget/config.ts';
import { buildOutcome } from '../../src/core/outcome.ts';
import type { Report } from '../../src/report/types.ts';
import type { FakeGitHub } from './fake-github.ts';

export const sha = (c: string): string => c.repeat(40).slice(0, 40);

/** A complete, schema-shaped Report v1 with one layer of `totalBytes`. */
export function makeReport(totalBytes: number, opts: { commitSha?: string | null; key?: string } = {}): Report {
  return {
    schemaVersion: 1,
    tool: { name: 'layer-budget', version: '0.0.0-test' },
    image: {
      reference: 'docker-daemon:web:latest',
      transport: 'docker-daemon',
      names: ['web:latest'],
      manifestDigest: null,
      configDigest: `sha256:${'c'.repeat(64)}`,
      platform: 'linux/amd64',
      created: null,
    },
    provenance: opts.commitSha === undefined ? null : { key: opts.key ?? 'web', commitSha: opts.commitSha, ref: null, runId: null },
    totals: {
      layerCount: 1,
      totalBytes,
      visibleBytes: totalBytes,
      wastedBytes: 0,
      efficiency: 1,
      compressedBytes: Math.round(totalBytes / 2),
      compressedKind: 'compressed',
      fileCount: 1,
    },
    waste: {
      byCause: { overwritten: 0, 'attribute-copy-up': 0, 'deleted-file': 0, 'deleted-dir': 0, opaque: 0, 'replaced-dir': 0 },
      topPaths: [],
      topPathsOmitted: 0,
      deletedPaths: [],
      deletedPathsOmitted: 0,
    },
    layers: [
      {
        index: 0,
        diffId: `sha256:${'d'.repeat(64)}`,
        digest: `sha256:${'e'.repeat(64)}`,
        mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
        compressedBytes: Math.round(totalBytes / 2),
        contentBytes: totalBytes,
        tarBytes: totalBytes + 1024,
        entries: { files: 1, dirs: 0, symlinks: 0, hardlinks: 0, whiteouts: 0, opaques: 0, other: 0 },
        added: { count: 1, bytes: totalBytes },
        modified: { count: 0, bytes: 0 },
        deleted: { count: 0, bytes: 0 },
        instruction: 'COPY app /app',
        normalizedInstruction: 'COPY app /app',
        created: null,
        isBase: null,
        largestFiles: [{ path: '/app/blob', sizeBytes: totalBytes }],
        wastedBytes: 0,
        hiddenBy: [],
        hidesBytes: 0,
        hides: [],
      },
    ],
    baseImage: { source: 'unknown', name: null, digest: null, layerCount: null },
    duplicates: { hashed: true, groupCount: 0, reclaimableBytes: 0, groups: [], groupsOmitted: 0 },
    directoryDepth: 3,
    directories: [{ path: '/app', sizeBytes: totalBytes, fileCount: 1 }],
    directoriesOmitted: 0,
    hints: [],
    verdicts: [],
  };
}

/** Parses a report: the engine's `fromJson` when it exists, else a minimal check. */
export async function loadParseReport(): Promise<(text: string, what: string) => Report> {
  const jsonModule = join(dirname(fileURLToPath(import.meta.url)), '../../src/report/json.ts');
  if (existsSync(jsonModule)) {
    const mod = (await import(jsonModule)) as { fromJson?: (text: string, what: string) => Report };
    if (mod.fromJson) return mod.fromJson;
  }
  return (text, what) => {
    const r = JSON.parse(text) as Report;
    if (r?.schemaVersion !== 1 || typeof r.totals?.totalBytes !== 'number') throw new Error(`${what}: not a layer-budget report v1`);
    return r;
  };
}

export interface FixedPipelineOptions {
  /** the image's total bytes */
  totalBytes: number;
  /** a `total` budget: fail above this many bytes (default: none) */
  budgetBytes?: number;
  /** the report an image source "analyzes" to (default: makeReport(totalBytes)) */
  report?: Report;
}

/** One call of the fixed core, as the shell made it. */
export interface FixedCall {
  source: string | null;
  baseline: Report | null;
  /** the outcome's waiver decision */
  waived: boolean;
}

/**
 * The core with a fixed image: an image source "analyzes" to a fixed report, a report source is taken as it is;
 * everything after that is the real core (`buildOutcome`: redaction, diff, waiver, verdicts, status), with the
 * request's config plus a `total` budget. Records its calls.
 */
export function fixedPipeline(opts: FixedPipelineOptions): { run: RunCore; calls: FixedCall[] } {
  const calls: FixedCall[] = [];
  const pipeline = {
    calls,
    run: async (request: Parameters<RunCore>[0]) => {
      const base = request.config ?? defaultConfig();
      const config = opts.budgetBytes === undefined ? base : { ...base, budgets: { ...base.budgets, total: { value: opts.budgetBytes, level: 'fail' as const } } };
      let report: Report;
      if (typeof request.source === 'string') {
        request.onProgress?.({ bytesRead: opts.totalBytes, layersDone: 1, layersTotal: 1 });
        report = opts.report ?? makeReport(opts.totalBytes);
      } else report = request.source.report;
      const outcome = buildOutcome({ ...request, config }, { report, hints: report.hints, analysis: null });
      calls.push({ source: typeof request.source === 'string' ? request.source : null, baseline: request.baseline ?? null, waived: outcome.waiver.waived });
      return outcome;
    },
  };
  return pipeline;
}

export interface Recorder {
  summaries: string[];
  outputs: Record<string, string>;
  log: Array<{ level: 'info' | 'notice' | 'warning' | 'error'; message: string }>;
  uploads: Array<{ name: string; files: string[]; retentionDays: number }>;
  logText(level?: 'info' | 'notice' | 'warning' | 'error'): string;
}

export interface HarnessOptions {
  gh: FakeGitHub;
  inputs: Record<string, string>;
  context: RunContextData;
  /** the core (fixedPipeline) */
  pipeline: { run: RunCore };
  parseReport: (text: string, what: string) => Report;
  tempDir: string;
  /** the run uploads land in (default: context.runId) */
  uploadRunId?: number;
}

/** Ports over the fake server that record everything. */
export function harnessPorts(opts: HarnessOptions): { ports: ActionPorts; rec: Recorder } {
  const rec: Recorder = {
    summaries: [],
    outputs: {},
    log: [],
    uploads: [],
    logText: (level) => rec.log.filter((l) => !level || l.level === level).map((l) => l.message).join('\n'),
  };
  const { gh } = opts;
  const ports: ActionPorts = {
    input: (name) => opts.inputs[name] ?? '',
    context: async () => opts.context,
    octokit: (token) => createOctokit({ token, baseUrl: gh.url, throttle: false, retryAfterBaseMs: 1 }),
    run: opts.pipeline.run,
    parseReport: opts.parseReport,
    artifacts: {
      async upload(name, files, rootDirectory, retentionDays) {
        rec.uploads.push({ name, files, retentionDays });
        const content: Record<string, Uint8Array> = {};
        for (const f of files) content[f.slice(rootDirectory.length + 1)] = await readFile(f);
        const a = gh.addArtifact(opts.uploadRunId ?? opts.context.runId, name, content);
        return { id: a.id };
      },
    },
    summary: { write: async (md) => void rec.summaries.push(md) },
    outputs: { set: (n, v) => void (rec.outputs[n] = v) },
    log: {
      info: (m) => void rec.log.push({ level: 'info', message: m }),
      notice: (m) => void rec.log.push({ level: 'notice', message: m }),
      warning: (m) => void rec.log.push({ level: 'warning', message: m }),
      error: (m) => void rec.log.push({ level: 'error', message: m }),
      group: (_name, fn) => fn(),
    },
    files: {
      readText: (p) => readFile(p, 'utf8'),
      async writeText(p, t) {
        await mkdir(dirname(p), { recursive: true });
        await writeFile(p, t);
      },
      tempDir: () => opts.tempDir,
    },
  };
  return { ports, rec };
}

export async function tempDir(): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'layer-budget-action-'));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/** A push event's context data. */
export function pushContext(gh: FakeGitHub, runId: number, headSha: string): RunContextData {
  return {
    eventName: 'push',
    eventPayload: { ref: `refs/heads/${gh.defaultBranch}`, after: headSha, repository: { full_name: gh.fullName, default_branch: gh.defaultBranch } },
    repo: { owner: gh.owner, repo: gh.repo },
    sha: headSha,
    ref: `refs/heads/${gh.defaultBranch}`,
    runId,
    workflowRef: `${gh.fullName}/.github/workflows/ci.yml@refs/heads/${gh.defaultBranch}`,
    serverUrl: 'https://github.com',
    apiUrl: gh.url,
  };
}

/** A pull_request event's context data (a fork when `headRepository` is another repo). */
export function prContext(
  gh: FakeGitHub,
  runId: number,
  pr: { number: number; headSha: string; baseSha: string; headRef?: string; headRepository?: string; labels?: string[] },
): RunContextData {
  const headRepo = pr.headRepository ?? gh.fullName;
  return {
    eventName: 'pull_request',
    eventPayload: {
      action: 'synchronize',
      number: pr.number,
      pull_request: {
        number: pr.number,
        head: { sha: pr.headSha, ref: pr.headRef ?? `feature-${pr.number}`, repo: { full_name: headRepo } },
        base: { sha: pr.baseSha, ref: gh.defaultBranch, repo: { full_name: gh.fullName } },
        labels: (pr.labels ?? []).map((name) => ({ name })),
      },
      repository: { full_name: gh.fullName, default_branch: gh.defaultBranch },
    },
    repo: { owner: gh.owner, repo: gh.repo },
    sha: sha('m'),
    ref: `refs/pull/${pr.number}/merge`,
    runId,
    workflowRef: `${gh.fullName}/.github/workflows/ci.yml@refs/pull/${pr.number}/merge`,
    serverUrl: 'https://github.com',
    apiUrl: gh.url,
  };
}
