// Captions for the sounds that are not cues: each location's ambience and the heartbeat
// loop, shown with the text in the game and the workshop alike. Their words are the shell's
// (`ambienceCaptions`, `heartbeatCaptions` in src/ui/strings/{nl,en}.ts, beside the cues'
// `captions`), in the same bracketed style.
import type { Beat, SceneId } from '../engine/types';
import { heartbeatBpm } from './audio-port';

export interface SoundCaptionWords {
  readonly ambienceCaptions: Readonly<Record<SceneId, string>>;
  readonly heartbeatCaptions: { readonly steady: string; readonly racing: string };
}

/** The caption for a location's ambience, or null when there is none. */
export function ambienceCaption(scene: SceneId | null, words: SoundCaptionWords): string | null {
  return scene ? words.ambienceCaptions[scene] : null;
}

/** The caption for the heartbeat loop at this tempo, or null when it is silent. */
export function heartbeatCaption(bpm: number, words: SoundCaptionWords): string | null {
  if (!(bpm > 0)) return null;
  return bpm >= 95 ? words.heartbeatCaptions.racing : words.heartbeatCaptions.steady;
}

/** What is heard with this beat, as captions: the place's ambience and the heartbeat. */
export function soundCaptions(beat: Pick<Beat, 'scene' | 'meters'>, words: SoundCaptionWords): string {
  return [ambienceCaption(beat.scene, words), heartbeatCaption(heartbeatBpm(beat.meters.pursue), words)]
    .filter(Boolean)
    .join(' ');
}
