// The one way in: open storage, build the shell, show the title screen. Phaser, the
// stories and the audio are loaded on demand (the audio with the first sound asked for),
// so the first screen needs none of them.
import { isLang } from '../common/language.js';
import './ui/styles.css';
import { createAudio } from './audio/load-audio';
import type { Lang, Side } from './engine/types';
import { readPreferences } from './persistence/preferences';
import { BOOK_FACE_KEY, openBrowserStorage } from './persistence/storage';
import { PageSettling } from './pwa/when-settled';
import { Watched } from './shared/watched';
import { loadStage } from './stage/stage-api';
import { App, type CompiledStoryModule } from './ui/app';
import { installCrashScreen } from './ui/crash';
import { h } from './ui/dom';
import { loadStrings, startingLanguage } from './ui/i18n';
import { StringBook } from './ui/string-book';
import type { TitleChoices } from './ui/title-screen';

// Each side's route is its own chunk per language: the withdrawer's is downloaded only when
// that side is played (index.html preloads the pursuer's, the likely first).
const stories: Record<Side, Record<Lang, () => Promise<CompiledStoryModule>>> = {
  pursuer: {
    nl: () => import('virtual:story/nl'),
    en: () => import('virtual:story/en'),
  },
  withdrawer: {
    nl: () => import('virtual:story/withdrawer/nl'),
    en: () => import('virtual:story/withdrawer/en'),
  },
};

const root = appRoot();
// The page's language, kept by whichever shell is up; the crash screen and the new-version
// prompt follow it.
const pageLanguage = new Watched<Lang>('nl');
installCrashScreen(root, pageLanguage);
// The shells say when the first screen has what it needs; the service worker waits for it.
const settling = new PageSettling();

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
// `?lang=en` or `?lang=nl` picks the language for this visit (links, workshops, tests).
const params = new URLSearchParams(location.search);
const requestedParam = params.get('lang');
const requested: Lang | null = isLang(requestedParam) ? requestedParam : null;
const storage = openBrowserStorage();
// The book face (src/ui/book-face.ts) is downloaded when text next needs it. On a device
// that has it already (cached), it is added first of all, so the first screen shows in it.
const addBookFace = () => void import('./ui/book-face').then((face) => face.addBookFace(document.fonts, storage));
const faceCached = storage.get(BOOK_FACE_KEY);
if (faceCached) addBookFace();
const startLang = startingLanguage(requested, readPreferences(storage), navigator.languages);
pageLanguage.set(startLang);
// Otherwise the extras (the book face, offline play, the title's art) wait until the page
// has loaded and the story index.html hinted has arrived. The load event does not wait for
// those hints: asked for at the load, on a slow line the book face's module and then its
// font (20 kB, for the title) shared the line with the story. On a fast one the story is in
// by the load.
// Settled, not all: with no story the game says so, and the extras still come.
const lineFree = Promise.allSettled([
  new Promise((resolve) => window.addEventListener('load', resolve)), // the load comes once
  stories.pursuer[startLang](),
]);
if (!faceCached) void lineFree.then(addBookFace);
// The shell's words for the starting language come first (index.html has already hinted
// that chunk, next to the story's). If even they cannot be had, say so in both languages:
// the page must never stay blank.
loadStrings(startLang).then(
  (strings) => start(new StringBook({ lang: startLang, strings }, loadStrings)),
  (error: unknown) => {
    console.error(error);
    root.replaceChildren(loadFailedMessage());
  },
);

function start(strings: StringBook): void {
  const app = new App({
    root,
    storage,
    strings,
    loadStory: (lang, side) => stories[side][lang](),
    // `?stage=off` plays as text only: for slow devices, and to rule the stage out.
    loadStage: stageLoader(),
    audio: createAudio(),
    browserLanguages: navigator.languages,
    prefersReducedMotion: () => reducedMotion.matches,
    requestedLang: requested,
    language: pageLanguage,
    settling,
    lineFree,
    openWorkshop: (choices) => {
      app.destroy();
      openWorkshop('facilitator', choices, app.lang);
    },
  });
  // `?mode=workshop` opens workshop mode at once (a facilitator's bookmark); with
  // `&view=audience`, the projector window that shows what the room sees.
  if (params.get('mode') === 'workshop') {
    app.destroy();
    openWorkshop(params.get('view') === 'audience' ? 'audience' : 'facilitator', null, app.lang);
  } else app.showTitle();
}

/** Workshop mode (src/workshop/), in its own chunk: the single-player shell steps aside for it. */
function openWorkshop(view: 'facilitator' | 'audience', choices: TitleChoices | null, lang: Lang): void {
  void import('./workshop').then((workshop) => {
    const page = {
      root,
      storage,
      loadStory: (storyLang: Lang, side: Side) => stories[side][storyLang](),
      createAudio,
      language: pageLanguage,
      loadStage: stageLoader(),
      reducedMotion: () => reducedMotion.matches,
      onSettled: settling.stageSettled,
    };
    return view === 'audience' ? workshop.openAudience(page, lang) : workshop.openWorkshop(page, choices, lang);
  });
}

/** The page's one element the game lives in. */
function appRoot(): HTMLElement {
  const found = document.getElementById('app');
  if (!found) throw new Error('index.html has no #app element');
  return found;
}

/** The dance floor, unless `?stage=off` asks for text only. */
function stageLoader(): typeof loadStage | undefined {
  return params.get('stage') === 'off' ? undefined : loadStage;
}

/** Shown instead of the title when the first screen's words cannot be downloaded. */
function loadFailedMessage(): HTMLElement {
  return h(
    'main',
    { class: 'loading', role: 'alert' },
    h('h1', {}, 'De dans'),
    h(
      'p',
      { lang: 'nl' },
      'De dans kon niet laden: er is geen verbinding. Laad de pagina opnieuw zodra je weer online bent.',
    ),
    h(
      'p',
      { lang: 'en' },
      'De dans could not load: there is no connection. Reload the page once you are online again.',
    ),
  );
}

// Offline play (production builds with a service worker; not dev, not the portal zip):
// its module asked for once the line is free, the worker registered once the first text and
// the stage are in (src/pwa/register.ts).
// MODE, not PROD: a build run under NODE_ENV=test (the browser tests) is still a production build.
if (import.meta.env.MODE === 'production') {
  const offline = () =>
    import('./pwa/register')
      .then((pwa) => pwa.registerServiceWorker({ settled: settling.settled, language: pageLanguage }))
      .catch((error: unknown) => console.warn('[offline] not available:', error)); // an extra, never a crash
  void lineFree.then(offline);
}
