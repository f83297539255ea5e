/// <reference types="vite-plugin-pwa/vanillajs" />
// Offline play: register the service worker (made by vite-plugin-pwa, see tools/build/pwa.mjs)
// once the page has what it needs, and show the quiet new-version prompt when an update
// waits. Loaded by main.ts with import(), only in production builds that have a worker.
import { registerSW } from 'virtual:pwa-register';
import type { Lang } from '../../common/language.js';
import type { Watched } from '../shared/watched';
import { updateWords } from './strings';
import { whenSettled } from './when-settled';

export interface OfflineOptions {
  /** Resolved by the shell once the first text and the stage are in (a PageSettling's). */
  readonly settled: Promise<void>;
  /** The page's language, which the new-version prompt shows and follows. */
  readonly language: Watched<Lang>;
}

/** Register after the first text and the stage, so the precache never competes with them. */
export async function registerServiceWorker(options: OfflineOptions): Promise<void> {
  if (!('serviceWorker' in navigator)) return; // an insecure origin (a LAN address) or an old browser
  await whenSettled(options.settled);
  const updateSW = registerSW({
    immediate: true,
    onNeedRefresh() {
      void Promise.all([import('./update-prompt'), updateWords.loadAll()]).then(([{ showUpdatePrompt }, words]) =>
        showUpdatePrompt({ onReload: () => updateSW(true), language: options.language, words }),
      );
    },
    onOfflineReady() {
      // Everything is precached: worth knowing for tests and the curious, not worth a message.
      document.documentElement.dataset.offline = 'ready';
    },
    onRegisterError(error: unknown) {
      // Offline play is an extra: the game goes on, and one line says why it is missing.
      if (registrationBlocked(error))
        console.info('[offline] service workers are blocked in this browser: the game plays online only.');
      else
        console.warn(
          `[offline] the service worker could not be registered (${error instanceof Error ? error.message : String(error)}).`,
        );
    },
  });
}

/**
 * A browser (or a policy, or an automation tool) that blocks service workers can answer a
 * registration with no registration at all; workbox-window then fails reading that missing
 * registration's `waiting` worker. That is not a fault of the game, only its absence.
 */
export function registrationBlocked(error: unknown): boolean {
  return error instanceof TypeError && /\bwaiting\b/.test(error.message);
}
