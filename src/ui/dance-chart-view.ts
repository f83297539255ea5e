// "Your dance" on the ending screen: the workshop's chart layout (src/workshop/dance-chart.ts)
// drawn for one player — how hard you pursued, how far you withdrew, how far away the
// partner was, choice by choice, the phases as bands, each step marked, and the moments a
// boundary held or gave way. Colours are written on the elements (the paper colours of
// the workshop poster), so the same SVG can be saved as a PNG as it is. The picture is
// described in words (the summary below it), for screen readers and for everyone.
import type { StepKind } from '../engine/types';
import { canvasToPng, PAPER } from '../workshop/chart-canvas';
import { markerShape, svg } from '../workshop/chart-svg';
import { type ChartInput, layoutChart, type SeriesKey } from '../workshop/dance-chart';
import { h, uid } from './dom';
import type { DanceSummaryFacts, EndingStrings } from './strings/ending';

const NS = 'http://www.w3.org/2000/svg';
const FONT = 'system-ui, sans-serif';
const STEP_COLOUR: Readonly<Record<StepKind | 'none', string>> = {
  pursue: PAPER.pursue,
  withdraw: PAPER.withdraw,
  ground: PAPER.ground,
  none: PAPER.none,
};

/** Where a boundary held (the count of held rose) or gave way (the count of rounds rose). */
export function boundaryMoments(input: ChartInput): { index: number; kind: 'held' | 'gave-way' }[] {
  const moments: { index: number; kind: 'held' | 'gave-way' }[] = [];
  let before = input.start;
  input.choices.forEach((c, index) => {
    if (c.after.held > before.held) moments.push({ index, kind: 'held' });
    if (c.after.rounds > before.rounds) moments.push({ index, kind: 'gave-way' });
    before = c.after;
  });
  return moments;
}

/** The chart in words: the meters at the end of each phase, and the boundaries. */
export function danceFacts(input: ChartInput, partnerName: string): DanceSummaryFacts {
  const ends = new Map<number, ChartInput['start']>();
  for (const c of input.choices) ends.set(c.phase, c.after);
  const moments = boundaryMoments(input);
  return {
    partnerName,
    choices: input.choices.length,
    phases: [...ends].map(([phase, m]) => ({
      phase,
      pursue: m.pursue,
      withdraw: m.withdraw,
      partnerDistance: m.partnerDistance,
    })),
    held: moments.filter((m) => m.kind === 'held').length,
    gaveWay: moments.filter((m) => m.kind === 'gave-way').length,
  };
}

export function renderDanceChart(input: ChartInput, s: EndingStrings, partnerName: string): HTMLElement {
  const summaryId = uid('dance-summary');
  const picture = chartSvg(input, s, partnerName);
  picture.setAttribute('aria-describedby', summaryId);
  return h(
    'figure',
    { class: 'dance-figure' },
    picture,
    h(
      'figcaption',
      {},
      h('p', { class: 'dance-summary', id: summaryId }, s.danceSummary(danceFacts(input, partnerName))),
    ),
  );
}

