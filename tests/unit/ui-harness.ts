// What the shell's DOM tests share: an in-memory store that can fail like a full one, an
// App booted on the fixture stories, and small helpers to press keys and click dialogs.
import type { AudioPort } from '../../src/audio/audio-port';
import type { Lang } from '../../src/engine/types';
import { readPreferences } from '../../src/persistence/preferences';
import { SETTINGS_KEY } from '../../src/persistence/settings';
import type { KeyValueStore } from '../../src/persistence/storage';
import type { StageHandle, StageView } from '../../src/stage/stage-api';
import { App } from '../../src/ui/app';
import { loadAllStrings, loadStrings, startingLanguage } from '../../src/ui/i18n';
import { StringBook } from '../../src/ui/string-book';
import { fixture } from '../helpers/fixtures';
import { MemoryStore } from '../helpers/memory-store';

const STRINGS = await loadAllStrings();

// The shell imports its Settings form on demand; loading it here once keeps that import
// as quick as in a browser that has it cached, so `settle()` is enough to see the dialog.
await import('../../src/ui/settings-form');
await import('../../src/ui/dialogs');
// Likewise the parts loaded after the first text: the menu, a language switch, the ending.
await Promise.all([
  import('../../src/ui/game-menu'),
  import('../../src/ui/switch-language'),
  import('../../src/ui/ending-screen'),
  import('../../src/ui/save-dialogs'),
  import('../../src/ui/endings-found'),
  import('../../src/ui/reflection'),
  import('../../src/persistence/dance-memory'),
  import('../../src/persistence/read-lines'),
]);
// Likewise the saves' reader (validation, with valibot), imported when a save is loaded.
await import('../../src/engine/save-decode');

/** The fixture story in English, and its Dutch twin (same choices, same steps). */
export const stories = { en: fixture('engine'), nl: fixture('engine-nl') };

export interface Harness {
  readonly root: HTMLElement;
  readonly store: MemoryStore;
  readonly downloads: { name: string; text: string }[];
  deviceReducesMotion: boolean;
  app: App | null;
}

/**
 * The player's instant text, stored as Settings keep it: for tests about what the shell does
 * with each beat rather than its reveal (at the normal pace a second or more a beat).
 */
export function chooseInstantText(store: KeyValueStore): void {
  store.set(SETTINGS_KEY, JSON.stringify({ textSpeed: 'instant' }));
}

/** A page with an empty store (but for instant text, when `instantText`). */
export function createHarness(options: { instantText?: boolean } = {}): Harness {
  document.body.innerHTML = '<div id="app"></div>';
  const store = new MemoryStore();
  if (options.instantText) chooseInstantText(store);
  return {
    root: document.getElementById('app')!,
    store,
    downloads: [],
    deviceReducesMotion: true,
    app: null,
  };
}

export function boot(
  t: Harness,
  options: {
    lang?: Lang;
    audio?: AudioPort;
    loadStage?: (parent: HTMLElement, view: StageView) => Promise<StageHandle>;
    loadStory?: (lang: Lang) => Promise<{ json: string; hash: string }>;
  } = {},
): App {
  t.app?.destroy();
  const app = new App({
    root: t.root,
    storage: t.store,
    strings: stringBookFor(t.store, null, [options.lang ?? 'en']),
    loadStory: options.loadStory ?? (async (lang) => stories[lang]),
    loadStage: options.loadStage,
    audio: options.audio,
    browserLanguages: [options.lang ?? 'en'],
    prefersReducedMotion: () => t.deviceReducesMotion,
    download: (name, text) => t.downloads.push({ name, text }),
  });
  t.app = app;
  app.showTitle();
  return app;
}

/** The shell's words as src/main.ts has them: the starting language loaded, the other on demand. */
export function stringBookFor(
  store: KeyValueStore,
  requested: Lang | null,
  browserLanguages: readonly string[],
): StringBook {
  const lang = startingLanguage(requested, readPreferences(store), browserLanguages);
  return new StringBook({ lang, strings: STRINGS[lang] }, loadStrings);
}

export function teardown(t: Harness): void {
  t.app?.destroy();
  t.app = null;
  document.body.innerHTML = '';
  const html = document.documentElement;
  for (const key of Object.keys(html.dataset)) delete html.dataset[key];
  html.removeAttribute('style');
}

/** Let promises and zero-delay timers run (dialogs open and close asynchronously). */
export async function settle(rounds = 3): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Let the frame after a change be painted, and the tasks that wait for it run (stage, sound). */
export async function afterPaint(): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  await settle();
}

export function $<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const el = root.querySelector(selector);
  if (!el) throw new Error(`nothing matches ${selector}`);
  return el as T;
}

/** Wait until the choices on screen have been shown and may be taken (the reveal is over). */
export async function choicesShown(root: ParentNode = document): Promise<void> {
  for (let i = 0; i < 200 && !root.querySelector('.story-choices[data-ready]'); i++)
    await new Promise((resolve) => setTimeout(resolve, 10));
  if (!root.querySelector('.story-choices[data-ready]')) throw new Error('the choices were never shown');
}

/** Press a choice's number key once the choices have been shown, as a player who sees them does. */
export async function pressChoice(key: string): Promise<void> {
  await choicesShown();
  press(key);
}

export function press(key: string, target: EventTarget = document.body): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
}

/** Click a button in the open dialog by its data-action, then let the app react. */
export async function clickInDialog(root: ParentNode, action: string): Promise<void> {
  const button = root.querySelector<HTMLButtonElement>(`dialog[open] [data-action="${action}"]`);
  if (!button) {
    const open = [...root.querySelectorAll('dialog[open] [data-action]')].map((b) => (b as HTMLElement).dataset.action);
    throw new Error(`no "${action}" in the open dialog (there is: ${open.join(', ') || 'no dialog'})`);
  }
  if (button.disabled) throw new Error(`"${action}" is disabled`);
  button.click();
  await settle();
}

export async function startGame(t: Harness): Promise<void> {
  $<HTMLFormElement>(t.root, 'form.title-form').requestSubmit();
  await settle();
}

export const paragraphs = (root: ParentNode) =>
  [...root.querySelectorAll('.story-lines p.line')].map((p) => p.textContent);

/** The story as shown (its markup), leaving out how it is being revealed and the generated ids. */
export function storyContent(root: ParentNode): string {
  return $(root, '.story')
    .innerHTML.replace(/lock-\d+/g, '')
    .replace(/<div class="reveal-curtain"[^>]*><\/div>| hidden=""/g, '');
}
