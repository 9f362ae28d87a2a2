/**
 * The run's context: which event, which PR, which base. Parsed from plain data (the runner's environment
 * and event payload are read by `contextDataFromEnv`, not at import time).
 */

/** The raw facts about a run, as the runner gives them. */
export interface RunContextData {
  /** GITHUB_EVENT_NAME */
  eventName: string;
  /** the parsed JSON of GITHUB_EVENT_PATH ({} when absent) */
  eventPayload: unknown;
  /** GITHUB_REPOSITORY split */
  repo: { owner: string; repo: string };
  /** GITHUB_SHA */
  sha: string;
  /** GITHUB_REF */
  ref: string;
  /** GITHUB_RUN_ID */
  runId: number;
  /** GITHUB_WORKFLOW_REF: `owner/repo/.github/workflows/ci.yml@refs/heads/main` */
  workflowRef?: string;
  serverUrl: string;
  apiUrl: string;
  /** GITHUB_RUN_ATTEMPT (default: 1) */
  runAttempt?: number;
}

/** A `merge_group` event's group (merge queue). */
export interface MergeGroupInfo {
  /** the queue's head commit, the one being checked */
  headSha: string;
  /** `gh-readonly-queue/main/pr-…` (without `refs/heads/`) */
  headRef: string;
  /** the group's parent commit on the base branch */
  baseSha: string;
  /** the branch it merges into (without `refs/heads/`) */
  baseRef: string;
}

/** A `push` event's commits. */
export interface PushInfo {
  /** the branch tip before the push (null: a new branch) */
  before: string | null;
  after: string;
  /** the branch pushed to (without `refs/heads/`; null for tags) */
  branch: string | null;
}

export type { PullInfo, TriggeringRun } from '../github/types.ts';
import type { PullInfo, TriggeringRun } from '../github/types.ts';

/** The parsed context. */
export interface RunContext {
  eventName: string;
  owner: string;
  repo: string;
  sha: string;
  ref: string;
  runId: number;
  /** the workflow file name (`ci.yml`), usable as a workflow_id; null when unknown */
  workflowFile: string | null;
  /** the repository's default branch, when the payload says */
  defaultBranch: string | null;
  /** set on pull_request and pull_request_target events */
  pr: PullInfo | null;
  /** the token can't write: a `pull_request` event from a fork */
  readOnlyToken: boolean;
  /** set on workflow_run events */
  workflowRun: TriggeringRun | null;
  /** set on merge_group events */
  mergeGroup: MergeGroupInfo | null;
  /** set on push events */
  push: PushInfo | null;
  /** GITHUB_SHA is the PR's test merge commit (`refs/pull/N/merge`), whose first parent is the base as merged */
  shaIsPullMerge: boolean;
  /** GITHUB_RUN_ATTEMPT: > 1 on a re-run */
  runAttempt: number;
  serverUrl: string;
  apiUrl: string;
}

