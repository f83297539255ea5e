// The player's saves seen from the shell: continuing the autosave, loading any save through the
// session, the messages when one cannot be loaded, and the save dialogs (loaded when first
// needed, not for the first text).
import type { Lang, SaveProblem } from '../engine';
import type { SaveStore } from '../persistence/save-store';
import type { GameSession } from '../session/game-session';
import type { Strings } from './i18n';
import type { Notices } from './notices';
import type { SaveDialogs, SaveSource } from './save-dialogs';

export interface GameSavesHost {
  readonly root: HTMLElement;
  readonly saves: SaveStore;
  readonly session: GameSession;
  readonly notices: Notices;
  readonly download?: (fileName: string, text: string) => void;
  strings(): Strings;
  lang(): Lang;
  say(message: string): void;
  /** The autosave was moved aside: the title screen, if it is showing, no longer offers it. */
  autosaveMovedAside(): void;
}

export class GameSaves {
  private loading: Promise<SaveDialogs> | null = null;

  constructor(private readonly host: GameSavesHost) {}

  /** The save dialogs (save to a slot, load, export, import). */
  dialogs(): Promise<SaveDialogs> {
    const { host } = this;
    this.loading ??= import('./save-dialogs').then(
      ({ SaveDialogs }) =>
        new SaveDialogs({
          root: host.root,
          saves: host.saves,
          notices: host.notices,
          download: host.download,
          strings: () => host.strings(),
          lang: () => host.lang(),
          game: () => host.session.game,
          encodeGame: () => host.session.encode(),
          flushAutosave: host.session.flushAutosave,
          load: (text, source) => this.load(text, source),
        }),
    );
    return this.loading;
  }

  async continueGame(): Promise<void> {
    this.host.session.flushAutosave();
    const text = this.host.saves.readAutosave();
    if (text !== null) await this.load(text, 'autosave');
  }

  /** Load a save (the autosave, a slot or an imported file) and show it exactly as it was. */
  async load(text: string, source: SaveSource): Promise<boolean> {
    const { host } = this;
    const result = await host.session.load(text, source === 'autosave' ? 'autosave' : 'elsewhere');
    if (!result.ok) {
      if (result.problem) this.report(result.problem, result.keptAside);
      return false;
    }
    const s = host.strings();
    if (result.replayed) host.notices.show(s.saveReplayed);
    if (source === 'import') host.notices.show(s.saveImported);
    else if (typeof source === 'object') host.say(s.loadedFrom(source.name));
    return true;
  }

  /**
   * Say why a save cannot be loaded. The words come with the save dialogs' chunk: such a save
   * is rare, and the first text's JavaScript has no bytes to spare for them.
   */
  private report(problem: SaveProblem, keptAside: boolean): void {
    const { host } = this;
    if (keptAside) host.autosaveMovedAside();
    void this.dialogs().then((dialogs) => host.notices.show(dialogs.loadProblemMessage(problem, keptAside), 'error'));
  }
}
