// Real-browser testing: build the game once, serve the build on loopback, and drive
// Debian's Chromium through playwright-core (never a downloaded browser).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { build, type PreviewServer, preview } from 'vite';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const ROOT = resolve(import.meta.dirname, '..', '..');

export interface Served {
  readonly url: string;
  readonly outDir: string;
  close(): Promise<void>;
}

/** A production build in a fresh temporary folder, served by Vite's preview server. */
export async function buildAndServe(): Promise<Served> {
  const outDir = mkdtempSync(join(tmpdir(), 'de-dans-build-'));
  await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server: PreviewServer = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    outDir,
    async close() {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium, headless, with `extraArgs` after the usual ones. */
export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with "apt-get install -y chromium" (see README).`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...extraArgs], headless: true });
}

/**
 * How long a wait for something the page announces (an element, a flag, a message from the
 * room) may take before the test fails naming it. Only a guard against what never comes: on a
 * machine shared by many jobs every step can take several times as long as on a quiet one,
 * and a slow step is not a wrong one. The same bound applies to expect.poll (vitest.config.ts).
 */
export const STATE_TIMEOUT_MS = 60_000;

/**
 * The player's instant text, as `newContext` settings: for a run about where the story goes
 * or what a screen holds rather than how its lines come in (at the normal pace a beat takes
 * seconds to show).
 */
export const INSTANT_TEXT: Readonly<Record<string, unknown>> = { textSpeed: 'instant' };

/**
 * A browser context (one visitor: own storage, own service worker) whose waits use
 * STATE_TIMEOUT_MS. `settings`, if given, are the player's settings on the first visit (as
 * if chosen in Settings before), such as INSTANT_TEXT.
 */
export async function newContext(
  browser: Browser,
  options: BrowserContextOptions = {},
  settings?: Readonly<Record<string, unknown>>,
): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(STATE_TIMEOUT_MS);
  if (settings) {
    await context.addInitScript((text) => {
      if (!localStorage.getItem('de-dans:settings')) localStorage.setItem('de-dans:settings', text);
    }, JSON.stringify(settings));
  }
  return context;
}

/** Collect console errors and uncaught page errors, to assert there are none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  return errors;
}

/** Press the number key of the first choice that can be taken; returns its text. */
export async function chooseFirstOpen(page: Page): Promise<string> {
  const choices = page.locator('.story-choices button');
  await choices.first().waitFor();
  // A choice can be taken only once shown (the page marks its choices ready).
  await page.locator('.story-choices[data-ready]').waitFor({ state: 'attached' });
  const count = await choices.count();
  for (let i = 0; i < count; i++) {
    const button = choices.nth(i);
    if ((await button.getAttribute('aria-disabled')) === 'true') continue;
    const text = (await button.locator('.choice-text').textContent()) ?? '';
    const steps = await page.evaluate(() => document.querySelector('.story-lines')?.textContent ?? '');
    await page.keyboard.press(String(i + 1));
    await page.waitForFunction(
      (before) => (document.querySelector('.story-lines')?.textContent ?? '') !== before,
      steps,
    );
    return text;
  }
  throw new Error('no choice can be taken');
}
