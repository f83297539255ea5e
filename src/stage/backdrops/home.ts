// Home, the phone in your hand: a dark flat, the city through a tall window, one lamp.
import { floor, glow, roundRect, vertical, vignette, windowPane } from '../paint/kit';
import type { Backdrop } from './types';

export const home: Backdrop = {
  seed: 23,
  paint(ctx, w, h, rnd) {
    vertical(ctx, 0, 0, w, h, [
      [0, '#0b0e18'],
      [0.62, '#1a2032'],
      [1, '#1a2032'],
    ]);
    // The tall window and the city in it, out of focus.
    const wx = w * 0.1;
    const wy = h * 0.1;
    const ww = w * 0.3;
    const wh = h * 0.44;
    windowPane(
      ctx,
      wx,
      wy,
      ww,
      wh,
      [
        [0, '#0d1530'],
        [1, '#27365e'],
      ],
      '#06080f',
      { cols: 2, rows: 3 },
    );
    ctx.save();
    ctx.beginPath();
    ctx.rect(wx, wy, ww, wh);
    ctx.clip();
    for (let i = 0; i < 70; i++) {
      const c = rnd() < 0.7 ? 0xffc27a : 0x9fc4ff;
      glow(ctx, wx + rnd() * ww, wy + wh * (0.45 + rnd() * 0.55), h * (0.006 + rnd() * 0.012), c, 0.7);
    }
    ctx.restore();
    glow(ctx, wx + ww / 2, wy + wh * 0.6, h * 0.45, 0x5a78c8, 0.16);
    // A floor lamp at the right, and the warm circle it throws.
    const lx = w * 0.84;
    glow(ctx, lx, h * 0.3, h * 0.5, 0xffa860, 0.3);
    ctx.fillStyle = '#05060b';
    ctx.fillRect(lx - 2, h * 0.3, 4, h * 0.32);
    ctx.beginPath();
    ctx.moveTo(lx - h * 0.05, h * 0.3);
    ctx.lineTo(lx + h * 0.05, h * 0.3);
    ctx.lineTo(lx + h * 0.035, h * 0.22);
    ctx.lineTo(lx - h * 0.035, h * 0.22);
    ctx.closePath();
    ctx.fillStyle = '#3a2414';
    ctx.fill();
    // A low sofa along the back wall.
    roundRect(ctx, w * 0.52, h * 0.5, w * 0.26, h * 0.12, h * 0.03, '#080a12');
    roundRect(ctx, w * 0.5, h * 0.46, w * 0.04, h * 0.16, h * 0.02, '#080a12');
    roundRect(ctx, w * 0.76, h * 0.46, w * 0.04, h * 0.16, h * 0.02, '#080a12');
    floor(ctx, w, h, { far: '#141a2a', near: '#040509', sheen: 0xffa860, sheenAlpha: 0.12 });
    glow(ctx, lx, h * 0.66, h * 0.4, 0xffa860, 0.14, 0.2);
    vignette(ctx, w, h, 0.75);
  },
  ambient: { dust: { color: 0xffd8b0, count: 14 } },
};
