// The party months later: the same room, cooler and thinner. Fewer bulbs, fewer people;
// what was a pull is now only a place.
import { cycle } from '../../shared/cycle';
import { blurred, crowd, floor, glow, vertical, vignette } from '../paint/kit';
import { stringLights } from './party';
import type { Backdrop } from './types';

export const partyLater: Backdrop = {
  seed: 19,
  paint(ctx, w, h, rnd) {
    vertical(ctx, 0, 0, w, h, [
      [0, '#0c0d16'],
      [0.62, '#221d2c'],
      [1, '#221d2c'],
    ]);
    glow(ctx, w * 0.5, h * 0.5, h * 0.8, 0xb08a9a, 0.22);
    glow(ctx, w * 0.85, h * 0.35, h * 0.5, 0x5a7ab0, 0.16);
    crowd(ctx, w, h, rnd, 'rgba(10,8,16,0.75)', Math.round(w / 130), h * 0.014);
    blurred(ctx, h * 0.005, (layer) => stringLights(layer, w, h, rnd, 0.45, 0xe0b890));
    floor(ctx, w, h, { far: '#1d1824', near: '#050409', sheen: 0xc0a0b0, sheenAlpha: 0.2, boards: true });
    // Confetti left on the floor from a night that is over.
    const colors = ['#c7708a', '#d9b86a', '#6aa6b8', '#b5a0d8'] as const;
    for (let i = 0; i < 90; i++) {
      const y = h * (0.66 + rnd() * 0.32);
      const s = h * 0.004 * (0.6 + ((y / h - 0.62) / 0.38) * 1.6);
      ctx.fillStyle = cycle(colors, i);
      ctx.globalAlpha = 0.22 + rnd() * 0.2;
      ctx.fillRect(rnd() * w, y, s * 1.8, s);
    }
    ctx.globalAlpha = 1;
    vignette(ctx, w, h, 0.75);
  },
  ambient: {
    bokeh: {
      count: 10,
      colors: [0xe0b890, 0xb5a0d8, 0x7fa6c8],
      y: [0.08, 0.45],
      size: [0.02, 0.05],
      alpha: [0.08, 0.22],
    },
    dust: { color: 0xd8d0ff, count: 16 },
  },
};
