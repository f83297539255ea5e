// The dance chart as SVG, for the pause cards, the debrief and its printed page. Colours
// come from workshop.css by class (a dark projector look on screen, ink on paper in
// print); the chart also carries a title, a description and a table in words, so the
// picture is never the only way to read the session.
import type { StepKind } from '../engine/types';
import { h } from '../ui/dom';
import { type ChartInput, type ChartLayout, layoutChart, type Point, type SeriesKey } from './dance-chart';
import { stepOf } from './session-file';
import type { WorkshopStrings } from './strings';

const NS = 'http://www.w3.org/2000/svg';

export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  ...children: (Node | string)[]
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  el.append(...children);
  return el;
}

const SERIES_CLASS: Record<SeriesKey, string> = { pursue: 'pursue', withdraw: 'withdraw', partnerDistance: 'distance' };

function pointsAttr(points: readonly Point[]): string {
  return points.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
}

/** The marker for a kind of step: up for pursuing, down for withdrawing, round for staying. */
export function markerShape(step: StepKind | null, x: number, y: number, r: number): SVGElement {
  const cls = `chart-marker step-${step ?? 'none'}`;
  if (step === 'pursue')
    return svg('polygon', { class: cls, points: `${x},${y - r} ${x + r},${y + r * 0.8} ${x - r},${y + r * 0.8}` });
  if (step === 'withdraw')
    return svg('polygon', { class: cls, points: `${x},${y + r} ${x + r},${y - r * 0.8} ${x - r},${y - r * 0.8}` });
  if (step === 'ground') return svg('circle', { class: cls, cx: x, cy: y, r: r * 0.85 });
  return svg('rect', { class: cls, x: x - r * 0.45, y: y - r * 0.45, width: r * 0.9, height: r * 0.9 });
}

export interface ChartOptions {
  readonly strings: WorkshopStrings;
  readonly partnerName: string;
  /** A short id prefix, unique on the page, for the title and description. */
  readonly id: string;
}

/** The chart and its table in words, in one figure. */
export function renderChart(input: ChartInput, options: ChartOptions): HTMLElement {
  const layout = layoutChart(input);
  const s = options.strings;
  return h(
    'figure',
    { class: 'dance-chart-figure' },
    chartSvg(layout, input, options),
    legend(s, options.partnerName, (input.branches ?? []).length > 0),
    chartTable(input, s),
  );
}

function chartSvg(layout: ChartLayout, input: ChartInput, options: ChartOptions): SVGSVGElement {
  const s = options.strings;
  const names = s.chartSeries(options.partnerName);
  const titleId = `${options.id}-title`;
  const descId = `${options.id}-desc`;
  const phases = layout.phases.length;
  const root = svg('svg', {
    class: 'dance-chart',
    viewBox: `0 0 ${layout.width} ${layout.height}`,
    role: 'img',
    'aria-labelledby': `${titleId} ${descId}`,
    preserveAspectRatio: 'xMidYMid meet',
  });
  root.append(
    svg('title', { id: titleId }, s.chartTitle),
    svg('desc', { id: descId }, s.chartDescription(input.choices.length, phases)),
  );

  const { plot } = layout;
  const bands = phaseBands(layout, s);

  const grid = svg('g', { class: 'chart-grid' });
  for (const tick of layout.yTicks) {
    grid.append(
      svg('line', { class: 'chart-gridline', x1: plot.x, x2: plot.x + plot.w, y1: tick.y, y2: tick.y }),
      svg('text', { class: 'chart-tick', x: plot.x - 12, y: tick.y + 8, 'text-anchor': 'end' }, String(tick.value)),
    );
  }

  const branches = svg('g', { class: 'chart-branches' });
  for (const b of layout.branches) {
    for (const series of b.series) {
      branches.append(
        svg('polyline', { class: `chart-branch chart-${SERIES_CLASS[series.key]}`, points: pointsAttr(series.points) }),
      );
    }
  }

  const lines = svg('g', { class: 'chart-series' });
  for (const series of layout.series) {
    lines.append(
      svg('polyline', { class: `chart-line chart-${SERIES_CLASS[series.key]}`, points: pointsAttr(series.points) }),
    );
  }
  const labels = svg('g', { class: 'chart-labels' });
  for (const label of layout.labels) {
    labels.append(
      svg(
        'text',
        { class: `chart-label chart-${SERIES_CLASS[label.key]}`, x: label.x, y: label.y + 8 },
        names[label.key],
      ),
    );
  }

  const markers = stepMarkers(layout);

  root.append(bands, grid, branches, lines, labels, markers);
  return root;
}

