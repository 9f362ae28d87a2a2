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
  /** what the user can do about it, or what the tool expected; printed after the message as `hint: …` */
  readonly hint: string;
  /** `hint` is required: every bad-input error tells the user what to do (a test scans src to keep it so) */
  constructor(message: string, options: { cause?: unknown; hint: string }) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.hint = options.hint;
  }
}

const PICTURES: Record<string, string> = { '\n': '\u2424', '\r': '\u240d', '\t': '\u2409', '\x1b': '\u241b', '\x7f': '\u2421' };

/**
 * Makes a string safe for one line of a terminal or a runner log: newline → `␤`, ESC → `␛`, other C0 controls →
 * their control pictures, C1 controls, bidi overrides and line separators → `\u{…}` text. A message escaped so
 * has no line break, so no `::` workflow command and no ANSI/OSC sequence can start inside it.
 */
export function escapeControls(s: string): string {
  return s.replace(/[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\ufeff]/g, (c) => {
    const pic = PICTURES[c];
    if (pic) return pic;
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    return `\\u{${code.toString(16)}}`;
  });
}

/**
 * An image-derived (untrusted) string for an error message: controls made visible (see escapeControls) and
 * cut to `max` characters (default: 200) with `…`. Use it wherever a name, tag, media type, realm or path from
 * an image or a registry is interpolated into a message.
 */
export function untrusted(s: unknown, max = 200): string {
  const text = typeof s === 'string' ? s : JSON.stringify(s) ?? String(s);
  const clipped = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return escapeControls(clipped);
}

/** Wraps an error with context, keeping InputError-ness: `context: inner message`. */
export function withContext(context: string, err: unknown): Error {
  const msg = err instanceof Error ? err.message : String(err);
  if (err instanceof InputError) return new InputError(`${context}: ${msg}`, { cause: err, hint: err.hint });
  return new Error(`${context}: ${msg}`, { cause: err });
}
