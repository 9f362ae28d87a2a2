/**
 * Credentials in text: the one detector behind the `secrets` hint (is there a credential here, and what is it)
 * and the core's redaction (`src/core/redact.ts`: mask every credential value before anything is rendered or
 * written). It reports spans, kinds and key names, never a value.
 *
 * What it finds, in history `created_by`, config `Env` entries, labels, build args and report text:
 *  - token shapes, wherever they stand: GitHub (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`, `github_pat_`), npm
 *    (`npm_` + 36), Slack (`xoxb-`, …), GitLab (`glpat-`), Google API keys (`AIza…`), Stripe live keys, AWS
 *    access key ids (`AKIA…`/`ASIA…`);
 *  - PEM private key blocks (`-----BEGIN … PRIVATE KEY-----` … `-----END … PRIVATE KEY-----`);
 *  - a URL with a password (`https://user:PASS@host`);
 *  - `Authorization: Bearer|Basic|token VALUE`;
 *  - a value assigned to a secret-looking name: `GITHUB_TOKEN=…`, `ARG NPM_TOKEN=…`, `ENV AWS_SECRET_ACCESS_KEY …`,
 *    `_authToken=…`, `DB_PASSWORD: …`, `--password …` (names with SECRET, TOKEN, PASSWORD, PASSWD, PASSPHRASE,
 *    PWD, API_KEY, ACCESS_KEY, PRIVATE_KEY, CREDENTIAL, AUTH).
 * Variables (`$X`, `${X}`), format strings (`%s`), placeholders (`changeme`, `<your-key>`, `xxx`) and values
 * already masked (`***`) are not credentials.
 *
 * `certain` marks what the `secrets` hint reports (and so, by default, fails on): token shapes, private keys,
 * URL passwords, and secret names with a real-looking value of at least 8 characters (`NAME=value`, `NAME: value`,
 * `ENV NAME value`). Weaker matches (a short value, `--password value`) are masked but not reported.
 */

/** A name that holds a credential (see the module doc). `PWD`/`OLDPWD` alone are the shell's directories. */
const SECRET_NAME = /(SECRET|TOKEN|PASSW(?:OR)?D|PASSPHRASE|PWD|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL|AUTH(?!OR))/i;

/**
 * A name that says *where* a credential is or *how* it is used, not the credential: `GITHUB_TOKEN_FILE`,
 * `TOKEN_URL`, `LAYER_BUDGET_TOKEN_HOSTS`, `SECRET_NAME`, `AUTH_TYPE`.
 */
const ABOUT_A_SECRET = /[_.-]?(FILE|PATH|DIR|HOSTS?|URL|URI|ENDPOINT|REALM|NAME|TYPE|TTL|EXPIRY|EXPIRES|HEADER|FIELD|LENGTH|SIZE)S?$/i;

/** True for a key name that holds a credential: `NPM_TOKEN`, `_authToken`, `AWS_SECRET_ACCESS_KEY`, `DB_PASSWORD`. */
export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name) && !/^(OLD)?PWD$/i.test(name) && !ABOUT_A_SECRET.test(name);
}

const PLACEHOLDER = /^(|changeme|change_me|xxx+|\*+|<.*>|\$\{.*\}|\$[A-Za-z_][A-Za-z0-9_]*|your[_-].*|example.*|dummy|test|null|none|false|true|todo)$/i;

/** True for a value that stands for a credential without being one: a variable, a format string, a placeholder, a mask. */
export function isPlaceholder(value: string): boolean {
  return PLACEHOLDER.test(value) || /^[$%]/.test(value) || /^\*+$/.test(value);
}

