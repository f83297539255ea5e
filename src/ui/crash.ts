// The last line of defence: an error nobody caught still ends in words on the screen,
// never a blank page. Progress is already autosaved after every choice.
import type { Lang } from '../../common/language.js';
import { h } from './dom';

const MESSAGE: Record<Lang, string> = {
  nl: 'Er ging iets onverwachts mis. Je voortgang tot je laatste keuze is bewaard. Laad de pagina opnieuw om verder te spelen.',
  en: 'Something unexpected went wrong. Your progress up to your last choice is saved. Reload the page to continue.',
};

/** `language` is the page's language at the moment of the crash (the shell keeps it current). */
export function installCrashScreen(root: HTMLElement, language: { readonly value: Lang }): void {
  const show = (error: unknown) => {
    console.error(error);
    const lang = language.value;
    let box = document.getElementById('crash');
    if (!box) {
      box = h('div', { id: 'crash', role: 'alert', class: 'notice notice-error crash' });
      root.prepend(box);
    }
    box.textContent = MESSAGE[lang];
  };
  window.addEventListener('error', (event) => show(event.error ?? event.message));
  window.addEventListener('unhandledrejection', (event) => show(event.reason));
}
