// The player's controls in real Chromium, by keyboard, in a browser that blocks autoplay
// the way Chromium does by default (sound only after a gesture): the game starts and plays
// without a console error and sound starts on the first key; settings apply at once and
// survive a reload; save slots, loading, rewinding, export and import all work.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, newContext, watchErrors } from '../helpers/browser';
import { chooseStep, nextFrames, startByKeyboard } from './support/play';

const url = inject('builtUrl');
const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-artifacts');
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium(['--autoplay-policy=document-user-activation-required']);
  context = await newContext(browser, { viewport: { width: 1280, height: 720 } });
  // Every AudioContext the page makes, to see when sound may start.
  await context.addInitScript(() => {
    const Native = window.AudioContext;
    const made: AudioContext[] = [];
    (window as unknown as { __audioContexts: AudioContext[] }).__audioContexts = made;
    window.AudioContext = class extends Native {
      constructor(options?: AudioContextOptions) {
        super(options);
        made.push(this);
      }
    };
  });
  page = await context.newPage();
  errors = watchErrors(page);
});
afterAll(async () => {
  await browser?.close();
});

const storyText = () => page.locator('.story').textContent();
const audioStates = () =>
  page.evaluate(() => (window as unknown as { __audioContexts: AudioContext[] }).__audioContexts.map((c) => c.state));

/** Open the menu with Esc and press one of its items by keyboard. */
async function menu(action: string): Promise<void> {
  await page.keyboard.press('Escape');
  await pressInDialog(action);
}

/** Focus a button of the open dialog and press Enter on it, as a keyboard player would. */
async function pressInDialog(action: string): Promise<void> {
  const button = page.locator(`dialog[open] [data-action="${action}"]`);
  await button.focus();
  await page.keyboard.press('Enter');
}

describe('with autoplay blocked', () => {
  it('starts and plays, and sound starts with the first key', async () => {
    await page.goto(`${url}?lang=en&stage=off`);
    // The title screen, drawn: whatever it would download has been asked for by now.
    await page.locator('input[name="partner-name"]').waitFor();
    await page.waitForLoadState('load');
    await nextFrames(page);
    // The title screen asks for no sound: howler is not even downloaded until the story's
    // first sound, so it never competes with the story for the network.
    expect(
      await page.evaluate(
        () => performance.getEntriesByType('resource').filter((e) => e.name.includes('howler-audio')).length,
      ),
    ).toBe(0);
    expect((await audioStates()).filter((s) => s === 'running')).toEqual([]);
    await startByKeyboard(page);
    await page.waitForFunction(() =>
      performance.getEntriesByType('resource').some((e) => e.name.includes('howler-audio')),
    );
    await chooseStep(page, []);
    await expect.poll(audioStates).toContain('running');
    await expect.poll(() => page.locator('.sound-caption').textContent()).toMatch(/^\[.+\]/);
    await chooseStep(page, []);
    expect(errors).toEqual([]);
  });
});

describe('settings', () => {
  it('are set by keyboard, apply at once, and survive a reload', async () => {
    await menu('settings');
    const dialog = page.locator('dialog[open]');
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name))
      .toBe('text-size');
    await page.keyboard.press('End'); // the text-size slider to its top: 200%
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');

    await dialog.locator('select[name="line-spacing"]').focus();
    await page.keyboard.press('ArrowDown'); // Normal → Open
    await dialog.locator('input[name="font"]:checked').focus();
    await page.keyboard.press('ArrowDown'); // serif → the device's own book face
    await page.keyboard.press('ArrowDown'); // system → sans
    await page.keyboard.press('ArrowDown'); // sans → readable
    await dialog.locator('input[name="high-contrast"]').focus();
    await page.keyboard.press('Space');
    await dialog.locator('select[name="text-speed"]').focus();
    await page.keyboard.press('End'); // Instant
    await dialog.locator('input[name="captions"]').focus();
    await page.keyboard.press('Space'); // captions off
    await dialog.locator('input[name="volume-ambience"]').focus();
    await page.keyboard.press('Home'); // ambience silent
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor({ state: 'detached' });

    // What the settings change (not the page's other flags: the service worker's
    // `data-offline` comes whenever its precache is full, before or after the reload).
    const look = () =>
      page.evaluate(() => {
        const story = document.querySelector('.story-lines');
        const { font, contrast, captions } = document.documentElement.dataset;
        return {
          font,
          contrast,
          captions,
          fontSize: getComputedStyle(document.documentElement).fontSize,
          lineHeight: story ? getComputedStyle(story).lineHeight : null,
          storyFont: story ? getComputedStyle(story).fontFamily : null,
          background: getComputedStyle(document.body).backgroundColor,
          captionShown: story ? getComputedStyle(document.querySelector('.sound-caption')!).display !== 'none' : null,
        };
      });
    const applied = await look();
    expect(applied).toMatchObject({
      font: 'readable',
      contrast: 'high',
      captions: 'off',
      fontSize: '32px',
      background: 'rgb(0, 0, 0)',
      captionShown: false,
    });
    expect(applied.storyFont).toMatch(/Verdana/);
    expect(parseFloat(applied.lineHeight!)).toBeCloseTo(1.9 * 1.2 * 32, 0); // 1.2rem text at 200%, spacing 1.9

    // Instant text: the next beat is there at once, no reveal running.
    await chooseStep(page, []);
    expect(await page.locator('.story.revealing').count()).toBe(0);

    await page.reload();
    // The shell applies the settings as it starts, which is after the load event: once the
    // title screen is there, they have been applied.
    await page.locator('[data-action="continue"]').waitFor();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
    await pressInTitle('continue');
    await page.locator('.story-lines p').first().waitFor();
    expect(await look()).toEqual(applied);
    await menu('settings');
    expect(await dialog.locator('input[name="text-size"]').inputValue()).toBe('200');
    expect(await dialog.locator('select[name="line-spacing"]').inputValue()).toBe('1.9');
    expect(await dialog.locator('select[name="text-speed"]').inputValue()).toBe('instant');
    expect(await dialog.locator('input[name="volume-ambience"]').inputValue()).toBe('0');
    expect(await dialog.locator('input[name="high-contrast"]').isChecked()).toBe(true);

    // Back to the defaults, for the tests that follow.
    await pressInDialog('reset-settings');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('16px');
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });
});

