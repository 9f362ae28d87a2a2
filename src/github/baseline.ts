/**
 * Finds the baseline report of a pull request (docs/architecture.md §"Report, baseline and diff"): the report artifact `layer-budget-<key>` that a
 * run on the base branch uploaded.
 *
 * 1. Prefer a run of the same workflow whose head SHA is the PR's base SHA.
 * 2. Then walk back through the base branch's completed runs, newest first.
 *
 * Runs whose head repository is not this repository (forks, whose branch may share the base's name) and
 * pull-request runs are skipped, and so are expired artifacts and artifacts whose report does not validate.
 */
import type { Report } from '../report/types.ts';
import { explainApiError, RateLimitError } from './api-error.ts';
import type { Octokit } from './octokit.ts';
import { artifactName, listRunArtifacts, readReportArtifact } from './report-artifact.ts';

export interface FindBaselineOptions {
  octokit: Octokit;
  owner: string;
  repo: string;
  /** the workflow's id or file name, e.g. `ci.yml` (default: runs of every workflow in the repository) */
  workflowId?: number | string;
  /** the PR's base branch, e.g. `main` */
  baseRef: string;
  /** the PR's base commit */
  baseSha: string;
  /** image key: the artifact is `layer-budget-<key>` */
  key: string;
  /** most runs looked at when walking back (default: 30) */
  maxRuns?: number;
  /** parses and validates report text (the engine's `fromJson`) */
  parse: (text: string, what: string) => Report;
  /** notes about skipped runs (default: nowhere) */
  log?: (message: string) => void;
}

export type BaselineResult =
  | {
      report: Report;
      runId: number;
      headSha: string;
      artifactId: number;
      /** the wanted commit had no usable report, so an older run of the branch was used */
      walkedBack: boolean;
      /** the commit the lookup wanted (the base commit) */
      wantedSha: string;
    }
  | { missing: string };

/** Where the wanted baseline commit came from. */
export type BaselineCommitSource = 'merge-parent' | 'base-sha' | 'merge-group-base' | 'push-before';

/** The commit a PR's baseline should come from, and why. */
export interface BaselineCommit {
  sha: string;
  source: BaselineCommitSource;
}

/**
 * The base commit a pull request run was built on. When GITHUB_SHA is the PR's test merge commit
 * (`refs/pull/N/merge`, what actions/checkout builds), its first parent is the base branch as merged, which can
 * be newer than the event's `pull_request.base.sha` (and a re-run replays the old event). One
 * `GET /repos/{o}/{r}/commits/{sha}`; when that fails or the commit has no parent, `base.sha` is used.
 */
export async function baselineCommit(opts: {
  octokit: Octokit;
  owner: string;
  repo: string;
  /** GITHUB_SHA */
  sha: string;
  /** GITHUB_SHA is the PR's merge commit */
  shaIsPullMerge: boolean;
  /** the event's pull_request.base.sha */
  baseSha: string;
  log?: (message: string) => void;
}): Promise<BaselineCommit> {
  if (!opts.shaIsPullMerge) return { sha: opts.baseSha, source: 'base-sha' };
  try {
    const res = await opts.octokit.rest.repos.getCommit({ owner: opts.owner, repo: opts.repo, ref: opts.sha, per_page: 1 });
    const first = res.data.parents[0]?.sha;
    if (first && /^[0-9a-f]{40}$/.test(first)) return { sha: first, source: 'merge-parent' };
  } catch (err) {
    opts.log?.(`reading merge commit ${opts.sha.slice(0, 12)} failed (${(err as Error).message}); using the event's base.sha`);
  }
  return { sha: opts.baseSha, source: 'base-sha' };
}

const SOURCE_TEXT: Record<BaselineCommitSource, string> = {
  'merge-parent': "the first parent of this PR's merge commit (the base branch as merged)",
  'base-sha': "the PR's base commit",
  'merge-group-base': "the merge queue group's base commit",
  'push-before': "the commit before this push",
};

