/**
 * Turns a failed GitHub API call into one short explained error: what we were doing, the HTTP status, and
 * what usually causes it (a fork's read-only token, a missing permission).
 */

/** A GitHub API failure with its status (0: no response) and an explanation. */
export class GitHubApiError extends Error {
  override readonly name = 'GitHubApiError';
  readonly status: number;
  constructor(message: string, status: number, options?: { cause?: unknown }) {
    super(message, options);
    this.status = status;
  }
}

/**
 * GitHub's primary rate limit is used up and resets too far away to wait (more than 60 s). The action fails
 * with this message, output status `rate-limited` and exit status RATE_LIMITED_EXIT.
 */
export class RateLimitError extends GitHubApiError {
  override readonly name = 'GitHubApiError';
  /** seconds until `x-ratelimit-reset` (null: unknown) */
  readonly resetInSeconds: number | null;
  constructor(message: string, status: number, resetInSeconds: number | null, options?: { cause?: unknown }) {
    super(message, status, options);
    this.resetInSeconds = resetInSeconds;
  }
}

/** The exit status of a run stopped by the primary rate limit (distinct from 0-3). */
export const RATE_LIMITED_EXIT = 4;

/** Primary rate limits further away than this are not waited out. */
export const MAX_RATE_LIMIT_WAIT_SECONDS = 60;

/** Seconds until the primary rate limit resets when `err` is a primary rate-limit answer, else null. */
export function primaryRateLimitReset(err: unknown, nowMs = Date.now()): number | null {
  const status = statusOf(err);
  if (status !== 403 && status !== 429) return null;
  const headers = (err as { response?: { headers?: Record<string, unknown> } } | null)?.response?.headers ?? {};
  if (String(headers['x-ratelimit-remaining'] ?? '') !== '0') return null;
  const reset = Number(headers['x-ratelimit-reset']);
  return Number.isFinite(reset) ? Math.max(0, Math.ceil(reset - nowMs / 1000)) : 0;
}

/** The HTTP status of an Octokit error (0 when there was no response). */
export function statusOf(err: unknown): number {
  const s = (err as { status?: unknown } | null)?.status;
  return typeof s === 'number' ? s : 0;
}

/**
 * Explains `err` in the context `doing` (e.g. `updating the PR comment`). `permission` names the
 * workflow permission the call needs (e.g. `pull-requests: write`).
 */
export function explainApiError(doing: string, err: unknown, permission?: string): GitHubApiError {
  const status = statusOf(err);
  const upstream = (err as { response?: { data?: { message?: unknown } } } | null)?.response?.data?.message;
  const detail = typeof upstream === 'string' ? upstream : err instanceof Error ? err.message : String(err);
  const resetIn = primaryRateLimitReset(err);
  if (resetIn !== null) {
    const minutes = Math.ceil(resetIn / 60);
    return new RateLimitError(
      `${doing}: GitHub's API rate limit for this token is used up and resets in ${resetIn} s (about ${minutes} min); not waiting that long. Re-run the job after the reset, or use a token with its own limit (a GitHub App installation token)`,
      status,
      resetIn,
      { cause: err },
    );
  }
  const need = permission ? `grant \`${permission}\` in the workflow's \`permissions\`` : 'check the token';
  let why: string;
  switch (status) {
    case 401:
      why = 'the token was rejected; check the `github-token` input';
      break;
    case 403:
      why = /rate limit/i.test(detail)
        ? 'rate limited; try again later'
        : `the token may not do this; pull requests from forks get a read-only token; see README § Forks; otherwise ${need}`;
      break;
    case 404:
      why = `not found, or the token can't see it; ${need}`;
      break;
    case 410:
      why = 'gone (expired or deleted)';
      break;
    case 0:
      why = 'no response from the API';
      break;
    default:
      why = 'the API failed';
  }
  return new GitHubApiError(`${doing}: HTTP ${status || 'error'} (${detail}): ${why}`, status, { cause: err });
}
