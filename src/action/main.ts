/**
 * The GitHub Action's program, one of the two shells around the core: it turns inputs, the event and the
 * baseline lookup into one AnalyzeRequest, calls the core (`ports.run`), and renders the one Outcome into the
 * comment, the job summary, the report file (canonical `toJson`) and the outputs. Every side effect comes in
 * through `ActionPorts`; `src/action/index.ts` hands in the real ones. Modes:
 * - `auto`: a push (or any non-PR event) analyzes and uploads the report artifact; a pull_request also finds
 *   the baseline, diffs and comments; a workflow_run event runs `comment`.
 * - `analyze`: analyze and upload, never comment.
 * - `comment`: fork-safe, for a `workflow_run` workflow: read the PR run's report artifact, check the PR
 *   still points at the commit that run built, diff against the baseline and comment. PR code is never
 *   checked out or run.
 *
 * Exit statuses (EXIT): 0 ok (also no baseline), 1 a budget failed, 2 input/tool error, 3 internal error.
 * The job summary is written on every run, errors included.
 */
import { join } from 'node:path';
import { EXIT, InputError, escapeControls } from '../errors.ts';
import { loadConfig } from '../core/inputs.ts';
import type { ReadText } from '../core/inputs.ts';
import type { Outcome, OutcomeStatus } from '../core/outcome.ts';
import { redactText } from '../core/redact.ts';
import type { WaiverRequest } from '../core/request.ts';
import { render } from '../render/index.ts';
import type { Report } from '../report/types.ts';
import { GitHubApiError, RATE_LIMITED_EXIT, RateLimitError } from '../github/api-error.ts';
import { describeBaseline, findBaseline } from '../github/baseline.ts';
import { ArtifactsUnavailableError } from '../github/artifacts.ts';
import { CommentSkipped } from '../github/pull-for-run.ts';
import { baselineTarget } from './baseline-target.ts';
import type { BaselineTarget } from './baseline-target.ts';
import { parseContext } from './context.ts';
import type { PullInfo, RunContext } from './context.ts';
import { readInputs } from './inputs.ts';
import type { ActionInputs } from './inputs.ts';
import type { Octokit } from '../github/octokit.ts';
import type { ActionPorts } from './ports.ts';
import { findPullForRun } from '../github/pull-for-run.ts';
import { artifactName, explorerArtifactName, listRunArtifacts, readReportArtifact, REPORT_FILE } from '../github/report-artifact.ts';
import { EXPLORER_FILE } from '../render/explorer/page.ts';
import { resolveCommentAuthor, upsertStickyComment } from '../github/sticky-comment.ts';
import { loadDockerfile } from '../core/dockerfile.ts';
import { omittedNote, planAnnotations } from '../render/annotations.ts';

/** The `status` output: the outcome's status, `error`, or `rate-limited` (a primary API rate limit). */
export type ActionStatus = OutcomeStatus | 'error' | 'rate-limited';

/** How often long reads log progress, in ms. */
const PROGRESS_EVERY_MS = 3000;

/** One run's bookkeeping: outputs and the notes added under the summary. */
interface RunState {
  notes: string[];
  outputs: Record<string, string>;
}

