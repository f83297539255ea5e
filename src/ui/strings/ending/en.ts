import type { EndingStrings } from '../ending';

export const en: EndingStrings = {
  danceChartTitle: 'Your dance',
  danceSeries: (name) => ({ pursue: 'You pursued', withdraw: 'You withdrew', partnerDistance: `${name}’s distance` }),
  dancePhase: (phase) => `Phase ${phase}`,
  boundaryHeld: 'A boundary held',
  boundaryGaveWay: 'A boundary gave way',
  danceSummary: ({ partnerName, choices, phases, held, gaveWay }) =>
    `Your dance over ${choices} ${choices === 1 ? 'choice' : 'choices'}. ${phases
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
    choices: (n) => `Over ${n} ${n === 1 ? 'choice' : 'choices'}`,
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
      'The one who goes after and the one who pulls away keep each other moving: each step from one draws out the other’s. Neither of them dances this alone.',
    ],
    back: 'Back to the title screen',
  },
};
