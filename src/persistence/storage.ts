// localStorage that never throws: private browsing, disabled storage and a full quota
// all become a typed result the shell can explain, instead of an exception mid-game.

export type StoreProblem = 'unavailable' | 'full' | 'failed';
export type StoreResult = { readonly ok: true } | { readonly ok: false; readonly problem: StoreProblem };

/** Set once this device has downloaded the book face (src/ui/book-face.ts): it is then cached. */
export const BOOK_FACE_KEY = 'de-dans:book-face';

export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): StoreResult;
  remove(key: string): void;
  keys(): string[];
  readonly available: boolean;
}

/** Wraps a Storage (or nothing, when the browser refuses one). */
export class SafeStorage implements KeyValueStore {
  constructor(private readonly backend: Storage | null) {}

  get available(): boolean {
    return this.backend !== null;
  }

  get(key: string): string | null {
    try {
      return this.backend?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  set(key: string, value: string): StoreResult {
    if (!this.backend) return { ok: false, problem: 'unavailable' };
    try {
      this.backend.setItem(key, value);
      return { ok: true };
    } catch (error) {
      return { ok: false, problem: isQuotaError(error) ? 'full' : 'failed' };
    }
  }

  remove(key: string): void {
    try {
      this.backend?.removeItem(key);
    } catch {
      // Removing is best effort: a store we cannot write to has nothing of ours in it.
    }
  }

  keys(): string[] {
    if (!this.backend) return [];
    try {
      return Array.from({ length: this.backend.length }, (_, i) => this.backend?.key(i)).filter(
        (k): k is string => typeof k === 'string',
      );
    } catch {
      return [];
    }
  }
}

/** The page's localStorage if it exists and accepts a write; null otherwise. */
export function openBrowserStorage(
  scope: { localStorage?: Storage } = globalThis as { localStorage?: Storage },
): SafeStorage {
  try {
    const storage = scope.localStorage;
    if (!storage) return new SafeStorage(null);
    const probe = '__de-dans-probe__';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return new SafeStorage(storage);
  } catch (error) {
    // A full store still reads: keep it, so saved games stay loadable.
    if (isQuotaError(error) && scope.localStorage) return new SafeStorage(scope.localStorage);
    return new SafeStorage(null);
  }
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22)
  );
}