/** Runs the action; returns the exit status. Never throws. */
export async function runAction(ports: ActionPorts): Promise<number> {
  const state: RunState = {
    notes: [],
    outputs: { status: 'error', 'total-bytes': '', 'compressed-bytes': '', 'wasted-bytes': '', 'delta-bytes': '', 'report-path': '', 'comment-url': '' },
  };
  let exit: number;
  let summary: string;
  try {
    const inputs = readInputs((name) => ports.input(name));
    const ctx = parseContext(await ports.context());
    const comment = inputs.mode === 'comment' || (inputs.mode === 'auto' && ctx.eventName === 'workflow_run');
    ({ exit, summary } = comment ? await commentMode(ports, inputs, ctx, state) : await analyzeMode(ports, inputs, ctx, state));
  } catch (err) {
    const input = err instanceof InputError || err instanceof GitHubApiError;
    // messages carry image-derived strings: masked, and control characters made visible, so no line can start a `::` command
    const msg = escapeControls(redactText(err instanceof Error ? err.message : String(err)));
    const hint = err instanceof InputError && err.hint ? `\nhint: ${escapeControls(redactText(err.hint))}` : '';
    state.outputs['status'] = err instanceof RateLimitError ? 'rate-limited' : 'error';
    if (input) {
      ports.log.error(`layer-budget: ${msg}${hint}`);
      exit = err instanceof RateLimitError ? RATE_LIMITED_EXIT : EXIT.input;
    } else {
      ports.log.error(`layer-budget failed (internal error, please report it): ${msg}`);
      if (err instanceof Error && err.stack) ports.log.info(err.stack);
      exit = EXIT.internal;
    }
    summary = `## layer-budget: ${input ? 'error' : 'internal error'}\n\n\`\`\`text\n${(msg + hint).replace(/```/g, "'''")}\n\`\`\`\n`;
  }
  const notes = state.notes.length > 0 ? `\n${state.notes.map((n) => `> ${n}`).join('\n>\n')}\n` : '';
  try {
    await ports.summary.write(`${summary}${notes}`);
  } catch (err) {
    ports.log.warning(`writing the job summary failed: ${(err as Error).message}`);
  }
  for (const [name, value] of Object.entries(state.outputs)) ports.outputs.set(name, value);
  return exit;
}

/** push / pull_request / analyze: analyze the image, upload the report, comment on a PR. */
async function analyzeMode(ports: ActionPorts, inputs: ActionInputs, ctx: RunContext, state: RunState): Promise<{ exit: number; summary: string }> {
  const { log } = ports;
  const source = inputs.source || (inputs.image ? `${inputs.engine === 'podman' ? 'podman' : 'docker-daemon'}:${inputs.image}` : '');
  if (!source) throw new InputError('nothing to analyze: set the `image` input (an image the engine has) or `source`', { hint: 'set `image:` to an image the engine has (e.g. app:ci), or `source:` (e.g. docker-archive:image.tar)' });
  const pr = inputs.mode === 'analyze' ? null : ctx.pr;
  const octokit = inputs.githubToken ? ports.octokit(inputs.githubToken) : null;

  // baseline
  let baseline: Report | null = null;
  let missing: string | null = null;
  let baselineLine: string | null = null;
  let target: BaselineTarget | null = null;
  if (inputs.baselineReport) {
    let text: string;
    try {
      text = await ports.files.readText(inputs.baselineReport);
    } catch (err) {
      throw new InputError(`reading baseline-report ${inputs.baselineReport}: ${(err as Error).message}`, { cause: err, hint: err instanceof InputError ? err.hint : 'check the `baseline-report` path: a file written by `layer-budget analyze --json` or the action' });
    }
    baseline = ports.parseReport(text, `baseline-report ${inputs.baselineReport}`);
  } else if (inputs.baselineImage) {
    baseline = await analyzeBaselineImage(ports, inputs);
    baselineLine = `Baseline: \`${inputs.baselineImage.replace(/[`\n]/g, '')}\` (the \`baseline-image\` input), analyzed in this run.`;
  } else if ((target = await baselineTarget({ octokit, ctx, inputs, pr, log: (m) => log.info(m) }))) {
    const found = await lookUpBaseline(ports, octokit, ctx, target, inputs, inputs.baselineWorkflow || ctx.workflowFile);
    baseline = found.report;
    missing = found.missing;
    baselineLine = found.line;
  } else {
    missing = `no baseline: this ${ctx.eventName || 'run'} run records one for pull requests to compare against`;
  }

  const config = await loadConfig(readOptional(ports), inputs.config || undefined);
  // the `dockerfile` input (`auto`: ./Dockerfile when it exists); the core maps the layers to its lines
  const dockerfile = await loadDockerfile(readOptional(ports), inputs.dockerfile);
  const labels = await labelsOf(ports, octokit, ctx, pr, inputs.waiverLabel !== '');
  let last = Date.now();
  const outcome = await log.group(`analyzing ${source}`, () =>
    ports.run({
      source,
      ...(inputs.platform ? { platform: inputs.platform } : {}),
      ...(inputs.baseImage ? { baseImage: inputs.baseImage } : {}),
      ...(dockerfile ? { dockerfile } : {}),
      config,
      baseline,
      baselineNote: missing,
      key: inputs.key,
      waiver: waiverOf(inputs, labels),
      provenance: { commitSha: pr?.headSha ?? (ctx.sha || null), ref: ctx.ref || null, runId: ctx.runId || null },
      summaryUrl: runUrl(ctx),
      onProgress: (p) => {
        const now = Date.now();
        if (now - last < PROGRESS_EVERY_MS) return;
        last = now;
        log.info(`read ${(p.bytesRead / 1e6).toFixed(1)} MB; ${p.layersDone}/${p.layersTotal ?? '?'} layers done`);
      },
    }),
  );

  // report file + artifact
  const dir = join(ports.files.tempDir(), artifactName(inputs.key));
  const reportPath = join(dir, REPORT_FILE);
  await ports.files.writeText(reportPath, render(outcome, 'report'));
  state.outputs['report-path'] = reportPath;
  let uploaded = false;
  try {
    const up = await ports.artifacts.upload(artifactName(inputs.key), [reportPath], dir, inputs.artifactRetentionDays);
    log.info(`uploaded artifact ${artifactName(inputs.key)}${up.id !== null ? ` (id ${up.id})` : ''}`);
    uploaded = true;
  } catch (err) {
    noteUploadFailure(ports, state, inputs.key, err);
  }

  // where the report's upload failed, the page's would too: said once above
  const explorerUrl = inputs.explorer && uploaded ? await uploadExplorer(ports, ctx, inputs, outcome) : null;
  // Dockerfile lines link to the commit this run built
  const sourceLinkBase = blobUrl(ctx, pr?.headSha ?? ctx.sha);
  setTotals(state, outcome);
  dockerfileNotes(ports, inputs, outcome, state);
  if (baselineLine) state.notes.push(baselineLine);
  if (pr && inputs.comment) {
    await comment(ports, octokit, ctx, pr, inputs.key, withBaselineLine(render(outcome, 'comment', { explorerUrl, sourceLinkBase }), baselineLine), state, ctx.readOnlyToken);
  }
  if (missing) {
    state.notes.push(missing);
    log.notice(`${missing}; absolute budgets were applied`);
  }
  waiverNote(state, outcome);
  return { exit: gate(ports, outcome), summary: render(outcome, 'summary', { explorerUrl, sourceLinkBase }) };
}

