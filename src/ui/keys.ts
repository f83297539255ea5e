// The player's keys in a game, as one table: which key does what, and whether the browser's
// own action for it is then prevented. Dialogs own the keys while they are open (app.ts).
import type { StoryView } from './story-view';

export interface GameKeyActions {
  menu(): void;
  rewind(): void;
  toggleSkipRead(): void;
}

type Text = Pick<StoryView, 'shownChoices' | 'chooseShown' | 'revealing' | 'finishReveal' | 'focusFirstChoice'>;

/** A key's action; true when the browser's own action for the key is to be prevented. */
type KeyAction = (event: KeyboardEvent, text: Text, act: GameKeyActions, onButton: boolean) => boolean;

const showOrGoOn: KeyAction = (event, text, _act, onButton) => {
  if (onButton) return false; // the button's own click
  if (event.repeat) return true;
  if (text.revealing) text.finishReveal();
  else text.focusFirstChoice();
  return true;
};

/** S: read text comes at once, or line by line again (the page's own S is left alone). */
const skipRead: KeyAction = (event, _text, act) => {
  if (!event.repeat) act.toggleSkipRead();
  return false;
};

const KEYS: Readonly<Record<string, KeyAction>> = {
  Escape: (_event, _text, act) => {
    act.menu();
    return true;
  },
  Backspace: (_event, _text, act) => {
    act.rewind();
    return true;
  },
  ' ': showOrGoOn,
  Enter: showOrGoOn,
  s: skipRead,
  S: skipRead,
};

/** Take a choice by its number: a held key repeats, so only its first press counts, and only on choices shown. */
const digit: KeyAction = (event, text) =>
  event.repeat ? text.shownChoices.length > 0 : text.chooseShown(Number(event.key) - 1);

/** Handle a key pressed during a game (not while typing in a field, nor with a modifier). */
export function gameKey(event: KeyboardEvent, text: Text, act: GameKeyActions): void {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
  const target = event.target as HTMLElement | null;
  const tag = target?.tagName;
  if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') return;
  const action = /^[1-9]$/.test(event.key) ? digit : Object.hasOwn(KEYS, event.key) ? KEYS[event.key] : undefined;
  if (action?.(event, text, act, tag === 'BUTTON')) event.preventDefault();
}
