// A quiet "new version — reload" prompt: a small panel at the bottom edge, announced
// politely (role="status"), that never takes the focus from the story and never reloads
// by itself. It follows the page's language while it is shown.
import type { Lang } from '../../common/language.js';
import type { Watched } from '../shared/watched';
import { h } from '../ui/dom';
import type { PerLang } from '../words/catalog';
import type { UpdateStrings } from './strings';
import './update-prompt.css';

export interface UpdatePromptOptions {
  /** Reload into the new version (the service worker takes over first). */
  readonly onReload: () => void | Promise<void>;
  /** The page's language: the prompt shows it, and follows when the player switches. */
  readonly language: Watched<Lang>;
  /** The prompt's words in every language (updateWords.loadAll()): it may switch while shown. */
  readonly words: PerLang<UpdateStrings>;
  /** Where the panel goes; the body by default. */
  readonly parent?: HTMLElement;
}

export interface UpdatePrompt {
  readonly element: HTMLElement;
  /** Take the panel away (also what "Later" does). */
  close(): void;
}

/** Show the prompt; a second call while one is open returns the open one. */
export function showUpdatePrompt(options: UpdatePromptOptions): UpdatePrompt {
  const parent = options.parent ?? document.body;
  const open = parent.querySelector<HTMLElement>(':scope > .update-prompt');
  if (open) return { element: open, close: () => open.remove() };

  const message = h('p', { class: 'update-prompt-message' });
  const reload = h('button', { type: 'button', class: 'update-prompt-reload', 'data-action': 'reload-update' });
  const later = h('button', { type: 'button', class: 'update-prompt-later', 'data-action': 'later-update' });
  const element = h(
    'aside',
    { class: 'update-prompt', role: 'status' },
    message,
    h('div', { class: 'update-prompt-actions' }, reload, later),
  );

  const render = (lang: Lang) => {
    const s = options.words[lang];
    element.lang = lang;
    element.setAttribute('aria-label', s.label);
    message.textContent = s.message;
    reload.textContent = s.reload;
    later.textContent = s.later;
  };
  render(options.language.value);
  // The player may switch languages on the title screen while the prompt is up.
  const stopFollowing = options.language.subscribe(render);

  const close = () => {
    stopFollowing();
    element.remove();
  };
  reload.addEventListener('click', () => {
    reload.disabled = true;
    void Promise.resolve(options.onReload()).finally(() => (reload.disabled = false));
  });
  later.addEventListener('click', close);
  parent.append(element);
  return { element, close };
}
