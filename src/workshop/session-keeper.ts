// Sessions kept on the laptop and carried off it: saved after every step (saying once if
// the browser will not keep them — nothing is lost, it can still be exported), opened from
// a file, exported as PNG and JSON, and every problem with a file said in plain words.
import type { KeyValueStore } from '../persistence/storage';
import type { ShellStrings } from '../ui/i18n';
import type { Notices } from '../ui/notices';
import { downloadBlob, fileStem, posterPng, sessionJson } from './exports';
import { decodeSession, type SessionFile, SessionFileError, type SessionProblem } from './session-file';
import { SessionStore } from './session-store';
import type { WorkshopStrings, WorkshopWords } from './strings';

export interface KeeperOptions {
  readonly storage: KeyValueStore;
  readonly notices: Notices;
  readonly shellStrings: ShellStrings;
  readonly workshopStrings: WorkshopWords;
  readonly strings: () => WorkshopStrings;
  readonly say: (message: string) => void;
  readonly download?: (fileName: string, blob: Blob) => void;
}

export class SessionKeeper {
  readonly store: SessionStore;
  private saveWarned = false;

  constructor(private readonly options: KeeperOptions) {
    this.store = new SessionStore(options.storage);
  }

  /** Keep the session on the laptop; say once if that fails. */
  keep(session: SessionFile): void {
    const result = this.store.save(session);
    if (!result.ok && !this.saveWarned) {
      this.saveWarned = true;
      const s = this.options.strings();
      this.options.notices.show(result.problem === 'full' ? s.storageFull : s.storageUnavailable, 'error');
    }
  }

  /** A kept session by its id, if it is there and readable. */
  find(id: string): SessionFile | null {
    for (const entry of this.store.list()) if (entry.ok && entry.session.id === id) return entry.session;
    return null;
  }

  /** Read a session file; null (and the reason on screen) when it cannot be used. */
  async open(file: File): Promise<SessionFile | null> {
    try {
      const session = decodeSession(await file.text());
      this.keep(session);
      return session;
    } catch (error) {
      this.reportFileError(error);
      return null;
    }
  }

  reportFileError(error: unknown): void {
    if (!(error instanceof SessionFileError)) throw error;
    const s = this.options.strings();
    const messages: Record<SessionProblem, string> = {
      'not-json': s.fileNotJson,
      'not-a-session': s.fileNotSession,
      'newer-format': s.fileNewer,
      damaged: s.fileDamaged,
      'other-build': s.fileOtherBuild,
      'other-language': s.fileOtherLanguage,
    };
    this.options.notices.show(messages[error.problem], 'error');
  }

  async exportPng(session: SessionFile): Promise<void> {
    try {
      this.download(
        `${fileStem(session)}.png`,
        await posterPng(session, this.options.shellStrings[session.lang], this.options.workshopStrings[session.lang]),
      );
    } catch (error) {
      console.error(error);
      this.options.notices.show(this.options.workshopStrings[session.lang].pngFailed, 'error');
    }
  }

  exportJson(session: SessionFile): void {
    this.download(`${fileStem(session)}.json`, sessionJson(session));
  }

  private download(fileName: string, blob: Blob): void {
    (this.options.download ?? downloadBlob)(fileName, blob);
    this.options.say(this.options.strings().exported);
  }
}
