// A player's dance, choice by choice: the path is replayed on a fresh engine (the engine's
// trail holds every choice taken, whatever was saved, loaded or rewound on the way), and
// the meters after each choice are kept — the numbers the ending's chart draws. The same
// dance, cut short, is what the device remembers of it (issue 19).
import { StoryEngine } from '../engine/story-engine';
import type { EndingId, Lang, Meters, PlayerSettings, TrailStep } from '../engine/types';
import type { RememberedDance } from '../persistence/dance-memory';
import type { ChartInput } from '../workshop/dance-chart';
import { type ChoiceRecord, metersPoint } from '../workshop/session-file';
import { boundaryMoments } from './dance-chart-view';

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

/**
 * The dance as the device keeps it: its ending, the meters at the end, and its turning
 * points — the boundaries that held or gave way, as the chart marks them — each with the
 * words of the choice it turned on.
 */
export function danceToRemember(ending: EndingId, lang: Lang, dance: ChartInput): RememberedDance {
  return {
    ending,
    lang,
    choices: dance.choices.length,
    meters: dance.choices[dance.choices.length - 1]?.after ?? dance.start,
    turns: boundaryMoments(dance).map(({ index, kind }) => {
      const choice = dance.choices[index];
      return { phase: choice?.phase ?? 1, kind, choice: choice?.options[choice.chosen]?.text ?? '' };
    }),
  };
}
