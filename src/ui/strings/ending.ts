// The words of the ending's extras — "your dance" (the chart and its summary) and the endings
// this device has found — in both languages, in their own small catalogue: they load with
// the ending (or with a title screen that lists endings), never with the first text. The
// type keeps the two languages complete and equal.
import type { Lang } from '../../engine/types';

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
}

export const endingStrings: Readonly<Record<Lang, EndingStrings>> = {
  nl: {
    danceChartTitle: 'Jouw dans',
    danceSeries: (name) => ({
      pursue: 'Jij liep erachteraan',
      withdraw: 'Jij trok je terug',
      partnerDistance: `Afstand van ${name}`,
    }),
    dancePhase: (phase) => `Fase ${phase}`,
    boundaryHeld: 'Een grens hield stand',
    boundaryGaveWay: 'Een grens gaf mee',
    danceSummary: ({ partnerName, choices, phases, held, gaveWay }) =>
      `Jouw dans over ${choices} keuze${choices === 1 ? '' : 's'}. ${phases
        .map(
          (p) =>
            `Eind fase ${p.phase}: erachteraan ${p.pursue}, terugtrekken ${p.withdraw}, afstand van ${partnerName} ${p.partnerDistance} van 10.`,
        )
        .join(' ')} Grenzen die standhielden: ${held}. Grenzen die meegaven: ${gaveWay}.`,
    saveDanceImage: 'Bewaar je dans als afbeelding',
    danceImageName: 'mijn-dans',
    endingsFoundTitle: 'Eindes gevonden op dit apparaat',
    endingsFoundCount: (found, total) => `${found} van ${total}`,
    endingNotFound: 'Nog niet gevonden',
  },
  en: {
    danceChartTitle: 'Your dance',
    danceSeries: (name) => ({ pursue: 'You pursued', withdraw: 'You withdrew', partnerDistance: `${name}’s distance` }),
    dancePhase: (phase) => `Phase ${phase}`,
    boundaryHeld: 'A boundary held',
    boundaryGaveWay: 'A boundary gave way',
    danceSummary: ({ partnerName, choices, phases, held, gaveWay }) =>
      `Your dance over ${choices} choice${choices === 1 ? '' : 's'}. ${phases
        .map(
          (p) =>
            `End of phase ${p.phase}: pursuing ${p.pursue}, withdrawing ${p.withdraw}, ${partnerName}’s distance ${p.partnerDistance} of 10.`,
        )
        .join(' ')} Boundaries held: ${held}. Boundaries that gave way: ${gaveWay}.`,
    saveDanceImage: 'Save your dance as an image',
    danceImageName: 'my-dance',
    endingsFoundTitle: 'Endings found on this device',
    endingsFoundCount: (found, total) => `${found} of ${total}`,
    endingNotFound: 'Not found yet',
  },
};
