/**
 * Size bounds of a Report v1. The JSON Schema (`schema.json`) states the same numbers (a test keeps them
 * equal); the analyzer clips what it writes to them, so its own reports always validate, and a hostile
 * baseline cannot make anything downstream allocate much.
 */
export const LIMITS = {
  /** longest report text `fromJson` parses, in UTF-16 code units (~32 MB) */
  reportChars: 32 * 1024 * 1024,
  /** longest path (Linux PATH_MAX) */
  pathChars: 4096,
  /** longest history instruction, raw or normalized (longer ones are clipped with `…`) */
  instructionChars: 4096,
  /** longest image reference */
  referenceChars: 4096,
  /** longest digest, diffId or content hash */
  digestChars: 256,
  /** longest image name (repo tag) */
  nameChars: 1024,
  /** most image names */
  names: 100,
  /** most layers */
  layers: 1000,
  /** longest short string: media type, platform, timestamp, version, rule id, key */
  shortChars: 256,
  /** longest free text: hint title, advice, verdict message */
  textChars: 4000,
  /** most items of a capped list: top wasted paths, deleted paths, duplicate groups, largest files per layer */
  listItems: 1000,
  /** most paths per duplicate group */
  groupPaths: 1000,
  /** most aggregated directories */
  directories: 10000,
  /** deepest directory aggregation */
  directoryDepth: 64,
  /** most hints */
  hints: 1000,
  /** most evidence items per hint */
  evidence: 1000,
  /** most verdicts */
  verdicts: 10000,
  /** most hiddenBy / hides entries per layer */
  layerRefs: 1000,
} as const;

/** Clips `s` to `max` characters, ending a clipped string with `…`. */
export function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

/** Characters a digest-like field (digest, diffId, content hash) may hold: the schema's pattern. */
const DIGEST_CHARS = /[^A-Za-z0-9:+._=-]/g;

/** A digest-like string made safe for the schema: disallowed characters become `_`, then clipped. */
export function safeDigest(s: string): string {
  return clip(s.replace(DIGEST_CHARS, '_'), LIMITS.digestChars);
}
