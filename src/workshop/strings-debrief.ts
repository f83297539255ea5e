// The words for talking about the dance, in Dutch and English: the pause cards between
// phases (their questions, the chart) and the debrief at the end. Part of workshop mode's
// one catalogue (strings.ts merges it); both languages have exactly the same keys.
import type { EndingId, Lang, StepKind } from '../engine/types';

export interface DebriefStrings {
  // pauses
  readonly pauseTitle: (phase: number) => string;
  readonly questionsTitle: string;
  readonly questions: Readonly<Record<number, (name: string) => readonly string[]>>;
  readonly answerNote: string;
  readonly danceSoFar: string;
  readonly stepsSeenTitle: string;
  readonly showSteps: string;
  readonly stepNames: Readonly<Record<StepKind | 'none', string>>;
  readonly stepCount: (n: number) => string;
  readonly continueToPhase: (phase: number) => string;
  readonly continueToEnd: string;
  readonly chartTitle: string;
  readonly chartSeries: (name: string) => Readonly<Record<'pursue' | 'withdraw' | 'partnerDistance', string>>;
  readonly chartPhase: (phase: number) => string;
  readonly chartOtherPath: string;
  readonly chartDescription: (choices: number, phases: number) => string;
  readonly chartTableChoice: string;
  readonly chartTablePhase: string;
  readonly chartTableStep: string;
  // debrief
  readonly debriefTitle: string;
  readonly debriefLead: (name: string) => string;
  readonly ourDance: string;
  readonly stepsTakenTitle: string;
  readonly perPhase: string;
  readonly countsTitle: string;
  readonly disappointmentsCount: (n: number) => string;
  readonly roundsCount: (n: number) => string;
  readonly heldCount: (n: number) => string;
  readonly votesSummary: (v: { votes: number; ties: number; advised: number; skipped: number }) => string;
  readonly endingTitle: string;
  readonly endingUnfinished: string;
  readonly endingBlurbs: Readonly<Record<EndingId, string>>;
  readonly otherEndingsTitle: string;
  readonly otherPathsTitle: string;
  readonly otherPathItem: (kind: 'replay' | 'earlier-take', from: number, steps: number) => string;
  readonly letterTitle: string;
  readonly noLetter: string;
  readonly closingTitle: string;
  readonly closingQuestions: readonly string[];
  readonly helpPointerTitle: string;
  readonly agreementsRecap: string;
  readonly exportPng: string;
  readonly print: string;
  readonly exportJson: string;
  readonly exported: string;
  readonly pngFailed: string;
  readonly newSession: string;
  readonly sessionDate: (when: string) => string;
}

