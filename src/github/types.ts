/**
 * Shapes of GitHub data the API modules and the action share: a pull request and the run that triggered a
 * `workflow_run` event, as parsed from the event payload (src/action/context.ts) or the REST API.
 */

/** A pull request as the action needs it. */
export interface PullInfo {
  number: number;
  baseSha: string;
  baseRef: string;
  headSha: string;
  headRef: string;
  /** `owner/name` of the head repository (null: the fork was deleted) */
  headRepository: string | null;
  /** the head lives in another repository */
  fromFork: boolean;
  labels: string[];
}

/** The run that triggered a `workflow_run` event (comment mode). */
export interface TriggeringRun {
  id: number;
  /** the workflow that run belongs to (for the baseline lookup) */
  workflowId: number | null;
  event: string;
  conclusion: string | null;
  headSha: string;
  headBranch: string | null;
  /** `owner/name` of the head repository */
  headRepository: string | null;
  /** PR numbers GitHub attached (empty for fork PRs) */
  pullRequests: number[];
}
