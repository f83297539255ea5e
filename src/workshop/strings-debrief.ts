// The words for talking about the dance, in Dutch and English: the pause cards between
// phases (their questions, the chart) and the debrief at the end. Part of workshop mode's
// one catalogue (words/{nl,en}.ts hold the words); both languages have exactly the same keys.
import type { EndingId, Side, StepKind } from '../engine/types';

export interface DebriefStrings {
  // pauses
  readonly pauseTitle: (phase: number) => string;
  readonly questionsTitle: string;
  /** Each side's questions, per phase: the two routes live the same dance from two chairs. */
  readonly questions: Readonly<Record<Side, Readonly<Record<number, (name: string) => readonly string[]>>>>;
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
  /** `side`: sidePlayed's phrase. */
  readonly debriefLead: (name: string, side: string) => string;
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
  /** What each ending means on each side (the same four ids, each side's own meaning). */
  readonly endingBlurbs: Readonly<Record<Side, Readonly<Record<EndingId, string>>>>;
  readonly otherEndingsTitle: string;
  readonly otherPathsTitle: string;
  readonly otherPathItem: (kind: 'replay' | 'earlier-take', from: number, steps: number) => string;
  readonly letterTitle: string;
  /** Said where the letter would be: the pursuer's group did not reach it; the withdrawer's received one. */
  readonly noLetter: Readonly<Record<Side, string>>;
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

/** The questions of the pause card after `phase`, for the side the group plays. */
export function pauseQuestions(s: DebriefStrings, side: Side, phase: number, partnerName: string): readonly string[] {
  return s.questions[side][phase]?.(partnerName) ?? [];
}
