// Canvas 2D helpers for painting backdrops. Every location is painted from the same few
// strokes — a wall gradient, lamps as soft glows, furniture as flat dark shapes, a polished
// floor that catches the light — so nine rooms still look like one game.
import { rgba } from '../palette';
import { paintCanvas } from './canvas';

export type Ctx = CanvasRenderingContext2D;

/** Where the wall meets the floor, as a fraction of the height. Shared with the stage layout. */
export const HORIZON = 0.62;

/** A seeded random generator: a repaint (e.g. after a resize) draws the same room. */
export { seededRandom as seeded } from '../../../common/seeded-random.js';

export function vertical(
  ctx: Ctx,
  x: number,
  y: number,
  w: number,
  h: number,
  stops: readonly (readonly [number, string])[],
): void {
  const g = ctx.createLinearGradient(0, y, 0, y + h);
  for (const [t, c] of stops) g.addColorStop(t, c);
  ctx.fillStyle = g;
  ctx.fillRect(x, y, w, h);
}

/** A soft pool of light; `squash` < 1 flattens it into an ellipse (light lying on a floor). */
export function glow(ctx: Ctx, x: number, y: number, r: number, color: number, alpha: number, squash = 1): void {
  ctx.save();
  ctx.translate(x, y);
  ctx.scale(1, squash);
  const g = ctx.createRadialGradient(0, 0, 0, 0, 0, r);
  g.addColorStop(0, rgba(color, alpha));
  g.addColorStop(0.35, rgba(color, alpha * 0.45));
  g.addColorStop(0.7, rgba(color, alpha * 0.1));
  g.addColorStop(1, rgba(color, 0));
  ctx.fillStyle = g;
  ctx.fillRect(-r, -r, r * 2, r * 2);
  ctx.restore();
}

/**
 * Run `draw` on a transparent layer, then lay the layer down blurred, for things seen out of
 * focus behind the dancers. One blur for the whole layer: a filter applied to every single
 * shape would cost a full-canvas blur per shape.
 */
export function blurred(ctx: Ctx, px: number, draw: (layer: Ctx) => void): void {
  const [layer, lctx] = paintCanvas(ctx.canvas.width, ctx.canvas.height);
  draw(lctx);
  ctx.save();
  ctx.filter = `blur(${Math.max(0, px)}px)`;
  ctx.drawImage(layer, 0, 0);
  ctx.restore();
}

export function roundRect(ctx: Ctx, x: number, y: number, w: number, h: number, r: number, fill: string): void {
  ctx.fillStyle = fill;
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
  ctx.fill();
}

export interface FloorStyle {
  readonly far: string;
  readonly near: string;
  /** The colour of the room's main light as it slides across the polish. */
  readonly sheen: number;
  readonly sheenAlpha: number;
  /** Faint boards running toward the back wall. */
  readonly boards?: boolean;
}

/** The dance floor: darker toward the viewer, a band of reflected light at the far edge. */
export function floor(ctx: Ctx, w: number, h: number, s: FloorStyle): void {
  const y0 = h * HORIZON;
  vertical(ctx, 0, y0, w, h - y0, [
    [0, s.far],
    [1, s.near],
  ]);
  glow(ctx, w / 2, y0 + (h - y0) * 0.08, w * 0.55, s.sheen, s.sheenAlpha, 0.12);
  if (s.boards) {
    // Perspective seams converging on a vanishing point high above the floor's centre.
    ctx.save();
    ctx.strokeStyle = 'rgba(255,255,255,0.035)';
    ctx.lineWidth = Math.max(1, w / 1400);
    const vx = w / 2;
    const vy = y0 - h * 0.9;
    for (let i = -14; i <= 14; i++) {
      const xb = w / 2 + (i * w) / 9;
      const t = (y0 - vy) / (h - vy);
      ctx.beginPath();
      ctx.moveTo(vx + (xb - vx) * t, y0);
      ctx.lineTo(xb, h);
      ctx.stroke();
    }
    ctx.restore();
  }
  // The seam where wall meets floor, softened.
  vertical(ctx, 0, y0 - 2, w, 6, [
    [0, 'rgba(0,0,0,0)'],
    [0.5, 'rgba(0,0,0,0.35)'],
    [1, 'rgba(0,0,0,0)'],
  ]);
}

/** A crowd seen out of focus: rounded heads and shoulders along the horizon. */
export function crowd(
  ctx: Ctx,
  w: number,
  h: number,
  rnd: () => number,
  color: string,
  count: number,
  blur: number,
): void {
  const y0 = h * HORIZON;
  blurred(ctx, blur, (ctx) => {
    ctx.fillStyle = color;
    for (let i = 0; i < count; i++) {
      const x = rnd() * w;
      const s = h * (0.05 + rnd() * 0.035);
      const top = y0 - s * (2.2 + rnd() * 0.9);
      ctx.beginPath();
      ctx.ellipse(x, top, s * 0.36, s * 0.45, 0, 0, Math.PI * 2);
      ctx.fill();
      ctx.beginPath();
      ctx.roundRect(x - s * 0.8, top + s * 0.5, s * 1.6, y0 - top, [s * 0.6, s * 0.6, 0, 0]);
      ctx.fill();
    }
  });
}

/** Darkened edges keep the eye on the two figures in the middle. */
export function vignette(ctx: Ctx, w: number, h: number, strength: number): void {
  const r = Math.hypot(w, h) / 2;
  const g = ctx.createRadialGradient(w / 2, h * 0.58, r * 0.25, w / 2, h * 0.58, r);
  g.addColorStop(0, 'rgba(0,0,0,0)');
  g.addColorStop(0.6, `rgba(0,0,0,${strength * 0.45})`);
  g.addColorStop(1, `rgba(0,0,0,${strength})`);
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, w, h);
}

/** A window onto the night (or day): a lit pane cut by mullions, with its glow on the wall. */
export function windowPane(
  ctx: Ctx,
  x: number,
  y: number,
  w: number,
  h: number,
  sky: readonly (readonly [number, string])[],
  frame: string,
  bars: { cols: number; rows: number },
): void {
  vertical(ctx, x, y, w, h, sky);
  ctx.fillStyle = frame;
  const t = Math.max(2, w * 0.025);
  ctx.fillRect(x - t, y - t, w + 2 * t, t);
  ctx.fillRect(x - t, y + h, w + 2 * t, t * 1.6);
  ctx.fillRect(x - t, y, t, h);
  ctx.fillRect(x + w, y, t, h);
  for (let c = 1; c < bars.cols; c++) ctx.fillRect(x + (w * c) / bars.cols - t / 2, y, t * 0.8, h);
  for (let r = 1; r < bars.rows; r++) ctx.fillRect(x, y + (h * r) / bars.rows - t / 2, w, t * 0.8);
}
