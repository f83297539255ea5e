// Small white light textures painted once; the stage tints and scales them. Keeping them
// white and soft means one texture serves every lamp, bokeh dot and body signal.
import { paintCanvas } from './canvas';

const canvas = paintCanvas;

/** A round glow with a gaussian-like falloff (several stops avoid a visible ring). */
export function paintGlow(size = 128): HTMLCanvasElement {
  const [c, ctx] = canvas(size, size);
  const r = size / 2;
  const g = ctx.createRadialGradient(r, r, 0, r, r, r);
  for (let i = 0; i <= 10; i++) {
    const t = i / 10;
    g.addColorStop(t, `rgba(255,255,255,${Math.exp(-t * t * 4.5) * (1 - t)})`);
  }
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, size, size);
  return c;
}

/** A bokeh disc: a soft-edged coin of light, like an out-of-focus bulb. */
export function paintBokeh(size = 64): HTMLCanvasElement {
  const [c, ctx] = canvas(size, size);
  const r = size / 2;
  const g = ctx.createRadialGradient(r, r, 0, r, r, r);
  g.addColorStop(0, 'rgba(255,255,255,0.75)');
  g.addColorStop(0.65, 'rgba(255,255,255,0.6)');
  g.addColorStop(0.85, 'rgba(255,255,255,0.25)');
  g.addColorStop(1, 'rgba(255,255,255,0)');
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, size, size);
  return c;
}

/** A cone of light from a lamp high above, widening toward the floor. */
export function paintBeam(w = 256, h = 512): HTMLCanvasElement {
  const [c, ctx] = canvas(w, h);
  const top = w * 0.08;
  ctx.filter = 'blur(10px)';
  const g = ctx.createLinearGradient(0, 0, 0, h);
  g.addColorStop(0, 'rgba(255,255,255,0.0)');
  g.addColorStop(0.15, 'rgba(255,255,255,0.45)');
  g.addColorStop(1, 'rgba(255,255,255,0.12)');
  ctx.fillStyle = g;
  ctx.beginPath();
  ctx.moveTo(w / 2 - top, 0);
  ctx.lineTo(w / 2 + top, 0);
  ctx.lineTo(w - 14, h);
  ctx.lineTo(14, h);
  ctx.closePath();
  ctx.fill();
  return c;
}

/** A ring, for the circle the dance draws when it starts over. */
export function paintRing(size = 256): HTMLCanvasElement {
  const [c, ctx] = canvas(size, size);
  ctx.filter = 'blur(3px)';
  ctx.strokeStyle = 'rgba(255,255,255,0.9)';
  ctx.lineWidth = 5;
  ctx.beginPath();
  ctx.arc(size / 2, size / 2, size / 2 - 10, 0, Math.PI * 2);
  ctx.stroke();
  return c;
}

/** Film grain: breaks up gradient banding in the dark and gives the picture some tooth. */
export function paintGrain(size = 256): HTMLCanvasElement {
  const [c, ctx] = canvas(size, size);
  const img = ctx.createImageData(size, size);
  const d = img.data;
  for (let i = 0; i < d.length; i += 4) {
    const v = Math.random() * 255;
    d[i] = d[i + 1] = d[i + 2] = v;
    d[i + 3] = 255;
  }
  ctx.putImageData(img, 0, 0);
  return c;
}
