// A player's dance, choice by choice: the path is replayed on a fresh engine (the engine's
// trail holds every choice taken, whatever was saved, loaded or rewound on the way), and
// the meters after each choice are kept — the numbers the ending's chart draws.
import { StoryEngine } from '../engine/story-engine';
import type { Meters, PlayerSettings, TrailStep } from '../engine/types';
import type { ChartInput } from '../workshop/dance-chart';
import { type ChoiceRecord, metersPoint } from '../workshop/session-file';

export function recordDance(storyJson: string, settings: PlayerSettings, trail: readonly TrailStep[]): ChartInput {
  const engine = new StoryEngine(storyJson, settings);
  const choices: ChoiceRecord[] = [];
  let start: Meters | null = null;
  const end = engine.replay(trail, {
    onStep: ({ beat }, after, taken) => {
      start ??= beat.meters;
      const options = beat.choices.map((c) => ({ text: c.text, step: c.step, locked: c.locked }));
      choices.push({ phase: beat.phase, options, chosen: taken, vote: null, after: metersPoint(after.meters) });
    },
  });
  return { start: metersPoint(start ?? end.meters), choices };
}
