// The writing desk: night, a lamp making a small warm world, the letter under it.
import { floor, glow, roundRect, vertical, vignette, windowPane } from '../paint/kit';
import type { Backdrop } from './types';

export const desk: Backdrop = {
  seed: 83,
  paint(ctx, w, h) {
    vertical(ctx, 0, 0, w, h, [
      [0, '#08080c'],
      [0.62, '#1a1712'],
      [1, '#1a1712'],
    ]);
    windowPane(
      ctx,
      w * 0.12,
      h * 0.12,
      w * 0.16,
      h * 0.3,
      [
        [0, '#0b1226'],
        [1, '#1d2b4c'],
      ],
      '#050508',
      { cols: 2, rows: 2 },
    );
    // The desk against the wall on the right, its lamp, its papers.
    const dx = w * 0.62;
    const dw = w * 0.3;
    const dy = h * 0.46;
    glow(ctx, dx + dw * 0.35, dy, h * 0.45, 0xffb060, 0.42);
    roundRect(ctx, dx, dy, dw, h * 0.02, 2, '#120c07');
    ctx.fillStyle = '#0a0705';
    ctx.fillRect(dx + dw * 0.04, dy, h * 0.015, h * 0.16);
    ctx.fillRect(dx + dw * 0.96 - h * 0.015, dy, h * 0.015, h * 0.16);
    // Lamp arm and shade.
    ctx.strokeStyle = '#0a0705';
    ctx.lineWidth = Math.max(2, h * 0.006);
    ctx.beginPath();
    ctx.moveTo(dx + dw * 0.15, dy);
    ctx.lineTo(dx + dw * 0.1, dy - h * 0.12);
    ctx.lineTo(dx + dw * 0.25, dy - h * 0.17);
    ctx.stroke();
    ctx.fillStyle = '#0a0705';
    ctx.beginPath();
    ctx.moveTo(dx + dw * 0.22, dy - h * 0.19);
    ctx.lineTo(dx + dw * 0.33, dy - h * 0.15);
    ctx.lineTo(dx + dw * 0.28, dy - h * 0.12);
    ctx.closePath();
    ctx.fill();
    // Paper in the lamplight.
    ctx.fillStyle = 'rgba(255,225,180,0.75)';
    ctx.save();
    ctx.translate(dx + dw * 0.4, dy - h * 0.004);
    ctx.fillRect(0, 0, dw * 0.16, h * 0.006);
    ctx.fillRect(dw * 0.12, -h * 0.002, dw * 0.12, h * 0.005);
    ctx.restore();
    floor(ctx, w, h, { far: '#17130e', near: '#040302', sheen: 0xffa860, sheenAlpha: 0.15, boards: true });
    vignette(ctx, w, h, 0.8);
  },
  ambient: { dust: { color: 0xffd8a8, count: 22 } },
};
