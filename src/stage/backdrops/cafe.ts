// The café: the brightest room in the story — grey daylight in big panes, pendant lamps,
// tables — so the talk that happens here happens where everyone can see.
import { blurred, floor, glow, vertical, vignette, windowPane } from '../paint/kit';
import type { Backdrop } from './types';

export const cafe: Backdrop = {
  seed: 53,
  paint(ctx, w, h, rnd) {
    vertical(ctx, 0, 0, w, h, [
      [0, '#1b1c22'],
      [0.62, '#3a3634'],
      [1, '#3a3634'],
    ]);
    // A wall of windows onto a rainy afternoon.
    const wy = h * 0.1;
    const wh = h * 0.4;
    windowPane(
      ctx,
      w * 0.06,
      wy,
      w * 0.88,
      wh,
      [
        [0, '#6f7f90'],
        [1, '#aab4b8'],
      ],
      '#1a1816',
      { cols: 6, rows: 1 },
    );
    blurred(ctx, h * 0.003, (l) => {
      l.strokeStyle = 'rgba(230,240,255,0.22)';
      l.lineWidth = Math.max(1, h / 700);
      for (let i = 0; i < 120; i++) {
        const x = w * 0.06 + rnd() * w * 0.88;
        const y = wy + rnd() * wh * 0.9;
        l.beginPath();
        l.moveTo(x, y);
        l.lineTo(x - h * 0.004, y + h * (0.02 + rnd() * 0.04));
        l.stroke();
      }
    });
    glow(ctx, w / 2, h * 0.35, w * 0.6, 0xdfe8f0, 0.18);
    // Pendant lamps.
    for (const x of [0.25, 0.5, 0.75]) {
      ctx.fillStyle = '#0e0c0a';
      ctx.fillRect(w * x - 1, 0, 2, h * 0.08);
      glow(ctx, w * x, h * 0.1, h * 0.14, 0xffc890, 0.5);
      ctx.beginPath();
      ctx.moveTo(w * x - h * 0.035, h * 0.1);
      ctx.lineTo(w * x + h * 0.035, h * 0.1);
      ctx.lineTo(w * x + h * 0.012, h * 0.075);
      ctx.lineTo(w * x - h * 0.012, h * 0.075);
      ctx.closePath();
      ctx.fill();
    }
    // Tables and chairs along the window, soft.
    blurred(ctx, h * 0.006, (l) => {
      l.fillStyle = '#15110e';
      for (const x of [0.1, 0.27, 0.73, 0.9]) {
        const cx = w * x;
        l.fillRect(cx - h * 0.06, h * 0.52, h * 0.12, h * 0.012);
        l.fillRect(cx - h * 0.005, h * 0.52, h * 0.01, h * 0.1);
        l.fillRect(cx - h * 0.1, h * 0.49, h * 0.01, h * 0.13);
        l.fillRect(cx + h * 0.09, h * 0.49, h * 0.01, h * 0.13);
        l.fillRect(cx - h * 0.1, h * 0.55, h * 0.04, h * 0.008);
        l.fillRect(cx + h * 0.06, h * 0.55, h * 0.04, h * 0.008);
      }
    });
    floor(ctx, w, h, { far: '#2c2622', near: '#0b0908', sheen: 0xdfe8f0, sheenAlpha: 0.22, boards: true });
    vignette(ctx, w, h, 0.6);
  },
  ambient: {
    bokeh: { count: 6, colors: [0xffc890, 0xe8eef5], y: [0.08, 0.2], size: [0.02, 0.04], alpha: [0.1, 0.2] },
  },
};
