// Every word workshop mode shows, in Dutch and English: the screens around the story,
// the questions for each pause and for the debrief, the facilitator's keys. Both languages
// have exactly the same keys (the interface makes a missing one a compile error). Words the
// single-player shell already has (pronouns, ending names, the help pointer) come from
// src/ui/i18n.ts instead, so they are written once.
import type { Lang } from '../engine/types';
import { DEBRIEF_STRINGS, type DebriefStrings } from './strings-debrief';
import { PRESENTER_STRINGS, type PresenterStrings } from './strings-presenter';

export interface KeyHelp {
  readonly keys: string;
  readonly does: string;
}

export interface WorkshopStrings extends DebriefStrings, PresenterStrings {
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
  // sessions kept on the laptop
  readonly sessionsTitle: string;
  readonly sessionsEmpty: string;
  readonly sessionSummary: (s: {
    when: string;
    name: string;
    choices: number;
    phase: number;
    ending: string | null;
  }) => string;
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

const nl: CoreStrings = {
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
    advised
      ? `De groep adviseert ${advised}. De begeleider beslist (${ns}).`
      : `Geen advies. De begeleider beslist (${ns}).`,
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
  fileOtherBuild:
    'Deze sessie hoort bij een andere versie van het verhaal; het pad van de groep bestaat niet meer. De nabespreking kun je nog wel bekijken.',
  fileOtherLanguage: 'Deze sessie is in een andere taal gespeeld.',
  storyLoadFailed: 'Het verhaal kon niet geladen worden. Laad de pagina opnieuw.',
  storyError:
    'Er ging iets mis in het verhaal op dit punt. De keuze is niet vastgelegd; probeer een andere of spring naar een fase.',
};

const en: CoreStrings = {
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
    advised
      ? `The room advises ${advised}. The facilitator decides (${ns}).`
      : `No advice. The facilitator decides (${ns}).`,
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
  fileOtherBuild:
    'This session belongs to another version of the story; the group’s path no longer exists. You can still look at its debrief.',
  fileOtherLanguage: 'This session was played in the other language.',
  storyLoadFailed: 'The story could not be loaded. Reload the page.',
  storyError:
    'Something went wrong in the story at this point. The choice was not taken; try another, or jump to a phase.',
};

/** The words of the screens around the story; the debrief's and the presenter's are in their own files. */
type CoreStrings = Omit<WorkshopStrings, keyof DebriefStrings | keyof PresenterStrings>;

export const WORKSHOP_STRINGS: Readonly<Record<Lang, WorkshopStrings>> = {
  nl: { ...nl, ...DEBRIEF_STRINGS.nl, ...PRESENTER_STRINGS.nl },
  en: { ...en, ...DEBRIEF_STRINGS.en, ...PRESENTER_STRINGS.en },
};
