// The words of the ending's extras — "your dance" (the chart and its summary), the endings
// this device has found on each side, and the two dances side by side (issue 19) — in both languages, in their own small catalogue: they load with
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
    reflection: {
      open: 'Je twee dansen naast elkaar',
      title: 'Twee kanten van één dans',
      intro:
        'Je hebt deze dans nu van allebei de kanten gedanst: als wie erachteraan gaat en als wie terugwijkt. Hier staan de laatste twee naast elkaar.',
      ending: 'Hoe het afliep',
      choices: (n) => `In ${n} keuze${n === 1 ? '' : 's'}`,
      metersTitle: 'Aan het eind',
      meters: (m) => [
        `Erachteraan: ${m.pursue} van 10`,
        `Teruggetrokken: ${m.withdraw} van 10`,
        `Afstand van de ander: ${m.partnerDistance} van 10`,
        m.held === 0
          ? 'Geen grens hield stand'
          : m.held === 1
            ? 'Eén grens hield stand'
            : `${m.held} grenzen hielden stand`,
        m.rounds === 0
          ? 'De dans zwaaide niet terug'
          : `De dans zwaaide ${m.rounds === 1 ? 'één keer' : `${m.rounds} keer`} terug`,
      ],
      turnsTitle: 'Kantelpunten',
      turn: ({ phase, kind }) => `Fase ${phase}, ${kind === 'held' ? 'een grens hield stand' : 'een grens gaf mee'}:`,
      quote: (choice) => `‘${choice}’`,
      noTurns: 'Geen grens hield stand of gaf mee: de dans bleef in hetzelfde ritme.',
      patternTitle: 'Het patroon',
      pattern: (same) => [
        same === 'step-out'
          ? 'Van allebei de kanten stapte je uit de dans. Het patroon was er elke keer, en je bleef er niet in vastzitten.'
          : same === 'other'
            ? 'Van allebei de kanten kwam je bij hetzelfde einde uit. Dat zegt meer over de dans dan over wie hem danste.'
            : 'Twee kanten, twee eindes. De stappen verschilden; het ritme van naderen en terugwijken bleef hetzelfde.',
        'Wie erachteraan gaat en wie terugwijkt, houden elkaar in beweging: elke stap van de een lokt die van de ander uit. Het patroon zit niet in een van beiden, maar ertussen.',
      ],
      back: 'Terug naar het titelscherm',
    },
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
    reflection: {
      open: 'Your two dances side by side',
      title: 'Two sides of one dance',
      intro:
        'You have now danced this dance from both sides: as the one who goes after and as the one who pulls away. Here are the last two, side by side.',
      ending: 'How it ended',
      choices: (n) => `Over ${n} choice${n === 1 ? '' : 's'}`,
      metersTitle: 'At the end',
      meters: (m) => [
        `Pursuing: ${m.pursue} of 10`,
        `Withdrawn: ${m.withdraw} of 10`,
        `The other’s distance: ${m.partnerDistance} of 10`,
        m.held === 0 ? 'No boundary held' : m.held === 1 ? 'One boundary held' : `${m.held} boundaries held`,
        m.rounds === 0
          ? 'The dance did not swing back'
          : `The dance swung back ${m.rounds === 1 ? 'once' : `${m.rounds} times`}`,
      ],
      turnsTitle: 'Turning points',
      turn: ({ phase, kind }) => `Phase ${phase}, ${kind === 'held' ? 'a boundary held' : 'a boundary gave way'}:`,
      quote: (choice) => `“${choice}”`,
      noTurns: 'No boundary held or gave way: the dance kept the same rhythm.',
      patternTitle: 'The pattern',
      pattern: (same) => [
        same === 'step-out'
          ? 'From both sides you stepped out of the dance. The pattern was there each time, and you did not stay caught in it.'
          : same === 'other'
            ? 'From both sides you came to the same ending. That says more about the dance than about who was dancing it.'
            : 'Two sides, two endings. The steps were different; the rhythm of closing in and pulling back stayed the same.',
        'The one who goes after and the one who pulls away keep each other moving: each step from one draws out the other’s. The pattern is not in either of them, but in between.',
      ],
      back: 'Back to the title screen',
    },
  },
};
