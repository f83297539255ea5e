// Offline play in real Chromium: one visit installs the service worker and precaches the
// whole game; then the server is shut down and the browser taken offline, and the game
// still loads, continues the saved game with the stage drawn, and plays into the next scene.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type StaticServer, serveStatic } from '../../tools/bench/static-server.mjs';
import {
  chooseFirstOpen,
  INSTANT_TEXT,
  launchChromium,
  newContext,
  STATE_TIMEOUT_MS,
  watchErrors,
} from '../helpers/browser';

// The build the browser tests share, served here by a server this file can switch off.
const builtDir = inject('builtDir');
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic({ '/': builtDir });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Every file a player may need: pages, code, styles, icons and sounds (not source maps). */
function playerFiles(): string[] {
  const assets = readdirSync(join(builtDir, 'assets'))
    .filter((f) => !f.endsWith('.map'))
    .map((f) => `/assets/${f}`);
  const icons = readdirSync(join(builtDir, 'icons')).map((f) => `/icons/${f}`);
  return ['/index.html', '/manifest.webmanifest', ...assets, ...icons];
}

describe('offline', () => {
  it('after one visit, plays on with no network: loads, continues, draws the stage, reaches the next scene', async () => {
    // Instant text: this run is about what loads without a network, not how lines come in.
    const context = await newContext(browser, { viewport: { width: 1280, height: 720 } }, INSTANT_TEXT);
    const page = await context.newPage();
    const errors = watchErrors(page);

    // The one visit: a game started (text only, cheap), a choice taken so there is a save.
    await page.goto(`${server.url}?lang=en&stage=off`);
    await page.locator('input[name="partner-name"]').focus();
    await page.keyboard.type('Robin');
    await page.keyboard.press('Enter');
    await page.locator('.story-lines p').first().waitFor();
    await chooseFirstOpen(page);

    // The worker registers once the page has settled, and reports when the precache (the
    // whole game, every sound) is full: the longest wait here, hence a longer guard.
    await page.waitForFunction(() => document.documentElement.dataset.offline === 'ready', null, {
      timeout: 3 * STATE_TIMEOUT_MS,
    });
    // `ready` gives the registration as soon as a worker is active, which may still be
    // 'activating': wait for the state change the worker announces, not for luck.
    const workerState = await page.evaluate(async () => {
      const worker = (await navigator.serviceWorker.ready).active;
      if (worker && worker.state === 'activating')
        await new Promise((done) => worker.addEventListener('statechange', done, { once: true }));
      return worker?.state;
    });
    expect(workerState).toBe('activated');
    const cached = await page.evaluate(async () => {
      const paths: string[] = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) paths.push(new URL(request.url).pathname);
      }
      return paths;
    });
    const expected = playerFiles();
    expect(expected.some((f) => /phaser-.*\.js$/.test(f))).toBe(true);
    expect(expected.filter((f) => /\.(webm|mp3)$/.test(f)).length).toBeGreaterThan(10);
    expect(expected.filter((f) => !cached.includes(f))).toEqual([]);
    const sceneBefore = await page.evaluate(() => document.documentElement.dataset.scene);

    // No network at all: the server is gone and the browser is offline.
    await server.close();
    await context.setOffline(true);

    // A URL the worker has never seen (the stage on this time) still opens the game.
    await page.goto(`${server.url}?lang=en`);
    const continueButton = page.locator('[data-action="continue"]');
    await continueButton.waitFor();
    await continueButton.focus();
    await page.keyboard.press('Enter');
    await page.locator('.story-lines p').first().waitFor();
    await page.waitForFunction(() => document.documentElement.dataset.stage !== undefined);
    expect(await page.evaluate(() => document.documentElement.dataset.stage)).toBe('webgl');

    let guard = 0;
    while ((await page.evaluate(() => document.documentElement.dataset.scene)) === sceneBefore) {
      await chooseFirstOpen(page);
      if (++guard > 60) throw new Error(`still in "${sceneBefore}" after 60 choices`);
    }
    expect(await page.evaluate(() => document.documentElement.dataset.scene)).not.toBe(sceneBefore);
    expect(errors).toEqual([]);
    await context.close();
  });
});