function chartSvg(input: ChartInput, s: EndingStrings, partnerName: string): SVGSVGElement {
  const layout = layoutChart(input);
  const { plot, strip } = layout;
  const names = s.danceSeries(partnerName);
  const root = svg('svg', {
    xmlns: NS,
    class: 'dance-chart',
    viewBox: `0 0 ${layout.width} ${layout.height + 40}`,
    role: 'img',
    'aria-label': s.danceChartTitle,
    'font-family': FONT,
  });
  root.append(svg('rect', { x: 0, y: 0, width: layout.width, height: layout.height + 40, fill: PAPER.background }));
  layout.phases.forEach((p, i) => {
    const width = p.x1 - p.x0;
    root.append(
      svg('rect', {
        x: p.x0,
        y: plot.y - 40,
        width,
        height: strip.y + strip.h - plot.y + 40,
        fill: PAPER.bands[i % 2] ?? PAPER.background,
      }),
      svg(
        'text',
        { x: p.x0 + width / 2, y: plot.y - 14, 'text-anchor': 'middle', 'font-size': 20, fill: PAPER.muted },
        width > 110 ? s.dancePhase(p.phase) : String(p.phase),
      ),
    );
  });
  for (const tick of layout.yTicks) {
    root.append(
      svg('line', { x1: plot.x, x2: plot.x + plot.w, y1: tick.y, y2: tick.y, stroke: PAPER.grid }),
      svg(
        'text',
        { x: plot.x - 12, y: tick.y + 7, 'text-anchor': 'end', 'font-size': 20, fill: PAPER.muted },
        String(tick.value),
      ),
    );
  }
  const dash: Record<SeriesKey, string> = { pursue: 'none', withdraw: '10 6', partnerDistance: '3 5' };
  for (const series of layout.series) {
    root.append(
      svg('polyline', {
        points: series.points.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' '),
        fill: 'none',
        stroke: PAPER[series.key],
        'stroke-width': 4,
        'stroke-linejoin': 'round',
        'stroke-dasharray': dash[series.key],
      }),
    );
  }
  for (const label of layout.labels) {
    root.append(
      svg(
        'text',
        { x: label.x, y: label.y + 7, 'font-size': 20, 'font-weight': 700, fill: PAPER[label.key] },
        names[label.key],
      ),
    );
  }
  const midY = strip.y + strip.h / 2;
  root.append(svg('line', { x1: plot.x, x2: plot.x + plot.w, y1: midY, y2: midY, stroke: PAPER.grid }));
  const r = Math.max(4, Math.min(11, (plot.w / Math.max(1, layout.markers.length)) * 0.42));
  for (const m of layout.markers) {
    const marker = markerShape(m.step, m.x, m.y, r);
    marker.setAttribute('fill', STEP_COLOUR[m.step ?? 'none']);
    root.append(marker);
  }
  root.append(...boundaryMarks(input, layout, s));
  return root;
}

/** The boundaries, on the plot's floor, and their key along the bottom. */
function boundaryMarks(input: ChartInput, layout: ReturnType<typeof layoutChart>, s: EndingStrings): SVGElement[] {
  const { plot } = layout;
  const marks: SVGElement[] = [];
  // A post that stands (held) or one broken in two (gave way), on the plot's floor.
  for (const moment of boundaryMoments(input)) {
    const x = layout.markers[moment.index]?.x ?? plot.x;
    const y = plot.y + plot.h;
    marks.push(
      moment.kind === 'held'
        ? svg('rect', { x: x - 3, y: y - 30, width: 6, height: 30, fill: PAPER.ground })
        : svg('path', { d: `M${x - 3} ${y}v-12l6-4v-14`, fill: 'none', stroke: PAPER.pursue, 'stroke-width': 4 }),
    );
  }
  // The key to the boundary marks, along the bottom.
  const keyY = layout.height + 22;
  marks.push(
    svg('rect', { x: plot.x, y: keyY - 16, width: 6, height: 20, fill: PAPER.ground }),
    svg('text', { x: plot.x + 14, y: keyY, 'font-size': 18, fill: PAPER.text }, s.boundaryHeld),
    svg('path', {
      d: `M${plot.x + 323} ${keyY + 4}v-8l6-4v-10`,
      fill: 'none',
      stroke: PAPER.pursue,
      'stroke-width': 4,
    }),
    svg('text', { x: plot.x + 340, y: keyY, 'font-size': 18, fill: PAPER.text }, s.boundaryGaveWay),
  );
  return marks;
}

/** The chart as a PNG file, painted from the SVG on screen (twice its size, for sharpness). */
export async function chartPng(chart: SVGSVGElement): Promise<Blob> {
  const [, , w, hgt] = (chart.getAttribute('viewBox') ?? '0 0 1000 470').split(' ').map(Number);
  const width = w ?? 1000;
  const height = hgt ?? 470;
  const source = new XMLSerializer().serializeToString(chart);
  const url = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot paint on a canvas.');
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await canvasToPng(canvas);
  } finally {
    URL.revokeObjectURL(url);
  }
}