const nl: DebriefStrings = {
  pauseTitle: (phase) => `Pauze — einde van fase ${phase}`,
  questionsTitle: 'Om over te praten',
  questions: {
    1: (name) => [
      'Op het feest ging alles snel en voelde alles vertrouwd. Wat maakt zo’n klik meteen zo overtuigend — en wat kan hij verbergen?',
      'Was er een moment waarop het lijf of een klein stemmetje twijfelde? Wat deden we daarmee?',
      `Wat wisten we eigenlijk van ${name}, en wat vulden we zelf in?`,
    ],
    2: (name) => [
      `${name} kwam dichtbij en trok zich dan weer terug. Wat deed dat heen-en-weer met onze keuzes?`,
      `Als we ergens nee tegen zeiden: hield dat stand toen ${name} terugkwam? Wat maakte het moeilijk?`,
      'Welke wens stopten we weg, om de fijne momenten niet kwijt te raken?',
    ],
    3: () => [
      'Waar schoven we onze eigen grens een stukje op, om geen breuk te riskeren?',
      'In het café wist het lijf het eerder dan het hoofd. Wat voelden we, en luisterden we ernaar?',
      'Waarom zou iemand die zich klem voelt zitten op nabijheid antwoorden met afstand?',
    ],
    4: () => [
      'Drie teleurstellingen voor je loslaat: waarom zou iemand zo’n afspraak met zichzelf nodig hebben?',
      'Welke toon kreeg onze brief? Wat zou jij willen zeggen, als niemand hoeft te antwoorden?',
      'Wie maakte er eigenlijk een einde aan — en wat kostte dat?',
    ],
    5: (name) => [
      `Toen ${name} weer in beeld kwam: wat trok er aan ons, en wat hield ons overeind?`,
      'Rollen kunnen wisselen. Zagen we dat gebeuren, in het verhaal of in onze eigen keuzes?',
      'Welke van onze stappen noemen we ‘bij jezelf blijven’? Wat maakte die stap mogelijk?',
    ],
  },
  answerNote:
    'Je mag antwoorden over het verhaal of over mensen in het algemeen; niemand hoeft iets persoonlijks te delen.',
  danceSoFar: 'De dans tot nu toe',
  stepsSeenTitle: 'Welke stappen zagen we?',
  showSteps: 'Toon de stappen',
  stepNames: { pursue: 'achtervolgen', withdraw: 'weglopen', ground: 'bij jezelf blijven', none: 'geen stap' },
  stepCount: (n) => `${n}×`,
  continueToPhase: (phase) => `Verder met fase ${phase}`,
  continueToEnd: 'Verder naar het einde',
  chartTitle: 'De dans van de groep',
  chartSeries: (name) => ({ pursue: 'achtervolgen', withdraw: 'weglopen', partnerDistance: `afstand van ${name}` }),
  chartPhase: (phase) => `fase ${phase}`,
  chartOtherPath: 'zijpad of eerdere versie',
  chartDescription: (choices, phases) =>
    `Lijngrafiek over ${choices} ${choices === 1 ? 'keuze' : 'keuzes'} in ${phases} ${phases === 1 ? 'fase' : 'fases'}: achtervolgen, weglopen en de afstand van de ander, van 0 tot 10. Onder de grafiek staat bij elke keuze wat voor stap het was; de tabel hieronder zegt hetzelfde in woorden.`,
  chartTableChoice: 'Keuze',
  chartTablePhase: 'Fase',
  chartTableStep: 'Stap',
  debriefTitle: 'Nabespreking',
  debriefLead: (name) => `Zo dansten we met ${name}.`,
  ourDance: 'Onze dans, fase voor fase',
  stepsTakenTitle: 'De stappen die we zetten',
  perPhase: 'per fase',
  countsTitle: 'Teleurstellingen en rondes',
  disappointmentsCount: (n) => `${n} van de 3 teleurstellingen`,
  roundsCount: (n) => `De dans zwaaide ${n} keer terug (een grens losgelaten)`,
  heldCount: (n) => `Een grens hield ${n} keer stand toen de ander terugkwam`,
  votesSummary: ({ votes, ties, advised, skipped }) =>
    `${votes} keer gestemd; ${ties} keer gelijke stand of geen stemmen, ${advised} keer op advies beslist${skipped ? `, ${skipped} keuzes overgeslagen` : ''}.`,
  endingTitle: 'Waar we uitkwamen',
  endingUnfinished: 'De sessie stopte voor het einde.',
  endingBlurbs: {
    cycle: 'Terug bij een begin, misschien met een nieuw gezicht: het gaat om het patroon, niet om de persoon.',
    'role-switch': 'Bij iemand die er wél is, word jij degene die afstand houdt — en ga je terug naar de oude liefde.',
    'closed-heart': 'Vrij van de ander door je met niemand meer te verbinden: veilig, en zonder liefde.',
    'step-out': 'Het verlangen voelen en toch op je eigen voorwaarden gaan, open voor liefde die er wel kan zijn.',
  },
  otherEndingsTitle: 'Andere eindes die mogelijk waren',
  otherPathsTitle: 'Andere paden die we probeerden',
  otherPathItem: (kind, from, steps) =>
    kind === 'replay'
      ? `Zijpad vanaf keuze ${from}: ${steps} ${steps === 1 ? 'keuze' : 'keuzes'}`
      : `Eerdere versie vanaf keuze ${from}: ${steps} ${steps === 1 ? 'keuze' : 'keuzes'}`,
  letterTitle: 'De brief die we schreven',
  noLetter: 'We kwamen niet aan de brief toe.',
  closingTitle: 'Om af te sluiten',
  closingQuestions: [
    'Kijk naar de tekening: waar zwaaide de dans om? Wie bewoog er toen wij bewogen?',
    'Welke keuze zou je nu anders maken, en wat zou je nodig hebben om dat te kunnen?',
    'Wat neem je mee uit vandaag — over achtervolgen, weglopen of blijven staan?',
  ],
  helpPointerTitle: 'Als het iets raakt',
  agreementsRecap: 'Onze afspraken',
  exportPng: 'Opslaan als afbeelding (PNG)',
  print: 'Afdrukken',
  exportJson: 'Sessie opslaan als bestand (JSON)',
  exported: 'Gedownload.',
  pngFailed: 'De afbeelding kon niet gemaakt worden. Afdrukken en het sessiebestand werken wel.',
  newSession: 'Nieuwe sessie',
  sessionDate: (when) => `Sessie van ${when}`,
};

