// The festival: open sky at dusk, stage lights cutting the haze, bunting, a crowd.
import { cycle } from '../../shared/cycle';
import { blurred, crowd, floor, glow, vertical, vignette } from '../paint/kit';
import type { Backdrop } from './types';

export const festival: Backdrop = {
  seed: 71,
  paint(ctx, w, h, rnd) {
    vertical(ctx, 0, 0, w, h, [
      [0, '#150d2a'],
      [0.35, '#3f1f48'],
      [0.55, '#a24e4e'],
      [0.62, '#e08a5a'],
      [1, '#e08a5a'],
    ]);
    // Stage beams fanning up into the dusk.
    blurred(ctx, h * 0.01, (l) => {
      const beams: [number, number, string][] = [
        [0.3, -0.5, '255,120,200'],
        [0.42, -0.2, '120,200,255'],
        [0.58, 0.2, '255,210,120'],
        [0.7, 0.5, '170,130,255'],
      ];
      for (const [x, tilt, c] of beams) {
        const bx = w * x;
        const by = h * 0.5;
        const g = l.createLinearGradient(bx, by, bx + tilt * h, 0);
        g.addColorStop(0, `rgba(${c},0.35)`);
        g.addColorStop(1, `rgba(${c},0)`);
        l.fillStyle = g;
        l.beginPath();
        l.moveTo(bx - 4, by);
        l.lineTo(bx + 4, by);
        l.lineTo(bx + tilt * h + h * 0.09, -h * 0.05);
        l.lineTo(bx + tilt * h - h * 0.09, -h * 0.05);
        l.closePath();
        l.fill();
      }
    });
    // Bunting strung across the top.
    for (let s = 0; s < 2; s++) {
      const y = h * (0.06 + s * 0.08);
      const colors = ['#c75a6a', '#e0b060', '#5a9ab0', '#9a7ad0'] as const;
      const n = 22;
      for (let i = 0; i < n; i++) {
        const t = (i + 0.5) / n;
        const x = w * t;
        const sag = Math.sin(t * Math.PI) * h * 0.06;
        ctx.fillStyle = cycle(colors, i + s);
        ctx.globalAlpha = 0.55;
        ctx.beginPath();
        ctx.moveTo(x - h * 0.018, y + sag);
        ctx.lineTo(x + h * 0.018, y + sag);
        ctx.lineTo(x, y + sag + h * 0.04);
        ctx.closePath();
        ctx.fill();
      }
      ctx.globalAlpha = 1;
    }
    glow(ctx, w / 2, h * 0.58, w * 0.5, 0xffa060, 0.35, 0.3);
    crowd(ctx, w, h, rnd, 'rgba(24,10,26,0.92)', Math.round(w / 28), h * 0.008);
    floor(ctx, w, h, { far: '#1d0f1c', near: '#050307', sheen: 0xff9a60, sheenAlpha: 0.25 });
    vignette(ctx, w, h, 0.65);
  },
  ambient: {
    bokeh: {
      count: 24,
      colors: [0xff78c8, 0x78c8ff, 0xffd278, 0xaa82ff],
      y: [0.2, 0.55],
      size: [0.015, 0.04],
      alpha: [0.15, 0.4],
    },
    dust: { color: 0xffd0b0, count: 30 },
  },
};
