// Counting round a list that is never empty: the colour of the n-th band, mark or light.
// The non-empty type makes "nothing to return" impossible, so callers need no assertion.

/** The item at `index`, counting round (negative indices count back from the end). */
export function cycle<T>(items: readonly [T, ...T[]], index: number): T {
  const n = items.length;
  return items[((Math.floor(index) % n) + n) % n] ?? items[0];
}

/** Narrows a list to one with a first item. */
export function nonEmpty<T>(items: readonly T[]): items is readonly [T, ...T[]] {
  return items.length > 0;
}
