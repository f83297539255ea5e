// The small, eager side of audio: the shell creates this at start and calls it freely.
// The howler side arrives by a dynamic import (its own chunk); until then, and if it never
// arrives, this holds the wanted state and hands it over once the real audio is there.
// It is in the first chunk, so it holds state and nothing more: the real audio cleans
// volumes, and nothing of howler, Web Audio or the sound files is imported from here.
import type { SceneId, SoundCue } from '../engine/types';
import { afterNextPaint } from '../shared/after-paint';
import type { AudioPort, AudioVolumes } from './audio-port';

export type AudioLoader = () => Promise<AudioPort>;

/** The real audio: howler, loaded on demand. */
export const loadHowlerAudio: AudioLoader = async () => (await import('./howler-audio')).createHowlerAudio();

/**
 * An AudioPort that works at once and forwards to the one `load` brings. Nothing is
 * downloaded before the player's first gesture (browsers allow sound only after one) and a
 * sound asked for (an ambience or a cue — in the shell, once the frame with the story text is
 * painted): howler never competes with the first text for a slow connection, and no
 * AudioContext can be made before a gesture. Cues asked for before the real audio arrives
 * are dropped (a late ping would be wrong; their captions are the text's, shown regardless);
 * the ambience, heartbeat, volumes, mute and unlock are carried over. A failed load is one
 * console warning, then silence.
 */
export class LazyAudio implements AudioPort {
  private real: AudioPort | null = null;
  private destroyed = false;
  private scene: SceneId | null = null;
  private bpm = 0;
  private volumes: AudioVolumes | null = null;
  private muted = false;
  private unlocked = false;
  /** A sound has been asked for (an ambience or a cue). */
  private wanted = false;
  private loading = false;
  private settle: () => void = () => {};
  /** Settles when loading has finished, well or badly, or was never needed (for tests and the curious). */
  readonly ready: Promise<void>;

  constructor(
    private readonly load: AudioLoader = loadHowlerAudio,
    private readonly warn: (message: string) => void = (m) => console.warn(m),
  ) {
    this.ready = new Promise((resolve) => (this.settle = resolve));
  }

  /** Starts the download once a gesture has allowed sound and one is wanted; later calls do nothing. */
  private startLoading(): void {
    if (this.loading || this.destroyed || !this.unlocked || !this.wanted) return;
    this.loading = true;
    // Never in the gesture's handler nor before the frame it paints: after that frame.
    new Promise<void>((resolve) => afterNextPaint(resolve))
      .then(() => (this.destroyed ? null : this.load()))
      .then(
        (real) => this.handOver(real),
        (error: unknown) => {
          try {
            this.warn(
              `[audio] sound is off: it could not load (${error instanceof Error ? error.message : String(error)}).`,
            );
          } catch {
            // nothing to do
          }
        },
      )
      .then(this.settle);
  }

  private handOver(real: AudioPort | null): void {
    if (!real) return;
    if (this.destroyed) {
      real.destroy();
      return;
    }
    if (this.volumes) real.setVolumes(this.volumes);
    real.setMuted(this.muted);
    real.setAmbience(this.scene);
    real.setHeartbeat(this.bpm);
    real.unlock();
    this.real = real;
  }

  playCue(id: SoundCue): void {
    if (this.destroyed) return;
    this.wanted = true;
    this.startLoading();
    this.real?.playCue(id);
  }
  setAmbience(scene: SceneId | null): void {
    if (this.destroyed) return;
    this.scene = scene;
    if (scene) this.wanted = true;
    this.startLoading();
    this.real?.setAmbience(scene);
  }
  setHeartbeat(bpm: number): void {
    if (this.destroyed) return;
    this.bpm = bpm;
    this.real?.setHeartbeat(bpm);
  }
  setVolumes(volumes: AudioVolumes): void {
    if (this.destroyed) return;
    this.volumes = volumes;
    this.real?.setVolumes(volumes);
  }
  setMuted(muted: boolean): void {
    if (this.destroyed) return;
    this.muted = muted;
    this.real?.setMuted(muted);
  }
  unlock(): void {
    if (this.destroyed) return;
    this.unlocked = true;
    this.startLoading();
    this.real?.unlock();
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.real?.destroy();
    this.real = null;
    if (!this.loading) this.settle(); // nothing was loading, nothing will
  }
}

/** The game's audio: usable at once, real once howler has loaded. */
export function createAudio(load: AudioLoader = loadHowlerAudio): AudioPort {
  return new LazyAudio(load);
}
