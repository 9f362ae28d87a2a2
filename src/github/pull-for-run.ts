/**
 * Finds the pull request a `workflow_run` was for (comment mode), and checks that the PR still points at the
 * commit the run built. GitHub leaves `workflow_run.pull_requests` empty for fork PRs, so the PR is also
 * looked up by the run's head branch (`owner:branch`) and by its head commit.
 */
import { explainApiError } from './api-error.ts';
import type { PullInfo, TriggeringRun } from './types.ts';
import type { Octokit } from './octokit.ts';

/**
 * Comment mode lost a race it must not fail on (DESIGN §6: the PR's own run is the gate): the PR was closed or
 * merged before the comment job ran, its head moved on, or its run failed before uploading the report. The
 * action ends with a notice and exit status 0.
 */
export class CommentSkipped extends Error {
  override readonly name = 'CommentSkipped';
}

export interface PullForRunOptions {
  octokit: Octokit;
  owner: string;
  repo: string;
  run: TriggeringRun;
}

/** The open PR whose head is the run's head SHA. A PR that moved on since the run is refused (InputError). */
export async function findPullForRun(opts: PullForRunOptions): Promise<PullInfo> {
  const { octokit, owner, repo, run } = opts;
  const candidates = new Set<number>(run.pullRequests);
  try {
    if (candidates.size === 0 && run.headRepository && run.headBranch) {
      const head = `${run.headRepository.split('/')[0]}:${run.headBranch}`;
      const list = await octokit.paginate(octokit.rest.pulls.list, { owner, repo, state: 'open', head, per_page: 100 });
      for (const p of list) candidates.add(p.number);
    }
    if (candidates.size === 0) {
      const res = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: run.headSha, per_page: 100 });
      for (const p of res.data) if (p.state === 'open') candidates.add(p.number);
    }
  } catch (err) {
    throw explainApiError(`finding the pull request of run ${run.id}`, err, 'pull-requests: read');
  }
  if (candidates.size === 0) {
    throw new CommentSkipped(`not commenting: no open pull request has run ${run.id}'s head commit ${run.headSha.slice(0, 12)} (closed or merged before this job ran?)`);
  }
  let closed: number | null = null;
  let moved: { number: number; sha: string } | null = null;
  for (const number of [...candidates].sort((a, b) => a - b)) {
    let pr;
    try {
      pr = (await octokit.rest.pulls.get({ owner, repo, pull_number: number })).data;
    } catch (err) {
      throw explainApiError(`reading pull request #${number}`, err, 'pull-requests: read');
    }
    if (pr.state !== 'open') {
      closed = number;
      continue;
    }
    if (pr.head.sha !== run.headSha) {
      moved = { number, sha: pr.head.sha };
      continue;
    }
    const headRepository = pr.head.repo?.full_name ?? null;
    return {
      number,
      baseSha: pr.base.sha,
      baseRef: pr.base.ref,
      headSha: pr.head.sha,
      headRef: pr.head.ref,
      headRepository,
      fromFork: headRepository === null || headRepository.toLowerCase() !== `${owner}/${repo}`.toLowerCase(),
      labels: pr.labels.map((l) => l.name),
    };
  }
  if (moved) {
    throw new CommentSkipped(
      `not commenting: pull request #${moved.number}'s head moved on to ${moved.sha.slice(0, 12)} after run ${run.id} built ${run.headSha.slice(0, 12)}; the run of its new head will comment`,
    );
  }
  throw new CommentSkipped(`not commenting: pull request #${closed} was closed or merged before this job ran`);
}
