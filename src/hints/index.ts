/**
 * Optimization hints: every rule over one Analysis, configured, de-duplicated and ranked.
 *
 * Overlap policy (de-duplication): a hint's savings are the bytes of its claims, (layer, path) pairs. Rules run
 * in RULES order, which is their priority (the most specific advice first); within a rule, larger hints first. A
 * claim counts for the first hint that makes it; later hints lose those bytes from `savingsBytes` (their advice
 * says how much was counted elsewhere), and a hint left with no savings of the bytes it was about is dropped.
 * So the savings of the returned hints can be summed. The exception is an alternative remedy
 * (squash-candidate): its bytes are the same bytes other fixes save, so it keeps its full estimate, claims
 * nothing, and carries `overlaps: true`; it must not be added to the others.
 *
 * Ranking: `error` hints first (secrets save no bytes but must not fall below a top-N cut), then savings
 * descending, then rule order, then layer. Texts and the list are clipped to the Report's bounds (LIMITS).
 */
import type { Analysis } from '../analysis/types.ts';
import type { Hint, Severity } from '../report/types.ts';
import { clip, LIMITS } from '../report/limits.ts';
import { makeContext } from './context.ts';
import type { DraftHint, Rule, RuleSetting } from './types.ts';
import { formatBytes } from './util.ts';
import { secrets, capture as captureCredential } from './rules/secrets.ts';
import { aptLeftovers } from './rules/apt-leftovers.ts';
import { packageCaches } from './rules/package-caches.ts';
import { devDependencies, capture as captureAppManifest } from './rules/dev-dependencies.ts';
import { buildToolchain } from './rules/build-toolchain.ts';
import { archivesLeft } from './rules/archives-left.ts';
import { backupsAndLogs } from './rules/backups-and-logs.ts';
import { pythonBytecodeAndVcs } from './rules/python-bytecode-and-vcs.ts';
import { docsAndLocales } from './rules/docs-and-locales.ts';
import { attributeCopyUp } from './rules/attribute-copy-up.ts';
import { deletedLater } from './rules/deleted-later.ts';
import { duplicateContent } from './rules/duplicate-content.ts';
import { aptUpdateAlone } from './rules/apt-update-alone.ts';
import { cacheBustingOrder } from './rules/cache-busting-order.ts';
import { heavyBase } from './rules/heavy-base.ts';
import { squashCandidate } from './rules/squash-candidate.ts';

export type { HintContext, Rule, RuleSetting } from './types.ts';

/**
 * Every rule, in priority order (see the module doc): id, default severity, one line, the function, and the
 * file bytes it needs captured during the scan (`capture`, see captureBytes).
 */
export const RULES: readonly Rule[] = [
  { id: 'secrets', severity: 'error', description: 'credential-looking files (private keys, .env, .npmrc tokens, cloud and registry credentials) in any layer, deleted ones included', run: secrets, capture: captureCredential },
  { id: 'apt-leftovers', severity: 'warning', description: 'apt package lists, caches and downloaded .debs left in a layer', run: aptLeftovers },
  { id: 'package-caches', severity: 'warning', description: 'pip, npm, yarn, pnpm, go, maven, gradle, cargo, composer, apk or ~/.cache caches left in a layer', run: packageCaches },
  { id: 'dev-dependencies', severity: 'warning', description: 'node_modules holding devDependencies (from the image\'s lockfile or package.json) or well-known dev tools', run: devDependencies, capture: captureAppManifest },
  { id: 'build-toolchain', severity: 'warning', description: 'compilers, make, headers and static libraries in the final image', run: buildToolchain },
  { id: 'archives-left', severity: 'warning', description: 'zip, tar, tgz, whl, deb, rpm and similar archives left in the final image', run: archivesLeft },
  { id: 'backups-and-logs', severity: 'info', description: 'passwd-/shadow- backups, dpkg/debconf -old files, logs, lastlog and faillog written by a layer', run: backupsAndLogs },
  { id: 'python-bytecode-and-vcs', severity: 'info', description: 'application __pycache__/*.pyc and .git/.hg/.svn directories in the final image', run: pythonBytecodeAndVcs },
  { id: 'docs-and-locales', severity: 'info', description: 'docs, man and info pages and locales installed by a layer', run: docsAndLocales },
  { id: 'attribute-copy-up', severity: 'warning', description: 'chown -R / chmod -R in a later layer copied whole trees up unchanged', run: attributeCopyUp },
  { id: 'deleted-later', severity: 'warning', description: 'bytes added by one layer and deleted or rewritten by a later one still ship', run: deletedLater },
  { id: 'duplicate-content', severity: 'info', description: 'identical files at several paths in the final image', run: duplicateContent },
  { id: 'apt-update-alone', severity: 'warning', description: '`apt-get update` in its own layer, apart from the `apt-get install` that uses it', run: aptUpdateAlone },
  { id: 'cache-busting-order', severity: 'warning', description: 'the whole build context is copied before the dependency install, so every source change reinstalls', run: cacheBustingOrder },
  { id: 'heavy-base', severity: 'info', description: 'a known base image is most of the image and carries what its slim variants drop', run: heavyBase },
  { id: 'squash-candidate', severity: 'info', description: 'most of the waste is files rewritten by later layers; squashing would drop it (with limits)', run: squashCandidate },
];