const ZERO_SHA = /^0{40}$/;
const branchOf = (ref: string | null): string | null => (ref && ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : null);

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : {});
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** Parses the context; missing payload fields give nulls, never throw. */
export function parseContext(data: RunContextData): RunContext {
  const payload = obj(data.eventPayload);
  const repository = obj(payload['repository']);
  const fullName = `${data.repo.owner}/${data.repo.repo}`;
  let pr: PullInfo | null = null;
  const p = obj(payload['pull_request']);
  if (typeof p['number'] === 'number') {
    const head = obj(p['head']);
    const base = obj(p['base']);
    const headRepo = str(obj(head['repo'])['full_name']);
    const baseRepo = str(obj(base['repo'])['full_name']) ?? fullName;
    pr = {
      number: p['number'],
      baseSha: str(base['sha']) ?? '',
      baseRef: str(base['ref']) ?? '',
      headSha: str(head['sha']) ?? '',
      headRef: str(head['ref']) ?? '',
      headRepository: headRepo,
      fromFork: headRepo === null || headRepo.toLowerCase() !== baseRepo.toLowerCase(),
      labels: Array.isArray(p['labels']) ? p['labels'].map((l) => str(obj(l)['name'])).filter((n): n is string => n !== null) : [],
    };
  }
  let workflowRun: TriggeringRun | null = null;
  const w = obj(payload['workflow_run']);
  if (data.eventName === 'workflow_run' && typeof w['id'] === 'number') {
    workflowRun = {
      id: w['id'],
      workflowId: typeof w['workflow_id'] === 'number' ? w['workflow_id'] : null,
      event: str(w['event']) ?? '',
      conclusion: str(w['conclusion']),
      headSha: str(w['head_sha']) ?? '',
      headBranch: str(w['head_branch']),
      headRepository: str(obj(w['head_repository'])['full_name']),
      pullRequests: Array.isArray(w['pull_requests'])
        ? w['pull_requests'].map((x) => obj(x)['number']).filter((n): n is number => typeof n === 'number')
        : [],
    };
  }
  let mergeGroup: MergeGroupInfo | null = null;
  const mg = obj(payload['merge_group']);
  if (data.eventName === 'merge_group' && typeof mg['head_sha'] === 'string') {
    const baseRef = str(mg['base_ref']) ?? '';
    const headRef = str(mg['head_ref']) ?? '';
    mergeGroup = {
      headSha: mg['head_sha'],
      headRef: branchOf(headRef) ?? headRef,
      baseSha: str(mg['base_sha']) ?? '',
      baseRef: branchOf(baseRef) ?? baseRef,
    };
  }
  let push: PushInfo | null = null;
  if (data.eventName === 'push') {
    const before = str(payload['before']);
    push = {
      before: before && !ZERO_SHA.test(before) ? before : null,
      after: str(payload['after']) ?? data.sha,
      branch: branchOf(str(payload['ref']) ?? data.ref),
    };
  }
  const wf = data.workflowRef ? /\.github\/workflows\/([^@/]+)@/.exec(data.workflowRef) : null;
  return {
    eventName: data.eventName,
    owner: data.repo.owner,
    repo: data.repo.repo,
    sha: data.sha,
    ref: data.ref,
    runId: data.runId,
    workflowFile: wf?.[1] ?? null,
    defaultBranch: str(repository['default_branch']),
    pr,
    readOnlyToken: data.eventName === 'pull_request' && pr !== null && pr.fromFork,
    workflowRun,
    mergeGroup,
    push,
    shaIsPullMerge: pr !== null && data.ref === `refs/pull/${pr.number}/merge` && /^[0-9a-f]{40}$/.test(data.sha) && data.sha !== pr.headSha,
    runAttempt: data.runAttempt && data.runAttempt > 0 ? data.runAttempt : 1,
    serverUrl: data.serverUrl,
    apiUrl: data.apiUrl,
  };
}

/** Reads the context data from the runner's environment; `readFile` reads GITHUB_EVENT_PATH. */
export async function contextDataFromEnv(
  env: Record<string, string | undefined>,
  readFile: (path: string) => Promise<string>,
): Promise<RunContextData> {
  const [owner = '', repo = ''] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
  let eventPayload: unknown = {};
  const path = env['GITHUB_EVENT_PATH'];
  if (path) {
    try {
      eventPayload = JSON.parse(await readFile(path));
    } catch (err) {
      throw new Error(`reading the event payload (${path}): ${(err as Error).message}`, { cause: err });
    }
  }
  return {
    eventName: env['GITHUB_EVENT_NAME'] ?? '',
    eventPayload,
    repo: { owner, repo },
    sha: env['GITHUB_SHA'] ?? '',
    ref: env['GITHUB_REF'] ?? '',
    runId: Number(env['GITHUB_RUN_ID'] ?? 0),
    ...(env['GITHUB_WORKFLOW_REF'] ? { workflowRef: env['GITHUB_WORKFLOW_REF'] } : {}),
    serverUrl: env['GITHUB_SERVER_URL'] ?? 'https://github.com',
    apiUrl: env['GITHUB_API_URL'] ?? 'https://api.github.com',
    runAttempt: Number(env['GITHUB_RUN_ATTEMPT'] ?? 1) || 1,
  };
}
