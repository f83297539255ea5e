// @ts-check
// Installable and offline: the web app manifest and the service worker (vite-plugin-pwa,
// Workbox's generateSW). After one visit the game, both stories, Phaser and every sound
// are in the precache, so the game plays with no network. `registerType: 'prompt'`: a new
// version waits until the player chooses to reload (src/pwa/update-prompt.ts).
//
// The portal build (`vite build --mode portal`, see tools/build/zip.mjs) leaves all of this
// out: game portals embed the game in an iframe from their own origin, where a service
// worker and an install prompt do not belong.
import { VitePWA } from 'vite-plugin-pwa';

/** `vite build --mode portal`: the build for static game portals, without the service worker. */
export const PORTAL_MODE = 'portal';

/** Phaser's chunk is ~1.4 MB; Workbox's default limit (2 MiB) leaves too little headroom. */
export const MAX_PRECACHE_FILE_BYTES = 4 * 1024 * 1024;

/** The icons in public/icons/, made by `node tools/build/icons.mjs` from assets/icon.svg. */
export const ICONS = [
  { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
];

/** @type {Partial<import('vite-plugin-pwa').VitePWAOptions>} */
export const PWA_OPTIONS = {
  registerType: 'prompt',
  // Registered from src/pwa/register.ts, after the first text, never by an injected script.
  injectRegister: false,
  // Workbox's production runtime (no debug logging), whatever NODE_ENV the build runs under.
  mode: 'production',
  manifest: {
    name: 'De dans',
    short_name: 'De dans',
    description: 'Een verhaal over achtervolgen en terugtrekken — a story about pursuing and withdrawing.',
    lang: 'nl',
    dir: 'ltr',
    start_url: './',
    scope: './',
    display: 'standalone',
    orientation: 'any',
    background_color: '#14111a',
    theme_color: '#14111a',
    categories: ['games', 'education'],
    icons: ICONS,
  },
  workbox: {
    // The whole game: code, styles, pages, stories (JS chunks), Phaser, icons and sounds.
    // Source maps and Vite's build manifest are for developers, not players.
    globPatterns: ['**/*.{js,css,html,svg,png,webm,mp3,webmanifest,woff2}'],
    globIgnores: ['**/*.map', '.vite/**'],
    maximumFileSizeToCacheInBytes: MAX_PRECACHE_FILE_BYTES,
    navigateFallback: 'index.html',
    // The workshop server's own addresses (the phone page, the facilitator's API) must reach
    // the network, never fall back to the game's page.
    navigateFallbackDenylist: [/^\/phone/, /^\/api\//],
    cleanupOutdatedCaches: true,
    sourcemap: false,
  },
};

/**
 * The PWA plugins, each made to skip itself in the portal build (their own `apply` still
 * decides otherwise).
 * @returns {import('vite').Plugin[]}
 */
export function offlineSupport() {
  const pwa = VitePWA(PWA_OPTIONS).map((plugin) => {
    const own = plugin.apply;
    plugin.apply = (config, env) => {
      if (env.mode === PORTAL_MODE) return false;
      if (typeof own === 'function') return own(config, env);
      return own === undefined || own === env.command;
    };
    return plugin;
  });
  return [...pwa, portalRegisterStub()];
}

/**
 * In the portal build `virtual:pwa-register` is a no-op, so nothing fails to resolve even
 * where a bundler looks into code that `import.meta.env.MODE` already made dead.
 * @returns {import('vite').Plugin}
 */
function portalRegisterStub() {
  const id = 'virtual:pwa-register';
  return {
    name: 'de-dans:portal-no-service-worker',
    apply: (_config, env) => env.mode === PORTAL_MODE,
    resolveId: { filter: { id: /^virtual:pwa-register$/ }, handler: () => `\0${id}` },
    load: {
      filter: { id: /^\0virtual:pwa-register$/ },
      handler: () => 'export function registerSW() { return async () => {}; }\n',
    },
  };
}
