// What the stage is told for a beat: one function, so the dance floor and the meters read
// the same numbers from the same Beat (the Distance meter and the figures' spacing can
// never disagree), and the partner is on stage only when the story says they are there.

import type { Beat, BodySignal } from '../engine/types';
import type { StageView } from '../stage/stage-api';

export function stageViewOf(beat: Beat, reducedMotion: boolean): StageView {
  return {
    scene: beat.scene,
    phase: beat.phase,
    partnerDistance: beat.meters.partnerDistance,
    partnerPresent: beat.partner === 'here',
    pursue: beat.meters.pursue,
    withdraw: beat.meters.withdraw,
    lastStep: beat.meters.lastStep,
    stepCount: beat.meters.steps,
    body: bodyOf(beat),
    ending: beat.ending,
    reducedMotion,
  };
}

function bodyOf(beat: Beat): BodySignal | null {
  return beat.lines.find((line) => line.tags.body)?.tags.body ?? null;
}
