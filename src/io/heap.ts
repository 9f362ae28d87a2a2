/**
 * The young generation's growth, set once by each shell before any work. Node 24's V8 lets the young
 * generation's semi-spaces double up to 64 MB each on a large machine; an image with hundreds of thousands of
 * files makes enough short-lived garbage to get there, and those pages stay resident: about 100 MB of peak RSS
 * on a 300k-file image for no gain in speed (bench/RESULTS.md, "Many small files"). `--semi-space-growth-factor`
 * is read each time V8 resizes the young generation, so setting it at run time keeps the semi-spaces at their
 * start size. (`--max-semi-space-size`, the obvious flag, is read only when the heap is created, too late for a
 * script.) Measured: peak RSS 435 → 344 MB, CPU time unchanged. `LAYER_BUDGET_V8_FLAGS=off` leaves V8 alone.
 */
import { setFlagsFromString } from 'node:v8';

export const YOUNG_GENERATION_FLAGS = '--semi-space-growth-factor=1';

/** Applies {@link YOUNG_GENERATION_FLAGS} unless `env.LAYER_BUDGET_V8_FLAGS` is `off`; returns whether it did. */
export function tuneHeap(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env['LAYER_BUDGET_V8_FLAGS'] === 'off') return false;
  setFlagsFromString(YOUNG_GENERATION_FLAGS);
  return true;
}