async function pressInTitle(action: string): Promise<void> {
  const button = page.locator(`[data-action="${action}"]`);
  await button.focus();
  await page.keyboard.press('Enter');
}

describe('saving and loading', () => {
  // These are about what is kept and brought back, not the reveal: the player picks instant
  // text in Settings first (at the normal pace each beat takes seconds to show).
  beforeAll(async () => {
    await menu('settings');
    await page.locator('dialog[open] select[name="text-speed"]').focus();
    await page.keyboard.press('End'); // Instant
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
  });

  it('saves into a slot, rewinds, and loads the slot back', async () => {
    await chooseStep(page, []);
    const saved = await storyText();
    await menu('save');
    await pressInDialog('slot-1');
    await page.locator('.notice', { hasText: 'Saved in slot 1.' }).waitFor();

    await chooseStep(page, []);
    const second = await storyText();
    await chooseStep(page, []);
    await page.keyboard.press('Backspace'); // rewind by key
    await expect.poll(storyText).toBe(second);
    await menu('rewind'); // and from the menu
    await expect.poll(storyText).toBe(saved);

    await chooseStep(page, ['withdraw']);
    await menu('load');
    expect(await page.locator('dialog[open] [data-action="load-1"]').textContent()).toMatch(
      /^Slot 1Phase 1 · the party · saved /,
    );
    await pressInDialog('load-1');
    await page.locator('dialog[open]', { hasText: 'Loading replaces the game you are playing now' }).waitFor();
    await pressInDialog('load');
    await expect.poll(storyText).toBe(saved);

    // Saving over a slot asks first.
    await chooseStep(page, []);
    await menu('save');
    // The same message twice shows once: the first notice goes, a new one takes its place.
    const firstNotice = await page.locator('.notice', { hasText: 'Saved in slot 1.' }).elementHandle();
    await pressInDialog('slot-1');
    await page.locator('dialog[open]', { hasText: 'Slot 1 already holds a game' }).waitFor();
    await pressInDialog('overwrite');
    if (firstNotice) await firstNotice.waitForElementState('hidden');
    await page.locator('.notice', { hasText: 'Saved in slot 1.' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('exports a save file and imports it again; a file that is not a save is refused clearly', async () => {
    const downloading = page.waitForEvent('download');
    await menu('export');
    const download = await downloading;
    const file = join(ARTIFACTS, 'exported-save.json');
    await download.saveAs(file);
    const exported = await storyText();

    await chooseStep(page, []);
    expect(await storyText()).not.toBe(exported);
    const choosing = page.waitForEvent('filechooser');
    await menu('import');
    await (await choosing).setFiles(file);
    await page.locator('.notice', { hasText: 'Game loaded.' }).waitFor();
    expect(await storyText()).toBe(exported);

    const junk = join(ARTIFACTS, 'not-a-save.json');
    writeFileSync(junk, 'this is a shopping list');
    const choosingJunk = page.waitForEvent('filechooser');
    await menu('import');
    await (await choosingJunk).setFiles(junk);
    await page.locator('[role="alert"]', { hasText: 'damaged or not a De dans file' }).waitFor();
    expect(await storyText()).toBe(exported);
    expect(errors).toEqual([]);
  });
});

describe('the veil', () => {
  it('is chosen by keyboard on the new-game screen, remembered after a reload, and shown in Settings', async () => {
    await page.goto(`${url}?lang=en&stage=off`);
    const veil = page.locator('.title-form input[name="veil"]');
    expect(await veil.isChecked()).toBe(false);
    expect(await page.locator('.title-form label[for]', { hasText: 'Tell the infidelity off-screen' }).count()).toBe(1);
    await veil.focus();
    await page.keyboard.press('Space');
    expect(await veil.isChecked()).toBe(true);

    await page.reload();
    await veil.waitFor();
    expect(await veil.isChecked()).toBe(true);
    await pressInTitle('settings');
    const inSettings = page.locator('dialog[open] input[name="veil"]');
    expect(await inSettings.isChecked()).toBe(true);
    await inSettings.focus();
    await page.keyboard.press('Space'); // and off again there
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    await expect.poll(() => veil.isChecked()).toBe(false); // the title shows the change once Settings close
    expect(errors).toEqual([]);
  });
});
