// Paints one figure's silhouette into a Canvas 2D texture. The silhouette is near-black
// with a thin rim of white light along its upper edges; the stage tints the image, so that
// rim takes the room's temperature (warm when close, cold when apart) while the body stays
// a shadow — two people seen against the light, never in detail.
import { cycle, nonEmpty } from '../../shared/cycle';
import { SILHOUETTE } from '../palette';
import { paintCanvas } from './canvas';
import { FIGURE_GROUND, FIGURE_H, FIGURE_W, type Limb, type Pose, SKELETONS, type Skeleton } from './poses';

export type Who = 'player' | 'partner';

type P = readonly [number, number];

function capsule(ctx: CanvasRenderingContext2D, { a, b, ra, rb }: Limb): void {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = Math.hypot(dx, dy) || 1;
  const nx = -dy / len;
  const ny = dx / len;
  ctx.beginPath();
  ctx.moveTo(a[0] + nx * ra, a[1] + ny * ra);
  ctx.lineTo(b[0] + nx * rb, b[1] + ny * rb);
  ctx.lineTo(b[0] - nx * rb, b[1] - ny * rb);
  ctx.lineTo(a[0] - nx * ra, a[1] - ny * ra);
  ctx.closePath();
  ctx.fill();
  ctx.beginPath();
  ctx.arc(a[0], a[1], ra, 0, Math.PI * 2);
  ctx.arc(b[0], b[1], rb, 0, Math.PI * 2);
  ctx.fill();
}

/** A closed shape through `pts`, rounded by drawing curves through the midpoints. */
function smoothShape(ctx: CanvasRenderingContext2D, pts: readonly P[]): void {
  if (!nonEmpty(pts)) return;
  const n = pts.length;
  const mid = (i: number): P => {
    const p = cycle(pts, i);
    const q = cycle(pts, i + 1);
    return [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2];
  };
  ctx.beginPath();
  const m0 = mid(n - 1);
  ctx.moveTo(m0[0], m0[1]);
  for (let i = 0; i < n; i++) {
    const p = cycle(pts, i);
    const m = mid(i);
    ctx.quadraticCurveTo(p[0], p[1], m[0], m[1]);
  }
  ctx.closePath();
  ctx.fill();
}

function head(ctx: CanvasRenderingContext2D, s: Skeleton, who: Who): void {
  const [hx, hy] = s.head;
  const [rx, ry] = s.headR;
  const f = s.profile;
  // The neck first, so head and shoulders read as one line.
  capsule(ctx, { a: [hx - f * 8, hy + ry * 0.55], b: s.neck, ra: 14, rb: 17 });
  ctx.beginPath();
  ctx.ellipse(hx, hy, rx, ry, 0, 0, Math.PI * 2);
  ctx.fill();
  if (f) {
    // A small nose and a jaw line: a profile you can read at a glance, so facing is never in doubt.
    ctx.beginPath();
    ctx.ellipse(hx + rx * 0.93, hy + 3, 6, 8, 0.35, 0, Math.PI * 2);
    ctx.fill();
    ctx.beginPath();
    ctx.ellipse(hx + rx * 0.42, hy + ry * 0.6, rx * 0.45, ry * 0.3, 0.35, 0, Math.PI * 2);
    ctx.fill();
  }
  if (who === 'player') {
    // A low knot of hair: the player's figure has its own outline, whatever its gender.
    ctx.beginPath();
    if (f) ctx.ellipse(hx - rx * 1.0, hy + 6, 15, 16, 0, 0, Math.PI * 2);
    else ctx.ellipse(hx, hy - ry * 0.9, 16, 11, 0, 0, Math.PI * 2);
    ctx.fill();
  } else {
    // Fuller hair, a little longer at the back.
    ctx.beginPath();
    ctx.ellipse(hx - f * 5, hy - 4, rx * 1.12, ry * 1.02, 0, Math.PI * 0.95, Math.PI * 2.05);
    ctx.fill();
    if (f) {
      ctx.beginPath();
      ctx.ellipse(hx - rx * 0.7, hy + 8, rx * 0.5, ry * 0.75, 0.2, 0, Math.PI * 2);
      ctx.fill();
    }
  }
}

