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
import { explainApiError } from './api-error.ts';
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
  | { report: Report; runId: number; headSha: string; artifactId: number }
  | { missing: string };

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
        return { report, runId: run.id, headSha: run.head_sha, artifactId: a.id };
      } catch (err) {
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