const en: DebriefStrings = {
  pauseTitle: (phase) => `Pause — the end of phase ${phase}`,
  questionsTitle: 'To talk about',
  questions: {
    1: (name) => [
      'At the party everything moved fast and felt familiar. What makes a click like that so convincing so quickly — and what can it hide?',
      'Was there a moment when the body, or a small voice, had its doubts? What did we do with it?',
      `What did we actually know about ${name}, and what did we fill in ourselves?`,
    ],
    2: (name) => [
      `${name} came close, then pulled back again. What did that back-and-forth do to our choices?`,
      `When we said no to something, did it hold once ${name} came back? What made it hard?`,
      'Which wish did we tuck away, so as not to lose the good moments?',
    ],
    3: () => [
      'Where did we move our own limit a little, so as not to risk a break?',
      'In the café the body knew before the head did. What did we feel, and did we listen?',
      'Why might someone who feels cornered answer closeness with distance?',
    ],
    4: () => [
      'Three disappointments before letting go: why might someone need a pact like that with themselves?',
      'What tone did our letter take? What would you want to say, if nobody had to answer?',
      'Who actually ended it — and what did that cost?',
    ],
    5: (name) => [
      `When ${name} came back into view: what pulled at us, and what kept us on our feet?`,
      'Roles can switch. Did we see that happen, in the story or in our own choices?',
      'Which of our steps would we call staying with ourselves? What made that step possible?',
    ],
  },
  answerNote: 'You may answer about the story or about people in general; nobody has to share anything personal.',
  danceSoFar: 'The dance so far',
  stepsSeenTitle: 'Which steps did we see?',
  showSteps: 'Show the steps',
  stepNames: { pursue: 'pursuing', withdraw: 'withdrawing', ground: 'staying with yourself', none: 'no step' },
  stepCount: (n) => `${n}×`,
  continueToPhase: (phase) => `On to phase ${phase}`,
  continueToEnd: 'On to the end',
  chartTitle: 'The group’s dance',
  chartSeries: (name) => ({ pursue: 'pursuing', withdraw: 'withdrawing', partnerDistance: `${name}’s distance` }),
  chartPhase: (phase) => `phase ${phase}`,
  chartOtherPath: 'side path or earlier take',
  chartDescription: (choices, phases) =>
    `Line chart over ${choices} ${choices === 1 ? 'choice' : 'choices'} in ${phases} ${phases === 1 ? 'phase' : 'phases'}: pursuing, withdrawing and the partner’s distance, from 0 to 10. Below the chart each choice is marked with the kind of step it was; the table below says the same in words.`,
  chartTableChoice: 'Choice',
  chartTablePhase: 'Phase',
  chartTableStep: 'Step',
  debriefTitle: 'Debrief',
  debriefLead: (name) => `This is how we danced with ${name}.`,
  ourDance: 'Our dance, phase by phase',
  stepsTakenTitle: 'The steps we took',
  perPhase: 'per phase',
  countsTitle: 'Disappointments and rounds',
  disappointmentsCount: (n) => `${n} of the 3 disappointments`,
  roundsCount: (n) => `the dance swung back ${n} time${n === 1 ? '' : 's'} (a boundary given up)`,
  heldCount: (n) => `a boundary held ${n} time${n === 1 ? '' : 's'} when they came back`,
  votesSummary: ({ votes, ties, advised, skipped }) =>
    `${votes} votes; ${ties} tied or without votes, ${advised} decided on advice${skipped ? `, ${skipped} choices skipped` : ''}.`,
  endingTitle: 'Where we ended up',
  endingUnfinished: 'The session stopped before the end.',
  endingBlurbs: {
    cycle: 'Back at a beginning, perhaps with a new face: it is the pattern, not the person.',
    'role-switch':
      'With someone who is truly there, you become the one keeping your distance — and go back to the old love.',
    'closed-heart': 'Free of them by no longer connecting with anyone: safe, and without love.',
    'step-out': 'Feeling the longing and still leaving on your own terms, open to a love that can be there.',
  },
  otherEndingsTitle: 'Other endings that were possible',
  otherPathsTitle: 'Other paths we tried',
  otherPathItem: (kind, from, steps) =>
    kind === 'replay'
      ? `Side path from choice ${from}: ${steps} ${steps === 1 ? 'choice' : 'choices'}`
      : `Earlier take from choice ${from}: ${steps} ${steps === 1 ? 'choice' : 'choices'}`,
  letterTitle: 'The letter we wrote',
  noLetter: 'We did not get as far as the letter.',
  closingTitle: 'To close',
  closingQuestions: [
    'Look at the picture: where did the dance swing round? Who moved when we moved?',
    'Which choice would you make differently now, and what would you need to make it?',
    'What do you take home from today — about pursuing, withdrawing, or standing still?',
  ],
  helpPointerTitle: 'If it touches something',
  agreementsRecap: 'Our agreements',
  exportPng: 'Save as an image (PNG)',
  print: 'Print',
  exportJson: 'Save the session as a file (JSON)',
  exported: 'Downloaded.',
  pngFailed: 'The image could not be made. Printing and the session file still work.',
  newSession: 'New session',
  sessionDate: (when) => `Session of ${when}`,
};

export const DEBRIEF_STRINGS: Readonly<Record<Lang, DebriefStrings>> = { nl, en };
