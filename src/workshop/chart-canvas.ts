// The debrief as one image (PNG), painted on a canvas from the same chart layout as the
// SVG: a title, the group's dance with its phases and step markers, and the numbers that
// matter. Light, paper-like colours: the image is for keeping, printing and sharing.

import type { StepKind } from '../engine/types';
import { cycle } from '../shared/cycle';
import { type ChartLayout, countSteps, layoutChart, type Point, type SeriesKey } from './dance-chart';
import type { SessionFile } from './session-file';
import type { WorkshopStrings } from './strings';

export const PAPER = {
  background: '#fbf8f3',
  text: '#1d1824',
  muted: '#5b5160',
  grid: '#d9d0c7',
  bands: ['#f1ebe3', '#e8e0f0'] as [string, string],
  pursue: '#b4530f',
  withdraw: '#1f5f99',
  partnerDistance: '#7a2e7a',
  ground: '#2c7a3f',
  none: '#6b6470',
} as const;

const STEP_COLOUR: Record<StepKind | 'none', string> = {
  pursue: PAPER.pursue,
  withdraw: PAPER.withdraw,
  ground: PAPER.ground,
  none: PAPER.none,
};

export interface PosterText {
  readonly title: string;
  readonly subtitle: string;
  readonly ending: string;
  readonly partnerName: string;
}

const WIDTH = 1600;
const HEIGHT = 1180;
const CHART_SCALE = 1.5;
const CHART_TOP = 190;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** Paint the poster on a fresh canvas (the caller turns it into a PNG). */
export function paintPoster(
  canvas: HTMLCanvasElement,
  session: SessionFile,
  s: WorkshopStrings,
  text: PosterText,
): void {
  canvas.width = WIDTH;
  canvas.height = HEIGHT;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot paint on a canvas.');
  ctx.fillStyle = PAPER.background;
  ctx.fillRect(0, 0, WIDTH, HEIGHT);

  ctx.fillStyle = PAPER.text;
  ctx.textBaseline = 'alphabetic';
  ctx.font = `700 56px ${FONT}`;
  ctx.fillText(text.title, 50, 90);
  ctx.font = `400 30px ${FONT}`;
  ctx.fillStyle = PAPER.muted;
  ctx.fillText(text.subtitle, 50, 140);

  const layout = layoutChart(session);
  ctx.save();
  ctx.translate(50, CHART_TOP);
  ctx.scale(CHART_SCALE, CHART_SCALE);
  paintChart(ctx, layout, s, text.partnerName);
  ctx.restore();

  // The numbers under the picture, in three columns.
  const top = CHART_TOP + layout.height * CHART_SCALE + 50;
  const steps = countSteps(session.choices);
  const last = session.choices.at(-1)?.after ?? session.start;
  const column = (
    x: number,
    width: number,
    heading: string,
    rows: readonly (readonly [string, string | null, StepKind | null])[],
  ) => {
    ctx.fillStyle = PAPER.text;
    ctx.font = `700 30px ${FONT}`;
    ctx.textAlign = 'left';
    ctx.fillText(heading, x, top);
    let y = top + 44;
    for (const [text, colour, step] of rows) {
      // The step rows carry their chart marker: the picture's key, in the same place.
      if (step) marker(ctx, step, x + 11, y - 9, 11);
      const indent = step ? 32 : 0;
      for (const line of wrap(ctx, text, width - indent, `400 26px ${FONT}`)) {
        ctx.fillStyle = colour ?? PAPER.text;
        ctx.fillText(line, x + indent, y);
        y += 34;
      }
      y += 6;
    }
  };
  column(50, 460, s.stepsTakenTitle, [
    [`${s.stepNames.pursue}: ${steps.pursue}`, PAPER.pursue, 'pursue'],
    [`${s.stepNames.withdraw}: ${steps.withdraw}`, PAPER.withdraw, 'withdraw'],
    [`${s.stepNames.ground}: ${steps.ground}`, PAPER.ground, 'ground'],
  ]);
  column(560, 540, s.countsTitle, [
    [s.disappointmentsCount(last.disappointments), null, null],
    [s.roundsCount(last.rounds), null, null],
    [s.heldCount(last.held), null, null],
  ]);
  column(1160, 400, s.endingTitle, [[text.ending, null, null]]);
}

