/**
 * closestKey(word, candidates): the valid key a misspelt one most likely meant, by optimal-string-alignment
 * edit distance (insertions, deletions, substitutions and adjacent transpositions each cost 1; a case-only
 * difference costs nothing). Returns null when nothing is within max(2, ⌊length / 3⌋) edits.
 */

function distance(a: string, b: string): number {
  const n = a.length;
  const m = b.length;
  const d: number[][] = Array.from({ length: n + 1 }, (_, i) => Array.from({ length: m + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[n]![m]!;
}

/** The closest candidate to `word`, or null when none is close enough. Ties go to the earlier candidate. */
export function closestKey(word: string, candidates: readonly string[]): string | null {
  const w = word.toLowerCase();
  let best: string | null = null;
  let bestD = Infinity;
  for (const c of candidates) {
    const dd = distance(w, c.toLowerCase());
    if (dd < bestD) {
      best = c;
      bestD = dd;
    }
  }
  return best !== null && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : null;
}
