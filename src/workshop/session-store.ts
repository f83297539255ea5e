// Workshop sessions kept on the laptop (localStorage through the project's never-throwing
// store): one entry per session, rewritten after every choice, so a crashed browser or a
// closed lid costs nothing. A damaged entry is listed as damaged — never silently dropped
// — and deleted only when the facilitator asks.
import type { KeyValueStore, StoreResult } from '../persistence/storage';
import { decodeSession, encodeSession, type SessionFile, SessionFileError, type SessionProblem } from './session-file';

const PREFIX = 'de-dans:workshop:';

export type StoredSession =
  | { readonly key: string; readonly ok: true; readonly session: SessionFile }
  | { readonly key: string; readonly ok: false; readonly problem: SessionProblem };

export class SessionStore {
  constructor(private readonly store: KeyValueStore) {}

  get available(): boolean {
    return this.store.available;
  }

  save(session: SessionFile): StoreResult {
    return this.store.set(PREFIX + session.id, encodeSession(session));
  }

  /** Every kept session, newest first; damaged ones last. */
  list(): StoredSession[] {
    const entries = this.store
      .keys()
      .filter((k) => k.startsWith(PREFIX))
      .map((key): StoredSession => {
        try {
          return { key, ok: true, session: decodeSession(this.store.get(key) ?? '') };
        } catch (error) {
          return { key, ok: false, problem: error instanceof SessionFileError ? error.problem : 'damaged' };
        }
      });
    const time = (e: StoredSession) => (e.ok ? e.session.updatedAt : '');
    return entries.sort((a, b) => time(b).localeCompare(time(a)));
  }

  remove(key: string): void {
    if (key.startsWith(PREFIX)) this.store.remove(key);
  }

  keyOf(id: string): string {
    return PREFIX + id;
  }
}

/** A new session id: the date (sortable, readable) and random letters (unique per laptop). */
export function newSessionId(now: Date, random: () => number = Math.random): string {
  const stamp = now.toISOString().slice(0, 16).replace(/[:T]/g, '-');
  const letters = Array.from({ length: 6 }, () => 'abcdefghjkmnpqrstuvwxyz23456789'[Math.floor(random() * 31)]).join(
    '',
  );
  return `${stamp}-${letters}`;
}
