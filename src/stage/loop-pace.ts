// The pace of the stage's game loop: a step (the figures moving, the heart beating) is drawn
// at the budget's full rate; what only glows or fades slowly (a body signal's swells, a
// room's cross-fade, the partner coming or going) at the budget's slow rate, where it looks
// the same in half the frames. Each frame drawn after a choice costs the device, and without
// a GPU, the same CPU that runs the text.
import type { GpuBudget } from './gpu-budget';

/** The fields of Phaser's TimeStep that set its frame limit (read on every step). */
export interface PacedLoop {
  fpsLimit: number;
  hasFpsLimit: boolean;
  _limitRate: number;
}

/** Frames a second for what is moving now. */
export function paceFor(brisk: boolean, budget: GpuBudget): number {
  return brisk ? budget.fps : budget.slowFps;
}

/**
 * Set the loop's frame limit without restarting it. Phaser's own `setFPSLimit` restarts the
 * animation-frame chain, and called from inside a frame it would leave two chains running;
 * the limit itself is read afresh on every step, so changing it is enough.
 */
export function setPace(loop: PacedLoop, fps: number): void {
  if (loop.fpsLimit === fps && loop.hasFpsLimit) return;
  loop.fpsLimit = fps;
  loop.hasFpsLimit = true;
  loop._limitRate = 1000 / fps;
}
