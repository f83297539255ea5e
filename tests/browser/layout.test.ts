// Layout at a phone (360×640), a laptop (1280×720) and a projector (1920×1080): no text
// cut off or outside the screen, no sideways scrolling, and no choice hidden behind the
// stage — on the title, a play screen, the menu, the Settings screen and an ending, at the
// default text size and at 200%. The dance floor is on for the play screen, where it could
// cover a choice; the other screens are the same HTML with or without it, so they are
// checked as text only (software WebGL at 1920×1080 is slow). Each page is resized
// through the sizes rather than opened again.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { INSTANT_TEXT, launchChromium, newContext, watchErrors } from '../helpers/browser';
import { coveredButtons, textProblems } from './support/layout';
import { chooseStep, finishReveal, nextFrames, startByKeyboard, titleDrawn } from './support/play';
import { playedSave } from './support/saves';

const url = inject('builtUrl');
const builtDir = inject('builtDir');
const SIZES = [
  { width: 360, height: 640 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchChromium();
  // Instant text: the layout of each screen once shown whole is the subject, not the reveal
  // (at the normal pace a beat takes seconds to show).
  context = await newContext(browser, { viewport: SIZES[1], reducedMotion: 'reduce' }, INSTANT_TEXT);
  page = await context.newPage();
  errors = watchErrors(page);
});
afterAll(async () => {
  await browser?.close();
});

/** Every size in turn: what is wrong there, each line prefixed with the size. */
async function checkAtEverySize(page: Page, what: string, scope: string, buttons: string | null): Promise<string[]> {
  const found: string[] = [];
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await nextFrames(page);
    const problems = [
      ...(await page.evaluate(textProblems, scope)),
      ...(buttons ? await page.evaluate(coveredButtons, buttons) : []),
    ];
    found.push(...problems.map((p) => `${size.width}×${size.height} ${what}: ${p}`));
  }
  return found;
}

async function setTextSize(key: 'End' | 'Home'): Promise<void> {
  await page.keyboard.press('Escape');
  await page.locator('dialog[open] [data-action="settings"]').click();
  await page.locator('dialog[open] input[name="text-size"]').focus();
  await page.keyboard.press(key);
}

describe('layout at 360×640, 1280×720 and 1920×1080', () => {
  it('a play screen with the dance floor on: every choice can be reached, no text cut off', async () => {
    const staged = await newContext(browser, { viewport: SIZES[1], reducedMotion: 'reduce' }, INSTANT_TEXT);
    const stagePage = await staged.newPage();
    const stageErrors = watchErrors(stagePage);
    await stagePage.goto(`${url}?lang=nl`);
    await startByKeyboard(stagePage);
    await stagePage.waitForFunction(() => document.documentElement.dataset.stage !== undefined);
    expect(await stagePage.evaluate(() => document.documentElement.dataset.stage)).toBe('webgl');
    await chooseStep(stagePage, ['pursue']);
    await chooseStep(stagePage, ['pursue']);
    await finishReveal(stagePage);
    const problems = await checkAtEverySize(
      stagePage,
      'play',
      '.screen',
      '.story-choices button, .header-buttons button',
    );
    expect(problems).toEqual([]);
    expect(stageErrors).toEqual([]);
    await staged.close();
  });

  it('the title screen', async () => {
    await page.goto(`${url}?lang=nl&stage=off`);
    // The static <h1> of index.html is there before the shell draws the title screen.
    await titleDrawn(page);
    expect(await checkAtEverySize(page, 'title', 'body', '.title-actions button')).toEqual([]);
  });

  it('the menu and the Settings screen, and a play screen at 200% text', async () => {
    await page.setViewportSize(SIZES[1]);
    await startByKeyboard(page);
    // Text only: the stage's place goes to the text, with no empty box held for it.
    expect(await page.evaluate(() => document.documentElement.dataset.stage)).toBe('text-only');
    expect(await page.locator('.stage').isVisible()).toBe(false);
    await chooseStep(page, ['withdraw']);
    await finishReveal(page);
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor();
    const problems = await checkAtEverySize(page, 'menu', 'dialog[open]', 'dialog[open] button');
    await page.locator('dialog[open] [data-action="settings"]').click();
    await page.locator('dialog[open] .settings-form').waitFor();
    problems.push(...(await checkAtEverySize(page, 'settings', 'dialog[open]', 'dialog[open] button')));
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor({ state: 'detached' });

    await setTextSize('End');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
    problems.push(...(await checkAtEverySize(page, 'settings at 200%', 'dialog[open]', 'dialog[open] button')));
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    problems.push(
      ...(await checkAtEverySize(page, 'play at 200%', '.screen', '.story-choices button, .header-buttons button')),
    );
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor();
    problems.push(...(await checkAtEverySize(page, 'menu at 200%', 'dialog[open]', 'dialog[open] button')));
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
  });

  it('an ending, at 200% and at 100% text', async () => {
    const save = await playedSave(builtDir, 'nl', ['withdraw']);
    expect(save.ending).toBe('closed-heart');
    await page.evaluate((text) => localStorage.setItem('de-dans:autosave', text), save.text);
    await page.goto(`${url}?lang=nl&stage=off`);
    await page.locator('[data-action="continue"]').click();
    await page.locator('.ending h2').waitFor();
    const problems = await checkAtEverySize(
      page,
      'ending at 200%',
      '.screen',
      '.ending button, .header-buttons button',
    );
    await setTextSize('Home');
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    problems.push(...(await checkAtEverySize(page, 'ending', '.screen', '.ending button, .header-buttons button')));
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
  });
});