function paintChart(ctx: CanvasRenderingContext2D, layout: ChartLayout, s: WorkshopStrings, partnerName: string): void {
  const { plot, strip } = layout;
  ctx.font = `600 20px ${FONT}`;
  ctx.textAlign = 'center';
  layout.phases.forEach((p, i) => {
    ctx.fillStyle = cycle(PAPER.bands, i);
    ctx.fillRect(p.x0, plot.y - 40, p.x1 - p.x0, strip.y + strip.h - plot.y + 40);
    ctx.fillStyle = PAPER.muted;
    ctx.fillText(p.x1 - p.x0 > 110 ? s.chartPhase(p.phase) : String(p.phase), (p.x0 + p.x1) / 2, plot.y - 12);
  });

  ctx.strokeStyle = PAPER.grid;
  ctx.lineWidth = 1;
  ctx.textAlign = 'right';
  ctx.font = `400 20px ${FONT}`;
  for (const tick of layout.yTicks) {
    line(ctx, [
      { x: plot.x, y: tick.y },
      { x: plot.x + plot.w, y: tick.y },
    ]);
    ctx.fillStyle = PAPER.muted;
    ctx.fillText(String(tick.value), plot.x - 12, tick.y + 7);
  }

  ctx.setLineDash([7, 6]);
  ctx.lineWidth = 2;
  ctx.globalAlpha = 0.6;
  for (const b of layout.branches) {
    for (const series of b.series) {
      ctx.strokeStyle = PAPER[series.key];
      line(ctx, series.points);
    }
  }
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);

  ctx.lineWidth = 3.5;
  ctx.lineJoin = 'round';
  for (const series of layout.series) {
    ctx.strokeStyle = PAPER[series.key];
    line(ctx, series.points);
  }
  const names = s.chartSeries(partnerName);
  ctx.textAlign = 'left';
  ctx.font = `700 20px ${FONT}`;
  for (const label of layout.labels) {
    ctx.fillStyle = PAPER[label.key as SeriesKey];
    ctx.fillText(names[label.key], label.x, label.y + 7);
  }

  ctx.strokeStyle = PAPER.grid;
  ctx.lineWidth = 1;
  const midY = strip.y + strip.h / 2;
  line(ctx, [
    { x: plot.x, y: midY },
    { x: plot.x + plot.w, y: midY },
  ]);
  const r = Math.max(4, Math.min(11, (plot.w / Math.max(1, layout.markers.length)) * 0.42));
  for (const m of layout.markers) marker(ctx, m.step, m.x, m.y, r);
}

function line(ctx: CanvasRenderingContext2D, points: readonly Point[]): void {
  if (points.length === 0) return;
  ctx.beginPath();
  for (const [i, p] of points.entries()) {
    if (i === 0) ctx.moveTo(p.x, p.y);
    else ctx.lineTo(p.x, p.y);
  }
  ctx.stroke();
}

function marker(ctx: CanvasRenderingContext2D, step: StepKind | null, x: number, y: number, r: number): void {
  ctx.fillStyle = STEP_COLOUR[step ?? 'none'];
  ctx.beginPath();
  if (step === 'pursue') {
    ctx.moveTo(x, y - r);
    ctx.lineTo(x + r, y + r * 0.8);
    ctx.lineTo(x - r, y + r * 0.8);
  } else if (step === 'withdraw') {
    ctx.moveTo(x, y + r);
    ctx.lineTo(x + r, y - r * 0.8);
    ctx.lineTo(x - r, y - r * 0.8);
  } else if (step === 'ground') {
    ctx.arc(x, y, r * 0.85, 0, Math.PI * 2);
  } else {
    ctx.rect(x - r * 0.45, y - r * 0.45, r * 0.9, r * 0.9);
  }
  ctx.closePath();
  ctx.fill();
}

/** Break text into lines no wider than `width` at `font`. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number, font: string): string[] {
  ctx.font = font;
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
    const next = current ? `${current} ${word}` : word;
    if (current && ctx.measureText(next).width > width) {
      lines.push(current);
      current = word;
    } else current = next;
  }
  if (current) lines.push(current);
  return lines.slice(0, 6);
}

/** The canvas as PNG bytes. */
export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The canvas gave no image.'))), 'image/png');
  });
}
