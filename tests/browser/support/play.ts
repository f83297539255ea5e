// Playing the built game by keyboard: pick a choice the way a scripted player would (the
// first open option of a preferred kind of step) and press its number key, like a player.
import type { Page } from 'playwright-core';

/** The `<html>` data attributes the shell mirrors its state in. */
export function docState(page: Page): Promise<{ screen?: string; scene?: string; phase?: string; ending?: string; stage?: string }> {
  return page.evaluate(() => ({ ...document.documentElement.dataset }));
}

/**
 * Press the number key of the first open choice whose step is the first of `kinds` on
 * offer (else the first open choice at all), and wait for the story to move on. Returns
 * the state after the step (one round trip to pick, one to press, one to wait).
 */
export async function chooseStep(page: Page, kinds: readonly string[]): Promise<{ scene?: string; ending?: string }> {
  const pick = await page.evaluate((kinds) => {
    const open = [...document.querySelectorAll<HTMLButtonElement>('.story-choices button')]
      .map((button, index) => ({ button, index }))
      .filter(({ button }) => button.getAttribute('aria-disabled') !== 'true');
    const chosen = kinds.map((kind) => open.find((o) => o.button.dataset.step === kind)).find(Boolean) ?? open[0];
    return chosen ? { key: chosen.index + 1, before: document.querySelector('.story-lines')?.textContent ?? '' } : null;
  }, kinds);
  if (!pick) throw new Error('no choice can be taken');
  if (pick.key > 9) throw new Error(`choice ${pick.key} has no number key`);
  await page.keyboard.press(String(pick.key));
  const moved = await page.waitForFunction((before) => {
    if ((document.querySelector('.story-lines')?.textContent ?? '') === before) return false;
    const { scene, ending } = document.documentElement.dataset;
    return { scene, ending };
  }, pick.before);
  return (await moved.jsonValue()) as { scene?: string; ending?: string };
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

/** Two animation frames: whatever the stage was told has been drawn. */
export function nextFrames(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}
