// Every word on the participant's phone, in Dutch and English. The phone follows the
// room's language once it has joined; before that, the browser's.
import { type Lang, pickLanguage } from '../../common/language.js';
import type { ErrorCode } from '../../common/protocol.js';

/** The refusals a phone meets in ordinary use, each with its own sentence; anything else
 * (a bug, a tampered page) gets `genericError`. */
export const PHONE_ERRORS = [
  'wrong-room',
  'room-full',
  'room-locked',
  'room-closed',
  'removed',
  'device-limit',
  'device-voted',
  'vote-closed',
  'stale-vote',
  'no-open-vote',
  'too-fast',
  'xcard-too-soon',
] as const satisfies readonly ErrorCode[];
export type PhoneError = (typeof PHONE_ERRORS)[number];

/** The phone's sentence for a refusal. */
export function errorText(s: PhoneStrings, code: ErrorCode): string {
  return (PHONE_ERRORS as readonly ErrorCode[]).includes(code) ? s.errors[code as PhoneError] : s.genericError;
}

export interface PhoneStrings {
  readonly pageTitle: string;
  readonly heading: string;
  readonly enterCode: string;
  readonly codeLabel: string;
  readonly codeHint: string;
  readonly join: string;
  readonly connecting: string;
  readonly waiting: string;
  readonly voteHeading: string;
  readonly voteHint: string;
  readonly adviseHint: string;
  readonly optionsLabel: string;
  readonly lockedNote: string;
  readonly yourVote: (option: string) => string;
  readonly sending: string;
  readonly counted: (option: string) => string;
  readonly revealedHeading: string;
  readonly votes: (count: number) => string;
  readonly yours: string;
  readonly facilitatorDecides: string;
  readonly chosen: (option: string) => string;
  readonly paused: string;
  readonly offline: string;
  readonly ended: string;
  readonly endedNote: string;
  readonly removed: string;
  readonly elsewhere: string;
  readonly badge: (number: string) => string;
  readonly badgeHint: string;
  readonly votedCount: (voted: number, of: number) => string;
  readonly timerLabel: string;
  readonly timeLeft: (clock: string) => string;
  readonly timerHeld: (clock: string) => string;
  readonly timeUp: string;
  readonly cardHeading: string;
  readonly tooManyAttempts: string;
  readonly xcardButton: string;
  readonly xcardHint: string;
  readonly xcardSent: string;
  readonly xcardWait: (seconds: number) => string;
  readonly newVote: (options: number) => string;
  readonly voteClosed: string;
  readonly voteWithdrawn: string;
  readonly errors: Readonly<Record<PhoneError, string>>;
  readonly genericError: string;
}

const nl: PhoneStrings = {
  pageTitle: 'De dans — stemmen',
  heading: 'De dans',
  enterCode: 'Doe mee met de stemming',
  codeLabel: 'Code van het scherm',
  codeHint: 'Zes letters en cijfers, zoals ze op het scherm staan.',
  join: 'Meedoen',
  connecting: 'Verbinden…',
  waiting: 'Je doet mee. Wacht op de volgende keuze.',
  voteHeading: 'Wat doe je?',
  voteHint: 'Kies wat jij zou doen. Tot de uitslag op het scherm komt, kun je je stem nog veranderen.',
  adviseHint: 'De groep geeft advies; de begeleider beslist.',
  optionsLabel: 'Keuzes',
  lockedNote: 'Kan nu niet in het verhaal — stemmen mag wel.',
  yourVote: (option) => `Jouw stem: ${option}`,
  sending: 'Je stem wordt verstuurd…',
  counted: (option) => `Geteld: ${option}. Je kunt nog veranderen tot de uitslag.`,
  revealedHeading: 'De stemmen zijn binnen',
  votes: (n) => (n === 1 ? '1 stem' : `${n} stemmen`),
  yours: 'jouw stem',
  facilitatorDecides: 'De begeleider kiest.',
  chosen: (option) => `Gekozen: ${option}`,
  paused: 'Het spel staat even stil.',
  offline: 'Verbinding kwijt — opnieuw verbinden… Je stem blijft bewaard.',
  ended: 'Dank je wel — de sessie is afgelopen.',
  endedNote: 'Je kunt dit venster sluiten. Er is niets van je bewaard.',
  removed: 'De begeleider heeft deze telefoon uit de groep gehaald.',
  elsewhere: 'Deze telefoon doet al mee in een ander tabblad of venster. Ga daar verder.',
  badge: (n) => `Telefoon ${n}`,
  badgeHint: 'Het nummer van deze telefoon in de groep. Het zegt niets over wat je stemt.',
  votedCount: (v, n) => `${v} van ${n} ${v === 1 ? 'heeft' : 'hebben'} gestemd`,
  timerLabel: 'Tijd om te stemmen',
  timeLeft: (clock) => `Nog ${clock}`,
  timerHeld: (clock) => `Nog ${clock} (de tijd staat stil)`,
  timeUp: 'De tijd is om.',
  cardHeading: 'Praat erover',
  tooManyAttempts: 'Te vaak een verkeerde code. Laad de pagina opnieuw en probeer het nog eens.',
  xcardButton: 'Pauze (anoniem)',
  xcardHint: 'Zet het spel stil. Anoniem: de begeleider hoort dat iemand pauze wil, niet wie.',
  xcardSent: 'De begeleider weet het. Niemand weet dat jij het was.',
  xcardWait: (s) => `Je kunt over ${s} seconden weer om een pauze vragen.`,
  newVote: (n) => `Nieuwe keuze, ${n} mogelijkheden.`,
  voteClosed: 'De stemming is gesloten; de stemmen staan op het scherm.',
  voteWithdrawn: 'De keuze is van het scherm gehaald.',
  errors: {
    'wrong-room': 'Die code klopt niet. Kijk nog eens op het scherm.',
    'room-full': 'De groep is vol: er kan geen telefoon meer bij.',
    'room-locked': 'De sessie is begonnen en de groep is op slot: er kan geen nieuwe telefoon meer bij.',
    'room-closed': 'Deze sessie is al afgelopen.',
    removed: 'De begeleider heeft deze telefoon uit de groep gehaald.',
    'device-voted': 'Vanaf deze telefoon is in deze keuze al gestemd, in een ander tabblad.',
    'device-limit':
      'Vanaf deze telefoon is al te vaak opnieuw meegedaan. Ga terug naar het tabblad waarin je eerder meedeed.',
    'vote-closed': 'De stemming is al gesloten; je stem is niet meer veranderd.',
    'stale-vote': 'Die keuze is al voorbij.',
    'no-open-vote': 'Er loopt nu geen stemming.',
    'too-fast': 'Rustig aan: even wachten en dan opnieuw.',
    'xcard-too-soon': 'Je hebt net al om een pauze gevraagd.',
  },
  genericError: 'Dat lukte niet. Probeer het nog eens.',
};

