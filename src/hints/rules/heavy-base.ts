/**
 * heavy-base: the base image is most of the image and carries what slimmer variants of it leave out. Only when the
 * base is known (`report.baseImage.layerCount` is not null): with an unknown base the rule stays silent rather
 * than guess that layer 0 is the base. It fires when
 *  - the base layers hold at least MIN_BASE_BYTES (200 MB) and at least half of the image's bytes, and
 *  - the base's visible files include at least MIN_SLIMMABLE_BYTES of what slim variants drop (compilers, headers,
 *    docs, man pages, locales, package lists and caches), and
 *  - the base's name does not already say slim, alpine, distroless, chiselled, minimal, busybox or scratch.
 * The savings are that slimmable part: an estimate of what a slim variant of the same distribution saves.
 */
import type { DraftHint, HintContext } from '../types.ts';
import { docsGroup } from './docs-and-locales.ts';
import { toolchainGroup } from './build-toolchain.ts';
import { aptGroup, isAptLeftover } from './apt-leftovers.ts';
import { cacheOf } from './package-caches.ts';
import { claimsOf, formatBytes, makeHint, rollup, sumBytes } from '../util.ts';

export const id = 'heavy-base';

/**
 * Base size from which a base counts as heavy. A plain distribution base of about 120 MB (debian:bookworm, the
 * test bed's debootstrap minbase) is not: its slim variant saves about 40 MB of locales and docs, which is worth an
 * info line in the docs, not a hint on every image built from it. The full language images this rule is for
 * (node, python, golang, openjdk, ruby: 0.8–1.1 GB) are far above it.
 */
export const MIN_BASE_BYTES = 200_000_000;
/** Base share of total bytes from which the base counts as "most of the image". */
export const MIN_BASE_SHARE = 0.5;
/** Slimmable bytes in the base from which the rule speaks. */
export const MIN_SLIMMABLE_BYTES = 20_000_000;

const ALREADY_SLIM = /(slim|alpine|distroless|chisel|minimal|busybox|scratch|micro|static|wolfi|ubi-?micro)/i;

/** What a slim variant typically drops: the group a path belongs to, or null. */
export function slimmableGroup(path: string): string | null {
  const d = docsGroup(path);
  if (d !== null) return d;
  const t = toolchainGroup(path);
  if (t !== null) return /^\/usr\/(local\/)?bin\//.test(t) ? '/usr/bin (compilers, make, binutils)' : t;
  if (isAptLeftover(path)) return aptGroup(path);
  const c = cacheOf(path);
  return c ? c.dir : null;
}

/** Slimmer variants for a base name, with their trade-offs. */
export function variantsFor(name: string | null): string {
  const n = (name ?? '').toLowerCase();
  const tag = /:([^@/]+)$/.exec(n)?.[1]?.replace(/-.*$/, '') ?? '<version>';
  if (/(^|\/)node[:@]|(^|\/)node$/.test(n)) {
    return `\`node:${tag}-slim\` (same Debian/glibc, no compilers or docs), \`node:${tag}-alpine\` (musl: native modules must be rebuilt, smaller still), or \`gcr.io/distroless/nodejs${/^\d+$/.test(tag) ? tag : '<major>'}-debian12\` (no shell or npm at runtime: copy node_modules from a builder stage)`;
  }
  if (/(^|\/)python[:@]|(^|\/)python$/.test(n)) {
    return `\`python:${tag}-slim\` (glibc, wheels keep working), \`python:${tag}-alpine\` (musl: many wheels must compile), or \`gcr.io/distroless/python3-debian12\` (no shell, no pip at runtime)`;
  }
  if (/(^|\/)(golang|rust)[:@]|(^|\/)(golang|rust)$/.test(n)) {
    return 'a builder stage on this image and a runtime stage on `gcr.io/distroless/static-debian12` or `scratch` for a static binary (no shell, no libc: build with CGO_ENABLED=0)';
  }
  if (/(openjdk|temurin|maven|gradle|java)/.test(n)) {
    return 'a `-jre` variant instead of a JDK (`eclipse-temurin:<v>-jre`), its `-alpine` form, or `gcr.io/distroless/java<v>-debian12` (no shell)';
  }
  if (/(^|\/)ubuntu[:@]|(^|\/)ubuntu$/.test(n)) {
    return 'Ubuntu chiselled images (`ubuntu/<runtime>:<v>_edge` built with chisel: only the needed slices, no shell or apt), or a minimal Ubuntu';
  }
  if (/(^|\/)debian[:@]|(^|\/)debian$/.test(n)) {
    return `\`debian:${tag}-slim\` (no docs, man pages or locales), or distroless \`gcr.io/distroless/base-debian12\` for a self-contained binary (no shell, no apt)`;
  }
  return 'the `-slim` variant of the same image (same distribution, no docs, compilers or headers), an `-alpine` variant (musl libc: test native code), distroless images (no shell or package manager at runtime), or chiselled Ubuntu images';
}

/** At most one hint, about the whole base. */
export function heavyBase(ctx: HintContext): DraftHint[] {
  const count = ctx.report.baseImage.layerCount;
  if (count === null || count <= 0) return [];
  const name = ctx.report.baseImage.name;
  if (name !== null && ALREADY_SLIM.test(name)) return [];
  let baseBytes = 0;
  for (let i = 0; i < count; i++) baseBytes += ctx.report.layers[i]?.contentBytes ?? 0;
  const total = ctx.report.totals.totalBytes;
  if (baseBytes < MIN_BASE_BYTES || total <= 0 || baseBytes / total < MIN_BASE_SHARE) return [];
  const slimmable = ctx.visibleInodes.filter((f) => f.layer < count && f.sizeBytes > 0 && slimmableGroup(f.path) !== null);
  const bytes = sumBytes(slimmable);
  if (bytes < MIN_SLIMMABLE_BYTES) return [];
  const pct = Math.round((baseBytes / total) * 100);
  return [
    makeHint(ctx, {
      rule: id,
      severity: 'info',
      title: `the base image${name ? ` ${name}` : ''} is ${pct}% of the image (${formatBytes(baseBytes)} of ${formatBytes(total)}) and carries ${formatBytes(bytes)} a slim variant leaves out`,
      layer: count - 1,
      evidence: rollup(slimmable, slimmableGroup).map((r) => ({ path: r.path, sizeBytes: r.sizeBytes, layer: r.layer })),
      advice:
        `Consider a slimmer base: ${variantsFor(name)}. Check what the app needs at runtime first ` +
        '(a shell for scripts, glibc for prebuilt binaries, CA certificates, tzdata). Savings are an estimate: the docs, ' +
        'compilers, headers and caches found in the base.',
      claims: claimsOf(slimmable),
    }),
  ];
}
