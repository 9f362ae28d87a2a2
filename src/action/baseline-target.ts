/**
 * Which commit and branch a run's baseline comes from, per event (DESIGN §8):
 * - `pull_request`: the first parent of GITHUB_SHA when that is the PR's test merge commit (the base branch as
 *   merged), else the event's `base.sha`; branch: the PR's base branch;
 * - `merge_group`: `merge_group.base_sha` on `merge_group.base_ref` (the queue's head is gated like a PR);
 * - `push` with `push-baseline: true`: the push's `before` commit on the pushed branch;
 * - anything else: none.
 * `baseline-branch` overrides the branch.
 */
import type { ActionInputs } from './inputs.ts';
import type { PullInfo, RunContext } from './context.ts';
import { baselineCommit } from '../github/baseline.ts';
import type { BaselineCommitSource } from '../github/baseline.ts';
import type { Octokit } from '../github/octokit.ts';

/** Where to look for a baseline. */
export interface BaselineTarget {
  /** the commit whose run should hold the baseline ('' when unknown: walk back only) */
  sha: string;
  source: BaselineCommitSource;
  /** the branch whose runs are walked back through */
  branch: string;
}

/** The baseline target of this run, or null when the run doesn't compare (a push without `push-baseline`). */
export async function baselineTarget(opts: {
  octokit: Octokit | null;
  ctx: RunContext;
  inputs: ActionInputs;
  /** the PR (null: not a PR run, or mode analyze) */
  pr: PullInfo | null;
  log: (message: string) => void;
}): Promise<BaselineTarget | null> {
  const { octokit, ctx, inputs, pr } = opts;
  const branch = (b: string): string => inputs.baselineBranch || b;
  if (pr) {
    const c =
      octokit && ctx.shaIsPullMerge
        ? await baselineCommit({ octokit, owner: ctx.owner, repo: ctx.repo, sha: ctx.sha, shaIsPullMerge: true, baseSha: pr.baseSha, log: opts.log })
        : { sha: pr.baseSha, source: 'base-sha' as const };
    return { ...c, branch: branch(pr.baseRef) };
  }
  if (inputs.mode === 'analyze') return null;
  if (ctx.mergeGroup) return { sha: ctx.mergeGroup.baseSha, source: 'merge-group-base', branch: branch(ctx.mergeGroup.baseRef) };
  if (ctx.push && inputs.pushBaseline && ctx.push.branch) {
    return { sha: ctx.push.before ?? '', source: 'push-before', branch: branch(ctx.push.branch) };
  }
  return null;
}