/** The partner's long coat: it makes the two figures tell apart even at thumbnail size. */
function coat(ctx: CanvasRenderingContext2D, s: Skeleton): void {
  const t = s.torso;
  const xs = t.map((p) => p[0]);
  const top = Math.min(...t.map((p) => p[1]));
  const hipY = Math.max(...t.map((p) => p[1]));
  const back = Math.min(...xs);
  const front = Math.max(...xs);
  // The hem follows the body's lean, a little behind it, as a coat hangs.
  const sway = s.profile ? (s.neck[0] - 130) * 0.25 : 0;
  const hemY = 476;
  ctx.beginPath();
  ctx.moveTo(back + 6, top + 14);
  ctx.quadraticCurveTo(back + 10, top - 2, (back + front) / 2, top);
  ctx.quadraticCurveTo(front + 2, top, front + 2, top + 30);
  ctx.lineTo(front + 4, hipY - 20);
  ctx.lineTo(front + 14 + sway, hemY);
  ctx.lineTo(back - 14 + sway, hemY + 6);
  ctx.lineTo(back - 4, hipY - 20);
  ctx.closePath();
  ctx.fill();
}

function silhouette(ctx: CanvasRenderingContext2D, pose: Pose, who: Who): void {
  const s = SKELETONS[pose];
  for (const l of s.limbs) capsule(ctx, l);
  smoothShape(ctx, s.torso);
  if (who === 'partner') coat(ctx, s);
  head(ctx, s, who);
}

/**
 * The figure: first the whole shape in light, then the shadow-body shifted a few pixels
 * down, so light survives only along the top edges — as if lit from a lamp above.
 */
export function paintFigure(pose: Pose, who: Who): HTMLCanvasElement {
  // The shape once, in white, on its own layer; then recoloured as the shadow-body.
  const [shape, sctx] = paintCanvas(FIGURE_W, FIGURE_H);
  sctx.fillStyle = '#ffffff';
  silhouette(sctx, pose, who);
  const [dark, dctx] = paintCanvas(FIGURE_W, FIGURE_H);
  dctx.drawImage(shape, 0, 0);
  dctx.globalCompositeOperation = 'source-in';
  dctx.fillStyle = SILHOUETTE;
  dctx.fillRect(0, 0, FIGURE_W, FIGURE_H);

  const [canvas, ctx] = paintCanvas(FIGURE_W, FIGURE_H);
  ctx.globalAlpha = 0.95;
  ctx.filter = 'blur(1px)';
  ctx.drawImage(shape, 0, 0);
  ctx.filter = 'none';
  ctx.globalAlpha = 1;
  ctx.drawImage(dark, who === 'player' ? -1.5 : 1.5, 3.5);
  // Ground the feet: trim anything below the floor line.
  ctx.clearRect(0, FIGURE_GROUND + 2, FIGURE_W, FIGURE_H);
  return canvas;
}

/** The figure's reflection on a polished floor: flipped, dim, fading out with depth. */
export function paintReflection(figure: HTMLCanvasElement): HTMLCanvasElement {
  const h = Math.round(FIGURE_H * 0.5);
  const [canvas, ctx] = paintCanvas(FIGURE_W, h);
  ctx.save();
  // Row 0 of the reflection is the row the feet stand on; it mirrors upward from there.
  ctx.translate(0, FIGURE_GROUND);
  ctx.scale(1, -1);
  ctx.filter = 'blur(2px)';
  ctx.drawImage(figure, 0, 0);
  ctx.restore();
  ctx.globalCompositeOperation = 'destination-in';
  const fade = ctx.createLinearGradient(0, 0, 0, h);
  fade.addColorStop(0, 'rgba(0,0,0,0.55)');
  fade.addColorStop(0.45, 'rgba(0,0,0,0.15)');
  fade.addColorStop(1, 'rgba(0,0,0,0)');
  ctx.fillStyle = fade;
  ctx.fillRect(0, 0, FIGURE_W, h);
  return canvas;
}
