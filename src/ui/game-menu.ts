// The pause menu and the two dialogs only it opens (what you read; about this story and
// help). Loaded when the menu is first opened: nobody needs it for the first text.
import type { HistoryEntry } from '../engine/types';
import { askDialog } from './dialogs';
import { h } from './dom';
import { renderHelp } from './help-line';
import type { Strings } from './i18n';

export interface GameMenu {
  readonly root: HTMLElement;
  readonly strings: Strings;
  readonly inGame: boolean;
  readonly canLoad: boolean;
  readonly canRewind: boolean;
  readonly history: readonly HistoryEntry[];
  readonly rewind: () => void;
  readonly save: () => Promise<void>;
  readonly load: () => Promise<void>;
  readonly settings: () => Promise<void>;
  readonly exportGame: () => void;
  readonly importFile: () => void;
  readonly toTitle: () => void;
}

export async function runGameMenu(m: GameMenu): Promise<void> {
  const s = m.strings;
  const answer = await askDialog(m.root, s.menuTitle, null, [
    { id: 'resume', label: s.resume, primary: true },
    { id: 'save', label: s.save, disabled: !m.inGame },
    { id: 'load', label: s.load, disabled: !m.canLoad },
    { id: 'export', label: s.exportSave, disabled: !m.inGame },
    { id: 'import', label: s.importSave },
    { id: 'history', label: s.history, disabled: !m.inGame },
    { id: 'rewind', label: s.rewind, disabled: !m.canRewind },
    { id: 'settings', label: s.settings },
    { id: 'about', label: s.contentAndHelp },
    { id: 'title', label: s.quitToTitle },
  ]);
  if (answer === 'rewind') m.rewind();
  else if (answer === 'save') await m.save();
  else if (answer === 'load') await m.load();
  else if (answer === 'history') await showHistory(m.root, s, m.history);
  else if (answer === 'settings') await m.settings();
  else if (answer === 'about') await showAbout(m.root, s);
  else if (answer === 'export') m.exportGame();
  else if (answer === 'import') m.importFile();
  else if (answer === 'title') m.toTitle();
}

/** Everything read this run, the choices marked, newest last. */
async function showHistory(root: HTMLElement, s: Strings, entries: readonly HistoryEntry[]): Promise<void> {
  const list = h(
    'ol',
    { class: 'history', tabindex: 0, 'aria-label': s.history },
    entries.map((entry) =>
      entry.kind === 'choice'
        ? h('li', { class: 'history-choice', 'data-step': entry.step ?? undefined }, `${s.youChose}: ${entry.text}`)
        : h('li', { class: 'history-line' }, entry.text),
    ),
  );
  const body = entries.length ? list : h('p', {}, s.historyEmpty);
  const opened = askDialog(root, s.history, body, [{ id: 'close', label: s.close, primary: true }]);
  list.lastElementChild?.scrollIntoView?.({ block: 'end' });
  await opened;
}

async function showAbout(root: HTMLElement, s: Strings): Promise<void> {
  const body = h('div', {}, h('p', {}, s.contentNote), renderHelp(s.help, null));
  await askDialog(root, s.contentAndHelp, body, [{ id: 'close', label: s.close, primary: true }]);
}
