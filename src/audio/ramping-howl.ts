// howler's Howl with fades done by Web Audio alone (see RampingHowl). Only the real audio
// (howler-audio.ts, its own lazy chunk, the one file that imports howler) wraps its Howls
// in it; tests drive HowlerAudio with a fake Howl.
import type { HowlLike } from './howler-audio-deps';

/** A howler Howl, as far as this file uses it. */
interface Howl extends HowlLike {
  state(): string;
}

/** The part of a howler sound this file reaches into: its gain node (Web Audio). */
interface HowlerSound {
  _node?: GainNode;
  _volume: number;
  _muted: boolean;
}

/**
 * A Howl whose fades are Web Audio gain ramps and nothing else. howler ramps the gain
 * natively too, but also steps the volume on a setInterval for the whole fade (every few ms,
 * dozens of wake-ups per choice); the ramp alone sounds the same. A sound not loaded yet
 * (howler queues it), muted or on HTML5 audio fades the howler way.
 */
export class RampingHowl implements HowlLike {
  constructor(
    private readonly howl: Howl,
    /** howler's AudioContext (Howler.ctx), read when a fade starts: howler makes it late. */
    private readonly context: () => BaseAudioContext | null,
  ) {}
  play(id?: number): number {
    return this.howl.play(id);
  }
  stop(id?: number): unknown {
    return this.howl.stop(id);
  }
  volume(volume: number, id?: number): unknown {
    return this.howl.volume(volume, id);
  }
  rate(rate: number, id?: number): unknown {
    return this.howl.rate(rate, id);
  }
  once(event: 'unlock', callback: () => void): unknown {
    return this.howl.once(event, callback);
  }
  unload(): unknown {
    return this.howl.unload();
  }
  fade(from: number, to: number, duration: number, id?: number): unknown {
    const ctx = this.context();
    const inside = this.howl as unknown as { _soundById?: (id: number) => HowlerSound | null };
    const sound = id === undefined ? null : inside._soundById?.(id);
    const gain = sound?._node?.gain;
    if (!ctx || !sound || !gain || sound._muted || this.howl.state() !== 'loaded') {
      return this.howl.fade(from, to, duration, id);
    }
    const now = ctx.currentTime;
    gain.cancelScheduledValues(now);
    gain.setValueAtTime(from, now);
    gain.linearRampToValueAtTime(to, now + duration / 1000);
    sound._volume = to;
    return this;
  }
}