/** The rule ids, in priority order. */
export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

/** Options of runHints. */
export interface HintOptions {
  /** per-rule setting: 'off' disables a rule, a severity re-levels its hints (default: each rule's own severity) */
  rules?: Record<string, RuleSetting>;
}

/** 0 for errors, 1 otherwise: errors rank first, the rest by savings. */
function errorFirst(s: Severity): number {
  return s === 'error' ? 0 : 1;
}

/** The public Hint of a draft, clipped to the Report's bounds (LIMITS) so that the report always validates. */
function toHint(d: DraftHint): Hint {
  const h: Hint = {
    rule: d.rule,
    severity: d.severity,
    title: clip(d.title, LIMITS.textChars),
    layer: d.layer,
    instruction: d.instruction === null ? null : clip(d.instruction, LIMITS.instructionChars),
    evidence: d.evidence.map((e) => ({ ...e, path: clip(e.path, LIMITS.pathChars) })),
    advice: clip(d.advice, LIMITS.textChars),
    savingsBytes: d.savingsBytes,
    overlaps: d.overlaps,
  };
  if (d.evidenceOmitted) h.evidenceOmitted = d.evidenceOmitted;
  return h;
}

/**
 * Runs every enabled rule over the analysis, applies the per-rule settings, removes double-counted bytes (see the
 * module doc) and ranks the hints. Unknown rule ids in `opts.rules` are ignored here (the config validator
 * rejects them, using RULE_IDS). Pure.
 */
export function runHints(analysis: Analysis, opts: HintOptions = {}): Hint[] {
  const ctx = makeContext(analysis);
  const settings = opts.rules ?? {};
  // claims by layer, then path: the paths are mostly the PathTable's shared strings, whose hashes V8 keeps, so
  // no key string is built per claim
  const claimed = new Map<number, Set<string>>();
  const kept: Array<{ hint: DraftHint; order: number }> = [];
  RULES.forEach((rule, order) => {
    const setting = settings[rule.id];
    if (setting === 'off') return;
    const drafts = rule.run(ctx).sort((a, b) => b.savingsBytes - a.savingsBytes || (a.layer ?? -1) - (b.layer ?? -1));
    for (const d of drafts) {
      d.severity = setting ?? rule.severity;
      if (d.alternative) {
        d.overlaps = true;
        kept.push({ hint: d, order });
        continue;
      }
      const raw = d.savingsBytes;
      let own = 0;
      let taken = 0;
      const mine = new Map<number, Set<string>>();
      for (const c of d.claims) {
        if (!addClaim(mine, c.layer, c.path)) continue;
        if (addClaim(claimed, c.layer, c.path)) own += c.sizeBytes;
        else taken += c.sizeBytes;
      }
      if (d.claims.length > 0) {
        if (raw > 0 && own === 0) continue; // every byte is a higher-priority hint's
        d.savingsBytes = own;
        if (taken > 0) d.advice += ` (${formatBytes(taken)} of these bytes are already counted by a higher-priority hint, so they are not in this hint's savings.)`;
      }
      kept.push({ hint: d, order });
    }
  });
  kept.sort(
    (a, b) =>
      errorFirst(a.hint.severity) - errorFirst(b.hint.severity) ||
      b.hint.savingsBytes - a.hint.savingsBytes ||
      a.order - b.order ||
      (a.hint.layer ?? -1) - (b.hint.layer ?? -1),
  );
  return kept.slice(0, LIMITS.hints).map((k) => toHint(k.hint));
}

/** Adds (layer, path) to a claim set; false when it was there. */
function addClaim(set: Map<number, Set<string>>, layer: number, path: string): boolean {
  let paths = set.get(layer);
  if (paths === undefined) set.set(layer, (paths = new Set()));
  if (paths.has(path)) return false;
  paths.add(path);
  return true;
}

/** The rules that declare a capture, found once. */
const CAPTURING: ReadonlyArray<NonNullable<Rule['capture']>> = RULES.flatMap((r) => (r.capture ? [r.capture] : []));

/**
 * The capture policy to pass as `ScanOptions.capture`: how many leading bytes of a file the hint rules need —
 * the largest any rule declares (`Rule.capture`), 0 for most files. Today `dev-dependencies` takes application
 * package.json and npm lockfiles whole and `secrets` the first 8 KiB of credential candidates.
 * Cost: only a handful of files per image match, each bounded, so capture copies at most a few MB per image —
 * noise next to the ~200 MB/s scan. A blanket sniff of every small file for PEM headers was rejected: it would keep
 * a buffer on tens of thousands of events for the rare key stored under an unusual name.
 */
export function captureBytes(path: string, sizeBytes: number): number {
  if (sizeBytes <= 0) return 0;
  let n = 0;
  for (const c of CAPTURING) n = Math.max(n, c(path, sizeBytes));
  return Math.min(n, sizeBytes);
}
