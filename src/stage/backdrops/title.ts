// No location yet: an empty dance floor in the dark, one lamp waiting for two people.
import { floor, glow, vertical, vignette } from '../paint/kit';
import type { Backdrop } from './types';

export const title: Backdrop = {
  seed: 1,
  paint(ctx, w, h) {
    vertical(ctx, 0, 0, w, h, [
      [0, '#07080f'],
      [0.6, '#121629'],
      [1, '#121629'],
    ]);
    glow(ctx, w / 2, h * 0.45, h * 0.7, 0x3a4a8a, 0.35);
    floor(ctx, w, h, { far: '#0d1020', near: '#040509', sheen: 0x6a7cc0, sheenAlpha: 0.25, boards: true });
    glow(ctx, w / 2, h * 0.84, w * 0.32, 0x8a9ad8, 0.18, 0.16);
    vignette(ctx, w, h, 0.75);
  },
  ambient: { dust: { color: 0xc8d2ff, count: 40 } },
};
