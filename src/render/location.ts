/**
 * formatLocation(): a layer's Dockerfile location as the terminal shows it (`Dockerfile:12`, `Dockerfile:12-14`)
 * or as a markdown link to the lines: `https://github.com/{owner}/{repo}/blob/{sha}/{path}#L12` (`#L12-L14` for a
 * range) in the action, a relative link (`Dockerfile#L12`) from the CLI.
 */
import type { DockerfileLocation } from '../report/types.ts';
import { escapeMarkdown, escapeTerminal } from './escape.ts';

/** Options for {@link formatLocation}. */
export interface LocationOptions {
  /** `terminal` text or a `markdown` link (default: terminal) */
  format?: 'terminal' | 'markdown';
  /** markdown: the blob URL the path is appended to, ending in `/` (default: a relative link) */
  linkBase?: string | null;
}

/** `Dockerfile:12` or `Dockerfile:12-14`, unescaped. */
export function locationLabel(loc: DockerfileLocation): string {
  return `${loc.path}:${loc.line}${loc.endLine > loc.line ? `-${loc.endLine}` : ''}`;
}

/** The link to the lines: `{linkBase}{path}#L12` or `#L12-L14`; each path segment URL-encoded. */
export function locationUrl(loc: DockerfileLocation, linkBase: string | null | undefined): string {
  const path = loc.path.replace(/^\/+/, '').split('/').map(encodeURIComponent).join('/');
  const anchor = `#L${loc.line}${loc.endLine > loc.line ? `-L${loc.endLine}` : ''}`;
  return `${linkBase ?? ''}${path}${anchor}`;
}

/** A location for the terminal, or as a markdown link; '' for null. */
export function formatLocation(loc: DockerfileLocation | null | undefined, options: LocationOptions = {}): string {
  if (!loc) return '';
  if (options.format !== 'markdown') return escapeTerminal(locationLabel(loc), { maxLength: 120 });
  const text = escapeMarkdown(locationLabel(loc), { maxLength: 120 });
  // `(` `)` and spaces are percent-encoded by encodeURIComponent except `(` `)`; encode those too
  const url = locationUrl(loc, options.linkBase).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${text}](${url})`;
}
