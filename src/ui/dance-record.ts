// A player's dance, choice by choice: the path is walked again on a fresh engine (the
// engine's trail holds every choice taken, whatever was saved, loaded or rewound on the
// way), and the meters after each choice are kept — the numbers the ending's chart draws.
import { StoryEngine, type TrailStep } from '../engine/story-engine';
import type { PlayerSettings } from '../engine/types';
import type { ChartInput } from '../workshop/dance-chart';
import { type ChoiceRecord, metersPoint } from '../workshop/session-file';

export function recordDance(storyJson: string, settings: PlayerSettings, trail: readonly TrailStep[]): ChartInput {
  const engine = new StoryEngine(storyJson, settings);
  let beat = engine.start();
  const start = metersPoint(beat.meters);
  const choices: ChoiceRecord[] = [];
  for (const step of trail) {
    const options = beat.choices.map((c) => ({ text: c.text, step: c.step, locked: c.locked }));
    const phase = beat.phase;
    beat = engine.choose(step.index);
    choices.push({ phase, options, chosen: step.index, vote: null, after: metersPoint(beat.meters) });
  }
  return { start, choices };
}
