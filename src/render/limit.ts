/**
 * The one size cap for GitHub markdown: a comment body may hold at most 65,536 characters, a job summary at
 * most 1 MiB. {@link capMarkdown} is the only place that cuts text to a limit; the comment renderer calls it as
 * its last resort and the sticky comment calls it for any body it is handed.
 */

/** GitHub's limit on a comment body, in characters (UTF-16 code units, at least GitHub's own count). */
export const COMMENT_LIMIT = 65_536;
/** GitHub's limit on a job summary, in bytes of UTF-8 (1 MiB). */
export const SUMMARY_LIMIT = 1_048_576;

/** How a limit is measured: `chars` (UTF-16 code units, for a comment) or `utf8` bytes (for a summary). */
export type LimitUnit = 'chars' | 'utf8';

/** The UTF-8 length of a string in bytes, without encoding it. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** The size of `s` in `unit`. */
export function sizeOf(s: string, unit: LimitUnit): number {
  return unit === 'chars' ? s.length : utf8Length(s);
}

/** Options for {@link capMarkdown}. */
export interface CapOptions {
  /** the limit (default: 65,536 for `chars`, 1,048,576 for `utf8`) */
  limit?: number;
  /** how the limit is measured (default: `chars`) */
  unit?: LimitUnit;
}

/** The note appended to a text that was cut; it names the limit and where the rest is. */
function cutNote(unit: LimitUnit): string {
  return unit === 'chars'
    ? "\n\n_The comment was cut at GitHub's 65,536-character limit; the full report is in the job summary and the report artifact._\n"
    : '\n\n_The summary was cut at the 1 MiB limit; the full report is in the report artifact._\n';
}

/**
 * Returns `text` unchanged when it fits, else cut at a line break (when one is in the second half), with an
 * open code fence and open `<details>` closed so the note stays visible, and a note saying where the rest is.
 * The first line (the marker of a comment) is kept whenever the limit leaves room for it. A cut never splits a
 * surrogate pair.
 */
export function capMarkdown(text: string, options: CapOptions = {}): string {
  const unit = options.unit ?? 'chars';
  const limit = options.limit ?? (unit === 'chars' ? COMMENT_LIMIT : SUMMARY_LIMIT);
  if (sizeOf(text, unit) <= limit) return text;
  const note = cutNote(unit);
  // room for the note and the closers (a fence and every open <details>, at most a few)
  const closers = (cut: string): string => {
    let tail = (cut.match(/^```/gm) ?? []).length % 2 === 1 ? '\n```' : '';
    const open = (cut.match(/<details[\s>]/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
    for (let i = 0; i < open; i++) tail += '\n</details>';
    return tail;
  };
  let budget = Math.max(0, limit - sizeOf(note, unit) - 16);
  for (;;) {
    let cut = text.slice(0, budget);
    // text was measured in code units; in utf8 a slice of `budget` code units may still be too long
    while (sizeOf(cut, unit) > budget) cut = cut.slice(0, Math.floor(cut.length * 0.95));
    const last = cut.charCodeAt(cut.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
    const nl = cut.lastIndexOf('\n');
    if (nl > cut.length / 2) cut = cut.slice(0, nl);
    const out = `${cut}${closers(cut)}${note}`;
    if (sizeOf(out, unit) <= limit || budget === 0) return sizeOf(out, unit) <= limit ? out : note.trim().slice(0, limit);
    budget = Math.max(0, budget - (sizeOf(out, unit) - limit) - 16);
  }
}
