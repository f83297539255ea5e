// The street at the partner's door: night, wet stones, one lit doorway and a street lamp.
import { floor, glow, vertical, vignette } from '../paint/kit';
import type { Backdrop } from './types';

export const door: Backdrop = {
  seed: 61,
  paint(ctx, w, h, rnd) {
    vertical(ctx, 0, 0, w, h, [
      [0, '#05070d'],
      [0.62, '#111827'],
      [1, '#111827'],
    ]);
    // Brick facade, barely there.
    ctx.fillStyle = 'rgba(0,0,0,0.25)';
    for (let y = h * 0.05; y < h * 0.62; y += h * 0.03) {
      const off = (Math.round(y / (h * 0.03)) % 2) * h * 0.04;
      for (let x = -off; x < w; x += h * 0.08) ctx.fillRect(x, y, h * 0.077, h * 0.027);
    }
    // The door: a warm rectangle of light standing ajar.
    const dx = w * 0.64;
    const dw = h * 0.16;
    const dt = h * 0.28;
    glow(ctx, dx + dw / 2, h * 0.45, h * 0.45, 0xffa050, 0.35);
    ctx.fillStyle = '#07080c';
    ctx.fillRect(dx - h * 0.015, dt - h * 0.015, dw + h * 0.03, h * 0.62 - dt + h * 0.015);
    const g = ctx.createLinearGradient(0, dt, 0, h * 0.62);
    g.addColorStop(0, '#ffcf8a');
    g.addColorStop(1, '#e08a40');
    ctx.fillStyle = g;
    ctx.fillRect(dx, dt, dw, h * 0.62 - dt);
    ctx.fillStyle = '#1a0f08';
    ctx.fillRect(dx, dt, dw * 0.55, h * 0.62 - dt);
    // A street lamp on the left.
    const lx = w * 0.18;
    ctx.fillStyle = '#04050a';
    ctx.fillRect(lx - h * 0.006, h * 0.12, h * 0.012, h * 0.5);
    glow(ctx, lx, h * 0.12, h * 0.35, 0xffd9a0, 0.4);
    glow(ctx, lx, h * 0.12, h * 0.04, 0xfff4e0, 0.9);
    floor(ctx, w, h, { far: '#141a26', near: '#030408', sheen: 0xffb060, sheenAlpha: 0.14 });
    // Wet-street reflections: streaks of light below each source.
    ctx.save();
    ctx.filter = `blur(${h * 0.012}px)`;
    for (const [x, c, a] of [
      [dx + dw * 0.8, '255,190,110', 0.3],
      [lx, '255,220,170', 0.28],
    ] as const) {
      const sg = ctx.createLinearGradient(0, h * 0.62, 0, h);
      sg.addColorStop(0, `rgba(${c},${a})`);
      sg.addColorStop(1, `rgba(${c},0)`);
      ctx.fillStyle = sg;
      ctx.fillRect(x - h * 0.03, h * 0.62, h * 0.06, h * 0.38);
    }
    ctx.restore();
    for (let i = 0; i < 40; i++) glow(ctx, rnd() * w, h * (0.65 + rnd() * 0.35), h * 0.02, 0x8fa8d8, 0.06, 0.3);
    vignette(ctx, w, h, 0.8);
  },
  ambient: { dust: { color: 0xb8c8e8, count: 24 } },
};
