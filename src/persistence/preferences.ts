// The player's choices from the title screen, remembered between visits.
import type { Lang, Pronoun } from '../engine/types';
import type { KeyValueStore } from './storage';

export interface Preferences {
  readonly lang: Lang | null;
  readonly partnerName: string;
  readonly partnerPronoun: Pronoun;
}

const KEY = 'de-dans:preferences';
export const DEFAULT_PARTNER_NAME = 'Sam';

export function readPreferences(store: KeyValueStore): Preferences {
  const fallback: Preferences = { lang: null, partnerName: DEFAULT_PARTNER_NAME, partnerPronoun: 'he' };
  const text = store.get(KEY);
  if (!text) return fallback;
  try {
    const data = JSON.parse(text) as Partial<Preferences>;
    return {
      lang: data.lang === 'nl' || data.lang === 'en' ? data.lang : null,
      partnerName: typeof data.partnerName === 'string' ? cleanName(data.partnerName) : DEFAULT_PARTNER_NAME,
      partnerPronoun: data.partnerPronoun === 'she' ? 'she' : 'he',
    };
  } catch {
    return fallback; // unreadable preferences are not worth a message: defaults are fine
  }
}

export function writePreferences(store: KeyValueStore, prefs: Preferences): void {
  store.set(KEY, JSON.stringify(prefs));
}

/** A name the story can print: trimmed, single-spaced, at most 24 characters, or Sam. */
export function cleanName(raw: string): string {
  const name = raw.replace(/[\u0000-\u001f{}<>#|\\]/g, '').replace(/\s+/g, ' ').trim().slice(0, 24);
  return name || DEFAULT_PARTNER_NAME;
}
