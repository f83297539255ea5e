// What a beat sounds like — the one mapping the solo game and the workshop share: the place's
// ambience, a heartbeat as fast as the pull, and the one-shot cues its lines call for
// (`# sfx: knock`). Pure: the shells hand the result to an AudioPort when the text is painted.

import type { Line, Meters, SceneId, SoundCue } from '../engine/types';
import { type AudioPort, heartbeatBpm } from './audio-port';

/** The cues of these lines, in order (the engine has left out any tag that names no known cue). */
export function cuesOf(lines: readonly Line[]): SoundCue[] {
  return lines.flatMap((line) => (line.tags.sfx ? [line.tags.sfx] : []));
}

/** The lasting sound of a place and a pull: the ambience and the heartbeat. */
export function setBeatSound(audio: AudioPort | undefined, at: { scene: SceneId | null; meters: Meters }): void {
  audio?.setAmbience(at.scene);
  audio?.setHeartbeat(heartbeatBpm(at.meters.pursue));
}

/** Leaving the story: no ambience, no heartbeat. */
export function silenceBeatSound(audio: AudioPort | undefined): void {
  audio?.setAmbience(null);
  audio?.setHeartbeat(0);
}
