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
