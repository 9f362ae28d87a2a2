/**
 * resized: the one way the compact model (PathTable, LayerEvents, the union-fs replay) grows or trims its typed
 * arrays.
 */

type Typed = Int32Array | Uint8Array | Uint32Array | Float64Array | BigUint64Array;

/**
 * A copy of `a` with `n` elements: the first min(n, a.length) copied, the rest `fill` (default 0). For a
 * BigUint64Array, `fill` must be left out.
 */
export function resized<T extends Typed>(a: T, n: number, fill?: number): T {
  const b = new (a.constructor as new (n: number) => T)(n);
  b.set(a.subarray(0, Math.min(n, a.length)) as never);
  if (fill !== undefined && fill !== 0 && n > a.length) (b as Int32Array).fill(fill, a.length);
  return b;
}
