/**
 * The sticky PR comment: one comment per image key, found by its hidden marker `<!-- layer-budget:KEY -->`
 * as the body's FIRST line AND its author (our bot), paging through all of the PR's comments. It is updated
 * when it exists, created otherwise, and left alone when the body has not changed. A user's comment that
 * carries our marker is never taken over, and neither is a comment that only quotes the marker further down
 * (another key's comment, say). The marker and the size cap are owned by src/render (marker.ts, limit.ts).
 */
import { capMarkdown } from '../render/limit.ts';
import { startsWithMarker, withMarker } from '../render/marker.ts';
import { explainApiError } from './api-error.ts';
import type { Octokit } from './octokit.ts';

/** The login the default `GITHUB_TOKEN` comments as. */
export const DEFAULT_BOT_LOGIN = 'github-actions[bot]';

/**
 * The login our comments are authored by, for every kind of token:
 * 1. GraphQL `viewer { login }`: works for the workflow's GITHUB_TOKEN (`github-actions[bot]`), for GitHub App
 *    installation tokens (`<app-slug>[bot]`) and for personal access tokens (the user).
 * 2. `GET /user`: personal access tokens only (it answers 403 "Resource not accessible by integration" for
 *    GITHUB_TOKEN and App tokens), in case GraphQL is unreachable (e.g. a proxy that only passes REST).
 * 3. `github-actions[bot]`, the GITHUB_TOKEN's login, with `log` told why.
 */
export async function resolveCommentAuthor(octokit: Octokit, log: (message: string) => void = () => {}): Promise<string> {
  try {
    const res = await octokit.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }');
    const login = res?.viewer?.login;
    if (typeof login === 'string' && /^[A-Za-z0-9][A-Za-z0-9-]*(\[bot\])?$/.test(login)) return login;
    log('GraphQL viewer gave no login');
  } catch (err) {
    log(`GraphQL viewer failed: ${(err as Error).message}`);
  }
  try {
    const res = await octokit.rest.users.getAuthenticated();
    return res.data.login;
  } catch (err) {
    log(`GET /user failed: ${(err as Error).message}; assuming ${DEFAULT_BOT_LOGIN}`);
    return DEFAULT_BOT_LOGIN;
  }
}

/** The marker and the size cap are render's (one owner each); re-exported under their old names for callers. */
export { commentMarker, startsWithMarker } from '../render/marker.ts';
export { capMarkdown as clampComment, COMMENT_LIMIT as COMMENT_LIMIT_CHARS } from '../render/limit.ts';

export interface StickyCommentOptions {
  octokit: Octokit;
  owner: string;
  repo: string;
  /** PR (issue) number */
  issueNumber: number;
  /** image key; the marker is `<!-- layer-budget:KEY -->` */
  key: string;
  /** the comment body; the marker line is put first when it is not the first line; cut to 65,536 characters with a note */
  body: string;
  /** author whose comment we own (default: `github-actions[bot]`) */
  botLogin?: string;
}

export interface StickyCommentResult {
  action: 'created' | 'updated' | 'unchanged';
  /** html_url of the comment */
  url: string;
  id: number;
}

/** Creates, updates or leaves the key's comment. API errors are explained (403 on forks, 404 permissions). */
export async function upsertStickyComment(opts: StickyCommentOptions): Promise<StickyCommentResult> {
  const { octokit, owner, repo, issueNumber, key } = opts;
  const bot = opts.botLogin ?? DEFAULT_BOT_LOGIN;
  const body = capMarkdown(withMarker(opts.body, key));
  let existing: { id: number; body?: string; html_url: string } | undefined;
  try {
    for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 })) {
      existing = page.data.find((c) => c.user?.login === bot && startsWithMarker(c.body ?? '', key));
      if (existing) break;
    }
  } catch (err) {
    throw explainApiError(`listing the comments of #${issueNumber}`, err, 'pull-requests: read');
  }
  if (existing) {
    if ((existing.body ?? '').trim() === body.trim()) return { action: 'unchanged', url: existing.html_url, id: existing.id };
    try {
      const res = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
      return { action: 'updated', url: res.data.html_url, id: res.data.id };
    } catch (err) {
      throw explainApiError(`updating the comment on #${issueNumber}`, err, 'pull-requests: write');
    }
  }
  try {
    const res = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
    return { action: 'created', url: res.data.html_url, id: res.data.id };
  } catch (err) {
    throw explainApiError(`commenting on #${issueNumber}`, err, 'pull-requests: write');
  }
}
