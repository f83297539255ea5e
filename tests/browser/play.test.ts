// The whole game in real Chromium: the production bundle, playing by keyboard only,
// reloading and continuing on the same beat, and the stage running on WebGL.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chooseFirstOpen, launchChromium, watchErrors } from '../helpers/browser';

// Built and served once for all browser tests (tests/helpers/browser-global-setup.ts).
const served = { url: inject('builtUrl'), outDir: inject('builtDir') };
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('the production bundle', () => {
  it('holds the ink runtime but never the ink compiler', () => {
    const assets = join(served.outDir, 'assets');
    const code = readdirSync(assets)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(assets, f), 'utf8'))
      .join('\n');
    // A message only the compiler has, and one only the runtime has; both are checked to
    // exist in inkjs itself, so this test fails if either marker ever goes stale.
    const compilerMarker = 'Functions may not contain';
    const runtimeMarker = 'ran out of content';
    const fullInk = readFileSync(join(import.meta.dirname, '..', '..', 'node_modules/inkjs/dist/ink-full.mjs'), 'utf8');
    expect(fullInk).toContain(compilerMarker);
    expect(fullInk).toContain(runtimeMarker);
    expect(code).toContain(runtimeMarker);
    expect(code).not.toContain(compilerMarker);
  });
});

describe('playing in Chromium', () => {
  it('plays by keyboard, continues after a reload, and draws the stage with WebGL', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${served.url}?lang=en`);

    // Title screen, by keyboard: name, then Enter submits the form.
    await page.locator('input[name="partner-name"]').focus();
    await page.keyboard.type('Robin');
    await page.keyboard.press('Enter');
    await page.locator('.story-lines p').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.screen)).toBe('game');
    await expect.poll(() => page.textContent('.story-lines')).toContain('Robin');

    // The stage arrives after the text, on WebGL.
    await page.waitForFunction(() => document.documentElement.dataset.stage !== undefined, null, { timeout: 60_000 });
    expect(await page.evaluate(() => document.documentElement.dataset.stage)).toBe('webgl');
    expect(await page.locator('.stage canvas').count()).toBe(1);

    for (let i = 0; i < 3; i++) await chooseFirstOpen(page);
    const before = {
      text: await page.textContent('.story'),
      scene: await page.evaluate(() => document.documentElement.dataset.scene),
      meters: await page.textContent('.meters'),
    };

    await page.reload();
    const continueButton = page.locator('[data-action="continue"]');
    await continueButton.waitFor();
    await continueButton.focus();
    await page.keyboard.press('Enter');
    await page.locator('.story-lines p').first().waitFor();
    expect(await page.textContent('.story')).toBe(before.text);
    expect(await page.evaluate(() => document.documentElement.dataset.scene)).toBe(before.scene);
    expect(await page.textContent('.meters')).toBe(before.meters);
    // And it plays on from there (every ending is played to in endings.test.ts).
    await chooseFirstOpen(page);
    expect(errors).toEqual([]);
    await context.close();
  });
});
