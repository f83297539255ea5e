// Where a session stands, kept in the tab (sessionStorage) so a reload of the facilitator's
// page comes back by itself: the same session, the same part and page, and — if a vote
// was open — the same vote (with phones, the room still has its ballots). Cleared when the
// session is stopped or ends, so a fresh visit opens on Session 0 as always.
import type { Place } from './reader';

const KEY = 'de-dans-workshop-live';

export interface LivePlace extends Place {
  readonly sessionId: string;
}

/** The tab's storage, or nothing (private modes, tests without a DOM). */
export type PlaceStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;

export function tabStore(): PlaceStore {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

export function readPlace(store: PlaceStore): LivePlace | null {
  try {
    const raw = store?.getItem(KEY);
    if (!raw) return null;
    const data = JSON.parse(raw) as Partial<LivePlace>;
    const screens: readonly string[] = ['read', 'vote', 'pause'];
    if (
      typeof data.sessionId !== 'string' ||
      !Number.isInteger(data.part) ||
      !Number.isInteger(data.page) ||
      !screens.includes(String(data.screen))
    )
      return null;
    return data as LivePlace;
  } catch {
    return null;
  }
}

export function writePlace(store: PlaceStore, place: LivePlace | null): void {
  try {
    if (place) store?.setItem(KEY, JSON.stringify(place));
    else store?.removeItem(KEY);
  } catch {
    // A tab that cannot keep it just does not come back by itself: Earlier sessions still can.
  }
}
