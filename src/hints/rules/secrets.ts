/**
 * secrets: credential-looking files in ANY layer, base layers and files deleted later included: a deleted file's
 * bytes still ship in the layer that wrote it. Severity error (fails by default).
 *
 * What counts, from the name and the first bytes captured by `captureBytes` (`FileEvent.content`):
 *  - a PEM private key (`-----BEGIN … PRIVATE KEY-----`) in any captured file;
 *  - an SSH private key name (`id_rsa`, `id_ed25519`, …; not `.pub`) whose content was not captured;
 *  - `.env*` with key-like entries: a KEY named like a secret (SECRET, TOKEN, PASSWORD, API_KEY, ACCESS_KEY,
 *    PRIVATE, CREDENTIAL, AUTH) with a real-looking value, an AWS access key id, or a URL with a password;
 *  - `.npmrc` with `_authToken`, `_auth` or `_password`;
 *  - `.aws/credentials` with a secret key (or not captured), `.docker/config.json` with `auths` entries holding
 *    `auth`/`identitytoken`, `.git-credentials` and `.netrc` with passwords, a `.git/config` whose remote URL
 *    embeds credentials.
 * Third-party trees (`node_modules`, Python site/dist-packages, `/usr/share/doc`) are skipped: their keys are test
 * fixtures. The image config is read too, with the one credential detector (`../credentials.ts`, which the core
 * also masks them with): a `created_by` (of a layer, or of an ENV/ARG entry that made none), an `Env` entry or a
 * label holding a token, a URL password, an AWS key id or `SECRET_NAME=value` is reported with the evidence path
 * `<history: created_by>` / `<config Env: NAME>` / `<config Label: NAME>`. Hints print the path, the layer and
 * key NAMES at most — never a value. Savings: 0 (not a size issue).
 */
import type { DraftHint, HintContext, LayerFile } from '../types.ts';
import { basename, byLayer, layerLabel, makeHint } from '../util.ts';
import { credentialNames, findCredentials, isPlaceholder, isSecretName, PEM_PRIVATE, URL_WITH_PASSWORD } from '../credentials.ts';

export const id = 'secrets';

const decoder = new TextDecoder('utf-8', { fatal: false });

/** Paths whose key files are third-party fixtures, not the image owner's credentials. */
export function isThirdParty(path: string): boolean {
  return /\/(node_modules|site-packages|dist-packages)\//.test(path) || path.startsWith('/usr/share/doc/');
}

const SSH_KEY_NAME = /^id_(rsa|dsa|ecdsa|ed25519)(_sk)?$/;

/** True for a name the secrets rule inspects (used by the capture policy too). */
export function isCredentialCandidate(path: string): boolean {
  const b = basename(path);
  return (
    /^\.env(\..+)?$/.test(b) ||
    /\.(pem|key|p8)$/i.test(b) ||
    /^id_(rsa|dsa|ecdsa|ed25519)/.test(b) ||
    b === '.npmrc' ||
    b === '.git-credentials' ||
    b === '.netrc' ||
    b === '_netrc' ||
    path.endsWith('/.aws/credentials') ||
    path.endsWith('/.docker/config.json') ||
    path.endsWith('/.git/config')
  );
}

