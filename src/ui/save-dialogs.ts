// The player's saves, as dialogs: save into a slot, pick one to load, export a save file and
// import one, and the question before a new game takes the autosave's place; with them, the
// words for a save that cannot be loaded. Which game is in progress, and what loading means,
// stay with the shell (src/ui/app.ts): it hands those in as the host.
import type { Lang, SaveProblem } from '../engine';
import type { SaveStore, StoredSave } from '../persistence/save-store';
import { askDialog } from './dialogs';
import { h } from './dom';
import type { Strings } from './i18n';
import type { Notices } from './notices';
import { type SaveSummary, summarizeSave } from './save-summary';

/** Where a save being loaded came from: the messages about it differ. */
export type SaveSource = 'autosave' | 'import' | SaveSummary;

export interface SaveDialogsHost {
  readonly root: HTMLElement;
  readonly saves: SaveStore;
  readonly notices: Notices;
  /** Hand a file to the browser's downloads (replaced in tests). */
  readonly download?: (fileName: string, text: string) => void;
  /** The shell's words and language right now (they change with the language). */
  strings(): Strings;
  lang(): Lang;
  /**
   * The game in progress — any value that stays the same for as long as that game does —
   * or null at the title screen. A dialog answered after the game changed does nothing.
   */
  game(): object | null;
  /** The game in progress as a save file; null when there is none. */
  encodeGame(): string | null;
  /** Write a pending autosave now, so the lists show the game as it is. */
  flushAutosave(): void;
  /** Load a save and show it; false (with a message already shown) when it cannot be. */
  load(text: string, source: SaveSource): Promise<boolean>;
}

export class SaveDialogs {
  constructor(private readonly host: SaveDialogsHost) {}

  /** The autosave in one line for the title screen's Continue, or null when there is none. */
  describeAutosave(): string | null {
    const { host } = this;
    // A damaged autosave is shown anyway: choosing Continue explains what is wrong and keeps the file.
    const summary = summarizeSave({ slot: 'autosave', text: host.saves.readAutosave() }, host.strings(), host.lang());
    return summary.state === 'empty' ? null : summary.description;
  }

  /** Why a save cannot be loaded, in the player's words; and, when it was the autosave, that it was kept aside. */
  loadProblemMessage(problem: SaveProblem, keptAside: boolean): string {
    const s = this.host.strings();
    const messages: Record<SaveProblem, string> = {
      'not-json': s.saveNotJson,
      'not-a-save': s.saveNotOurs,
      damaged: s.saveDamaged,
      'newer-format': s.saveNewer,
      'other-build': s.saveOtherBuild,
      'other-language': s.saveOtherLanguage,
    };
    return keptAside ? `${messages[problem]} ${s.saveKeptAside}` : messages[problem];
  }

  /** Before a new game takes the autosave's place: the player may export it first; false to keep it and stay. */
  async replaceAutosave(): Promise<boolean> {
    const { host } = this;
    const s = host.strings();
    const answer = await askDialog(host.root, s.newGame, s.replaceSaveQuestion, [
      { id: 'export', label: s.exportSave },
      { id: 'replace', label: s.newGame, primary: true },
      { id: 'cancel', label: s.close },
    ]);
    if (answer === 'export') this.exportText(host.saves.readAutosave() ?? '');
    return answer !== 'cancel';
  }

  /** Save the game in progress into a slot the player picks; a filled slot is only overwritten after asking. */
  async saveToSlot(): Promise<void> {
    const { host } = this;
    const game = host.game();
    if (!game) return;
    const s = host.strings();
    const slots = this.summaries((stored) => stored.slot !== 'autosave');
    const answer = await askDialog(host.root, s.saveTitle, null, [
      ...slots.map((slot) => ({ id: `slot-${slot.slot}`, label: slot.name, description: slot.description })),
      { id: 'cancel', label: s.cancel },
    ]);
    const chosen = slots.find((slot) => answer === `slot-${slot.slot}`);
    if (!chosen || chosen.slot === 'autosave' || host.game() !== game) return;
    if (chosen.state !== 'empty') {
      const sure = await askDialog(host.root, s.saveTitle, s.overwriteQuestion(chosen.name, chosen.description), [
        { id: 'overwrite', label: s.overwrite, primary: true },
        { id: 'cancel', label: s.cancel },
      ]);
      if (sure !== 'overwrite' || host.game() !== game) return;
    }
    const text = host.encodeGame();
    if (text === null) return;
    const result = host.saves.writeSlot(chosen.slot, text);
    if (result.ok) {
      host.notices.show(s.savedToSlot(chosen.name));
      return;
    }
    host.notices.show(result.problem === 'full' ? s.slotNotSavedFull : s.slotNotSavedUnavailable, 'error');
  }

  /** Pick a saved game (the autosave or a slot) and load it, after asking if it replaces one. */
  async chooseSaveToLoad(): Promise<void> {
    const { host } = this;
    const s = host.strings();
    const saves = this.summaries();
    const nothing = saves.every((save) => save.state === 'empty');
    const answer = await askDialog(host.root, s.loadTitle, nothing ? s.nothingSaved : null, [
      ...saves.map((save) => ({
        id: `load-${save.slot}`,
        label: save.name,
        description: save.description,
        disabled: save.state === 'empty',
      })),
      { id: 'cancel', label: s.cancel },
    ]);
    const chosen = saves.find((save) => answer === `load-${save.slot}`);
    if (!chosen?.text) return;
    if (!(await this.confirmReplacing(chosen))) return;
    await host.load(chosen.text, chosen.slot === 'autosave' ? 'autosave' : chosen);
  }

  /** Download the game in progress as a save file. */
  exportGame(): void {
    const text = this.host.encodeGame();
    if (text !== null) this.exportText(text);
  }

  /** Download a save file with this text, named by the date and time. */
  exportText(text: string): void {
    const stamp = new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
    (this.host.download ?? downloadFile)(`de-dans-${stamp}.json`, text);
    this.host.notices.show(this.host.strings().saveExported);
  }

  /** Ask for a save file and load it. */
  importFile(): void {
    const input = h('input', { type: 'file', accept: '.json,application/json', class: 'visually-hidden' });
    input.addEventListener('change', async () => {
      const file = input.files?.[0];
      input.remove();
      if (!file) return;
      await this.host.load(await file.text(), 'import');
    });
    this.host.root.append(input);
    input.click();
  }

  private summaries(filter: (stored: StoredSave) => boolean = () => true): SaveSummary[] {
    const { host } = this;
    host.flushAutosave(); // list the autosave as it is now
    return host.saves
      .list()
      .filter(filter)
      .map((stored) => summarizeSave(stored, host.strings(), host.lang()));
  }

  /**
   * Loading replaces the game in progress (its autosave). Ask first, with a way to export
   * it; loading the autosave itself replaces nothing.
   */
  private async confirmReplacing(chosen: SaveSummary): Promise<boolean> {
    const { host } = this;
    if (chosen.slot === 'autosave') return true;
    const current = host.encodeGame() ?? host.saves.readAutosave();
    if (current === null) return true;
    const s = host.strings();
    const answer = await askDialog(host.root, s.loadTitle, s.loadReplacesQuestion, [
      { id: 'export', label: s.exportSave },
      { id: 'load', label: s.load, primary: true },
      { id: 'cancel', label: s.cancel },
    ]);
    if (answer === 'export') this.exportText(current);
    return answer === 'export' || answer === 'load';
  }
}

function downloadFile(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = h('a', { href: url, download: fileName, class: 'visually-hidden' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
