// One line that tells a saved game apart from another: its phase, the place (in the
// language the player reads now) and when it was saved — or that the place is empty, or
// that what is stored there cannot be read.
import { peekSave } from '../engine/save-codec';
import type { Lang } from '../engine/types';
import type { StoredSave } from '../persistence/save-store';
import type { Strings } from './i18n';

export interface SaveSummary {
  readonly slot: StoredSave['slot'];
  readonly state: 'empty' | 'ok' | 'damaged';
  /** The slot's name ("Slot 2", "Autosave"). */
  readonly name: string;
  /** What it holds, for the slot button's second line. */
  readonly description: string;
  /** The stored text, to load. */
  readonly text: string | null;
}

export function summarizeSave(stored: StoredSave, strings: Strings, lang: Lang): SaveSummary {
  const name = stored.slot === 'autosave' ? strings.autosaveName : strings.slotName(stored.slot);
  const base = { slot: stored.slot, name, text: stored.text };
  if (stored.text === null) return { ...base, state: 'empty', description: strings.slotEmpty };
  const save = peekSave(stored.text);
  // Listed anyway, so the player sees it is there (and may save over it, after a question).
  if (!save) return { ...base, state: 'damaged', description: strings.slotDamaged };
  const when = formatWhen(save.savedAt, lang);
  if (save.ending)
    return { ...base, state: 'ok', description: strings.slotEnded(strings.endingNames[save.ending], when) };
  const scene = save.scene ? strings.sceneNames[save.scene] : '—';
  return { ...base, state: 'ok', description: strings.savedAt(save.phase, scene, when) };
}

/** A date and time the way people write it in that language. */
export function formatWhen(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return date.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}
