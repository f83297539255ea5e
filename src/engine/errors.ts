// Typed errors, so the shell can tell a player exactly what went wrong and what was kept.

/** The ink runtime reported an error while the story ran. Never swallowed. */
export class InkRuntimeError extends Error {
  constructor(readonly messages: readonly string[]) {
    super(`The story stopped on an ink error: ${messages.join('; ')}`);
    this.name = 'InkRuntimeError';
  }
}

/** A choice that is shown but cannot be taken (or does not exist). */
export class ChoiceError extends Error {
  constructor(
    readonly reason: 'locked' | 'out-of-range' | 'no-choices',
    message: string,
  ) {
    super(message);
    this.name = 'ChoiceError';
  }
}

/** A recorded path that cannot be walked on this story: its step `at` (0-based) has no match. */
export class ReplayError extends Error {
  constructor(
    readonly at: number,
    readonly step: { readonly index: number; readonly text?: string; readonly words?: string },
  ) {
    super(`Choice ${at + 1} of the path ("${step.text ?? step.words}") is not there.`);
    this.name = 'ReplayError';
  }
}

export type SaveProblem =
  | 'not-json' // the text is not JSON at all: damaged or not a save
  | 'not-a-save' // JSON, but not one of our saves
  | 'damaged' // one of our saves, but fields are missing or of the wrong kind
  | 'newer-format' // written by a newer version of the game
  | 'other-build' // written for another build of the story, and the path could not be replayed
  | 'other-language'; // the save is for the other language

/** A save that cannot be loaded; `problem` says why, in words the shell translates. */
export class SaveError extends Error {
  constructor(
    readonly problem: SaveProblem,
    detail: string,
  ) {
    super(detail);
    this.name = 'SaveError';
  }
}
