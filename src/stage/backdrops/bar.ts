// The bar at closing time: bottles lit from behind, a long counter, three low lamps.
import { blurred, floor, glow, vertical, vignette } from '../paint/kit';
import type { Backdrop } from './types';

export const bar: Backdrop = {
  seed: 31,
  paint(ctx, w, h, rnd) {
    vertical(ctx, 0, 0, w, h, [
      [0, '#0d0907'],
      [0.62, '#24160e'],
      [1, '#24160e'],
    ]);
    // The shelf glow and the bottles standing in it, softened.
    const shelfY = [h * 0.24, h * 0.38];
    for (const y of shelfY) {
      glow(ctx, w / 2, y, w * 0.5, 0xffa040, 0.22, 0.18);
    }
    blurred(ctx, h * 0.004, (l) => {
      l.fillStyle = '#0a0604';
      for (const y of shelfY) {
        l.fillRect(0, y + h * 0.005, w, h * 0.008);
        for (let x = w * 0.03; x < w; x += h * (0.03 + rnd() * 0.03)) {
          const bh = h * (0.05 + rnd() * 0.05);
          const bw = h * (0.012 + rnd() * 0.01);
          l.beginPath();
          l.roundRect(x, y - bh, bw, bh, [bw * 0.4, bw * 0.4, 1, 1]);
          l.fill();
          l.fillRect(x + bw * 0.35, y - bh - h * 0.02, bw * 0.3, h * 0.022);
        }
      }
    });
    // The counter.
    vertical(ctx, 0, h * 0.5, w, h * 0.12, [
      [0, '#3a2414'],
      [0.06, '#140b06'],
      [1, '#0b0604'],
    ]);
    glow(ctx, w / 2, h * 0.5, w * 0.5, 0xffb060, 0.18, 0.05);
    // Pendant lamps over the counter.
    for (const x of [0.2, 0.5, 0.8]) {
      ctx.strokeStyle = '#050302';
      ctx.lineWidth = Math.max(1, h / 600);
      ctx.beginPath();
      ctx.moveTo(w * x, 0);
      ctx.lineTo(w * x, h * 0.1);
      ctx.stroke();
      glow(ctx, w * x, h * 0.12, h * 0.2, 0xffb870, 0.45);
      ctx.fillStyle = '#120a05';
      ctx.beginPath();
      ctx.ellipse(w * x, h * 0.11, h * 0.03, h * 0.016, 0, Math.PI, Math.PI * 2);
      ctx.fill();
    }
    floor(ctx, w, h, { far: '#1c120b', near: '#050302', sheen: 0xffa050, sheenAlpha: 0.22, boards: true });
    vignette(ctx, w, h, 0.8);
  },
  ambient: {
    bokeh: { count: 8, colors: [0xffb060, 0xffd0a0], y: [0.15, 0.42], size: [0.02, 0.045], alpha: [0.08, 0.2] },
    dust: { color: 0xffcf9a, count: 18 },
  },
};
