/**
 * backups-and-logs: backups and logs that tools write as a side effect: `/etc/passwd-`, `group-`, `shadow-`,
 * `gshadow-`, `subuid-`, `subgid-`; `*-old` under `/var/cache/debconf` and `/var/lib/dpkg`; `/var/log/*.log`,
 * `/var/log/apt/*`, `faillog`, `lastlog`, `wtmp`, `btmp`. Every user layer that writes them gets a hint (they ship
 * with the layer even when a later layer rewrites them). Low severity.
 */
import type { DraftHint, HintContext, LayerFile } from '../types.ts';
import { byLayer, claimsOf, formatBytes, layerLabel, makeHint, sumBytes, userFiles } from '../util.ts';

export const id = 'backups-and-logs';

/** Below this many bytes in a layer the rule stays silent. */
export const MIN_BYTES = 1_000;

/** True for a backup or log file that no container needs. */
export function isBackupOrLog(path: string): boolean {
  if (!path.startsWith('/etc/') && !path.startsWith('/var/')) return false;
  return (
    /^\/etc\/(passwd|group|shadow|gshadow|subuid|subgid)-$/.test(path) ||
    /^\/var\/(cache\/debconf|lib\/dpkg)\/.*-old$/.test(path) ||
    /^\/var\/log\/.*\.log(\.\d+)?(\.(gz|xz))?$/.test(path) ||
    /^\/var\/log\/apt\//.test(path) ||
    /^\/var\/log\/(faillog|lastlog|wtmp|btmp)$/.test(path)
  );
}

/** One hint per user layer that writes backups or logs. */
export function backupsAndLogs(ctx: HintContext): DraftHint[] {
  const files = userFiles(ctx, (p, f) => f.sizeBytes > 0 && isBackupOrLog(p));
  const hints: DraftHint[] = [];
  for (const [layer, list] of byLayer<LayerFile>(files)) {
    const bytes = sumBytes(list);
    if (bytes < MIN_BYTES) continue;
    const raw = ctx.rawInstruction(layer);
    const tips: string[] = [];
    if (list.some((f) => /\/(lastlog|faillog)$/.test(f.path)) && /\buseradd\b/.test(raw)) {
      tips.push('`useradd --no-log-init` (`-l`) does not grow `/var/log/lastlog` and `faillog` (their size scales with the UID)');
    }
    tips.push(
      'end the same RUN with `rm -f /etc/passwd- /etc/group- /etc/shadow- /etc/gshadow- /var/cache/debconf/*-old /var/lib/dpkg/*-old /var/log/*.log /var/log/apt/*` ' +
        '(deleting them in a later layer saves nothing)',
    );
    hints.push(
      makeHint(ctx, {
        rule: id,
        severity: 'info',
        title: `backups and logs written by ${layerLabel(ctx, layer)}: ${formatBytes(bytes)}`,
        layer,
        evidence: list.map((f) => ({ path: f.path, sizeBytes: f.sizeBytes, layer: f.layer })),
        advice: `${tips.map((t) => t.charAt(0).toUpperCase() + t.slice(1)).join('. ')}.`,
        claims: claimsOf(list),
      }),
    );
  }
  return hints;
}
