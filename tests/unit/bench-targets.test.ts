import { describe, expect, it } from 'vitest';
import { targets } from '../../tools/bench/report.mjs';

/** A bench result with only what the targets read; everything else met. */
function result(longFrames: { game: number; peer: number }) {
  const play = { eventTimingP50: 32, eventTimingP95: 56, saveBytes: 6_000 };
  return {
    game: {
      textOnly: { eventTimingP50: 32 },
      play: { ...play, longFrames: longFrames.game },
      load: { firstText: 1_900 },
      idle: { busyShare: 0.01, framesPerSecond: 0 },
    },
    peer: { play: { ...play, longFrames: longFrames.peer }, load: { firstText: 1_900 } },
  };
}

const longFramesMet = (game: number, peer: number) =>
  targets(result({ game, peer })).find((t) => t.name.startsWith('Long animation frames'))?.ok;

describe("the bench's long-frame target (≤ 3× the peer's)", () => {
  it('is met by a page with none when the peer has none, and missed by one with any', () => {
    expect(longFramesMet(0, 0)).toBe(true);
    expect(longFramesMet(1, 0)).toBe(false);
  });

  it('holds ours to three times the peer’s count (a median of two runs may end in .5)', () => {
    expect(longFramesMet(1.5, 0.5)).toBe(true);
    expect(longFramesMet(2, 0.5)).toBe(false);
    expect(longFramesMet(3, 1)).toBe(true);
    expect(longFramesMet(4, 1)).toBe(false);
  });

  it('leaves every other target as it was: all met here', () => {
    expect(targets(result({ game: 0, peer: 0 })).filter((t) => !t.ok)).toEqual([]);
  });
});
