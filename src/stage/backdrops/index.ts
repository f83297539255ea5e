// Every location the story can name, and the title backdrop for "no location yet".
import type { SceneId } from '../../engine/types';
import { party } from './party';
import { title } from './title';
import type { Backdrop } from './types';

const BACKDROPS: Partial<Record<SceneId, Backdrop>> = {
  party,
};

export function backdropFor(scene: SceneId | null): Backdrop {
  return (scene && BACKDROPS[scene]) || title;
}
