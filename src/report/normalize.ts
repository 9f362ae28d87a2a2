/**
 * Normalizes a history `created_by` so that the same Dockerfile instruction reads the same across builds and
 * builders, for matching layers between two reports (docs/architecture.md §"Formats", §"Report, baseline and diff"). The result is for matching and for
 * display as a short label; it is not a faithful command line.
 *
 * Rules, in order:
 *  1. Whitespace (spaces, tabs, newlines) collapses to one space; the ends are trimmed.
 *  2. A trailing `# buildkit` marker is removed.
 *  3. A leading `RUN ` keyword (buildkit) is set aside, to be put back in step 6.
 *  4. A build-argument prefix `|N KEY=VAL …` (legacy docker, buildkit, buildah) is removed, values included
 *     (they are not quoted, so everything up to the shell, or N tokens when no shell follows, goes).
 *  5. A shell prefix is removed: `/bin/sh -c `, and likewise `sh`, `bash`, `ash`, `dash`, `zsh` with or without
 *     `/bin/` or `/usr/bin/` and with options before `-c` (`/bin/bash -o pipefail -c `).
 *     - followed by `#(nop) `: a metadata or COPY/ADD instruction (legacy docker, buildah); the marker goes too
 *       and the instruction stands alone (`#(nop)  CMD ["sh"]` → `CMD ["sh"]`);
 *     - otherwise it was a RUN: the result reads `RUN <command>`.
 *  6. The `RUN ` of step 3 comes back, so `RUN /bin/sh -c X # buildkit`, `/bin/sh -c X` and kaniko's `RUN X` all
 *     read `RUN X`.
 *  7. Content hashes go: `file:<hex>`, `dir:<hex>`, `multi:<hex>` → `file`, `dir`, `multi`
 *     (`COPY file:ab12… in /app` → `COPY file in /app`); `sha256:<hex>` → `sha256:…`.
 * A bare command (no shell, no keyword) is kept as it is, after rules 1, 2 and 7.
 */

const SHELL = String.raw`(?:(?:/usr)?/bin/)?(?:ba|da|a|z)?sh(?: -(?:o \S+|[a-zA-Z]+))*? -c `;
const SHELL_PREFIX = new RegExp(`^${SHELL}`);
const ARGS_BEFORE_SHELL = new RegExp(`^\\|\\d+ .*? (?=${SHELL})`);
const HEX_SOURCE = /\b(file|dir|multi):[0-9a-f]{16,}\b/g;
const SHA256 = /\bsha256:[0-9a-f]{16,}\b/g;

/** Strips the `|N k=v …` build-argument prefix, if any. */
function stripArgs(s: string): string {
  if (!s.startsWith('|')) return s;
  const m = ARGS_BEFORE_SHELL.exec(s);
  if (m !== null) return s.slice(m[0].length);
  // no shell follows: drop N whitespace-separated tokens after `|N`
  const head = /^\|(\d+) ?/.exec(s);
  if (head === null) return s;
  const n = Number(head[1]);
  const rest = s.slice(head[0].length).split(' ');
  return rest.slice(Math.min(n, rest.length)).join(' ');
}

/** Normalizes one history `created_by` string (see the module doc for the rules). */
export function normalizeInstruction(createdBy: string): string {
  let s = createdBy.replace(/\s+/g, ' ').trim();
  s = s.replace(/ ?# buildkit$/, '');
  let run = false;
  if (s.startsWith('RUN ')) {
    run = true;
    s = s.slice(4);
  }
  s = stripArgs(s);
  const shell = SHELL_PREFIX.exec(s);
  if (shell !== null) {
    s = s.slice(shell[0].length);
    if (s.startsWith('#(nop)')) {
      s = s.slice(6).trimStart();
      run = false;
    } else {
      run = true;
    }
  }
  if (run) s = s === '' ? 'RUN' : `RUN ${s}`;
  s = s.replace(HEX_SOURCE, '$1').replace(SHA256, 'sha256:…');
  return s.trim();
}
