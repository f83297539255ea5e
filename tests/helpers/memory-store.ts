// An in-memory KeyValueStore for tests: `fail` makes every write fail the way a full (or
// blocked) browser store does, and `available` says whether storage is there at all.
import type { KeyValueStore, StoreResult } from '../../src/persistence/storage';

export class MemoryStore implements KeyValueStore {
  readonly data = new Map<string, string>();
  fail: StoreResult | null = null;
  available = true;
  get(key: string) {
    return this.data.get(key) ?? null;
  }
  set(key: string, value: string): StoreResult {
    if (this.fail) return this.fail;
    this.data.set(key, value);
    return { ok: true };
  }
  remove(key: string) {
    this.data.delete(key);
  }
  keys() {
    return [...this.data.keys()];
  }
}
