// The player's choices from the title screen, remembered between visits, and what this
// device remembers of the dances finished on it (kept with them, so wiping one wipes the
// other; read and written by dance-memory.ts, loaded on demand).

import { asSide, ENDINGS } from '../../common/vocabulary.js';
import type { EndingId, Lang, Pronoun, Side } from '../engine/types';
import type { KeyValueStore } from './storage';

export interface Preferences {
  readonly lang: Lang | null;
  readonly partnerName: string;
  readonly partnerPronoun: Pronoun;
  /** The side the last new game played (issue 19); the pursuer's when never chosen. */
  readonly side?: Side;
  /** Before issue 19: the endings reached (all the pursuer's), in the story's order, each once. */
  readonly endingsFound?: readonly EndingId[];
  /** The finished dances, as stored: dance-memory.ts validates it when it is needed. */
  readonly memory?: unknown;
}

const KEY = 'de-dans:preferences';
export const DEFAULT_PARTNER_NAME = 'Sam';

export function readPreferences(store: KeyValueStore): Preferences {
  const fallback: Preferences = {
    lang: null,
    partnerName: DEFAULT_PARTNER_NAME,
    partnerPronoun: 'he',
    side: 'pursuer',
    endingsFound: [],
  };
  const text = store.get(KEY);
  if (!text) return fallback;
  try {
    const data = JSON.parse(text) as Partial<Preferences>;
    return {
      lang: data.lang === 'nl' || data.lang === 'en' ? data.lang : null,
      partnerName: typeof data.partnerName === 'string' ? cleanName(data.partnerName) : DEFAULT_PARTNER_NAME,
      partnerPronoun: data.partnerPronoun === 'she' ? 'she' : 'he',
      side: asSide(data.side),
      endingsFound: ENDINGS.filter((e) => Array.isArray(data.endingsFound) && data.endingsFound.includes(e)),
      memory: data.memory,
    };
  } catch {
    return fallback; // unreadable preferences are not worth a message: defaults are fine
  }
}

export function writePreferences(store: KeyValueStore, prefs: Preferences): void {
  store.set(KEY, JSON.stringify(prefs));
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what a name must not hold
const UNPRINTABLE = /[\u0000-\u001f{}<>#|\\]/g;

/** A name the story can print: trimmed, single-spaced, at most 24 characters, or Sam. */
export function cleanName(raw: string): string {
  const name = raw.replace(UNPRINTABLE, '').replace(/\s+/g, ' ').trim().slice(0, 24);
  return name || DEFAULT_PARTNER_NAME;
}
