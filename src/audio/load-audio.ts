// The small, eager side of audio: the shell creates this at start and calls it freely.
// The howler side arrives by a dynamic import (its own chunk); until then, and if it never
// arrives, this holds the wanted state and hands it over once the real audio is there.
import type { SceneId, SoundCue } from '../engine/types';
import { clampVolumes, DEFAULT_VOLUMES, type AudioPort, type AudioVolumes } from './audio-port';

export type AudioLoader = () => Promise<AudioPort>;

/** The real audio: howler, loaded on demand. */
export const loadHowlerAudio: AudioLoader = async () => (await import('./howler-audio')).createHowlerAudio();

/**
 * An AudioPort that works at once and forwards to the one `load` brings. Cues asked for
 * before it arrives are dropped (a late ping would be wrong); the ambience, heartbeat,
 * volumes, mute and unlock are carried over. A failed load is one console warning, then
 * silence.
 */
export class LazyAudio implements AudioPort {
  private real: AudioPort | null = null;
  private destroyed = false;
  private scene: SceneId | null = null;
  private bpm = 0;
  private volumes: AudioVolumes = DEFAULT_VOLUMES;
  private muted = false;
  private unlocked = false;
  /** Settles when loading has finished, well or badly (for tests and the curious). */
  readonly ready: Promise<void>;

  constructor(load: AudioLoader = loadHowlerAudio, warn: (message: string) => void = (m) => console.warn(m)) {
    let loading: Promise<AudioPort>;
    try {
      loading = load();
    } catch (error) {
      loading = Promise.reject(error);
    }
    this.ready = loading.then(
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
          warn(`[audio] sound is off: it could not load (${error instanceof Error ? error.message : String(error)}).`);
        } catch {
          // nothing to do
        }
      },
    );
  }

  playCue(id: SoundCue): void {
    if (!this.destroyed) this.real?.playCue(id);
  }
  setAmbience(scene: SceneId | null): void {
    if (this.destroyed) return;
    this.scene = scene;
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
  }
}

/** The game's audio: usable at once, real once howler has loaded. */
export function createAudio(load: AudioLoader = loadHowlerAudio): AudioPort {
  return new LazyAudio(load);
}
