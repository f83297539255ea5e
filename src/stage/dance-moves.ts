// How a figure moves from one pose to the next, as plain numbers (Phaser-free, so it can be
// tested): a step toward the way it faces leans in, a step back leans back, a reach
// stretches further, and a change of facing (or turning away) is a turn.
import type { Pose } from './paint/poses';

/** How a figure moves between two placements: how far it leans (radians) and whether it turns. */
export interface DanceMove {
  readonly lean: number;
  readonly turn: boolean;
}

/** A step toward the way it faces leans in; a step back leans back; a reach stretches further. */
export function danceMove(m: {
  from: number;
  to: number;
  facing: 1 | -1;
  nextFacing: 1 | -1;
  pose: Pose;
  nextPose: Pose;
}): DanceMove {
  const turn = m.nextFacing !== m.facing || (m.nextPose === 'away') !== (m.pose === 'away');
  const dx = m.to - m.from;
  const forward = Math.sign(dx) === m.facing;
  let lean = Math.abs(dx) < 1 ? 0 : forward ? 0.07 : -0.06;
  if (m.nextPose === 'reach' && m.pose !== 'reach') lean = 0.12;
  return { lean, turn };
}
