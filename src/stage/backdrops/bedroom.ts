// The bedroom at night: moonlight through a curtained window, falling across the floor.
import { floor, glow, roundRect, vertical, vignette, windowPane } from '../paint/kit';
import type { Backdrop } from './types';

export const bedroom: Backdrop = {
  seed: 41,
  paint(ctx, w, h) {
    vertical(ctx, 0, 0, w, h, [
      [0, '#070a14'],
      [0.62, '#121a30'],
      [1, '#121a30'],
    ]);
    const wx = w * 0.4;
    const wy = h * 0.12;
    const ww = w * 0.2;
    const wh = h * 0.36;
    glow(ctx, wx + ww / 2, wy + wh / 2, h * 0.6, 0x8fb0ff, 0.22);
    windowPane(
      ctx,
      wx,
      wy,
      ww,
      wh,
      [
        [0, '#2b3f72'],
        [1, '#7f9ad0'],
      ],
      '#060810',
      { cols: 2, rows: 2 },
    );
    glow(ctx, wx + ww * 0.72, wy + wh * 0.22, h * 0.05, 0xf4f6ff, 0.9);
    // Curtains half drawn.
    for (const [x, dir] of [
      [wx - w * 0.02, 1],
      [wx + ww + w * 0.02, -1],
    ] as const) {
      ctx.fillStyle = '#0b1022';
      ctx.beginPath();
      ctx.moveTo(x - dir * w * 0.03, h * 0.08);
      ctx.lineTo(x + dir * w * 0.035, h * 0.08);
      ctx.quadraticCurveTo(x + dir * w * 0.01, h * 0.35, x + dir * w * 0.04, h * 0.62);
      ctx.lineTo(x - dir * w * 0.03, h * 0.62);
      ctx.closePath();
      ctx.fill();
    }
    // The bed, low along the wall on the right.
    roundRect(ctx, w * 0.68, h * 0.5, w * 0.3, h * 0.12, h * 0.02, '#080c18');
    roundRect(ctx, w * 0.95, h * 0.38, w * 0.03, h * 0.24, h * 0.01, '#080c18');
    roundRect(ctx, w * 0.88, h * 0.47, w * 0.07, h * 0.04, h * 0.02, '#111a30');
    floor(ctx, w, h, { far: '#0f1628', near: '#030409', sheen: 0x8fb0ff, sheenAlpha: 0.16 });
    // The moonlight's shape on the floor.
    ctx.save();
    ctx.filter = `blur(${h * 0.02}px)`;
    ctx.fillStyle = 'rgba(150,180,255,0.10)';
    ctx.beginPath();
    ctx.moveTo(wx + ww * 0.1, h * 0.63);
    ctx.lineTo(wx + ww * 0.9, h * 0.63);
    ctx.lineTo(wx + ww * 1.5, h);
    ctx.lineTo(wx - ww * 0.3, h);
    ctx.closePath();
    ctx.fill();
    ctx.restore();
    vignette(ctx, w, h, 0.8);
  },
  ambient: { dust: { color: 0xc8d8ff, count: 20 } },
};