/** What a .env file holds: the secret-looking KEY names (never values). */
export function envSecretKeys(text: string): string[] {
  const keys: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line);
    if (!m || m[1] === undefined || m[2] === undefined) continue;
    const key = m[1];
    const value = m[2].trim().replace(/^(['"])(.*)\1$/, '$2');
    if (isPlaceholder(value)) continue;
    if ((isSecretName(key) && value.length >= 8) || findCredentials(value).some((c) => c.certain)) keys.push(key);
  }
  return keys;
}

/** One credential found: what it is (never its value). */
export interface SecretFinding {
  file: LayerFile;
  /** e.g. `private key`, `.env: AWS_SECRET_ACCESS_KEY, DATABASE_URL` */
  what: string;
}

/** Classifies one file; null when it holds nothing credential-like. */
export function classify(f: LayerFile): SecretFinding | null {
  if (f.sizeBytes === 0 || isThirdParty(f.path)) return null;
  const b = f.name;
  const content = f.events.content(f.index);
  const text = content === undefined ? null : decoder.decode(content);
  if (text !== null && PEM_PRIVATE.test(text)) return { file: f, what: 'private key (PEM)' };
  if (SSH_KEY_NAME.test(b)) return text === null ? { file: f, what: 'SSH private key name (content not inspected)' } : null;
  if (/^\.env(\..+)?$/.test(b)) {
    if (text === null) return null;
    const keys = envSecretKeys(text);
    return keys.length > 0 ? { file: f, what: `.env with ${keys.join(', ')}` } : null;
  }
  if (b === '.npmrc') return text !== null && /(_authToken|_auth|_password)\s*=\s*\S/.test(text) ? { file: f, what: '.npmrc with an auth token' } : null;
  if (f.path.endsWith('/.aws/credentials')) {
    if (text === null) return { file: f, what: 'AWS credentials file (content not inspected)' };
    return /aws_secret_access_key\s*=\s*\S/i.test(text) ? { file: f, what: 'AWS credentials (aws_secret_access_key)' } : null;
  }
  if (f.path.endsWith('/.docker/config.json')) {
    return text !== null && /"(auth|identitytoken)"\s*:\s*"[^"]+"/.test(text) ? { file: f, what: 'Docker registry credentials (auths)' } : null;
  }
  if (b === '.git-credentials') return text === null || URL_WITH_PASSWORD.test(text) ? { file: f, what: 'git credentials' } : null;
  if (b === '.netrc' || b === '_netrc') return text === null || /\bpassword\s+\S/.test(text) ? { file: f, what: '.netrc with a password' } : null;
  if (f.path.endsWith('/.git/config')) return text !== null && URL_WITH_PASSWORD.test(text) ? { file: f, what: 'git remote URL with embedded credentials' } : null;
  return null;
}

/** Every credential-looking file in every layer. */
export function findSecrets(ctx: HintContext): SecretFinding[] {
  const out: SecretFinding[] = [];
  ctx.layerFiles.forEach((f) => {
    const finding = classify(f);
    if (finding) out.push(finding);
  });
  return out;
}

/**
 * Credentials written in the clear into the image config: a `created_by` (a RUN line with a URL password, a token,
 * an AWS key id or `TOKEN=value`, a build arg), an `Env` entry or a label. Anyone who can pull the image reads them
 * with `docker history --no-trunc` / `inspect`. Returns what they are (kinds and names, never the values); the
 * detector is the one the core masks them with (`../credentials.ts`).
 */
export function configSecrets(text: string): string[] {
  return credentialNames(text);
}