/**
 * Writes the explorer page and uploads it as its own artifact (the report's stays small for baseline
 * downloads); returns the artifact's page, or null. A failure here is a warning: the gate does not depend on it.
 */
async function uploadExplorer(ports: ActionPorts, ctx: RunContext, inputs: ActionInputs, outcome: Outcome): Promise<string | null> {
  const name = explorerArtifactName(inputs.key);
  try {
    const dir = join(ports.files.tempDir(), name);
    const file = join(dir, EXPLORER_FILE);
    await ports.files.writeText(file, render(outcome, 'explorer'));
    const up = await ports.artifacts.upload(name, [file], dir, inputs.artifactRetentionDays);
    ports.log.info(`uploaded artifact ${name}${up.id !== null ? ` (id ${up.id})` : ''}`);
    return up.id !== null && ctx.runId ? `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}/artifacts/${up.id}` : null;
  } catch (err) {
    ports.log.warning(`the explorer page was not uploaded (${redactText((err as Error).message)}); the report and the gate are unaffected`);
    return null;
  }
}

/** Who may waive: the PR's labels, the `waiver-label` input besides the config's label, or nobody (`none`). */
function waiverOf(inputs: ActionInputs, labels: readonly string[]): WaiverRequest {
  return inputs.waiverLabel === '' ? { disabled: true } : { labels, label: inputs.waiverLabel };
}

function waiverNote(state: RunState, outcome: Outcome): void {
  if (outcome.waiver.waived) state.notes.push(`The \`${outcome.waiver.label ?? ''}\` label is on the PR: failing budgets count as warnings.`);
}

