/**
 * The sticky PR comment: one comment per image key, found by its hidden marker `<!-- layer-budget:KEY -->`
 * AND its author (our bot), paging through all of the PR's comments. It is updated when it exists, created
 * otherwise, and left alone when the body has not changed. A user's comment that carries our marker is never
 * taken over.
 */
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

/** The hidden marker of a key's comment. */
export function commentMarker(key: string): string {
  return `<!-- layer-budget:${key} -->`;
}

/** GitHub rejects comment bodies longer than this many characters. */
export const COMMENT_LIMIT_CHARS = 65_536;

/**
 * Cuts a body that would be rejected, at a line break, and says where the rest is. A cut inside a
 * `<details>` or code fence is closed so the note stays visible.
 */
export function clampComment(body: string, limit = COMMENT_LIMIT_CHARS): string {
  if (body.length <= limit) return body;
  const note = '\n\n_The comment was cut at GitHub\'s 65,536-character limit; the full report is in the job summary and the report artifact._\n';
  const closers = '\n```\n</details>\n';
  let cut = body.slice(0, limit - note.length - closers.length - 16);
  const nl = cut.lastIndexOf('\n');
  if (nl > cut.length / 2) cut = cut.slice(0, nl);
  const fences = (cut.match(/^```/gm) ?? []).length;
  let tail = fences % 2 === 1 ? '\n```' : '';
  const open = (cut.match(/<details>/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
  if (open > 0) tail += '\n</details>';
  return `${cut}${tail}${note}`;
}

export interface StickyCommentOptions {
  octokit: Octokit;
  owner: string;
  repo: string;
  /** PR (issue) number */
  issueNumber: number;
  /** image key; the marker is `<!-- layer-budget:KEY -->` */
  key: string;
  /** the comment body; the marker is put first when it is not there; cut to 65,536 characters with a note */
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
  const marker = commentMarker(key);
  const body = clampComment(opts.body.includes(marker) ? opts.body : `${marker}\n${opts.body}`);
  let existing: { id: number; body?: string; html_url: string } | undefined;
  try {
    for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 })) {
      existing = page.data.find((c) => c.user?.login === bot && (c.body ?? '').includes(marker));
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
