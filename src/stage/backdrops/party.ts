// The party where it begins: a warm, crowded room, string lights, everyone out of focus
// except the one person you are looking at.
import { blurred, crowd, floor, glow, vertical, vignette } from '../paint/kit';
import type { Backdrop } from './types';

/** Strings of bulbs sagging across the ceiling. Shared with the later party. */
export function stringLights(
  ctx: CanvasRenderingContext2D,
  w: number,
  h: number,
  rnd: () => number,
  lit: number,
  color: number,
): void {
  const strands = 3;
  for (let s = 0; s < strands; s++) {
    const y = h * (0.06 + s * 0.07);
    const sag = h * (0.05 + s * 0.035);
    ctx.strokeStyle = 'rgba(0,0,0,0.55)';
    ctx.lineWidth = Math.max(1, h / 500);
    ctx.beginPath();
    ctx.moveTo(-10, y);
    ctx.quadraticCurveTo(w / 2, y + sag * 2, w + 10, y);
    ctx.stroke();
    // Uneven spacing and a stagger per strand, so the bulbs read as strings, not a grid.
    const n = 11 + s * 3;
    for (let i = 0; i <= n; i++) {
      const t = Math.min(1, Math.max(0, (i + 0.5 * (s % 2) + (rnd() - 0.5) * 0.5) / n));
      const x = -10 + (w + 20) * t;
      const by = (1 - t) * (1 - t) * y + 2 * (1 - t) * t * (y + sag * 2) + t * t * y;
      if (rnd() > lit) continue;
      glow(ctx, x, by + h * 0.01, h * 0.05, color, 0.55);
      ctx.fillStyle = 'rgba(255,236,200,0.95)';
      ctx.beginPath();
      ctx.arc(x, by + h * 0.01, Math.max(1.5, h * 0.004), 0, Math.PI * 2);
      ctx.fill();
    }
  }
}

export const party: Backdrop = {
  seed: 11,
  paint(ctx, w, h, rnd) {
    vertical(ctx, 0, 0, w, h, [
      [0, '#120a16'],
      [0.62, '#2f1826'],
      [1, '#2f1826'],
    ]);
    // The warm haze of a room full of people, brightest behind the dancers.
    glow(ctx, w * 0.5, h * 0.5, h * 0.85, 0xff9a5a, 0.32);
    glow(ctx, w * 0.15, h * 0.4, h * 0.5, 0xd0508a, 0.18);
    glow(ctx, w * 0.88, h * 0.42, h * 0.5, 0x4fa0b0, 0.12);
    crowd(ctx, w, h, rnd, 'rgba(14,6,14,0.8)', Math.round(w / 55), h * 0.012);
    blurred(ctx, h * 0.004, (layer) => stringLights(layer, w, h, rnd, 0.9, 0xffb060));
    floor(ctx, w, h, { far: '#2a1520', near: '#07040a', sheen: 0xffa060, sheenAlpha: 0.3, boards: true });
    vignette(ctx, w, h, 0.7);
  },
  ambient: {
    bokeh: {
      count: 22,
      colors: [0xffb060, 0xff7a8a, 0xffd9a0, 0x6fd0d0],
      y: [0.08, 0.5],
      size: [0.02, 0.06],
      alpha: [0.12, 0.35],
    },
    dust: { color: 0xffd2a0, count: 26 },
  },
};
