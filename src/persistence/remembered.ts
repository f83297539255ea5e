// What a new game is told of the dances finished before it on this device (issue 19). With
// none remembered (a first visit), there is nothing to validate: the answer is known, and
// dance-memory.ts and valibot are not downloaded between New game and the first text (one
// more round trip on a slow connection). Otherwise they are read as ever; the title screen
// has usually fetched them already, to list the endings found.
import type { PlayerSettings } from '../engine/types';
import type { Preferences } from './preferences';

/** What dance-memory.ts's `rememberedSettings` says of a device with no dance remembered. */
export const NO_DANCES_BEFORE: Required<Pick<PlayerSettings, 'dancesBefore' | 'lastEnding'>> = {
  dancesBefore: 0,
  lastEnding: '',
};

/** The remembered dances as the story's settings; nothing (the story's own defaults) if they cannot be read. */
export function dancesBefore(prefs: Preferences): Promise<Partial<PlayerSettings>> {
  if (prefs.memory === undefined) return Promise.resolve(NO_DANCES_BEFORE);
  return import('./dance-memory').then(
    (memory) => memory.rememberedSettings(prefs),
    () => ({}),
  );
}
