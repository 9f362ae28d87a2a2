/**
 * Platforms: `os/arch[/variant]` parsing and formatting, and choosing one manifest from an image index
 * (OCI index or Docker manifest list).
 *
 * Selection rules: a wanted platform must match (amd64 = x86_64, arm64 = aarch64, arm64 without a variant = v8);
 * without one, an index holding a single image is used as is, whatever its platform, and an index holding
 * several takes linux/amd64. Anything else is an InputError that lists the available platforms.
 */
import { InputError } from '../errors.ts';
import type { Platform } from './types.ts';

const ARCH_ALIASES: Record<string, string> = {
  x86_64: 'amd64',
  'x86-64': 'amd64',
  aarch64: 'arm64',
  i386: '386',
  i686: '386',
  armhf: 'arm',
  armel: 'arm',
};

/** Parses `os/arch[/variant]` (e.g. `linux/arm64/v8`); throws InputError on anything else. */
export function parsePlatform(s: string): Platform {
  const parts = s.trim().split('/');
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => !/^[A-Za-z0-9_.-]+$/.test(p))) {
    throw new InputError(`invalid platform ${JSON.stringify(s)}`, { hint: 'write it as os/arch[/variant], e.g. linux/amd64 or linux/arm64/v8' });
  }
  const p: Platform = { os: parts[0]!.toLowerCase(), architecture: parts[1]!.toLowerCase() };
  if (parts[2] !== undefined) p.variant = parts[2].toLowerCase();
  return p;
}

/** Formats a platform as `os/arch[/variant]`. */
export function formatPlatform(p: Platform): string {
  return `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}`;
}

/** The canonical form used for comparisons: aliases resolved, arm64's default variant v8 made explicit. */
export function normalizePlatform(p: Platform): Platform {
  const architecture = ARCH_ALIASES[p.architecture.toLowerCase()] ?? p.architecture.toLowerCase();
  const out: Platform = { os: p.os.toLowerCase(), architecture };
  const variant = p.variant?.toLowerCase() ?? (architecture === 'arm64' ? 'v8' : undefined);
  if (variant !== undefined && variant !== '') out.variant = variant;
  return out;
}

/** Whether `have` satisfies `want`; a wanted platform without a variant accepts any variant. */
export function platformMatches(want: Platform, have: Platform): boolean {
  const w = normalizePlatform(want);
  const h = normalizePlatform(have);
  if (w.os !== h.os || w.architecture !== h.architecture) return false;
  if (want.variant === undefined) return true;
  return w.variant === h.variant;
}

/** An index entry as far as selection is concerned. */
export interface PlatformCandidate {
  platform?: Platform | undefined;
}

/**
 * Picks one entry of an index by platform (see module doc). `where` names the index in errors,
 * e.g. `index.json of oci:./dir`.
 */
export function selectPlatform<T extends PlatformCandidate>(entries: readonly T[], want: Platform | undefined, where: string): T {
  if (entries.length === 0) throw new InputError(`${where} lists no images`, { hint: 'the index lists no image: export or push an image with at least one platform' });
  const available = (): string => {
    const list = entries.map((e) => (e.platform ? formatPlatform(e.platform) : 'unknown'));
    return [...new Set(list)].join(', ');
  };
  if (want !== undefined) {
    const hit = entries.find((e) => e.platform !== undefined && platformMatches(want, e.platform));
    if (hit) return hit;
    if (entries.length === 1 && entries[0]!.platform === undefined) return entries[0]!;
    throw new InputError(`no image for platform ${formatPlatform(want)} in ${where}; available: ${available()}`, {
      hint: 'pass one of the available platforms with --platform',
    });
  }
  if (entries.length === 1) return entries[0]!;
  const amd64 = entries.find((e) => e.platform !== undefined && platformMatches({ os: 'linux', architecture: 'amd64' }, e.platform));
  if (amd64) return amd64;
  throw new InputError(`${where} holds several images and none is linux/amd64; available: ${available()}`, {
    hint: 'choose one with --platform os/arch[/variant]',
  });
}
