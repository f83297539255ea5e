// The last line of defence: an error nobody caught still ends in words on the screen,
// never a blank page. Progress is already autosaved after every choice.
import { asLang, type Lang } from '../../common/language.js';

const MESSAGE: Record<Lang, string> = {
  nl: 'Er ging iets onverwachts mis. Je voortgang tot je laatste keuze is bewaard. Laad de pagina opnieuw om verder te spelen.',
  en: 'Something unexpected went wrong. Your progress up to your last choice is saved. Reload the page to continue.',
};

export function installCrashScreen(root: HTMLElement): void {
  const show = (error: unknown) => {
    console.error(error);
    const lang = asLang(document.documentElement.lang);
    let box = document.getElementById('crash');
    if (!box) {
      box = document.createElement('div');
      box.id = 'crash';
      box.setAttribute('role', 'alert');
      box.className = 'notice notice-error crash';
      root.prepend(box);
    }
    box.textContent = MESSAGE[lang];
  };
  window.addEventListener('error', (event) => show(event.error ?? event.message));
  window.addEventListener('unhandledrejection', (event) => show(event.reason));
}
