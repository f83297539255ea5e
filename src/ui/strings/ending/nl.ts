import type { EndingStrings } from '../ending';

export const nl: EndingStrings = {
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
    `Jouw dans in ${choices} ${choices === 1 ? 'keuze' : 'keuzes'}. ${phases
      .map(
        (p) =>
          `Na fase ${p.phase}: erachteraan gaan ${p.pursue}, terugtrekken ${p.withdraw}, afstand van ${partnerName} ${p.partnerDistance} van 10.`,
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
    choices: (n) => `In ${n} ${n === 1 ? 'keuze' : 'keuzes'}`,
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
      'Wie erachteraan gaat en wie terugwijkt, houden elkaar in beweging: elke stap van de een lokt die van de ander uit. Geen van beiden danst dit alleen.',
    ],
    back: 'Terug naar het titelscherm',
  },
};