/** One hint per layer that holds credentials, one per layer whose instruction embeds them, one for Env. */
export function secrets(ctx: HintContext): DraftHint[] {
  const hints: DraftHint[] = [];
  const advice =
    'Treat them as leaked and rotate them: the image config (history and Env) is readable by anyone who can pull ' +
    'the image. Pass build-time secrets with BuildKit (`RUN --mount=type=secret,id=token …`) or build args that are ' +
    'not persisted, and runtime secrets from the environment or a secret store, never `ENV`.';
  for (let layer = 0; layer < ctx.analysis.layerEvents.length; layer++) {
    const what = configSecrets(ctx.rawInstruction(layer));
    if (what.length === 0) continue;
    hints.push(
      makeHint(ctx, {
        rule: id,
        severity: 'error',
        title: `the build instruction of ${layerLabel(ctx, layer)} embeds credentials in the image history: ${what.join(', ')}`,
        layer,
        evidence: [{ path: '<history: created_by>', sizeBytes: 0, layer }],
        advice,
        claims: [],
      }),
    );
  }
  // history entries that made no layer (ENV, ARG, LABEL …): their instruction is in the config all the same
  const emptyNames = [...new Set((ctx.analysis.image.config.history ?? []).filter((h) => h?.empty_layer === true && typeof h.created_by === 'string').flatMap((h) => configSecrets(h.created_by!)))];
  if (emptyNames.length > 0) {
    hints.push(
      makeHint(ctx, {
        rule: id,
        severity: 'error',
        title: `the image history embeds credentials in an instruction that made no layer (ENV, ARG …): ${emptyNames.join(', ')}`,
        layer: null,
        evidence: [{ path: '<history: created_by>', sizeBytes: 0, layer: null }],
        advice,
        claims: [],
      }),
    );
  }
  const cfg = ctx.analysis.image.config.config;
  const env = (cfg?.Env ?? []).filter((e) => typeof e === 'string' && configSecrets(e).length > 0).map((e) => `<config Env: ${e.split('=')[0] ?? ''}>`);
  const labels = Object.entries(cfg?.Labels ?? {})
    .filter(([k, v]) => typeof v === 'string' && ((isSecretName(k) && v.length >= 8 && !isPlaceholder(v)) || configSecrets(v).length > 0))
    .map(([k]) => `<config Label: ${k}>`);
  if (env.length + labels.length > 0) {
    const names = [...env, ...labels].map((p) => p.replace(/^<config (Env|Label): (.*)>$/, '$2'));
    hints.push(
      makeHint(ctx, {
        rule: id,
        severity: 'error',
        title: `the image config sets credentials in its ${env.length > 0 && labels.length > 0 ? 'environment and labels' : env.length > 0 ? 'environment' : 'labels'}: ${names.join(', ')}`,
        layer: null,
        evidence: [...env, ...labels].map((path) => ({ path, sizeBytes: 0, layer: null })),
        advice,
        claims: [],
      }),
    );
  }
  for (const [layer, list] of byLayer(findSecrets(ctx).map((s) => ({ ...s, layer: s.file.layer })))) {
    const hidden = list.filter((s) => !ctx.isVisible(layer, s.file.path));
    const names = list.map((s) => `${s.file.path} (${s.what})`);
    const shipNote =
      hidden.length === 0
        ? ''
        : hidden.length === list.length
          ? ' — deleted by a later layer, but the bytes still ship in this one'
          : ` — ${hidden.length} of them deleted later, but the bytes still ship in this layer`;
    hints.push(
      makeHint(ctx, {
        rule: id,
        severity: 'error',
        title: `credentials in ${layerLabel(ctx, layer)}: ${names.slice(0, 3).join('; ')}${names.length > 3 ? `; and ${list.length - 3} more` : ''}${shipNote}`,
        layer,
        evidence: list.map((s) => ({ path: s.file.path, sizeBytes: s.file.sizeBytes, layer })),
        advice:
          `Treat them as leaked and rotate them: anyone who can pull the image can read layer ${layer}, and deleting them in a ` +
          'later layer does not remove them. Keep them out of the build context (`.dockerignore`: `.env*`, `*.pem`, ' +
          '`*.key`, `id_*`, `.npmrc`, `.git`), pass build-time secrets with BuildKit (`RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci`), ' +
          'and give runtime secrets to the container from the environment or a secret store.',
        claims: [],
        evidenceOrdered: true,
      }),
    );
  }
  return hints;
}

/** Bytes kept of a credential candidate: enough for a .env, an .npmrc, a PEM header after a certificate or two. */
export const CREDENTIAL_PREFIX_BYTES = 8 * 1024;

/**
 * This rule's `capture` (Rule.capture): the first CREDENTIAL_PREFIX_BYTES of a credential candidate outside
 * third-party trees (`.env*`, `*.pem`, `*.key`, `id_rsa*`, `.npmrc`, `.aws/credentials`, `.git/config`, …).
 */
export function capture(path: string, sizeBytes: number): number {
  return isCredentialCandidate(path) && !isThirdParty(path) ? Math.min(sizeBytes, CREDENTIAL_PREFIX_BYTES) : 0;
}
