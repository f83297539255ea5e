// @ts-check
// Small statistics for the benchmark: medians and percentiles of what was measured.

/** The p-th percentile (0–100) by linear interpolation; NaN for an empty list. */
export function percentile(/** @type {number[]} */ values, /** @type {number} */ p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p / 100) * (sorted.length - 1);
  const low = Math.floor(at);
  const high = Math.ceil(at);
  const lowValue = /** @type {number} */ (sorted[low]);
  const highValue = /** @type {number} */ (sorted[high]);
  return lowValue + (highValue - lowValue) * (at - low);
}

export const median = (/** @type {number[]} */ values) => percentile(values, 50);

/** ours / peer, or null when either is missing or the peer's is zero. */
export function ratio(/** @type {number | null | undefined} */ ours, /** @type {number | null | undefined} */ peer) {
  if (ours == null || peer == null || !Number.isFinite(ours) || !Number.isFinite(peer) || peer === 0) return null;
  return ours / peer;
}

/**
 * The exponent b in time ≈ a · states^b, fitted by least squares on logarithms: 1 means the
 * cost grows linearly with the number of states, 2 quadratically.
 */
export function growthExponent(/** @type {{ states: number, seconds: number }[]} */ points) {
  const xs = points.map((p) => Math.log(p.states));
  const ys = points.map((p) => Math.log(p.seconds));
  const n = xs.length;
  if (n < 2) return Number.NaN;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    const x = /** @type {number} */ (xs[i]);
    const y = /** @type {number} */ (ys[i]);
    num += (x - mx) * (y - my);
    den += (x - mx) ** 2;
  }
  return den === 0 ? Number.NaN : num / den;
}
