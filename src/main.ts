// The one way in: open storage, build the shell, show the title screen. Phaser, the
// stories and (later) audio are loaded on demand, so the first screen needs none of them.
import './ui/styles.css';
import { createAudio } from './audio/load-audio';
import type { Lang } from './engine/types';
import { openBrowserStorage } from './persistence/storage';
import { loadStage } from './stage/stage-api';
import { readPreferences } from './persistence/preferences';
import { App, type CompiledStoryModule } from './ui/app';
import type { TitleChoices } from './ui/title-screen';
import { installCrashScreen } from './ui/crash';

const stories: Record<Lang, () => Promise<CompiledStoryModule>> = {
  nl: () => import('virtual:story/nl'),
  en: () => import('virtual:story/en'),
};

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');
installCrashScreen(root);

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
// `?lang=en` or `?lang=nl` picks the language for this visit (links, workshops, tests).
const params = new URLSearchParams(location.search);
const requested = params.get('lang');
const app = new App({
  root,
  storage: openBrowserStorage(),
  loadStory: (lang) => stories[lang](),
  // `?stage=off` plays as text only: for slow devices, and to rule the stage out.
  loadStage: params.get('stage') === 'off' ? undefined : loadStage,
  audio: createAudio(),
  browserLanguages: navigator.languages,
  prefersReducedMotion: () => reducedMotion.matches,
  requestedLang: requested === 'nl' || requested === 'en' ? requested : null,
  openWorkshop: (choices) => void openWorkshop(choices),
});
// `?mode=workshop` opens workshop mode at once (a facilitator's bookmark).
if (params.get('mode') === 'workshop') void openWorkshop(null);
else app.showTitle();

/** Workshop mode (src/workshop/), in its own chunk: the single-player shell steps aside for it. */
async function openWorkshop(choices: TitleChoices | null): Promise<void> {
  const storage = openBrowserStorage();
  const prefs = readPreferences(storage);
  const initial = choices ?? { lang: app.lang, partnerName: prefs.partnerName, partnerPronoun: prefs.partnerPronoun };
  app.destroy();
  const { startWorkshop } = await import('./workshop');
  // Served by `npm run workshop`: phones vote too (src/room-client); anywhere else, hands as ever.
  const phones = await import('./room-client').then((room) => room.openPhoneRoom()).catch(() => ({}));
  startWorkshop({
    root: root!,
    storage,
    loadStory: (lang) => stories[lang](),
    audio: createAudio(),
    initial,
    ...phones,
    // Back to the title screen: the same address without `mode`, loaded afresh.
    onExit: () => {
      const url = new URL(location.href);
      url.searchParams.delete('mode');
      location.assign(url.toString());
    },
  });
}

// Offline play (production builds with a service worker; not dev, not the portal zip):
// registered after load, once the first text and the stage are in (src/pwa/register.ts).
// MODE, not PROD: a build run under NODE_ENV=test (the browser tests) is still a production build.
if (import.meta.env.MODE === 'production') {
  const offline = () =>
    import('./pwa/register')
      .then((pwa) => pwa.registerServiceWorker())
      .catch((error: unknown) => console.warn('[offline] not available:', error)); // an extra, never a crash
  window.addEventListener('load', () => void offline(), { once: true });
}
