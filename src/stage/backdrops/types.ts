// What a location is to the stage: a still painting plus a little living light on top.
import type { Ctx } from '../paint/kit';

export interface Ambient {
  /** Out-of-focus lights that breathe slowly (string lights, windows, stage lamps). */
  readonly bokeh?: {
    readonly count: number;
    readonly colors: readonly number[];
    /** Vertical band, as fractions of the height. */
    readonly y: readonly [number, number];
    /** Disc diameter range, as fractions of the height. */
    readonly size: readonly [number, number];
    readonly alpha: readonly [number, number];
  };
  /** Motes drifting through the light. */
  readonly dust?: { readonly color: number; readonly count: number };
}

export interface Backdrop {
  /** Seed for the painting's randomness, so a repaint draws the same room. */
  readonly seed: number;
  readonly paint: (ctx: Ctx, w: number, h: number, rnd: () => number) => void;
  readonly ambient: Ambient;
}
