// Switching language mid-game. Dutch and English are the same story, knot for knot and
// choice for choice (the story tests hold them to it), so the player's path is replayed in
// the other language by the engine's one replay, matching each choice by its position and
// kind of step. If a step or the place it leads to differs, the switch is refused and the
// game stays as it was.
import { ReplayError, StoryEngine } from '../engine';

export class LanguageSwitchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LanguageSwitchError';
  }
}

/** A new engine on `storyJson` (the other language) at the same point as `engine`. */
export function replayInOtherLanguage(engine: StoryEngine, storyJson: string): StoryEngine {
  const next = new StoryEngine(storyJson, engine.settings);
  let beat: ReturnType<StoryEngine['replay']>;
  try {
    beat = next.replay(engine.trail, { language: 'other' });
  } catch (error) {
    if (!(error instanceof ReplayError)) throw error;
    throw new LanguageSwitchError(`choice ${error.at + 1} of the path is not the same in the other language`);
  }
  const was = engine.beat;
  if (
    beat.scene !== was.scene ||
    beat.phase !== was.phase ||
    beat.choices.length !== was.choices.length ||
    beat.ending !== was.ending
  ) {
    throw new LanguageSwitchError('the path leads somewhere else in the other language');
  }
  return next;
}
