/**
 * Path cleaning for tar entry names. Names are analyzed as paths only; they never touch the disk.
 */

/** Matches names that need the slow path: a `.` or `..` segment, an empty segment (`//`), or a trailing `/`. */
const NEEDS_WORK = /(?:^|\/)\.{1,2}(?:\/|$)|\/\/|\/$/;

/**
 * The absolute, cleaned POSIX form of a tar name: `./a//b/../c` → `/a/c`, `../../etc` → `/etc`,
 * `''` or `.` → `/`; a trailing slash is removed; `..` never climbs above `/`.
 */
export function cleanPath(name: string): string {
  if (name.length === 0) return '/';
  if (!NEEDS_WORK.test(name)) return name.charCodeAt(0) === 47 /* / */ ? name : '/' + name;
  const out: string[] = [];
  for (const seg of name.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return '/' + out.join('/');
}

/** The parent directory of a cleaned path (`/a/b` → `/a`, `/a` → `/`, `/` → `/`). */
export function parentPath(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}
