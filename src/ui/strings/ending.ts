// The words of the ending's extras — "your dance" (the chart and its summary), the endings
// this device has found on each side, and the two dances side by side (issue 19): their shape
// here, the words in ending/{nl,en}.ts, each language its own small chunk. They load with the
// ending (or with a title screen that lists endings), never with the first text.
import { type Catalog, catalog } from '../../words/catalog';

/** What the text summary of a player's dance tells (the chart in words). */
export interface DanceSummaryFacts {
  readonly partnerName: string;
  readonly choices: number;
  /** Per phase reached: the meters at its end. */
  readonly phases: readonly {
    readonly phase: number;
    readonly pursue: number;
    readonly withdraw: number;
    readonly partnerDistance: number;
  }[];
  readonly held: number;
  readonly gaveWay: number;
}

/** A side's last dance as the reflection tells it (the device's memory of it). */
export interface TurnFacts {
  readonly phase: number;
  readonly kind: 'held' | 'gave-way';
}

/** The two dances side by side, once both sides have been danced to an ending (issue 19). */
export interface ReflectionStrings {
  /** The title screen's button that opens it. */
  readonly open: string;
  readonly title: string;
  readonly intro: string;
  readonly ending: string;
  readonly choices: (count: number) => string;
  readonly metersTitle: string;
  /** The meters at the end, one line each. */
  readonly meters: (m: {
    pursue: number;
    withdraw: number;
    partnerDistance: number;
    held: number;
    rounds: number;
  }) => readonly string[];
  readonly turnsTitle: string;
  /** Where a turning point came and what it was; the choice it turned on follows, quoted. */
  readonly turn: (t: TurnFacts) => string;
  readonly quote: (choice: string) => string;
  readonly noTurns: string;
  readonly patternTitle: string;
  /** A line or two on the pattern the two endings show: the same ending (which), or two. */
  readonly pattern: (same: 'step-out' | 'other' | null) => readonly string[];
  readonly back: string;
}

export interface EndingStrings {
  readonly danceChartTitle: string;
  readonly danceSeries: (partnerName: string) => {
    readonly pursue: string;
    readonly withdraw: string;
    readonly partnerDistance: string;
  };
  readonly dancePhase: (phase: number) => string;
  readonly boundaryHeld: string;
  readonly boundaryGaveWay: string;
  readonly danceSummary: (d: DanceSummaryFacts) => string;
  readonly saveDanceImage: string;
  readonly danceImageName: string;
  readonly endingsFoundTitle: string;
  readonly endingsFoundCount: (found: number, total: number) => string;
  readonly endingNotFound: string;
  readonly reflection: ReflectionStrings;
}

/** The ending's words, a chunk per language (ending/nl.ts, ending/en.ts). */
export const endingWords: Catalog<EndingStrings> = catalog({
  nl: () => import('./ending/nl').then((m) => m.nl),
  en: () => import('./ending/en').then((m) => m.en),
});