/** The story's phases as alternating bands behind the plot, each with its name. */
function phaseBands(layout: ChartLayout, s: WorkshopStrings): SVGGElement {
  const { plot, strip } = layout;
  const bands = svg('g', { class: 'chart-phases' });
  layout.phases.forEach((p, i) => {
    const width = p.x1 - p.x0;
    bands.append(
      svg('rect', {
        class: `chart-band band-${i % 2}`,
        x: p.x0,
        y: plot.y - 40,
        width,
        height: strip.y + strip.h - plot.y + 40,
      }),
      svg(
        'text',
        { class: 'chart-phase-label', x: p.x0 + width / 2, y: plot.y - 12, 'text-anchor': 'middle' },
        width > 110 ? s.chartPhase(p.phase) : String(p.phase),
      ),
    );
  });
  return bands;
}

/** The strip under the plot: one marker per choice, shaped by its kind of step. */
function stepMarkers(layout: ChartLayout): SVGGElement {
  const { plot, strip } = layout;
  const markers = svg('g', { class: 'chart-markers' });
  markers.append(
    svg('line', {
      class: 'chart-strip',
      x1: plot.x,
      x2: plot.x + plot.w,
      y1: strip.y + strip.h / 2,
      y2: strip.y + strip.h / 2,
    }),
  );
  const r = Math.max(4, Math.min(11, (plot.w / Math.max(1, layout.markers.length)) * 0.42));
  for (const m of layout.markers) markers.append(markerShape(m.step, m.x, m.y, r));
  return markers;
}

function legend(s: WorkshopStrings, partnerName: string, branches: boolean): HTMLElement {
  const names = s.chartSeries(partnerName);
  const swatch = (cls: string) => h('span', { class: `legend-line chart-${cls}`, 'aria-hidden': 'true' });
  const shape = (step: StepKind | null) => {
    const icon = svg(
      'svg',
      { viewBox: '-12 -12 24 24', class: 'legend-marker', 'aria-hidden': 'true' },
      markerShape(step, 0, 0, 10),
    );
    return h('li', {}, icon, ` ${s.stepNames[step ?? 'none']}`);
  };
  return h(
    'figcaption',
    { class: 'chart-legend' },
    h(
      'ul',
      { class: 'legend-series' },
      h('li', {}, swatch('pursue'), ` ${names.pursue}`),
      h('li', {}, swatch('withdraw'), ` ${names.withdraw}`),
      h('li', {}, swatch('distance'), ` ${names.partnerDistance}`),
      branches
        ? h('li', {}, h('span', { class: 'legend-line legend-dashed', 'aria-hidden': 'true' }), ` ${s.chartOtherPath}`)
        : null,
    ),
    h('ul', { class: 'legend-steps' }, shape('pursue'), shape('withdraw'), shape('ground'), shape(null)),
  );
}

/** The same session in words: each choice, its phase, what was chosen and the step it was. */
/**
 * The chart in words, for screen readers (and on paper). Hidden in a wrapper: a table is
 * never narrower than its words, so hiding the table itself would still widen the page.
 */
function chartTable(input: ChartInput, s: WorkshopStrings): HTMLElement {
  return h('div', { class: 'visually-hidden chart-table-wrap' }, chartTableItself(input, s));
}

function chartTableItself(input: ChartInput, s: WorkshopStrings): HTMLElement {
  return h(
    'table',
    { class: 'chart-table' },
    h('caption', {}, s.chartTitle),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, s.chartTableChoice),
        h('th', { scope: 'col' }, s.chartTablePhase),
        h('th', { scope: 'col' }, s.weChose),
        h('th', { scope: 'col' }, s.chartTableStep),
      ),
    ),
    h(
      'tbody',
      {},
      input.choices.map((c, i) =>
        h(
          'tr',
          {},
          h('td', {}, String(i + 1)),
          h('td', {}, String(c.phase)),
          h('td', {}, c.options[c.chosen]?.text ?? ''),
          h('td', {}, s.stepNames[stepOf(c) ?? 'none']),
        ),
      ),
    ),
  );
}