/** `-----BEGIN … PRIVATE KEY-----` (PEM, OpenSSH, PGP private key blocks). */
export const PEM_PRIVATE = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/;
/** An AWS access key id. */
export const AWS_KEY_ID = /\b(AKIA|ASIA)[0-9A-Z]{16}\b/;
/** A URL that carries a password. */
export const URL_WITH_PASSWORD = /[a-z][a-z0-9+.-]*:\/\/[^\s:@/'"]+:[^\s@/'"]+@/i;

/** One credential found in a text: where its value is (never the value itself) and what it is. */
export interface Credential {
  /** what it is, for messages: `GitHub token`, `private key`, `URL with a password`, or the key name (`NPM_TOKEN`) */
  kind: string;
  /** the value's span in the text: [start, end) */
  start: number;
  end: number;
  /** what the value is replaced with (`***`, or `****************` for an AWS key id body) */
  mask: string;
  /** sure enough to report (see the module doc); weaker matches are only masked */
  certain: boolean;
}

interface Shape {
  kind: string;
  /** group 1 is kept (a public prefix), group 2 is the secret part */
  re: RegExp;
  /** a mask of the same length (AWS key ids have a documented fixed shape) */
  sameLength?: boolean;
}

/** Token shapes, found wherever they stand. */
const SHAPES: readonly Shape[] = [
  { kind: 'GitHub token', re: /\b(gh[pousr]_)([A-Za-z0-9]{30,})(?![A-Za-z0-9_])/g },
  { kind: 'GitHub token', re: /\b(github_pat_)([A-Za-z0-9_]{30,})/g },
  { kind: 'npm token', re: /\b(npm_)([A-Za-z0-9]{30,})(?![A-Za-z0-9_])/g },
  { kind: 'Slack token', re: /\b(xox[abposr]-)([A-Za-z0-9-]{10,})/g },
  { kind: 'GitLab token', re: /\b(glpat-)([A-Za-z0-9_-]{20,})/g },
  { kind: 'Google API key', re: /\b(AIza)([0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/g },
  { kind: 'Stripe key', re: /\b((?:sk|rk)_live_)([0-9A-Za-z]{20,})/g },
  { kind: 'AWS access key id', re: /\b(AKIA|ASIA)([0-9A-Z]{16})\b/g, sameLength: true },
];

/** A mask that never makes the text longer (reports clip fields to fixed limits). */
function maskOf(value: string): string {
  return value.length >= 3 ? '***' : '*'.repeat(value.length);
}

/**
 * `NAME=value`, `NAME="v a l"`, `NAME: value` (a colon only with a space after it, so `image:tag` and
 * `host:port` are not assignments) and `--name=value`: group 1 the name, 2 the separator, then the value quoted
 * (3 quote, 4 body) or bare (5). The name starts at an identifier boundary, so each identifier is tried once.
 */
const ASSIGNMENT = /(?<![A-Za-z0-9_.])([A-Za-z_][A-Za-z0-9_.-]*)(\s*=\s*|\s*:\s+)(?:(["'])([^"'\n]*)\3|([^\s'"\\;&|)]+))/g;
/** `ENV NAME value` / `ARG NAME value` (the legacy Dockerfile form; group 1 the keyword) and `--password value`: group 2 the name, then the value quoted (3, 4) or bare (5). */
const SPACED = /(?:\b(ENV|ARG)\s+|(?<![A-Za-z0-9_])--)([A-Za-z_][A-Za-z0-9_.-]*)\s+(?:(["'])([^"'\n]*)\3|([^\s'"\\;&|)-][^\s'"\\;&|)]*))/g;
const AUTH_HEADER = /\bAuthorization:\s*(?:Bearer|Basic|token)\s+([^\s'"\\]+)/gi;
const URL_PASSWORD = /\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/'"]+:([^\s@/'"]+)@/gi;
const PEM_BLOCK = /-----BEGIN ((?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----([\s\S]*?)(?=-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|$)/g;

/** Quick test: can this text hold a credential at all? (most strings, paths among them, cannot) */
const MAYBE = /[=:]|--|\b(?:ENV|ARG)\s|AKIA|ASIA|gh[pousr]_|github_pat_|npm_|xox[abposr]-|glpat-|AIza|_live_|PRIVATE KEY/;

/** Every credential in `text`, in text order (spans may overlap; maskCredentials merges them). */
export function findCredentials(text: string): Credential[] {
  if (!MAYBE.test(text)) return [];
  const out: Credential[] = [];
  for (const s of SHAPES) {
    for (const m of text.matchAll(s.re)) {
      const start = m.index + m[1]!.length;
      const body = m[2]!;
      out.push({ kind: s.kind, start, end: start + body.length, mask: s.sameLength ? '*'.repeat(body.length) : '***', certain: true });
    }
  }
  for (const m of text.matchAll(PEM_BLOCK)) {
    const body = m[2]!;
    if (body.trim() === '' || /^\s*\*+\s*$/.test(body)) continue;
    const start = m.index + m[0].length - body.length;
    out.push({ kind: 'private key', start, end: start + body.length, mask: '***', certain: true });
  }
  for (const m of text.matchAll(URL_PASSWORD)) {
    const pw = m[1]!;
    if (isPlaceholder(pw)) continue;
    const start = m.index + m[0].length - 1 - pw.length;
    out.push({ kind: 'URL with a password', start, end: start + pw.length, mask: maskOf(pw), certain: true });
  }
  for (const m of text.matchAll(AUTH_HEADER)) {
    const v = m[1]!;
    if (isPlaceholder(v)) continue;
    const start = m.index + m[0].length - v.length;
    out.push({ kind: 'Authorization header', start, end: start + v.length, mask: maskOf(v), certain: v.length >= 8 });
  }
  for (const m of text.matchAll(ASSIGNMENT)) {
    const name = m[1]!;
    if (!isSecretName(name)) continue;
    const quoted = m[3] !== undefined;
    const value = quoted ? m[4]! : m[5]!;
    if (isPlaceholder(value)) continue;
    // the value ends the match, before a closing quote
    const end = m.index + m[0].length - (quoted ? 1 : 0);
    const start = end - value.length;
    const plainUrl = /:\/\//.test(value) && !URL_WITH_PASSWORD.test(value);
    if (plainUrl) continue;
    out.push({ kind: name, start, end, mask: maskOf(value), certain: value.length >= 8 });
  }
  for (const m of text.matchAll(SPACED)) {
    const name = m[2]!;
    if (!isSecretName(name)) continue;
    const quoted = m[3] !== undefined;
    const value = quoted ? m[4]! : m[5]!;
    if (isPlaceholder(value) || value.length < 4 || /:\/\//.test(value)) continue;
    const end = m.index + m[0].length - (quoted ? 1 : 0);
    // `ENV NAME value` is a Dockerfile instruction: as sure as `NAME=value`; a `--flag value` is masked only
    out.push({ kind: name, start: end - value.length, end, mask: maskOf(value), certain: m[1] !== undefined && value.length >= 8 });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * `text` with every credential value masked: `GITHUB_TOKEN=***`, `https://bot:***@host`, `AKIA****************`,
 * `-----BEGIN RSA PRIVATE KEY-----***-----END RSA PRIVATE KEY-----`. Overlapping finds are masked as one `***`.
 * Never longer than `text`.
 */
export function maskCredentials(text: string): string {
  const found = findCredentials(text);
  if (found.length === 0) return text;
  let out = '';
  let at = 0;
  let i = 0;
  while (i < found.length) {
    const c = found[i]!;
    let end = c.end;
    let mask = c.mask;
    let j = i + 1;
    for (; j < found.length && found[j]!.start < end; j++) {
      end = Math.max(end, found[j]!.end);
      mask = maskOf(text.slice(c.start, end));
    }
    if (c.start >= at) {
      out += text.slice(at, c.start) + mask;
      at = end;
    }
    i = j;
  }
  return out + text.slice(at);
}

/** What the certain credentials in `text` are (kinds and key names, never values), each once, in text order. */
export function credentialNames(text: string): string[] {
  return [...new Set(findCredentials(text).filter((c) => c.certain).map((c) => c.kind))];
}
