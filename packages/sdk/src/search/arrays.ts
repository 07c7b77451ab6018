/**
 * Typed-array helpers the index builder shares: growing a scratch array
 * (doubling, so that appending stays linear), and the clock a time budget is
 * read with.
 */

type TypedArray = Int32Array | Float32Array | Float64Array;

/**
 * `array`, or a copy at least `size` long (its length doubled until it is)
 * holding its first `used` items (all of them by default), the rest zeros.
 */
export function grownTo<A extends TypedArray>(array: A, size: number, used = array.length): A {
  if (size <= array.length) return array;
  let n = Math.max(1, array.length);
  while (n < size) n *= 2;
  const out = new (array.constructor as new (n: number) => A)(n);
  out.set(used === array.length ? array : array.subarray(0, used));
  return out;
}

/** Milliseconds, for time budgets: `performance.now()` where there is one. */
export const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());
