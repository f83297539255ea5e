// Where saved games live in the browser: the autosave (written after every choice),
// three slots the player saves to by hand, and a place aside for saves that could not be
// loaded, so that nothing a player has saved is ever overwritten without asking.
import type { KeyValueStore, StoreResult } from './storage';

const AUTOSAVE = 'de-dans:autosave';
const SET_ASIDE = 'de-dans:set-aside:';
const SLOT = 'de-dans:slot:';

/** The manual save slots, numbered as the player sees them. */
export const SLOT_NUMBERS = [1, 2, 3] as const;
export type SlotNumber = (typeof SLOT_NUMBERS)[number];

/** What one place holds: the save's text, or null when it is empty. */
export interface StoredSave {
  readonly slot: SlotNumber | 'autosave';
  readonly text: string | null;
}

export class SaveStore {
  constructor(private readonly store: KeyValueStore) {}

  get available(): boolean {
    return this.store.available;
  }

  readAutosave(): string | null {
    return this.store.get(AUTOSAVE);
  }

  writeAutosave(text: string): StoreResult {
    return this.store.set(AUTOSAVE, text);
  }

  /**
   * Move an unloadable autosave out of the way (not deleting it), so a new game can
   * autosave without destroying what the player had. Returns the key it was moved to.
   */
  setAsideAutosave(now = new Date()): string | null {
    const text = this.store.get(AUTOSAVE);
    if (text === null) return null;
    const key = `${SET_ASIDE}${now.toISOString()}`;
    const moved = this.store.set(key, text);
    if (!moved.ok) return null;
    this.store.remove(AUTOSAVE);
    return key;
  }

  /** Saves set aside earlier, newest first, for exporting. */
  setAside(): { key: string; text: string }[] {
    return this.store
      .keys()
      .filter((k) => k.startsWith(SET_ASIDE))
      .sort()
      .reverse()
      .map((key) => ({ key, text: this.store.get(key) ?? '' }));
  }

  clearAutosave(): void {
    this.store.remove(AUTOSAVE);
  }

  readSlot(slot: SlotNumber): string | null {
    return this.store.get(SLOT + slot);
  }

  /**
   * Save into a slot. A failed write (a full store) leaves the slot's old save as it was:
   * localStorage either stores the whole new value or nothing.
   */
  writeSlot(slot: SlotNumber, text: string): StoreResult {
    return this.store.set(SLOT + slot, text);
  }

  /** The autosave and every slot, in the order a Load screen shows them. */
  list(): StoredSave[] {
    return [
      { slot: 'autosave', text: this.readAutosave() },
      ...SLOT_NUMBERS.map((slot) => ({ slot, text: this.readSlot(slot) })),
    ];
  }

  /** Is there anything to load? */
  get hasAny(): boolean {
    return this.list().some((s) => s.text !== null);
  }
}
