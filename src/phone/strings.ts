// The shape of every word on the participant's phone; the words are in words/{nl,en}.ts (the
// same keys in both: the interface makes a missing one a compile error). The phone follows the
// room's language once it has joined; before that, the browser's.
import { type Lang, pickLanguage } from '../../common/language.js';
import type { ErrorCode } from '../../common/protocol.js';
import { type Catalog, catalog } from '../words/catalog';

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

/** The phone's words, a chunk per language (words/nl.ts, words/en.ts). */
export const phoneWords: Catalog<PhoneStrings> = catalog({
  nl: () => import('./words/nl').then((m) => m.nl),
  en: () => import('./words/en').then((m) => m.en),
});

/** Before joining: the language the phone's browser prefers, if it is one of ours. */
export function browserLang(languages: readonly string[], requested: string | null): Lang {
  return pickLanguage({ requested, browser: languages });
}
