// @ts-check
// A small seeded random generator (mulberry32): the same seed gives the same sequence,
// so a repainted backdrop draws the same room and a "random" test player is replayable.
// Plain JavaScript, so the Node story tools and the browser share it.

/**
 * @param {number} seed
 * @returns {() => number} a function returning numbers in [0, 1)
 */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
