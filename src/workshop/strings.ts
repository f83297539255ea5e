// Every word workshop mode shows, in Dutch and English: the screens around the story,
// the questions for each pause and for the debrief, the facilitator's keys. Both languages
// have exactly the same keys (the interface makes a missing one a compile error). Words the
// single-player shell already has (pronouns, ending names, the help pointer) come from
// src/ui/i18n.ts instead, so they are written once.
import type { EndingId, Lang, StepKind } from '../engine/types';

export interface KeyHelp {
  readonly keys: string;
  readonly does: string;
}

export interface WorkshopStrings {
  readonly modeName: string;
  // Session 0
  readonly session0Title: string;
  readonly whatItIsTitle: string;
  readonly whatItIs: readonly string[];
  readonly themesTitle: string;
  readonly themes: readonly string[];
  readonly agreementsTitle: string;
  readonly agreementsHint: string;
  readonly defaultAgreements: readonly string[];
  readonly agreementLabel: (n: number) => string;
  readonly addAgreement: string;
  readonly removeAgreement: (n: number) => string;
  readonly setupTitle: string;
  readonly veilLabel: string;
  readonly veilHint: string;
  readonly decideTitle: string;
  readonly decideVote: string;
  readonly decideAdvise: string;
  readonly timerLabel: string;
  readonly timerHint: string;
  readonly soundLabel: string;
  readonly startSession: string;
  readonly earlierSessions: string;
  readonly backToTitle: string;
  // reading and voting
  readonly nextPage: string;
  readonly previousPage: string;
  readonly voteTitle: string;
  readonly countLabel: (n: number, text: string) => string;
  readonly countHidden: string;
  readonly countMore: (n: number) => string;
  readonly countLess: (n: number) => string;
  readonly countInvalid: string;
  readonly cannotWin: string;
  readonly votesTotal: (n: number) => string;
  readonly tallyHidden: string;
  readonly tallyPending: string;
  readonly reveal: string;
  readonly hideTally: string;
  readonly commit: string;
  readonly modeVote: string;
  readonly modeAdvise: string;
  readonly outcomeWinner: (n: number) => string;
  readonly outcomeTie: (ns: string) => string;
  readonly outcomeNoVotes: (ns: string) => string;
  readonly outcomeAdvice: (advised: string, ns: string) => string;
  readonly lockedLeads: string;
  readonly revealFirst: string;
  readonly pickAmong: (ns: string) => string;
  readonly weChose: string;
  readonly timerStart: string;
  readonly timerPause: string;
  readonly timerResume: string;
  readonly timerExtend: string;
  readonly timerOff: string;
  readonly timerUp: string;
  readonly timerPaused: string;
  readonly or: string;
  readonly and: string;
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
  // blank, X-card, help
  readonly blanked: string;
  readonly xCardTitle: string;
  readonly xCardText: string;
  readonly xCardResume: string;
  readonly helpTitle: string;
  readonly helpKeys: readonly KeyHelp[];
  readonly helpJoinKey: KeyHelp;
  readonly joinTitle: string;
  readonly helpHint: string;
  readonly menuTitle: string;
  readonly menuResume: string;
  readonly menuDebrief: string;
  readonly menuStop: string;
  readonly pageOf: (n: number, total: number) => string;
  readonly phaseHeading: (phase: number, name: string) => string;
  readonly close: string;
  // jumping and replaying
  readonly jumpTitle: string;
  readonly jumpBackTo: (phase: number, name: string) => string;
  readonly jumpSkipTo: (phase: number, name: string) => string;
  readonly jumpSkipToEnd: string;
  readonly jumpBackConfirm: (phase: number) => string;
  readonly jumpNothing: string;
  readonly replayTitle: string;
  readonly replayHint: string;
  readonly replayItem: (n: number, phase: number, text: string) => string;
  readonly replayNothing: string;
  readonly replayBanner: (n: number) => string;
  readonly replayReturn: string;
  readonly replayOurChoice: string;
  readonly replayChose: string;
  readonly replayEnded: string;
  readonly cancel: string;
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
  // sessions kept on the laptop
  readonly sessionsTitle: string;
  readonly sessionsEmpty: string;
  readonly sessionSummary: (s: { when: string; name: string; choices: number; phase: number; ending: string | null }) => string;
  readonly openSession: string;
  readonly resumeSession: string;
  readonly deleteSession: string;
  readonly deleteConfirm: (when: string) => string;
  readonly importSession: string;
  readonly sessionUnreadable: string;
  // messages
  readonly storageUnavailable: string;
  readonly storageFull: string;
  readonly fileNotJson: string;
  readonly fileNotSession: string;
  readonly fileNewer: string;
  readonly fileDamaged: string;
  readonly fileOtherBuild: string;
  readonly fileOtherLanguage: string;
  readonly storyLoadFailed: string;
  readonly storyError: string;
}

