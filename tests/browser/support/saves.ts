// Saved games made in Node with the real story and the engine the game ships, to open
// the built game at a given point (an ending, say) without playing there first.
import { StoryEngine, encodeSave, type Lang } from '../../../src/engine';
import { realStory } from '../../helpers/fixtures';

/**
 * A save of the real story played with a strategy: at each choice the first open option
 * of the first preferred kind, else the first open one; `choices` caps how far it goes.
 */
export function playedSave(lang: Lang, kinds: readonly string[], choices = Infinity): { text: string; ending: string | null } {
  const story = realStory(lang);
  const engine = new StoryEngine(story.json, { partnerName: 'Robin', partnerPronoun: 'she', veilInfidelity: false });
  let beat = engine.start();
  for (let taken = 0; taken < choices && !beat.finished; taken++) {
    const open = beat.choices.filter((c) => !c.locked);
    const choice = kinds.map((kind) => open.find((c) => c.step === kind)).find(Boolean) ?? open[0];
    if (!choice) throw new Error('no choice can be taken');
    beat = engine.choose(choice.index);
  }
  return { text: encodeSave(engine.snapshot(), { storyHash: story.hash, lang }), ending: beat.ending };
}
