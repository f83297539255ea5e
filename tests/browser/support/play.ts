// Playing the built game by keyboard: pick a choice the way a scripted player would (the
// first open option of a preferred kind of step) and press its number key, like a player.
import type { Page } from 'playwright-core';
import { STATE_TIMEOUT_MS } from '../../helpers/browser';

/**
 * The game's state as the shell mirrors it on `<html>`: the screen, where the story is, and
 * the stage. Only these: other flags there belong to the page, not to the game (the service
 * worker's `data-offline` comes whenever the precache is full, before or after a reload).
 */
export function docState(
  page: Page,
): Promise<{ screen?: string; scene?: string; phase?: string; ending?: string; stage?: string }> {
  return page.evaluate(() => {
    const { screen, scene, phase, ending, stage } = document.documentElement.dataset;
    return { screen, scene, phase, ending, stage };
  });
}

/** Where the story is, and which number key the strategy would press next (0 when none). */
export interface Moment {
  readonly scene?: string;
  readonly ending?: string;
  readonly key: number;
  readonly text: string;
}

/**
 * In the page: wait (if `before` is given) until the story text differs from it, then
 * report the moment and the key of the first open choice whose step is the first of
 * `kinds` on offer, else of the first open choice at all.
 */
function momentInPage({
  kinds,
  before,
  timeoutMs,
}: {
  kinds: readonly string[];
  before: string | null;
  timeoutMs: number;
}): Promise<Moment> {
  const text = () => document.querySelector('.story-lines')?.textContent ?? '';
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const look = () => {
      // A choice can be taken only once shown: wait for the page to say its choices are ready.
      const waiting = !document.querySelector('.story-choices[data-ready]');
      if ((before !== null && text() === before) || waiting) {
        if (performance.now() - started > timeoutMs) reject(new Error('the story did not move on after the key'));
        else requestAnimationFrame(look);
        return;
      }
      const open = [...document.querySelectorAll<HTMLButtonElement>('.story-choices button')]
        .map((button, index) => ({ button, index }))
        .filter(({ button }) => button.getAttribute('aria-disabled') !== 'true');
      const chosen = kinds.map((kind) => open.find((o) => o.button.dataset.step === kind)).find(Boolean) ?? open[0];
      const { scene, ending } = document.documentElement.dataset;
      resolve({ scene, ending, key: chosen ? chosen.index + 1 : 0, text: text() });
    };
    look();
  });
}

/** The moment now (see momentInPage). */
export function moment(page: Page, kinds: readonly string[]): Promise<Moment> {
  return page.evaluate(momentInPage, { kinds, before: null, timeoutMs: STATE_TIMEOUT_MS });
}

/**
 * Press the key `now` points at, as a player does, and return the next moment once the
 * story has moved on (two round trips a choice: the key, and the look).
 */
export async function step(page: Page, now: Moment, kinds: readonly string[]): Promise<Moment> {
  if (now.key === 0) throw new Error('no choice can be taken');
  if (now.key > 9) throw new Error(`choice ${now.key} has no number key`);
  await page.keyboard.press(String(now.key));
  return movedOn(page, now, kinds);
}

/** The next moment, once the story text differs from `now`'s (after a key, a tap, a rewind…). */
export function movedOn(page: Page, now: Moment, kinds: readonly string[]): Promise<Moment> {
  return page.evaluate(momentInPage, { kinds, before: now.text, timeoutMs: STATE_TIMEOUT_MS });
}

/** Press the number key of the choice the strategy picks, and wait for the story to move on. */
export async function chooseStep(page: Page, kinds: readonly string[]): Promise<Moment> {
  await page.locator('.story-choices button').first().waitFor();
  return step(page, await moment(page, kinds), kinds);
}

/** Show the whole beat at once, as a player does with Space (never while a button has focus: Space would press it). */
export async function finishReveal(page: Page): Promise<void> {
  const onButton = await page.evaluate(() => document.activeElement?.tagName === 'BUTTON');
  if (!onButton) await page.keyboard.press('Space');
  await page.waitForFunction(() => !document.querySelector('.story.revealing'));
}

/** Start a new game from the title screen by keyboard (the name field, then Enter). */
export async function startByKeyboard(page: Page, name = 'Robin'): Promise<void> {
  await page.locator('input[name="partner-name"]').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await page.locator('.story-lines p').first().waitFor();
}

/**
 * The title screen drawn: its form in place and its art (a CSS background) decoded, then
 * painted. The art is put in only once the first screen's downloads are in (`data-art`), which
 * on a busy machine can come well after the form.
 */
export async function titleDrawn(page: Page): Promise<void> {
  await page.locator('.title-screen input[name="partner-name"]').waitFor();
  await page.locator('.title-screen[data-art]').waitFor();
  await page.evaluate(async () => {
    const art = getComputedStyle(document.querySelector('.title-screen')!, '::before').backgroundImage;
    const src = /url\("?(.*?)"?\)/.exec(art)?.[1];
    if (!src) throw new Error(`the title screen has no art (background-image: ${art})`);
    const image = new Image();
    image.src = src;
    await image.decode();
  });
  await nextFrames(page);
}

/**
 * The page at rest after a change, for a screenshot: the shell tells the stage after the frame
 * that shows the text (afterNextPaint), the stage paints a room it has not kept when the page
 * is next idle (at most 400 ms later), and the frames after that show it. So: a frame and the
 * task after it, an idle callback (idle callbacks run in order, and one with an earlier
 * deadline never runs later), then two frames.
 */
export function settled(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() =>
          setTimeout(() =>
            requestIdleCallback(() => requestAnimationFrame(() => requestAnimationFrame(() => resolve())), {
              timeout: 2000,
            }),
          ),
        );
      }),
  );
}

/** Two animation frames: whatever was drawn before has been painted. */
export function nextFrames(page: Page): Promise<void> {
  return page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}
