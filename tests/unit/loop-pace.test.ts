// The stage's pace (src/stage/loop-pace.ts): a step is drawn at the budget's full frame rate,
// slow glows and fades at fewer frames, and the limit changes without restarting the loop.
import { describe, expect, it } from 'vitest';
import { GPU_BUDGET, SOFTWARE_BUDGET } from '../../src/stage/gpu-budget';
import { type PacedLoop, paceFor, setPace } from '../../src/stage/loop-pace';

describe('the pace of the stage', () => {
  it('draws a step at the full rate and slow movement at fewer frames, on every renderer', () => {
    for (const budget of [GPU_BUDGET, SOFTWARE_BUDGET]) {
      expect(paceFor(true, budget)).toBe(budget.fps);
      expect(paceFor(false, budget)).toBeLessThan(budget.fps);
    }
    // A glow is smooth at 15 frames a second where there is a GPU; without one, every frame
    // is composited in software too, and a slow glow at 5 reads the same as at 10.
    expect(paceFor(false, GPU_BUDGET)).toBeGreaterThanOrEqual(15);
    expect(paceFor(false, SOFTWARE_BUDGET)).toBeGreaterThanOrEqual(5);
  });

  it('changes the limit the loop reads on each step, and nothing when it is already set', () => {
    const loop: PacedLoop = { fpsLimit: 30, hasFpsLimit: true, _limitRate: 1000 / 30 };
    setPace(loop, 15);
    expect(loop).toEqual({ fpsLimit: 15, hasFpsLimit: true, _limitRate: 1000 / 15 });
    const same = { ...loop };
    setPace(loop, 15);
    expect(loop).toEqual(same);
    setPace(loop, 30);
    expect(loop._limitRate).toBe(1000 / 30);
  });
});
