// Saved games made in Node with the engine the game ships and the very story the build
// under test holds (its story chunk is imported as is), to open the built game at a given
// point — an ending, say — without playing there first.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { encodeSave, type Lang, type Side, StoryEngine } from '../../../src/engine';
import { readManifest } from '../../../tools/build/bundle-graph.mjs';

/**
 * The compiled story and its hash, from the build's own story chunk: the one the build
 * manifest says was made from `virtual:story/<lang>` (the pursuer's) or
 * `virtual:story/withdrawer/<lang>` (other chunks are named by a language too).
 */
export async function builtStory(
  builtDir: string,
  lang: Lang,
  side: Side = 'pursuer',
): Promise<{ json: string; hash: string }> {
  const src = side === 'pursuer' ? `virtual:story/${lang}` : `virtual:story/${side}/${lang}`;
  const chunk = Object.values(readManifest(builtDir)).find((c) => c.src === src)?.file;
  if (!chunk) throw new Error(`no ${src} story chunk in the build manifest of ${builtDir}`);
  const story = (await import(pathToFileURL(join(builtDir, chunk)).href)) as { json?: unknown; hash?: unknown };
  if (typeof story.json !== 'string' || typeof story.hash !== 'string')
    throw new Error(`${chunk} is not a story chunk`);
  return { json: story.json, hash: story.hash };
}

/**
 * A save of the built story played with a strategy: at each choice the first open option
 * of the first preferred kind, else the first open one; `choices` caps how far it goes.
 */
export async function playedSave(
  builtDir: string,
  lang: Lang,
  kinds: readonly string[],
  choices = Infinity,
): Promise<{ text: string; ending: string | null }> {
  const story = await builtStory(builtDir, lang);
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
