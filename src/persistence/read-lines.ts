// Which lines this device has already shown, so a replay (or the way back after a rewind)
// can show them at once when the player asks for it. Lines are kept as short hashes, never
// as text; the list is bounded and written only when the game saves anyway.
import type { KeyValueStore } from './storage';

const KEY = 'de-dans:read';
/** About a playthrough and a half in each language; the oldest are forgotten first. */
export const READ_LIMIT = 6000;

export class ReadLines {
  private readonly seen: Set<string>;
  private dirty = false;

  constructor(private readonly store: KeyValueStore) {
    this.seen = new Set(parse(store.get(KEY)));
  }

  /** Every line with text has been shown before (a beat with no text counts as unread). */
  allRead(texts: readonly string[]): boolean {
    const lines = texts.filter(Boolean);
    return lines.length > 0 && lines.every((text) => this.seen.has(hash(text)));
  }

  remember(texts: readonly string[]): void {
    for (const text of texts) {
      if (!text) continue;
      const key = hash(text);
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      this.dirty = true;
    }
  }

  /** Write what is new (called with the autosave); a full or missing store just forgets. */
  flush(): void {
    if (!this.dirty) return;
    this.dirty = false;
    const all = [...this.seen];
    this.store.set(KEY, all.slice(Math.max(0, all.length - READ_LIMIT)).join(' '));
  }
}

function parse(text: string | null): string[] {
  return text ? text.split(' ').filter((k) => /^[0-9a-z]{1,7}$/.test(k)) : [];
}

/** FNV-1a, 32 bits, in base 36: short, and collisions only ever skip a reveal. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
