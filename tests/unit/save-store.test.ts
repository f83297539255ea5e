// Saved games by hand: three slots beside the autosave, listed in order, and a write
// that fails (a full store) never costs the save that was already there.
import { describe, expect, it } from 'vitest';
import { SaveStore, SLOT_NUMBERS } from '../../src/persistence/save-store';
import { MemoryStore } from '../helpers/memory-store';

describe('save slots', () => {
  it('are three, listed after the autosave, empty at first', () => {
    const saves = new SaveStore(new MemoryStore());
    expect(SLOT_NUMBERS).toEqual([1, 2, 3]);
    expect(saves.list()).toEqual([
      { slot: 'autosave', text: null },
      { slot: 1, text: null },
      { slot: 2, text: null },
      { slot: 3, text: null },
    ]);
    expect(saves.hasAny).toBe(false);
  });

  it('each keep their own save, apart from the autosave', () => {
    const saves = new SaveStore(new MemoryStore());
    saves.writeAutosave('auto');
    expect(saves.writeSlot(2, 'two')).toEqual({ ok: true });
    expect(saves.list().map((s) => s.text)).toEqual(['auto', null, 'two', null]);
    saves.writeSlot(2, 'two again');
    expect(saves.readSlot(2)).toBe('two again');
    expect(saves.readAutosave()).toBe('auto');
    expect(saves.hasAny).toBe(true);
  });

  it('say so when the store is full, and keep the old save', () => {
    const store = new MemoryStore();
    const saves = new SaveStore(store);
    saves.writeSlot(1, 'kept');
    store.fail = { ok: false, problem: 'full' };
    expect(saves.writeSlot(1, 'new')).toEqual({ ok: false, problem: 'full' });
    expect(saves.readSlot(1)).toBe('kept');
  });

  it('a slot alone is something to load', () => {
    const saves = new SaveStore(new MemoryStore());
    saves.writeSlot(3, 'three');
    expect(saves.hasAny).toBe(true);
  });
});
