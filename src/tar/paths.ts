/**
 * Path cleaning for tar entry names. Names are analyzed as paths only; they never touch the disk.
 */

/** Whether name[i] starts a `.` or `..` segment (name[i] is the first character of a segment). */
function dotSegment(name: string, i: number): boolean {
  if (name.charCodeAt(i) !== 46 /* . */) return false;
  const a = name.charCodeAt(i + 1);
  if (a !== a || a === 47) return true; // "." at the end (NaN) or "./"
  if (a !== 46) return false;
  const b = name.charCodeAt(i + 2);
  return b !== b || b === 47; // ".." at the end or "../"
}

/**
 * The absolute, cleaned POSIX form of a tar name: `./a//b/../c` → `/a/c`, `../../etc` → `/etc`,
 * `''` or `.` → `/`; a trailing slash is removed; `..` never climbs above `/`.
 */
export function cleanPath(name: string): string {
  const n = name.length;
  // fast path: leading "./" prefixes and one trailing "/" stripped, nothing else to do
  let start = 0;
  while (start + 1 < n && name.charCodeAt(start) === 46 && name.charCodeAt(start + 1) === 47) start += 2;
  let end = n;
  if (end > start + 1 && name.charCodeAt(end - 1) === 47) end--;
  let simple = start < end;
  if (simple) {
    const first = name.charCodeAt(start);
    if (first === 47 ? dotSegment(name, start + 1) || name.charCodeAt(start + 1) === 47 : dotSegment(name, start)) simple = false;
    for (let i = start + 1; simple && i < end; i++) {
      if (name.charCodeAt(i) !== 47) continue;
      const c = name.charCodeAt(i + 1);
      if (c === 47 || i + 1 >= end || dotSegment(name, i + 1)) simple = false;
    }
  }
  if (simple) {
    if (name.charCodeAt(start) === 47) return start === 0 && end === n ? name : name.slice(start, end);
    return '/' + name.slice(start, end);
  }
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

/**
 * The relative form of a tar name, for archive members used as keys (`./a/../b/` → `b`, `/etc` → `etc`,
 * `..` → `''`): cleanPath without its leading slash.
 */
export function cleanRelative(name: string): string {
  return cleanPath(name).slice(1);
}

/** The parent of a relative cleaned path (`a/b` → `a`, `a` → `''`). */
function parentRelative(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/** Resolves a symlink target against the directory of `from` (both relative and cleaned; `..` stays inside). */
export function resolveRelative(from: string, target: string): string {
  return cleanRelative(target.startsWith('/') ? target : parentRelative(from) + '/' + target);
}
