/**
 * The one owner of the sticky comment's hidden marker `<!-- layer-budget:KEY -->`: how it is written, how a
 * comment is recognised by it, and how marker-shaped text from an image or a baseline is broken so that it can
 * never pose as another key's marker. See docs/architecture.md (render).
 */

/** The longest key kept in a marker, in characters (default for {@link markerKey}). */
export const MARKER_KEY_MAX = 100;

/**
 * The key as it is written in the marker: letters, digits, `.`, `_` and `-` kept, every other character
 * (space, `<`, `>`, newline…) replaced by `_`, runs of `-` folded to one (so the key cannot close the HTML
 * comment), cut to 100 characters; an empty key becomes `_`.
 */
export function markerKey(key: string): string {
  const clean = key.replace(/[^A-Za-z0-9._-]/g, '_').replace(/-{2,}/g, '-').slice(0, MARKER_KEY_MAX);
  return clean === '' ? '_' : clean;
}

/** The hidden marker of a key's comment: `<!-- layer-budget:KEY -->`, the key cleaned by {@link markerKey}. */
export function commentMarker(key: string): string {
  return `<!-- layer-budget:${markerKey(key)} -->`;
}

/** The first line of a text, without a trailing `\r` or spaces. */
function firstLine(body: string): string {
  const nl = body.indexOf('\n');
  return (nl < 0 ? body : body.slice(0, nl)).trimEnd();
}

/**
 * True when `body`'s FIRST line is exactly the key's marker (trailing spaces or `\r` allowed). A marker
 * further down (pasted, quoted, or another key's comment quoting ours) does not count.
 */
export function startsWithMarker(body: string, key: string): boolean {
  return firstLine(body) === commentMarker(key);
}

/**
 * `body` with the key's marker as its first line: unchanged when it is already there, else the marker line
 * is put in front.
 */
export function withMarker(body: string, key: string): string {
  return startsWithMarker(body, key) ? body : `${commentMarker(key)}\n${body}`;
}

/**
 * Breaks HTML comment delimiters in text from an image or a baseline, so that no marker-shaped text survives
 * rendering: `<!--` becomes `<\u200b!--` and `-->` becomes `--\u200b>` (a zero-width space: it reads the same,
 * but it is no longer a comment, a marker, or a comment's end). Used by every markdown escaper, code spans
 * included (where `&lt;` would show literally).
 */
export function breakMarkers(s: string): string {
  return s.replace(/<!--/g, '<\u200b!--').replace(/-->/g, '--\u200b>');
}
