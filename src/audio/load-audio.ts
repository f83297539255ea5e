// The small, eager side of audio: the shell creates this at start and calls it freely.
// The howler side arrives by a dynamic import (its own chunk); until then, and if it never
// arrives, this holds the wanted state and hands it over once the real audio is there.
import type { SceneId, SoundCue } from '../engine/types';
import { type AudioPort, type AudioVolumes, clampVolumes, DEFAULT_VOLUMES } from './audio-port';

export type AudioLoader = () => Promise<AudioPort>;

/** The real audio: howler, loaded on demand. */
export const loadHowlerAudio: AudioLoader = async () => (await import('./howler-audio')).createHowlerAudio();

/**
 * An AudioPort that works at once and forwards to the one `load` brings. Nothing is
 * downloaded until a sound is first asked for (an ambience or a cue — in the shell, with the
 * first story text), so howler never competes with the story for a slow connection before
 * that text is on screen. Cues asked for before the real audio arrives are dropped (a late
 * ping would be wrong); the ambience, heartbeat, volumes, mute and unlock are carried over.
 * A failed load is one console warning, then silence.
 */
export class LazyAudio implements AudioPort {
  private real: AudioPort | null = null;
  private destroyed = false;
  private scene: SceneId | null = null;
  private bpm = 0;
  private volumes: AudioVolumes = DEFAULT_VOLUMES;
  private muted = false;
  private unlocked = false;
  private loading: Promise<void> | null = null;
  private settle: () => void = () => {};
  /** Settles when loading has finished, well or badly, or was never needed (for tests and the curious). */
  readonly ready: Promise<void>;

  constructor(
    private readonly load: AudioLoader = loadHowlerAudio,
    private readonly warn: (message: string) => void = (m) => console.warn(m),
  ) {
    this.ready = new Promise((resolve) => (this.settle = resolve));
  }

  /** Starts the download once; later calls do nothing. */
  private startLoading(): void {
    if (this.loading || this.destroyed) return;
    let loading: Promise<AudioPort>;
    try {
      loading = this.load();
    } catch (error) {
      loading = Promise.reject(error);
    }
    this.loading = loading.then(
      (real) => {
        if (this.destroyed) {
          real.destroy();
          return;
        }
        real.setVolumes(this.volumes);
        real.setMuted(this.muted);
        real.setAmbience(this.scene);
        real.setHeartbeat(this.bpm);
        if (this.unlocked) real.unlock();
        this.real = real;
      },
      (error: unknown) => {
        try {
          this.warn(
            `[audio] sound is off: it could not load (${error instanceof Error ? error.message : String(error)}).`,
          );
        } catch {
          // nothing to do
        }
      },
    );
    void this.loading.then(this.settle);
  }

  playCue(id: SoundCue): void {
    if (this.destroyed) return;
    this.startLoading();
    this.real?.playCue(id);
  }
  setAmbience(scene: SceneId | null): void {
    if (this.destroyed) return;
    this.scene = scene;
    if (scene) this.startLoading();
    this.real?.setAmbience(scene);
  }
  setHeartbeat(bpm: number): void {
    if (this.destroyed) return;
    this.bpm = bpm;
    this.real?.setHeartbeat(bpm);
  }
  setVolumes(volumes: AudioVolumes): void {
    if (this.destroyed) return;
    this.volumes = clampVolumes(volumes);
    this.real?.setVolumes(this.volumes);
  }
  setMuted(muted: boolean): void {
    if (this.destroyed) return;
    this.muted = muted;
    this.real?.setMuted(muted);
  }
  unlock(): void {
    if (this.destroyed) return;
    this.unlocked = true;
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
