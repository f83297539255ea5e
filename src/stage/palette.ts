// One colour language for the whole stage: light warms as the two figures come close and
// cools as they drift apart. Everything that glows asks this module for its colour, so the
// temperature of the room always tells the same story as the distance on the floor.

/** Candle-warm amber: the colour of closeness. */
export const WARM = 0xffa35c;
/** Moonlit blue: the colour of distance. */
export const COOL = 0x5f7fd4;
/** The silhouettes themselves: near-black with a trace of blue, never pure black. */
export const SILHOUETTE = '#07080d';

export function clamp01(t: number): number {
  return t < 0 ? 0 : Math.min(t, 1);
}

export function lerp(a: number, b: number, t: number): number {
  return a + (b - a) * t;
}

/** Blend two 0xRRGGBB colours channel by channel. */
export function mixColor(a: number, b: number, t: number): number {
  const k = clamp01(t);
  const r = Math.round(lerp((a >> 16) & 0xff, (b >> 16) & 0xff, k));
  const g = Math.round(lerp((a >> 8) & 0xff, (b >> 8) & 0xff, k));
  const bl = Math.round(lerp(a & 0xff, b & 0xff, k));
  return (r << 16) | (g << 8) | bl;
}

/** The light's colour for a warmth between 0 (far, cold) and 1 (close, warm). */
export function temperature(warmth: number): number {
  return mixColor(COOL, WARM, warmth);
}

/** 0xRRGGBB → `rgba(...)` for Canvas 2D painting. */
export function rgba(color: number, alpha = 1): string {
  return `rgba(${(color >> 16) & 0xff},${(color >> 8) & 0xff},${color & 0xff},${alpha})`;
}

/** Colours of the body signals: where in the body it speaks, and in what voice. */
export const BODY_COLORS = {
  stomach: 0xffb347, // a knot of amber low in the belly
  heart: 0xff5c7a, // a rose-red thump in the chest
  breath: 0xa8e3ff, // a pale, thin breath
  throat: 0xc79bff, // a violet tightness in the throat
} as const;
