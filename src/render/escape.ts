/**
 * Escaping for every string that comes from an image or a baseline artifact: paths, instructions, image
 * names, hint evidence. Such strings are hostile until escaped: they may hold `|` (breaks a table), HTML
 * (`<script>`), `@org/team` (notifies people), backticks (breaks code spans), newlines and control characters
 * (break lines, or drive a terminal), bidi overrides, `<!-- layer-budget:KEY -->` (would pose as another
 * comment's marker), or be 1,000 characters long.
 */
import { escapeControls } from '../errors.ts';
import { breakMarkers } from './marker.ts';

/** Default cap on the length of one escaped string, in characters (default: 200). */
export const DEFAULT_MAX_LENGTH = 200;

/**
 * Makes control characters visible: newline → `␤`, tab → `␉`, ESC → `␛`, other C0 controls → their
 * Unicode control pictures (U+2400…), C1 controls, bidi overrides and line/paragraph separators → `\u{…}`
 * text. The one implementation is `escapeControls` (src/errors.ts), which error messages use too.
 */
export const visibleControls: (s: string) => string = escapeControls;

/**
 * Shortens a string to at most `max` characters (code points) by cutting its middle: the head and the tail
 * of a path are the informative parts. `truncateMiddle('/a/very/long/path', 9)` → `/a/v…path`.
 */
export function truncateMiddle(s: string, max: number): string {
  // UTF-16 length bounds the code point count, so short strings need no further work
  if (s.length <= max) return s;
  let count = 0;
  for (const _ of s) if (++count > max) break;
  if (count <= max) return s;
  if (max <= 1) return '…';
  const headN = Math.ceil((max - 1) / 2);
  const tailN = max - 1 - headN;
  let i = 0;
  for (let k = 0; k < headN; k++) i += (s.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
  let j = s.length;
  for (let k = 0; k < tailN; k++) {
    const low = s.charCodeAt(j - 1);
    j -= low >= 0xdc00 && low <= 0xdfff && j >= 2 ? 2 : 1;
  }
  return `${s.slice(0, i)}…${s.slice(j)}`;
}

/** Options for {@link escapeMarkdown} and {@link escapeCode}. */
export interface EscapeOptions {
  /** cut longer strings in the middle with `…` (default: 200) */
  maxLength?: number;
}

/**
 * Escapes a string for GitHub markdown text, inside or outside a table cell: HTML-escapes `& < >` (so no
 * `<!--` survives), backslash-escapes `\ | \` * _ [ ] ~`, breaks `@mentions` and `#123` references with a
 * zero-width space, shows control characters visibly, and cuts long strings in the middle.
 */
export function escapeMarkdown(s: string, options: EscapeOptions = {}): string {
  const short = truncateMiddle(visibleControls(s), options.maxLength ?? DEFAULT_MAX_LENGTH);
  return short
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\|`*_[\]~]/g, (c) => `\\${c}`)
    .replace(/@/g, '@\u200b')
    .replace(/#(?=\d)/g, '#\u200b');
}

/** Options for {@link escapeCode}. */
export interface CodeOptions extends EscapeOptions {
  /** the span sits in a table cell, where `|` must be written `\|` even inside code (default: true) */
  inTable?: boolean;
}

/**
 * Renders a string as an inline code span that cannot break out: the fence is one backtick longer than the
 * longest backtick run inside, padded with spaces when the text starts or ends with a backtick; `|` becomes
 * `\|` in table cells; control characters are shown visibly; long strings are cut in the middle; `<!--` and
 * `-->` are broken (marker.ts breakMarkers), because a code span keeps them verbatim in the comment's source.
 * An empty string renders as `(empty)`. Mentions and HTML are inert inside code spans.
 */
export function escapeCode(s: string, options: CodeOptions = {}): string {
  let text = truncateMiddle(visibleControls(s), options.maxLength ?? DEFAULT_MAX_LENGTH);
  if (text === '') return '(empty)';
  if (options.inTable ?? true) text = text.replace(/\|/g, '\\|');
  text = breakMarkers(text);
  const runs = text.match(/`+/g) ?? [];
  const longest = runs.reduce((m, r) => Math.max(m, r.length), 0);
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || (text.startsWith(' ') && text.endsWith(' ') && text.trim() !== '') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Escapes a string for a terminal: control characters (ESC included) are shown visibly, long ones cut. */
export function escapeTerminal(s: string, options: EscapeOptions = {}): string {
  return truncateMiddle(visibleControls(s), options.maxLength ?? DEFAULT_MAX_LENGTH);
}
