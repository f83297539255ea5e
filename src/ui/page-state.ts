// The page's state, announced in one place: attributes on <html> that styles.css and the
// tests read (design.md), and the window's title. The shell writes here as its screens change;
// nothing in the game reads these back — state travels in arguments and events.
import type { EndingId, Lang, SceneId } from '../engine/types';

export interface PageStateChange {
  readonly screen?: 'title' | 'game' | 'workshop' | 'reflection';
  /** Workshop mode's screen (setup, read, vote, pause, debrief…); null outside it. */
  readonly workshop?: string | null;
  /** The workshop is on a side path, off the group's own. */
  readonly replay?: boolean | null;
  readonly lang?: Lang;
  /** The window's title, set with the language. */
  readonly title?: string;
  readonly phase?: number | null;
  readonly scene?: SceneId | null;
  readonly ending?: EndingId | null;
  /**
   * How the stage drew, once it did; text only when there is none (asked for, or it could not
   * be drawn: styles.css then gives its place to the text); null while a game's stage loads.
   */
  readonly stage?: 'webgl' | 'canvas' | 'text-only' | null;
}

export function announcePage(change: PageStateChange, root: HTMLElement = document.documentElement): void {
  const set = (key: string, value: string | null | undefined) => {
    if (value === undefined) return;
    if (value === null) delete root.dataset[key];
    else if (root.dataset[key] !== value) root.dataset[key] = value;
  };
  set('screen', change.screen);
  set('ws', change.workshop);
  set('replay', change.replay ? 'true' : change.replay === undefined ? undefined : null);
  if (change.lang) {
    set('lang', change.lang);
    if (root.lang !== change.lang) root.lang = change.lang;
  }
  if (change.title !== undefined && document.title !== change.title) document.title = change.title;
  set('phase', change.phase === undefined || change.phase === null ? change.phase : String(change.phase));
  set('scene', change.scene);
  set('ending', change.ending);
  set('stage', change.stage);
}

/** A game was left: no phase, place or ending is announced any more. */
export function announceNoGame(root: HTMLElement = document.documentElement): void {
  announcePage({ phase: null, scene: null, ending: null }, root);
}