/** Reads a file the config lookup may find missing: null for ENOENT. */
function readOptional(ports: ActionPorts): ReadText {
  return async (path) => {
    try {
      return await ports.files.readText(path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  };
}

/** workflow_run: comment on the PR a pull_request run analyzed, from that run's report artifact. */
async function commentMode(ports: ActionPorts, inputs: ActionInputs, ctx: RunContext, state: RunState): Promise<{ exit: number; summary: string }> {
  try {
    return await commentModeInner(ports, inputs, ctx, state);
  } catch (err) {
    if (!(err instanceof CommentSkipped)) throw err;
    ports.log.notice(err.message);
    state.outputs['status'] = '';
    return { exit: EXIT.ok, summary: `## layer-budget\n\n${err.message.replace(/^not commenting: /, 'Not commented: ')}.\n` };
  }
}

async function commentModeInner(ports: ActionPorts, inputs: ActionInputs, ctx: RunContext, state: RunState): Promise<{ exit: number; summary: string }> {
  const { log } = ports;
  const run = ctx.workflowRun;
  if (!run) {
    throw new InputError(`mode comment needs a workflow_run event, not ${ctx.eventName || 'none'}`, {
      hint: 'run it from a workflow triggered by `on: workflow_run` (see README § Forks)',
    });
  }
  if (run.event !== 'pull_request' && run.event !== 'pull_request_target') {
    log.notice(`run ${run.id} was triggered by ${run.event}, not a pull request: nothing to comment`);
    state.outputs['status'] = '';
    return { exit: EXIT.ok, summary: `## layer-budget\n\nRun ${run.id} (${run.event}) was not for a pull request: nothing to comment.\n` };
  }
  if (!inputs.githubToken) throw new InputError('mode comment needs the `github-token` input', { hint: 'pass `github-token: ${{ github.token }}` (with pull-requests: write and actions: read)' });
  const octokit = ports.octokit(inputs.githubToken);
  const name = artifactName(inputs.key);
  const artifact = (await listRunArtifacts({ octokit, owner: ctx.owner, repo: ctx.repo, runId: run.id, name })).find((a) => !a.expired);
  if (!artifact && run.conclusion !== 'success') {
    throw new CommentSkipped(`not commenting: run ${run.id} ended ${run.conclusion ?? 'unfinished'} before it uploaded ${name}; its own status is the gate`);
  }
  if (!artifact) {
    throw new InputError(`run ${run.id} has no artifact ${name}`, { hint: 'did the pull_request workflow run layer-budget with the same `key`?' });
  }
  const pr = await findPullForRun({ octokit, owner: ctx.owner, repo: ctx.repo, run });
  const report = await readReportArtifact({ octokit, owner: ctx.owner, repo: ctx.repo, artifact, parse: ports.parseReport, what: 'PR report artifact' });
  const built = report.provenance?.commitSha;
  if (built && built !== run.headSha) {
    throw new InputError(`refusing to comment: the report artifact of run ${run.id} is for ${built.slice(0, 12)}, not the run's head ${run.headSha.slice(0, 12)}`, { hint: 'the artifact does not belong to the commit that run built; re-run the pull_request workflow' });
  }
  const found = await lookUpBaseline(
    ports,
    octokit,
    ctx,
    { sha: pr.baseSha, source: 'base-sha', branch: inputs.baselineBranch || pr.baseRef },
    inputs,
    inputs.baselineWorkflow || (run.workflowId ?? undefined),
  );
  const config = await loadConfig(readOptional(ports), inputs.config || undefined);
  const outcome = await ports.run({
    source: { report },
    config,
    baseline: found.report,
    baselineNote: found.missing,
    key: inputs.key,
    waiver: waiverOf(inputs, pr.labels),
    summaryUrl: runUrl(ctx),
  });
  setTotals(state, outcome);
  // the report's Dockerfile locations link to the commit the PR run built
  const sourceLinkBase = blobUrl(ctx, run.headSha);
  if (found.line) state.notes.push(found.line);
  if (inputs.comment) await comment(ports, octokit, ctx, pr, inputs.key, withBaselineLine(render(outcome, 'comment', { sourceLinkBase }), found.line), state, false);
  if (found.missing) {
    state.notes.push(found.missing);
    log.notice(`${found.missing}; absolute budgets were applied`);
  }
  waiverNote(state, outcome);
  if (outcome.status === 'fail') log.warning(`#${pr.number} is over budget; its pull_request run is the gate`);
  return { exit: EXIT.ok, summary: render(outcome, 'summary', { sourceLinkBase }) };
}

/** Finds the PR's baseline; a failed lookup is a warning, never a failure. */
async function lookUpBaseline(
  ports: ActionPorts,
  octokit: Octokit | null,
  ctx: RunContext,
  target: BaselineTarget,
  inputs: ActionInputs,
  workflowId: string | number | null | undefined,
): Promise<{ report: Report | null; missing: string | null; line: string | null }> {
  if (!octokit) return { report: null, missing: 'no baseline: no `github-token` to look it up with', line: null };
  try {
    const found = await ports.log.group('finding the baseline', () =>
      findBaseline({
        octokit,
        owner: ctx.owner,
        repo: ctx.repo,
        ...(workflowId !== null && workflowId !== undefined ? { workflowId } : {}),
        baseRef: target.branch,
        baseSha: target.sha,
        key: inputs.key,
        maxRuns: inputs.baselineMaxRuns,
        parse: ports.parseReport,
        log: (m) => ports.log.info(m),
      }),
    );
    if ('missing' in found) return { report: null, missing: found.missing, line: null };
    ports.log.info(`baseline: run ${found.runId} at ${found.headSha.slice(0, 12)} (artifact ${found.artifactId})`);
    return { report: found.report, missing: null, line: describeBaseline(found, target.source) };
  } catch (err) {
    if (err instanceof RateLimitError) throw err;
    const msg = (err as Error).message;
    ports.log.warning(`looking up the baseline failed: ${msg}`);
    return { report: null, missing: `no baseline: the lookup failed: ${msg}`, line: null };
  }
}

/** The PR's labels: fresh from the API when possible (a rerun keeps the old event), else the event's. */
async function labelsOf(ports: ActionPorts, octokit: Octokit | null, ctx: RunContext, pr: PullInfo | null, needed: boolean): Promise<string[]> {
  if (!pr) return [];
  if (octokit && needed) {
    try {
      const res = await octokit.rest.pulls.get({ owner: ctx.owner, repo: ctx.repo, pull_number: pr.number });
      return res.data.labels.map((l) => l.name);
    } catch (err) {
      ports.log.info(`reading #${pr.number}'s labels failed (${(err as Error).message}); using the event's`);
    }
  }
  return pr.labels;
}

/** Posts the sticky comment; a fork's read-only token or an API refusal is a warning, never a failure. */
async function comment(
  ports: ActionPorts,
  octokit: Octokit | null,
  ctx: RunContext,
  pr: PullInfo,
  key: string,
  body: string,
  state: RunState,
  readOnly: boolean,
): Promise<void> {
  if (readOnly) {
    const msg = 'not commenting: pull requests from forks get a read-only token; the results are in the job summary (see README § Forks for the workflow_run comment workflow)';
    ports.log.warning(msg);
    state.notes.push(`Not commented: pull requests from forks get a read-only token. See README § Forks.`);
    return;
  }
  if (!octokit) {
    ports.log.warning('not commenting: no `github-token`');
    return;
  }
  try {
    const botLogin = await resolveCommentAuthor(octokit, (m) => ports.log.info(m));
    const res = await upsertStickyComment({ octokit, owner: ctx.owner, repo: ctx.repo, issueNumber: pr.number, key, body, botLogin });
    state.outputs['comment-url'] = res.url;
    ports.log.info(`comment ${res.action}: ${res.url}`);
  } catch (err) {
    if (err instanceof RateLimitError) throw err;
    const msg = (err as Error).message;
    ports.log.warning(`${msg}; the results are in the job summary`);
    state.notes.push(`The PR comment could not be written: ${msg}`);
  }
}

/** The Dockerfile's note (it did not match the image) once, and each warning and error hint as an annotation on its line. */
function dockerfileNotes(ports: ActionPorts, inputs: ActionInputs, outcome: Outcome, state: RunState): void {
  const note = outcome.report.dockerfile?.note;
  if (note) {
    ports.log.warning(note);
    state.notes.push(note);
  }
  if (inputs.annotations) annotate(ports, outcome.report, state);
}

/** Each warning and error hint as an annotation on its Dockerfile line (GitHub shows 10 per level; the summary counts the rest). */
function annotate(ports: ActionPorts, report: Report, state: RunState): void {
  const plan = planAnnotations(report);
  for (const a of plan.annotations) {
    const props = { title: a.title, ...(a.file ? { file: a.file, startLine: a.startLine, endLine: a.endLine } : {}) };
    if (a.level === 'error') ports.log.error(a.message, props);
    else ports.log.warning(a.message, props);
  }
  const note = omittedNote(plan);
  if (note) state.notes.push(note);
}

/** `https://github.com/{owner}/{repo}/blob/{sha}/`: where Dockerfile lines link to; null without a commit. */
function blobUrl(ctx: RunContext, sha: string | null | undefined): string | null {
  if (!sha || !ctx.owner || !ctx.repo) return null;
  return `${ctx.serverUrl}/${encodeURIComponent(ctx.owner)}/${encodeURIComponent(ctx.repo)}/blob/${encodeURIComponent(sha)}/`;
}

/** The run's page, where the job summary is shown. */
function runUrl(ctx: RunContext): string | null {
  return ctx.runId ? `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}` : null;
}

function setTotals(state: RunState, outcome: Outcome): void {
  const { report, baseline } = outcome;
  state.outputs['status'] = outcome.status;
  state.outputs['total-bytes'] = String(report.totals.totalBytes);
  state.outputs['compressed-bytes'] = String(report.totals.compressedBytes);
  state.outputs['wasted-bytes'] = String(report.totals.wastedBytes);
  state.outputs['delta-bytes'] = baseline ? String(report.totals.totalBytes - baseline.totals.totalBytes) : '';
}

/** The gate: a failing budget fails the step. */
function gate(ports: ActionPorts, outcome: Outcome): number {
  if (outcome.status !== 'fail') return EXIT.ok;
  const failed = outcome.verdicts.filter((v) => v.status === 'fail');
  ports.log.error(`over budget: ${failed.map((v) => `${v.rule}: ${v.message}`).join('; ') || 'a budget failed'}`);
  return EXIT.budgetFailed;
}

/** The comment with the line saying where the baseline came from, before the comment's end. */
function withBaselineLine(body: string, line: string | null): string {
  return line ? `${body.replace(/\n*$/, '')}\n\n> ${line}\n` : body;
}

/** baseline-image: analyze that source (a registry image, no daemon) as the baseline. */
async function analyzeBaselineImage(ports: ActionPorts, inputs: ActionInputs): Promise<Report> {
  const outcome = await ports.log.group(`analyzing the baseline ${inputs.baselineImage}`, () =>
    ports.run({
      source: inputs.baselineImage,
      ...(inputs.platform ? { platform: inputs.platform } : {}),
      baseline: null,
      key: inputs.key,
    }),
  );
  return outcome.report;
}

/**
 * A failed upload: two jobs of the run sharing a key is a configuration error (thrown); artifacts that can't
 * work here (GHES, no runtime token) are said once, with what to use instead; anything else is a warning.
 */
function noteUploadFailure(ports: ActionPorts, state: RunState, key: string, err: unknown): void {
  if (err instanceof InputError) throw err;
  const msg = (err as Error).message;
  if (err instanceof ArtifactsUnavailableError) {
    ports.log.warning(msg);
    state.notes.push(msg);
    return;
  }
  ports.log.warning(`uploading the report artifact ${artifactName(key)} failed: ${msg}`);
  state.notes.push(`The report artifact could not be uploaded, so it can't serve as a baseline: ${msg}`);
}