const nl: WorkshopStrings = {
  modeName: 'Workshop',
  session0Title: 'Sessie 0 — voor we beginnen',
  whatItIsTitle: 'Wat we gaan doen',
  whatItIs: [
    'De dans is een verhaal dat we samen spelen. Het gaat over een patroon tussen twee geliefden: de een zoekt steeds meer nabijheid, de ander neemt steeds meer afstand. Jullie beslissen samen wat ‘jij’ in het verhaal doet; tussen de fases praten we erover.',
    'Het is psycho-educatie: een manier om een patroon te leren herkennen. Het is geen therapie, geen test en geen diagnose. Niemand hoeft iets persoonlijks te vertellen.',
  ],
  themesTitle: 'Waar het over gaat',
  themes: [
    'verliefdheid en verlangen',
    'afwijzing en teleurstelling',
    'jaloezie en wantrouwen',
    'ontrouw (die kan buiten beeld blijven, zie hieronder)',
    'verdriet en sombere dagen',
    'loslaten',
  ],
  agreementsTitle: 'Onze afspraken',
  agreementsHint: 'Pas ze samen met de groep aan: verander, schrap of voeg toe.',
  defaultAgreements: [
    'Wat hier gezegd wordt, blijft hier.',
    'Iedereen spreekt voor zichzelf. Delen mag, het hoeft niet.',
    'We praten over de personages; een eigen verhaal vertellen is een keuze.',
    'Wie even pauze nodig heeft, laat het weten — uitleg is niet nodig.',
    'We luisteren zonder oordeel en geven alleen advies als iemand erom vraagt.',
  ],
  agreementLabel: (n) => `Afspraak ${n}`,
  addAgreement: 'Afspraak toevoegen',
  removeAgreement: (n) => `Afspraak ${n} schrappen`,
  setupTitle: 'Het verhaal',
  veilLabel: 'Ontrouw buiten beeld vertellen',
  veilHint: 'De scènes over ontrouw spelen zich dan achter gesloten deuren af: dezelfde keuzes, niets expliciets.',
  decideTitle: 'Hoe kiezen we?',
  decideVote: 'De groep stemt; bij gelijke stand beslist de begeleider',
  decideAdvise: 'De groep adviseert; de begeleider beslist',
  timerLabel: 'Timer per stemming (seconden)',
  timerHint: 'De timer staat uit tot je hem start met T; dit is de tijd die hij dan krijgt.',
  soundLabel: 'Geluid aan',
  startSession: 'Begin de sessie',
  earlierSessions: 'Eerdere sessies',
  backToTitle: 'Naar het titelscherm',
  nextPage: 'Verder',
  previousPage: 'Terug',
  voteTitle: 'Wat doen we?',
  countLabel: (n, text) => `Stemmen voor ${n}: ${text}`,
  countHidden: 'geteld',
  countMore: (n) => `Eén stem meer voor ${n}`,
  countLess: (n) => `Eén stem minder voor ${n}`,
  countInvalid: 'Alleen hele getallen van 0 tot en met 999.',
  cannotWin: 'buiten bereik — kan niet winnen',
  votesTotal: (n) => `${n} ${n === 1 ? 'stem' : 'stemmen'}`,
  tallyHidden: 'De uitslag blijft verborgen tot de begeleider hem toont.',
  tallyPending: 'De stemmen worden opgehaald…',
  reveal: 'Toon de uitslag',
  hideTally: 'Verberg de uitslag',
  commit: 'Kies dit',
  modeVote: 'De groep stemt',
  modeAdvise: 'De groep adviseert',
  outcomeWinner: (n) => `De groep kiest ${n}.`,
  outcomeTie: (ns) => `Gelijke stand tussen ${ns}. De begeleider kiest.`,
  outcomeNoVotes: (ns) => `Geen stemmen. De begeleider kiest uit ${ns}.`,
  outcomeAdvice: (advised, ns) =>
    advised ? `De groep adviseert ${advised}. De begeleider beslist (${ns}).` : `Geen advies. De begeleider beslist (${ns}).`,
  lockedLeads: 'De meeste handen gingen naar een stap die nu buiten bereik is.',
  revealFirst: 'Toon eerst de uitslag.',
  pickAmong: (ns) => `Kies een van deze: ${ns}.`,
  weChose: 'We kozen',
  timerStart: 'Timer starten',
  timerPause: 'Timer pauzeren',
  timerResume: 'Timer hervatten',
  timerExtend: 'Dertig seconden erbij',
  timerOff: 'Timer uit',
  timerUp: 'De tijd is om.',
  timerPaused: 'gepauzeerd',
  or: 'of',
  and: 'en',
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
      'Beter iets dan niets: welke wens stopten we weg om de fijne momenten te houden?',
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
  answerNote: 'Je mag antwoorden over het verhaal of over mensen in het algemeen; niemand hoeft iets persoonlijks te delen.',
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
  blanked: 'Het scherm is zwart. Druk op B om terug te gaan.',
  xCardTitle: 'Even pauze',
  xCardText: 'Iemand heeft om een pauze gevraagd. We nemen even de tijd; niemand hoeft uit te leggen waarom.',
  xCardResume: 'Verder',
  helpTitle: 'Toetsen voor de begeleider',
  helpKeys: [
    { keys: 'Spatie of →', does: 'volgende bladzijde, daarna naar de keuze' },
    { keys: '←', does: 'vorige bladzijde' },
    { keys: '1–9', does: 'naar het stemvak van die optie; bij gelijke stand of advies: die optie kiezen' },
    { keys: 'Enter', does: 'volgend stemvak, daarna de uitslag tonen, daarna de keuze vastleggen' },
    { keys: 'R', does: 'uitslag tonen of verbergen' },
    { keys: 'A', does: 'wisselen tussen stemmen en adviseren' },
    { keys: 'T', does: 'timer starten, pauzeren of hervatten' },
    { keys: 'E', does: 'dertig seconden extra op de timer' },
    { keys: 'U', does: 'timer uit' },
    { keys: 'B', does: 'scherm op zwart, en weer terug' },
    { keys: 'X', does: 'pauzekaart: iemand vraagt om een pauze' },
    { keys: 'J', does: 'naar een fase springen' },
    { keys: 'O', does: 'een keuze overdoen op een zijpad, en terug naar ons pad' },
    { keys: 'S', does: 'bij een pauze: de stappen tonen' },
    { keys: 'F', does: 'volledig scherm' },
    { keys: 'M', does: 'geluid uit of aan' },
    { keys: 'H of ?', does: 'deze hulp' },
    { keys: 'Esc', does: 'sluiten, of terug naar de sessies' },
  ],
  helpJoinKey: { keys: 'Q', does: 'laten zien hoe je met je telefoon meedoet' },
  joinTitle: 'Meedoen met je telefoon',
  helpHint: 'H: toetsen',
  menuTitle: 'Sessie',
  menuResume: 'Verder',
  menuDebrief: 'Nu naar de nabespreking',
  menuStop: 'Stoppen — de sessie blijft bewaard',
  pageOf: (n, total) => `Bladzijde ${n} van ${total}`,
  phaseHeading: (phase, name) => `Fase ${phase} · ${name}`,
  close: 'Sluiten',
  jumpTitle: 'Naar een fase springen',
  jumpBackTo: (phase, name) => `Terug naar het begin van fase ${phase}: ${name}`,
  jumpSkipTo: (phase, name) => `De rest overslaan, door naar fase ${phase}: ${name}`,
  jumpSkipToEnd: 'De rest overslaan, door naar het einde',
  jumpBackConfirm: (phase) =>
    `Terug naar het begin van fase ${phase}? Wat de groep vanaf daar speelde, blijft bewaard als eerdere versie en komt terug in de nabespreking.`,
  jumpNothing: 'Er is nog geen fase om naartoe te springen.',
  replayTitle: 'Een keuze overdoen',
  replayHint: 'Kies een eerdere keuze. Daar nemen we een zijpad: het pad van de groep blijft zoals het was.',
  replayItem: (n, phase, text) => `${n}. (fase ${phase}) ${text}`,
  replayNothing: 'Er is nog geen keuze om over te doen.',
  replayBanner: (n) => `Zijpad vanaf keuze ${n} — wat als we iets anders hadden gekozen?`,
  replayReturn: 'Terug naar ons pad',
  replayOurChoice: 'onze keuze',
  replayChose: 'Op het zijpad kozen we',
  replayEnded: 'Dit zijpad loopt hier af.',
  cancel: 'Annuleren',
  debriefTitle: 'Nabespreking',
  debriefLead: (name) => `Zo dansten we met ${name}.`,
  ourDance: 'Onze dans, fase voor fase',
  stepsTakenTitle: 'De stappen die we zetten',
  perPhase: 'per fase',
  countsTitle: 'Teleurstellingen en rondes',
  disappointmentsCount: (n) => `${n} van de 3 teleurstellingen`,
  roundsCount: (n) => `${n}× zwaaide de dans terug (een grens losgelaten)`,
  heldCount: (n) => `${n}× hield een grens stand toen de ander terugkwam`,
  votesSummary: ({ votes, ties, advised, skipped }) =>
    `${votes} keer gestemd; ${ties}× gelijke stand of geen stemmen, ${advised}× op advies beslist${skipped ? `, ${skipped} keuzes overgeslagen` : ''}.`,
  endingTitle: 'Waar we uitkwamen',
  endingUnfinished: 'De sessie stopte voor het einde.',
  endingBlurbs: {
    cycle: 'Terug bij een begin, misschien met een nieuw gezicht: het gaat om het patroon, niet om de persoon.',
    'role-switch':
      'Bij iemand die er wél is, word jij degene die afstand houdt — en ga je terug naar de oude liefde.',
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
  sessionsTitle: 'Eerdere sessies op deze laptop',
  sessionsEmpty: 'Er zijn nog geen sessies bewaard.',
  sessionSummary: ({ when, name, choices, phase, ending }) =>
    `${when} · met ${name} · ${choices} ${choices === 1 ? 'keuze' : 'keuzes'} · ${ending ? `einde: ${ending}` : `gestopt in fase ${phase}`}`,
  openSession: 'Openen',
  resumeSession: 'Verder spelen',
  deleteSession: 'Verwijderen',
  deleteConfirm: (when) => `De sessie van ${when} verwijderen? Dit kan niet ongedaan worden.`,
  importSession: 'Sessiebestand openen',
  sessionUnreadable: 'Deze bewaarde sessie is beschadigd en kan niet geopend worden.',
  storageUnavailable:
    'Deze browser laat de workshop niets bewaren (misschien een privévenster). Je kunt gewoon spelen; sla de sessie aan het eind op als bestand.',
  storageFull:
    'De sessie kon niet bewaard worden: de opslag van de browser is vol. Verwijder een oude sessie, of sla deze op als bestand. Er is niets verloren.',
  fileNotJson: 'Dit bestand is niet leesbaar: het is beschadigd of geen sessiebestand.',
  fileNotSession: 'Dit bestand is geen workshopsessie van De dans.',
  fileNewer: 'Deze sessie is bewaard met een nieuwere versie van De dans. Werk het spel bij om hem te openen.',
  fileDamaged: 'Deze sessie is beschadigd en kan niet geopend worden.',
  fileOtherBuild: 'Deze sessie hoort bij een andere versie van het verhaal; het pad van de groep bestaat niet meer. De nabespreking kun je nog wel bekijken.',
  fileOtherLanguage: 'Deze sessie is in een andere taal gespeeld.',
  storyLoadFailed: 'Het verhaal kon niet geladen worden. Laad de pagina opnieuw.',
  storyError: 'Er ging iets mis in het verhaal op dit punt. De keuze is niet vastgelegd; probeer een andere of spring naar een fase.',
};

const en: WorkshopStrings = {
  modeName: 'Workshop',
  session0Title: 'Session 0 — before we begin',
  whatItIsTitle: 'What we are going to do',
  whatItIs: [
    'De dans is a story we play together. It is about a pattern between two lovers: one keeps seeking more closeness, the other keeps taking more distance. Together you decide what ‘you’ do in the story; between the phases we talk about it.',
    'It is psychoeducation: a way of learning to recognise a pattern. It is not therapy, not a test and not a diagnosis. Nobody has to share anything personal.',
  ],
  themesTitle: 'What it touches on',
  themes: [
    'infatuation and longing',
    'rejection and disappointment',
    'jealousy and mistrust',
    'infidelity (which can stay off-screen, see below)',
    'grief and low mood',
    'letting go',
  ],
  agreementsTitle: 'Our agreements',
  agreementsHint: 'Shape them with the group: change, strike out or add.',
  defaultAgreements: [
    'What is said here stays here.',
    'Everyone speaks for themselves. Sharing is welcome, never required.',
    'We talk about the characters; telling a story of our own is a choice.',
    'Anyone who needs a pause says so — no explanation needed.',
    'We listen without judging, and give advice only when someone asks for it.',
  ],
  agreementLabel: (n) => `Agreement ${n}`,
  addAgreement: 'Add an agreement',
  removeAgreement: (n) => `Strike out agreement ${n}`,
  setupTitle: 'The story',
  veilLabel: 'Tell the infidelity off-screen',
  veilHint: 'The scenes about infidelity then happen behind closed doors: the same choices, nothing explicit.',
  decideTitle: 'How do we choose?',
  decideVote: 'The room votes; a tie goes to the facilitator',
  decideAdvise: 'The room advises; the facilitator decides',
  timerLabel: 'Timer per vote (seconds)',
  timerHint: 'The timer stays off until you start it with T; this is the time it then gets.',
  soundLabel: 'Sound on',
  startSession: 'Start the session',
  earlierSessions: 'Earlier sessions',
  backToTitle: 'Back to the title screen',
  nextPage: 'Next',
  previousPage: 'Back',
  voteTitle: 'What do we do?',
  countLabel: (n, text) => `Votes for ${n}: ${text}`,
  countHidden: 'counted',
  countMore: (n) => `One more vote for ${n}`,
  countLess: (n) => `One vote fewer for ${n}`,
  countInvalid: 'Whole numbers from 0 to 999 only.',
  cannotWin: 'out of reach — cannot win',
  votesTotal: (n) => `${n} ${n === 1 ? 'vote' : 'votes'}`,
  tallyHidden: 'The result stays hidden until the facilitator shows it.',
  tallyPending: 'Fetching the votes…',
  reveal: 'Show the result',
  hideTally: 'Hide the result',
  commit: 'Take this',
  modeVote: 'The room votes',
  modeAdvise: 'The room advises',
  outcomeWinner: (n) => `The room chooses ${n}.`,
  outcomeTie: (ns) => `A tie between ${ns}. The facilitator chooses.`,
  outcomeNoVotes: (ns) => `No votes. The facilitator chooses from ${ns}.`,
  outcomeAdvice: (advised, ns) =>
    advised ? `The room advises ${advised}. The facilitator decides (${ns}).` : `No advice. The facilitator decides (${ns}).`,
  lockedLeads: 'Most hands went to a step that is out of reach right now.',
  revealFirst: 'Show the result first.',
  pickAmong: (ns) => `Choose one of these: ${ns}.`,
  weChose: 'We chose',
  timerStart: 'Start the timer',
  timerPause: 'Pause the timer',
  timerResume: 'Resume the timer',
  timerExtend: 'Thirty seconds more',
  timerOff: 'Timer off',
  timerUp: 'Time is up.',
  timerPaused: 'paused',
  or: 'or',
  and: 'and',
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
      'Something is better than nothing: which wish did we tuck away to keep the good moments?',
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
  blanked: 'The screen is blank. Press B to come back.',
  xCardTitle: 'A pause',
  xCardText: 'Someone has asked for a pause. We take a moment; nobody has to explain why.',
  xCardResume: 'Carry on',
  helpTitle: 'Keys for the facilitator',
  helpKeys: [
    { keys: 'Space or →', does: 'next page, then on to the choice' },
    { keys: '←', does: 'previous page' },
    { keys: '1–9', does: 'go to that option’s vote box; in a tie or advise mode: choose that option' },
    { keys: 'Enter', does: 'next vote box, then show the result, then commit the choice' },
    { keys: 'R', does: 'show or hide the result' },
    { keys: 'A', does: 'switch between voting and advising' },
    { keys: 'T', does: 'start, pause or resume the timer' },
    { keys: 'E', does: 'thirty seconds more on the timer' },
    { keys: 'U', does: 'timer off' },
    { keys: 'B', does: 'blank the screen, and back' },
    { keys: 'X', does: 'pause card: someone asks for a pause' },
    { keys: 'J', does: 'jump to a phase' },
    { keys: 'O', does: 'replay a choice on another path, and back to ours' },
    { keys: 'S', does: 'at a pause: show the steps' },
    { keys: 'F', does: 'full screen' },
    { keys: 'M', does: 'sound off or on' },
    { keys: 'H or ?', does: 'this help' },
    { keys: 'Esc', does: 'close, or back to the sessions' },
  ],
  helpJoinKey: { keys: 'Q', does: 'show how to join on a phone' },
  joinTitle: 'Join on your phone',
  helpHint: 'H: keys',
  menuTitle: 'Session',
  menuResume: 'Carry on',
  menuDebrief: 'Go to the debrief now',
  menuStop: 'Stop — the session is kept',
  pageOf: (n, total) => `Page ${n} of ${total}`,
  phaseHeading: (phase, name) => `Phase ${phase} · ${name}`,
  close: 'Close',
  jumpTitle: 'Jump to a phase',
  jumpBackTo: (phase, name) => `Back to the start of phase ${phase}: ${name}`,
  jumpSkipTo: (phase, name) => `Skip the rest, on to phase ${phase}: ${name}`,
  jumpSkipToEnd: 'Skip the rest, on to the end',
  jumpBackConfirm: (phase) =>
    `Back to the start of phase ${phase}? What the group played from there is kept as an earlier take and comes back in the debrief.`,
  jumpNothing: 'There is no phase to jump to yet.',
  replayTitle: 'Replay a choice',
  replayHint: 'Pick an earlier choice. We take a side path from there; the group’s own path stays as it was.',
  replayItem: (n, phase, text) => `${n}. (phase ${phase}) ${text}`,
  replayNothing: 'There is no choice to replay yet.',
  replayBanner: (n) => `Side path from choice ${n} — what if we had chosen differently?`,
  replayReturn: 'Back to our path',
  replayOurChoice: 'our choice',
  replayChose: 'On the side path we chose',
  replayEnded: 'This side path ends here.',
  cancel: 'Cancel',
  debriefTitle: 'Debrief',
  debriefLead: (name) => `This is how we danced with ${name}.`,
  ourDance: 'Our dance, phase by phase',
  stepsTakenTitle: 'The steps we took',
  perPhase: 'per phase',
  countsTitle: 'Disappointments and rounds',
  disappointmentsCount: (n) => `${n} of the 3 disappointments`,
  roundsCount: (n) => `the dance swung back ${n}× (a boundary given up)`,
  heldCount: (n) => `a boundary held ${n}× when they came back`,
  votesSummary: ({ votes, ties, advised, skipped }) =>
    `${votes} votes; ${ties} tied or without votes, ${advised} decided on advice${skipped ? `, ${skipped} choices skipped` : ''}.`,
  endingTitle: 'Where we ended up',
  endingUnfinished: 'The session stopped before the end.',
  endingBlurbs: {
    cycle: 'Back at a beginning, perhaps with a new face: it is the pattern, not the person.',
    'role-switch': 'With someone who is truly there, you become the one keeping your distance — and go back to the old love.',
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
  sessionsTitle: 'Earlier sessions on this laptop',
  sessionsEmpty: 'No sessions have been kept yet.',
  sessionSummary: ({ when, name, choices, phase, ending }) =>
    `${when} · with ${name} · ${choices} ${choices === 1 ? 'choice' : 'choices'} · ${ending ? `ending: ${ending}` : `stopped in phase ${phase}`}`,
  openSession: 'Open',
  resumeSession: 'Carry on playing',
  deleteSession: 'Delete',
  deleteConfirm: (when) => `Delete the session of ${when}? This cannot be undone.`,
  importSession: 'Open a session file',
  sessionUnreadable: 'This kept session is damaged and cannot be opened.',
  storageUnavailable:
    'This browser doesn’t let the workshop keep anything (a private window, perhaps). You can play as usual; save the session as a file at the end.',
  storageFull:
    'The session could not be kept: the browser’s storage is full. Delete an old session, or save this one as a file. Nothing is lost.',
  fileNotJson: 'This file is not readable: it is damaged or not a session file.',
  fileNotSession: 'This file is not a De dans workshop session.',
  fileNewer: 'This session was saved by a newer version of De dans. Update the game to open it.',
  fileDamaged: 'This session is damaged and cannot be opened.',
  fileOtherBuild: 'This session belongs to another version of the story; the group’s path no longer exists. You can still look at its debrief.',
  fileOtherLanguage: 'This session was played in the other language.',
  storyLoadFailed: 'The story could not be loaded. Reload the page.',
  storyError: 'Something went wrong in the story at this point. The choice was not taken; try another, or jump to a phase.',
};

export const WORKSHOP_STRINGS: Readonly<Record<Lang, WorkshopStrings>> = { nl, en };
