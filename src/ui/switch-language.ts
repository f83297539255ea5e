// Switching language mid-game. Dutch and English are the same story, knot for knot and
// choice for choice (the story tests hold them to it), so the player's path can be walked
// again in the other language by the positions of the choices taken. Each step is checked
// (the choice is there, takeable, and the same kind of step); if anything differs the
// switch is refused and the game stays as it was.
import { type HistoryEntry, StoryEngine } from '../engine';

export class LanguageSwitchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LanguageSwitchError';
  }
}

/** A new engine on `storyJson` (the other language) at the same point as `engine`. */
export function replayInOtherLanguage(engine: StoryEngine, storyJson: string): StoryEngine {
  const steps = engine.history.filter((e): e is Extract<HistoryEntry, { kind: 'choice' }> => e.kind === 'choice');
  const trail = engine.trail;
  if (steps.length !== trail.length) throw new LanguageSwitchError('the history and the path disagree');
  const next = new StoryEngine(storyJson, engine.settings);
  let beat = next.start();
  trail.forEach((step, i) => {
    const choice = beat.choices[step.index];
    if (!choice || choice.locked || choice.step !== steps[i]?.step) {
      throw new LanguageSwitchError(`choice ${i + 1} of the path is not the same in the other language`);
    }
    beat = next.choose(step.index);
  });
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