const en: PhoneStrings = {
  pageTitle: 'De dans — voting',
  heading: 'De dans',
  enterCode: 'Join the vote',
  codeLabel: 'Code from the screen',
  codeHint: 'Six letters and digits, as shown on the screen.',
  join: 'Join',
  connecting: 'Connecting…',
  waiting: "You're in. Wait for the next choice.",
  voteHeading: 'What do you do?',
  voteHint: 'Pick what you would do. Until the result is on the screen, you can still change your vote.',
  adviseHint: 'The group advises; the facilitator decides.',
  optionsLabel: 'Options',
  lockedNote: "Can't be taken in the story right now — you can still vote for it.",
  yourVote: (option) => `Your vote: ${option}`,
  sending: 'Sending your vote…',
  counted: (option) => `Counted: ${option}. You can change it until the result is shown.`,
  revealedHeading: 'The votes are in',
  votes: (n) => (n === 1 ? '1 vote' : `${n} votes`),
  yours: 'your vote',
  facilitatorDecides: 'The facilitator decides.',
  chosen: (option) => `Chosen: ${option}`,
  paused: 'The game is paused.',
  offline: 'Connection lost — reconnecting… Your vote is kept.',
  ended: 'Thank you — the session has ended.',
  endedNote: 'You can close this window. Nothing of yours was kept.',
  removed: 'The facilitator has removed this phone from the group.',
  elsewhere: 'This phone is already taking part in another tab or window. Carry on there.',
  badge: (n) => `Phone ${n}`,
  badgeHint: "This phone's number in the group. It says nothing about how you vote.",
  votedCount: (v, n) => `${v} of ${n} ${v === 1 ? 'has' : 'have'} voted`,
  timerLabel: 'Time to vote',
  timeLeft: (clock) => `${clock} left`,
  timerHeld: (clock) => `${clock} left (the clock is on hold)`,
  timeUp: "Time's up.",
  cardHeading: 'Talk about it',
  tooManyAttempts: 'Too many wrong codes. Reload the page and try again.',
  xcardButton: 'Pause (anonymous)',
  xcardHint: 'Stops the game. Anonymous: the facilitator hears that someone wants a pause, not who.',
  xcardSent: 'The facilitator knows. Nobody knows it was you.',
  xcardWait: (s) => `You can ask for a pause again in ${s} seconds.`,
  newVote: (n) => `New choice, ${n} options.`,
  voteClosed: 'Voting has closed; the votes are on the screen.',
  voteWithdrawn: 'The choice was taken off the screen.',
  errors: {
    'wrong-room': "That code isn't right. Check the screen again.",
    'room-full': 'The group is full: no more phones can join.',
    'room-locked': 'The session has started and the group is locked: no new phones can join.',
    'room-closed': 'This session has already ended.',
    removed: 'The facilitator has removed this phone from the group.',
    'device-voted': 'This phone has already voted in this choice, in another tab.',
    'device-limit': 'This phone has joined anew too many times. Go back to the browser tab you joined in before.',
    'vote-closed': 'Voting had already closed; your vote did not change.',
    'stale-vote': 'That choice is already over.',
    'no-open-vote': 'No vote is open right now.',
    'too-fast': 'Slow down: wait a moment, then try again.',
    'xcard-too-soon': 'You asked for a pause a moment ago.',
  },
  genericError: "That didn't work. Please try again.",
};

export const PHONE_STRINGS: Readonly<Record<Lang, PhoneStrings>> = { nl, en };

/** Before joining: the language the phone's browser prefers, if it is one of ours. */
export function browserLang(languages: readonly string[], requested: string | null): Lang {
  return pickLanguage({ requested, browser: languages });
}
