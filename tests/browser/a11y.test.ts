// An axe-core audit of every kind of screen in real Chromium: the title, a play screen
// (also in high contrast at 200% text), the menu, the Settings screen and an ending. No serious or critical violation may remain (no rule is switched off).
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { INSTANT_TEXT, launchChromium, newContext, watchErrors } from '../helpers/browser';
import { chooseStep, finishReveal, startByKeyboard } from './support/play';
import { playedSave } from './support/saves';

const url = inject('builtUrl');
const builtDir = inject('builtDir');
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchChromium();
  // Instant text: each screen is audited whole (the reveal has its own audit, mid-way, in
  // touch.test.ts), and at the normal pace a beat takes seconds to show.
  context = await newContext(
    browser,
    { viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' },
    INSTANT_TEXT,
  );
  page = await context.newPage();
  errors = watchErrors(page);
});
afterAll(async () => {
  await browser?.close();
});

/** Serious and critical violations, one line each: rule, impact, where, and axe's summary. */
async function audit(): Promise<string[]> {
  // Legacy mode runs axe in the page itself; the default opens an extra page to merge the
  // results of frames, which this game has none of, and costs several seconds per audit.
  const results = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map((n) => `${v.id} (${v.impact}) at ${n.target.join(' ')}: ${n.failureSummary ?? v.help}`),
    );
}

async function openMenuItem(action: string): Promise<void> {
  await page.keyboard.press('Escape');
  await page.locator(`dialog[open] [data-action="${action}"]`).click();
}

describe('axe finds no serious or critical violation', () => {
  it('on the title screen', async () => {
    await page.goto(`${url}?lang=nl&stage=off`);
    // The static <h1> of index.html is there before the shell draws the title screen.
    await page.locator('input[name="partner-name"]').waitFor();
    expect(await audit()).toEqual([]);
  });

  it('on a play screen, the menu and the Settings screen', async () => {
    await page.goto(`${url}?lang=en&stage=off`);
    await startByKeyboard(page);
    await chooseStep(page, []);
    await finishReveal(page);
    expect(await audit()).toEqual([]);

    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor();
    expect(await audit()).toEqual([]);
    await page.keyboard.press('Escape');

    await openMenuItem('settings');
    await page.locator('dialog[open] .settings-form').waitFor();
    expect(await audit()).toEqual([]);
  });

  it('on a play screen in high contrast, with the text at 200% and the readable typeface', async () => {
    const dialog = page.locator('dialog[open]');
    await dialog.locator('input[name="text-size"]').focus();
    await page.keyboard.press('End');
    await dialog.locator('input[name="high-contrast"]').check();
    await dialog.locator('input[name="font"][value="readable"]').check();
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    expect(await audit()).toEqual([]);
    await page.evaluate(() => localStorage.removeItem('de-dans:settings'));
  });

  it('on an ending', async () => {
    const save = await playedSave(builtDir, 'en', ['ground']);
    expect(save.ending).toBe('step-out');
    await page.evaluate((text) => localStorage.setItem('de-dans:autosave', text), save.text);
    await page.goto(`${url}?lang=en&stage=off`);
    await page.locator('[data-action="continue"]').click();
    await page.locator('.ending h2').waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.ending)).toBe('step-out');
    expect(await page.locator('.notice').count()).toBe(0); // the same story build: loaded as is
    expect(await audit()).toEqual([]);
    expect(errors).toEqual([]);
  });
});
