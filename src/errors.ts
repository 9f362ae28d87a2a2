/**
 * Error classes the entry points turn into one clear message and an exit status.
 * Messages are short lowercase context, with the underlying error as `cause`:
 * `reading layer 3 (sha256:ab12…): unexpected end of archive`.
 */

/** Exit statuses; a public contract. */
export const EXIT = {
  ok: 0,
  /** a budget failed */
  budgetFailed: 1,
  /** bad input or usage */
  input: 2,
  /** internal error (a bug) */
  internal: 3,
} as const;

/** Bad input: a corrupt archive, a malformed config, a missing file, bad usage. Exit status 2. */
export class InputError extends Error {
  override readonly name = 'InputError';
  /** what the user can do about it, printed after the message */
  readonly hint: string | undefined;
  constructor(message: string, options?: { cause?: unknown; hint?: string }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.hint = options?.hint;
  }
}

/** Wraps an error with context, keeping InputError-ness: `context: inner message`. */
export function withContext(context: string, err: unknown): Error {
  const msg = err instanceof Error ? err.message : String(err);
  if (err instanceof InputError) return new InputError(`${context}: ${msg}`, { cause: err, ...(err.hint ? { hint: err.hint } : {}) });
  return new Error(`${context}: ${msg}`, { cause: err });
}
