// The sound of the game behind one small interface. The shell calls these methods; only
// howler-audio.ts knows howler. Logic and tests use SilentAudio (or a fake) instead.
// Every method is safe to call at any time, in any order, and never throws.
import type { SceneId, SoundCue } from '../engine/types';

export interface AudioVolumes {
  /** 0–1, everything. */
  readonly master: number;
  /** 0–1, the location's ambience loop. */
  readonly ambience: number;
  /** 0–1, the one-shot cues (and the heartbeat, unless it has its own volume). */
  readonly cues: number;
  /** 0–1, the heartbeat loop; when absent it follows `cues`. */
  readonly heartbeat?: number;
}

export const DEFAULT_VOLUMES: AudioVolumes = { master: 0.8, ambience: 0.7, cues: 0.9 };

export interface AudioPort {
  /** A one-shot sound (`# sfx: knock`). Before unlock() it is held for a moment, then dropped. */
  playCue(id: SoundCue): void;
  /** The location's ambience, cross-faded from the last one; null fades to silence. */
  setAmbience(scene: SceneId | null): void;
  /** The heartbeat loop at this many beats a minute; 0 stops it. */
  setHeartbeat(bpm: number): void;
  setVolumes(volumes: AudioVolumes): void;
  setMuted(muted: boolean): void;
  /** Call from the first user gesture (pointerdown / keydown): sound may start from here. */
  unlock(): void;
  /** Stops everything and lets go of the sounds; later calls do nothing. */
  destroy(): void;
}

/** The ambience file for each scene (a scene and a cue may share a name: `door`). */
export function ambienceId(scene: SceneId): string {
  return `ambience-${scene}`;
}

/** The heartbeat loop file, recorded at this tempo. */
export const HEARTBEAT_LOOP_ID = 'heartbeat-loop';
export const HEARTBEAT_LOOP_BPM = 80;

/**
 * The heartbeat's tempo for the pull (the `pursue` meter, 0–10): silent while the pull is
 * weak, then from a resting 62 bpm up to a racing 118 at the top.
 */
export function heartbeatBpm(pursue: number): number {
  if (!Number.isFinite(pursue) || pursue < 3) return 0;
  const p = Math.min(10, pursue);
  return Math.round(62 + ((p - 3) / 7) * 56);
}

/** Clamps volumes to 0–1 (anything not a number counts as the default). */
export function clampVolumes(v: Partial<AudioVolumes>): AudioVolumes {
  const one = (x: unknown, fallback: number) =>
    typeof x === 'number' && Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : fallback;
  const clamped = {
    master: one(v.master, DEFAULT_VOLUMES.master),
    ambience: one(v.ambience, DEFAULT_VOLUMES.ambience),
    cues: one(v.cues, DEFAULT_VOLUMES.cues),
  };
  return v.heartbeat === undefined ? clamped : { ...clamped, heartbeat: one(v.heartbeat, clamped.cues) };
}

/** The heartbeat loop's volume (0–1): its own if set, else the cues'. */
export function heartbeatVolume(v: AudioVolumes): number {
  return v.heartbeat ?? v.cues;
}

/** No sound at all, but it remembers what it was asked, so tests (and a shell) can read it. */
export class SilentAudio implements AudioPort {
  scene: SceneId | null = null;
  bpm = 0;
  volumes: AudioVolumes = DEFAULT_VOLUMES;
  muted = false;
  unlocked = false;
  destroyed = false;
  readonly cues: SoundCue[] = [];

  playCue(id: SoundCue): void {
    if (!this.destroyed) this.cues.push(id);
  }
  setAmbience(scene: SceneId | null): void {
    if (!this.destroyed) this.scene = scene;
  }
  setHeartbeat(bpm: number): void {
    if (!this.destroyed) this.bpm = Number.isFinite(bpm) && bpm > 0 ? bpm : 0;
  }
  setVolumes(volumes: AudioVolumes): void {
    if (!this.destroyed) this.volumes = clampVolumes(volumes);
  }
  setMuted(muted: boolean): void {
    if (!this.destroyed) this.muted = muted;
  }
  unlock(): void {
    if (!this.destroyed) this.unlocked = true;
  }
  destroy(): void {
    this.destroyed = true;
  }
}
