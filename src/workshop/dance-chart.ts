// The group's dance as a picture, laid out once as plain geometry: three lines over the
// session's choices (how hard the group pursued, how far it withdrew, how far away the
// partner was), the phases as bands, every choice marked below with the kind of step it
// was, and any other path tried as dashed lines. Two painters draw this same layout — SVG
// on screen and in print (chart-svg.ts), canvas for the PNG (chart-canvas.ts) — so the
// picture is the same wherever it goes.
import type { StepKind } from '../engine/types';
import { type BranchRecord, type ChoiceRecord, type MetersPoint, stepOf } from './session-file';

export type SeriesKey = 'pursue' | 'withdraw' | 'partnerDistance';
export const SERIES: readonly SeriesKey[] = ['pursue', 'withdraw', 'partnerDistance'];

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface ChartLayout {
  readonly width: number;
  readonly height: number;
  readonly plot: { readonly x: number; readonly y: number; readonly w: number; readonly h: number };
  /** The band under the plot where the step markers sit. */
  readonly strip: { readonly y: number; readonly h: number };
  readonly yTicks: readonly { readonly y: number; readonly value: number }[];
  readonly phases: readonly { readonly phase: number; readonly x0: number; readonly x1: number }[];
  readonly series: readonly { readonly key: SeriesKey; readonly points: readonly Point[] }[];
  /** Where each line ends, for its label (labels are nudged apart so they never overlap). */
  readonly labels: readonly { readonly key: SeriesKey; readonly x: number; readonly y: number }[];
  readonly markers: readonly {
    readonly x: number;
    readonly y: number;
    readonly step: StepKind | null;
    readonly index: number;
  }[];
  readonly branches: readonly {
    readonly kind: BranchRecord['kind'];
    readonly from: number;
    readonly series: readonly { readonly key: SeriesKey; readonly points: readonly Point[] }[];
  }[];
}

export interface ChartInput {
  readonly start: MetersPoint;
  readonly choices: readonly ChoiceRecord[];
  readonly branches?: readonly BranchRecord[];
}

const WIDTH = 1000;
const HEIGHT = 430;
// Room on the right for the lines' names at a size the back row can read.
const PLOT = { x: 72, y: 60, w: 600, h: 276 };
const STRIP = { y: 352, h: 60 };
const MAX = 10;
const LABEL_GAP = 38;

/** The meters before choice `i` of a path (i = 0: the start). */
function metersAt(start: MetersPoint, choices: readonly ChoiceRecord[], i: number): MetersPoint {
  return i === 0 ? start : (choices[i - 1]?.after ?? start);
}

export function layoutChart(input: ChartInput): ChartLayout {
  const { start, choices } = input;
  const branches = input.branches ?? [];
  // The x axis runs over the group's choices, stretched if another path ran further.
  const span = Math.max(1, choices.length, ...branches.map((b) => b.from + b.choices.length));
  const x = (i: number) => PLOT.x + (i / span) * PLOT.w;
  const y = (value: number) => PLOT.y + PLOT.h - (Math.min(MAX, Math.max(0, value)) / MAX) * PLOT.h;

  const path = (from: number, meters: readonly MetersPoint[], key: SeriesKey): Point[] =>
    meters.map((m, k) => ({ x: x(from + k), y: y(m[key]) }));

  const groupMeters = [start, ...choices.map((c) => c.after)];
  const series = SERIES.map((key) => ({ key, points: path(0, groupMeters, key) }));

  const phases: { phase: number; x0: number; x1: number }[] = [];
  choices.forEach((c, i) => {
    const last = phases[phases.length - 1];
    if (last && last.phase === c.phase) last.x1 = x(i + 1);
    else phases.push({ phase: c.phase, x0: x(i), x1: x(i + 1) });
  });

  const markers = choices.map((c, i) => ({ x: x(i + 1), y: STRIP.y + STRIP.h / 2, step: stepOf(c), index: i }));

  const branchLayouts = branches.map((b) => {
    const meters = [metersAt(start, choices, b.from), ...b.choices.map((c) => c.after)];
    return { kind: b.kind, from: b.from, series: SERIES.map((key) => ({ key, points: path(b.from, meters, key) })) };
  });

  return {
    width: WIDTH,
    height: HEIGHT,
    plot: PLOT,
    strip: STRIP,
    yTicks: [0, 5, 10].map((value) => ({ value, y: y(value) })),
    phases,
    series,
    labels: spreadLabels(
      series.map((s) => ({
        key: s.key,
        x: (s.points[s.points.length - 1]?.x ?? PLOT.x) + 14,
        y: s.points[s.points.length - 1]?.y ?? y(0),
      })),
    ),
    markers,
    branches: branchLayouts,
  };
}

/** Push end labels apart vertically so each stays readable when lines end close together. */
function spreadLabels(labels: { key: SeriesKey; x: number; y: number }[]): { key: SeriesKey; x: number; y: number }[] {
  const sorted = [...labels].sort((a, b) => a.y - b.y);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    const cur = sorted[i];
    if (prev && cur && cur.y - prev.y < LABEL_GAP) sorted[i] = { ...cur, y: prev.y + LABEL_GAP };
  }
  // Keep them on the canvas: if the last fell off the bottom, shift the stack up.
  const overflow = (sorted[sorted.length - 1]?.y ?? 0) - (PLOT.y + PLOT.h + 8);
  const placed = overflow > 0 ? sorted.map((l) => ({ ...l, y: l.y - overflow })) : sorted;
  return labels.map((l) => placed.find((p) => p.key === l.key) ?? l);
}

/** Count the kinds of step in a stretch of choices (for "which steps did we see?"). */
export function countSteps(choices: readonly ChoiceRecord[]): Record<StepKind | 'none', number> {
  const counts = { pursue: 0, withdraw: 0, ground: 0, none: 0 };
  for (const c of choices) counts[stepOf(c) ?? 'none'] += 1;
  return counts;
}
