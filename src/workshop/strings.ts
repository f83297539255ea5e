// The shape of every word workshop mode shows: the screens around the story, the questions
// for each pause and for the debrief, the facilitator's keys. The words are in
// words/{nl,en}.ts, a chunk per language; both languages have exactly the same keys (the
// interface makes a missing one a compile error). Words the single-player shell already has
// (pronouns, ending names, the help pointer) come from src/ui/i18n.ts instead, so they are
// written once.
import type { Side } from '../engine/types';
import { type Catalog, catalog, type PerLang } from '../words/catalog';
import type { DebriefStrings } from './strings-debrief';
import type { PresenterStrings } from './strings-presenter';

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
  /** Whose side the group plays (the options are the title screen's words). */
  readonly sideTitle: string;
  readonly sideHint: string;
  /** The side a session played, as a phrase in a line: “the withdrawer’s side”. */
  readonly sidePlayed: Readonly<Record<Side, string>>;
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
    /** sidePlayed's phrase. */
    side: string;
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

/** The words of the screens around the story; the debrief's and the presenter's are in their own files. */
export type CoreStrings = Omit<WorkshopStrings, keyof DebriefStrings | keyof PresenterStrings>;

/** The workshop's words in every language: a session, a window or the room may switch at any time. */
export type WorkshopWords = PerLang<WorkshopStrings>;

/** The workshop's words, a chunk per language (words/nl.ts, words/en.ts). */
export const workshopWords: Catalog<WorkshopStrings> = catalog({
  nl: () => import('./words/nl').then((m) => m.nl),
  en: () => import('./words/en').then((m) => m.en),
});