/** One line for the comment and summary: which commit the baseline came from, and whether the lookup walked back. */
export function describeBaseline(found: { runId: number; headSha: string; walkedBack: boolean; wantedSha: string }, source: BaselineCommitSource): string {
  const at = `\`${found.headSha.slice(0, 12)}\``;
  if (!found.walkedBack) return `Baseline: run ${found.runId} at ${at}, ${SOURCE_TEXT[source]}.`;
  return `Baseline: run ${found.runId} at ${at}. It is **not** ${SOURCE_TEXT[source]} (\`${found.wantedSha.slice(0, 12)}\`), which had no usable report, so the lookup walked back to an older run of the branch; changes merged in between are counted in the delta.`;
}

interface RunLike {
  id: number;
  head_sha: string;
  event: string;
  head_repository?: { full_name?: string } | null;
}

/** Looks for the baseline; API failures (e.g. a missing `actions: read`) throw an explained error. */
export async function findBaseline(opts: FindBaselineOptions): Promise<BaselineResult> {
  const { octokit, owner, repo, key } = opts;
  const log = opts.log ?? (() => {});
  const maxRuns = opts.maxRuns ?? 30;
  const name = artifactName(key);
  const self = `${owner}/${repo}`.toLowerCase();
  const tried = new Set<number>();
  let expired = 0;
  let invalid = 0;
  let forks = 0;

  const listRuns = async (params: Record<string, string | number>): Promise<RunLike[]> => {
    try {
      const res =
        opts.workflowId !== undefined
          ? await octokit.rest.actions.listWorkflowRuns({ owner, repo, workflow_id: opts.workflowId, ...params })
          : await octokit.rest.actions.listWorkflowRunsForRepo({ owner, repo, ...params });
      return res.data.workflow_runs;
    } catch (err) {
      throw explainApiError('listing workflow runs for the baseline', err, 'actions: read');
    }
  };

  const tryRun = async (run: RunLike): Promise<BaselineResult | null> => {
    if (tried.has(run.id)) return null;
    tried.add(run.id);
    if ((run.head_repository?.full_name ?? '').toLowerCase() !== self) {
      forks++;
      log(`baseline: skipping run ${run.id}: it comes from another repository`);
      return null;
    }
    if (run.event === 'pull_request' || run.event === 'pull_request_target') return null;
    const artifacts = await listRunArtifacts({ octokit, owner, repo, runId: run.id, name });
    for (const a of artifacts) {
      if (a.expired) {
        expired++;
        log(`baseline: artifact ${name} of run ${run.id} has expired`);
        continue;
      }
      try {
        const report = await readReportArtifact({ octokit, owner, repo, artifact: a, parse: opts.parse, what: 'baseline report' });
        return { report, runId: run.id, headSha: run.head_sha, artifactId: a.id, walkedBack: run.head_sha !== opts.baseSha, wantedSha: opts.baseSha };
      } catch (err) {
        if (err instanceof RateLimitError) throw err;
        if ((err as { status?: number }).status === 410) {
          expired++;
          continue;
        }
        invalid++;
        log(`baseline: skipping run ${run.id}: ${(err as Error).message}`);
      }
    }
    return null;
  };

  // 1. the run for the PR's base commit
  if (opts.baseSha) {
    for (const run of await listRuns({ head_sha: opts.baseSha, per_page: 20 })) {
      const found = await tryRun(run);
      if (found) return found;
    }
  }
  // 2. walk back through the base branch
  const perPage = Math.min(100, Math.max(1, maxRuns));
  for (let page = 1; tried.size < maxRuns; page++) {
    const runs = await listRuns({ branch: opts.baseRef, status: 'completed', per_page: perPage, page });
    for (const run of runs) {
      if (tried.size >= maxRuns) break;
      const found = await tryRun(run);
      if (found) return found;
    }
    if (runs.length < perPage) break;
  }
  const notes = [
    `looked at ${tried.size} run${tried.size === 1 ? '' : 's'}`,
    ...(expired ? [`${expired} expired`] : []),
    ...(invalid ? [`${invalid} invalid`] : []),
    ...(forks ? [`${forks} from forks skipped`] : []),
  ];
  return { missing: `no baseline: no run on ${opts.baseRef} has a usable artifact ${name} (${notes.join(', ')})` };
}
