import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { securityHeaders } from './tools/build/headers.mjs';
import { offlineSupport } from './tools/build/pwa.mjs';
import { chunkPrefix, ENGINE_CHUNK, storyPreload } from './tools/build/story-preload.mjs';
import { inkStories } from './tools/vite/ink-plugin.mjs';

export default defineConfig({
  // Relative asset URLs: the build runs from any folder or static host.
  base: './',
  // offlineSupport: web app manifest + service worker (left out by `--mode portal`).
  // storyPreload: index.html starts the likely story's download while it is parsed.
  // securityHeaders: dist/_headers, the workshop server's security headers for static hosts.
  plugins: [inkStories(), offlineSupport(), storyPreload(), securityHeaders()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // .vite/manifest.json: the loading plan the size budgets read (tools/build/budgets.mjs).
    manifest: true,
    // No polyfill for <link rel="modulepreload">: every browser the es2022 target runs in but
    // Safari before 17 has it, and there a missing hint only loads the story a little later.
    // Its bytes were on the first text's path (issue 15).
    modulePreload: { polyfill: false },
    // Phaser is big and arrives after the first text; keep it in its own chunk.
    chunkSizeWarningLimit: 1600,
    // The title's art is a file of its own, asked for only once the first screen's downloads
    // are in (title-screen.ts, data-art). Inlined in the stylesheet (Vite's default under
    // 4 kB), its 2.9 kB were on the first text's path, and painting it (gradients under a
    // mask) kept a phone without a GPU busy just as the story arrived (issue 15, in a trace).
    // Asked for at once as a file, it arrived while the first text was being laid out.
    assetsInlineLimit: (file) => (file.endsWith('title-dance.svg') ? false : undefined),
    rolldownOptions: {
      // Two pages: the game, and the participant's phone page for workshops (src/phone, served by `npm run workshop`).
      input: {
        main: fileURLToPath(new URL('index.html', import.meta.url)),
        phone: fileURLToPath(new URL('phone.html', import.meta.url)),
      },
      output: {
        // Many modules are named by a language (the story, the shell's words, the workshop's
        // words): a prefix keeps them apart in the network log and the bench.
        chunkFileNames: (chunk) => `assets/${chunkPrefix(chunk.facadeModuleId ?? '')}[name]-[hash].js`,
        codeSplitting: {
          groups: [
            { name: 'phaser', test: /node_modules[\\/]phaser/ },
            // The story engine with inkjs in one chunk, loaded with the story (GameSession.newGame)
            // and preloaded by index.html: the first text needs both, and the bench's HTTP/1.1
            // host (like many) opens 6 connections at once; split, they made 8 requests, and the
            // story's own download queued behind them (issue 15). What the title screen needs of
            // the engine is in the entry (its errors, the saves' codec) or in `catalog` below (the
            // words of the dance, the emitter), so the title and a new game's first steps do not
            // wait for inkjs to arrive.
            {
              name: ENGINE_CHUNK,
              test: /(node_modules[\\/]inkjs[\\/]|src[\\/]engine[\\/](tags|story-engine|ink-run)\.ts)/,
              includeDependenciesRecursively: false,
            },
            // The small modules the game's entry shares with the phone page and with the engine
            // (the words catalogue, the languages, the DOM helpers, the emitter, the words of the
            // dance, the choices' fingerprints for saves, Vite's preload helper) in one chunk: on
            // their own they would be more requests before the first text.
            {
              name: 'catalog',
              test: /(src[\\/](words[\\/]catalog|ui[\\/]dom|engine[\\/](words|emitter))\.ts|common[\\/](vocabulary|language)\.js|vite[\\/]preload-helper\.js)$/,
            },
          ],
        },
      },
    },
  },
});
