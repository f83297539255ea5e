// Fades on Web Audio gain ramps alone: howler's own fade also steps the volume on a
// setInterval for the whole fade (dozens of wake-ups per choice, issue 15).
import { describe, expect, it } from 'vitest';
import { RampingHowl } from '../../src/audio/ramping-howl';

function fakeHowl(state: 'loaded' | 'loading', muted = false) {
  const scheduled: string[] = [];
  const fades: number[][] = [];
  const sound = {
    _volume: 0,
    _muted: muted,
    _node: {
      gain: {
        cancelScheduledValues: (t: number) => scheduled.push(`cancel ${t}`),
        setValueAtTime: (v: number, t: number) => scheduled.push(`set ${v} @${t}`),
        linearRampToValueAtTime: (v: number, t: number) => scheduled.push(`ramp ${v} @${t}`),
      },
    },
  };
  const howl = {
    state: () => state,
    _soundById: (id: number) => (id === 7 ? sound : null),
    play: () => 7,
    stop: () => null,
    fade: (from: number, to: number, ms: number, id?: number) => fades.push([from, to, ms, id ?? -1]),
    volume: () => null,
    rate: () => null,
    once: () => null,
    unload: () => null,
  };
  return { howl, sound, scheduled, fades };
}
const context = { currentTime: 10 } as unknown as BaseAudioContext;

describe('RampingHowl', () => {
  it('fades a loaded sound with one gain ramp, not howler’s interval', () => {
    const { howl, sound, scheduled, fades } = fakeHowl('loaded');
    new RampingHowl(howl, () => context).fade(0, 0.6, 1500, 7);
    expect(scheduled).toEqual(['cancel 10', 'set 0 @10', 'ramp 0.6 @11.5']);
    expect(fades).toEqual([]);
    expect(sound._volume).toBe(0.6); // howler's idea of the volume follows
  });

  it('leaves a sound still loading, or muted, to howler (which queues or skips the ramp)', () => {
    for (const [state, muted] of [
      ['loading', false],
      ['loaded', true],
    ] as const) {
      const { howl, scheduled, fades } = fakeHowl(state, muted);
      new RampingHowl(howl, () => context).fade(0.6, 0, 800, 7);
      expect(scheduled).toEqual([]);
      expect(fades).toEqual([[0.6, 0, 800, 7]]);
    }
    const { howl, fades } = fakeHowl('loaded');
    new RampingHowl(howl, () => null).fade(0.6, 0, 800, 7); // no audio context yet
    expect(fades).toEqual([[0.6, 0, 800, 7]]);
  });
});
