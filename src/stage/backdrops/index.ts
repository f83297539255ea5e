// Every location the story can name, and the title backdrop for "no location yet".
import type { SceneId } from '../../engine/types';
import { bar } from './bar';
import { bedroom } from './bedroom';
import { cafe } from './cafe';
import { desk } from './desk';
import { door } from './door';
import { festival } from './festival';
import { home } from './home';
import { party } from './party';
import { partyLater } from './party-later';
import { title } from './title';
import type { Backdrop } from './types';

// A Record over every SceneId: a location added to the vocabulary fails the type check here.
const BACKDROPS: Readonly<Record<SceneId, Backdrop>> = {
  party,
  home,
  bar,
  bedroom,
  cafe,
  door,
  festival,
  desk,
  'party-later': partyLater,
};

export function backdropFor(scene: SceneId | null): Backdrop {
  return (scene && BACKDROPS[scene]) || title;
}
