/**
 * Creates the Octokit the action talks to GitHub with: @actions/github's client (REST methods, pagination,
 * the runner's proxy settings) plus the retry and throttling plugins.
 */
import { GitHub, getOctokitOptions } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { MAX_RATE_LIMIT_WAIT_SECONDS } from './api-error.ts';

const Client = GitHub.plugin(retry, throttling);

/** The client type the adapters take. */
export type Octokit = InstanceType<typeof Client>;

export interface OctokitOptions {
  /** token sent with every request */
  token: string;
  /** REST API root (default: `GITHUB_API_URL` as read by @actions/github, else https://api.github.com) */
  baseUrl?: string;
  /** retries of a failed request: 5xx, network errors (default: 3) */
  retries?: number;
  /** base of the quadratic retry backoff, in ms (default: 1000) */
  retryAfterBaseMs?: number;
  /** queue writes and honour rate limits (default: true); tests may turn it off to skip the 1 s write spacing */
  throttle?: boolean;
  /** where rate-limit notes go (default: nowhere) */
  log?: (message: string) => void;
  /** user agent (default: `layer-budget`) */
  userAgent?: string;
}

/**
 * An Octokit with retry (5xx, network) and throttling: secondary rate limits are waited out and retried twice;
 * a primary rate limit is waited out only when it resets within 60 s, otherwise the request fails at once (the
 * caller explains it as a RateLimitError instead of sleeping up to an hour).
 */
export function createOctokit(opts: OctokitOptions): Octokit {
  const log = opts.log ?? (() => {});
  return new Client({
    ...getOctokitOptions(opts.token, { userAgent: opts.userAgent ?? 'layer-budget' }),
    ...(opts.baseUrl ? { baseUrl: opts.baseUrl.replace(/\/+$/, '') } : {}),
    retry: { retries: opts.retries ?? 3, retryAfterBaseValue: opts.retryAfterBaseMs ?? 1000 },
    throttle: {
      enabled: opts.throttle ?? true,
      onRateLimit: (retryAfter: number, options: { method: string; url: string }, _o: unknown, retryCount: number) => {
        if (retryAfter > MAX_RATE_LIMIT_WAIT_SECONDS) {
          log(`rate limit hit on ${options.method} ${options.url}; it resets in ${retryAfter}s, too long to wait`);
          return false;
        }
        log(`rate limit hit on ${options.method} ${options.url}; retrying after ${retryAfter}s`);
        return retryCount < 2;
      },
      onSecondaryRateLimit: (retryAfter: number, options: { method: string; url: string }, _o: unknown, retryCount: number) => {
        log(`secondary rate limit hit on ${options.method} ${options.url}; retrying after ${retryAfter}s`);
        return retryCount < 2;
      },
    },
  });
}
