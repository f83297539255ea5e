// The small, eager side of audio: the shell creates this at start and calls it freely.
// The howler side arrives by a dynamic import (its own chunk); until then, and if it never
// arrives, this holds the wanted state and hands it over once the real audio is there.
// It is in the first chunk, so it keeps the last call of each kind and nothing more (the
// real audio cleans volumes); nothing of howler, Web Audio or the sound files is imported here.
import type { SceneId, SoundCue } from '../engine/types';
import { afterNextPaint } from '../shared/after-paint';
import type { AudioPort, AudioVolumes } from './audio-port';

export type AudioLoader = () => Promise<AudioPort>;

/** The real audio: howler, loaded on demand. */
export const loadHowlerAudio: AudioLoader = async () => (await import('./howler-audio')).createHowlerAudio();

type Held = Exclude<keyof AudioPort, 'playCue' | 'destroy'>;

/**
 * An AudioPort that works at once and forwards to the one `load` brings. Nothing is
 * downloaded before the player's first gesture (browsers allow sound only after one) and a
 * sound asked for (an ambience or a cue — in the shell, once the frame with the story text is
 * painted), and then only after the next frame: howler never competes with the first text
 * for a slow connection, and no AudioContext is made before a gesture or in its handler.
 * Cues asked for before the real audio arrives are dropped (a late ping would be wrong; their
 * captions are the text's, shown regardless); the ambience, heartbeat, volumes, mute and
 * unlock are carried over. A failed load is one console warning, then silence.
 */
export class LazyAudio implements AudioPort {
  private real: AudioPort | null = null;
  /** The last call of each kind, in the order first made: handed over as it is. */
  private readonly held = new Map<Held, unknown>();
  private wanted = false;
  private loading = false;
  private destroyed = false;
  private settle: () => void = () => {};
  /** Settles when loading has finished, well or badly, or was never needed (for tests and the curious). */
  readonly ready: Promise<void> = new Promise((resolve) => (this.settle = resolve));

  constructor(
    private readonly load: AudioLoader = loadHowlerAudio,
    private readonly warn: (message: string) => void = (m) => console.warn(m),
  ) {}

  playCue(id: SoundCue): void {
    this.wanted = true;
    this.pass('playCue', id);
  }
  setAmbience(scene: SceneId | null): void {
    if (scene) this.wanted = true;
    this.pass('setAmbience', scene);
  }
  setHeartbeat(bpm: number): void {
    this.pass('setHeartbeat', bpm);
  }
  setVolumes(volumes: AudioVolumes): void {
    this.pass('setVolumes', volumes);
  }
  setMuted(muted: boolean): void {
    this.pass('setMuted', muted);
  }
  unlock(): void {
    this.pass('unlock', undefined);
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.real?.destroy();
    this.real = null;
    if (!this.loading) this.settle(); // nothing was loading, nothing will
  }

  private pass(kind: keyof AudioPort, arg: unknown): void {
    if (this.destroyed) return;
    if (kind !== 'playCue') this.held.set(kind as Held, arg);
    if (this.real) call(this.real, kind, arg);
    else if (!this.loading && this.wanted && this.held.has('unlock')) this.startLoading();
  }

  /** Once: after the next frame (never in the gesture's handler), download and hand over. */
  private startLoading(): void {
    this.loading = true;
    new Promise<void>((resolve) => afterNextPaint(resolve))
      .then(() => (this.destroyed ? null : this.load()))
      .then(
        (real) => {
          if (real && this.destroyed) real.destroy();
          else if (real) {
            for (const [kind, arg] of this.held) call(real, kind, arg);
            this.real = real;
          }
        },
        (error: unknown) => {
          try {
            this.warn(`[audio] sound is off: it could not load (${error instanceof Error ? error.message : error}).`);
          } catch {
            // nothing to do
          }
        },
      )
      .then(this.settle);
  }
}

function call(port: AudioPort, kind: keyof AudioPort, arg: unknown): void {
  (port[kind] as (arg: unknown) => void).call(port, arg);
}

/** The game's audio: usable at once, real once howler has loaded. */
export function createAudio(load: AudioLoader = loadHowlerAudio): AudioPort {
  return new LazyAudio(load);
}
