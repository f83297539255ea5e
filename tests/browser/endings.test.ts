// Every ending, played by keyboard in real Chromium with the text shown at once (the
// Instant text speed: these runs are about where the story goes; the reveal is the touch
// tests' subject): one run with the dance floor on,
// taking a screenshot of the title, every place the story goes and the ending (saved to
// test-artifacts/screens/), and three runs as text only (`?stage=off`), which is faster.
// The strategies are the story tests' (tests/story/story.test.ts): always pursuing ends
// in the cycle, always withdrawing in the closed heart, grounded steps step out of the
// dance, and taking the first open option each time (mostly the grounded one, as the story
// is written) steps out too, on another path. The role switch is reached by the story tests
// (tests/story/), which explore every ending. The stage run
// also checks that the dance floor draws with WebGL and that, after a reload, Continue
// brings back the same beat.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { INSTANT_TEXT, launchChromium, newContext, watchErrors } from '../helpers/browser';
import { docState, finishReveal, moment, nextFrames, settled, startByKeyboard, step, titleDrawn } from './support/play';

const url = inject('builtUrl');
const SCREENS = join(import.meta.dirname, '..', '..', 'test-artifacts', 'screens');
/** Every place in the story (common/vocabulary.js): each must be seen in the stage run. */
const PLACES = ['party', 'home', 'bar', 'bedroom', 'cafe', 'door', 'festival', 'desk', 'party-later'];
const MAX_CHOICES = 200;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SCREENS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Reduced motion: the stage draws each place at once (no cross-fade), so a screenshot shows
 * it. `settings`: the player's, e.g. instant text for the runs about where the story goes
 * (the reveal itself is the touch tests' subject).
 */
function openContext(settings?: Record<string, unknown>): Promise<BrowserContext> {
  return newContext(browser, { viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' }, settings);
}

// One run after the other: side by side they only compete for the same two cores.
describe('every ending, by keyboard', () => {
  it('first open option every time: stepping out — with the stage, a screenshot of every place, and a reload on the way', async () => {
    const context = await openContext(INSTANT_TEXT);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${url}?lang=en`);
    await titleDrawn(page);
    await page.screenshot({ path: join(SCREENS, 'title.png') });
    await startByKeyboard(page, 'Robin');
    expect(await page.evaluate(() => document.documentElement.dataset.screen)).toBe('game');
    expect(await page.textContent('.story-lines')).toContain('Robin');
    // The stage arrives after the text, on WebGL.
    await page.waitForFunction(() => document.documentElement.dataset.stage !== undefined);
    expect((await docState(page)).stage).toBe('webgl');
    expect(await page.locator('.stage canvas').count()).toBe(1);

    const seen: string[] = [];
    let now = await moment(page, []);
    for (let i = 0; ; i++) {
      if (i === 3) {
        // A reload on the way: Continue brings back the very same beat, meters and stage (the
        // game's state; the service worker's flag comes whenever its precache is full).
        const before = {
          text: await page.textContent('.story'),
          meters: await page.textContent('.meters'),
          state: await docState(page),
        };
        await page.reload();
        const continueButton = page.locator('[data-action="continue"]');
        await continueButton.focus();
        await page.keyboard.press('Enter');
        await page.locator('.story-lines p').first().waitFor();
        expect(await page.textContent('.story')).toBe(before.text);
        expect(await page.textContent('.meters')).toBe(before.meters);
        await page.waitForFunction(() => document.documentElement.dataset.stage !== undefined);
        expect(await docState(page)).toEqual(before.state);
        now = await moment(page, []);
      }
      if (now.scene && !seen.includes(now.scene)) {
        seen.push(now.scene);
        await finishReveal(page);
        await settled(page);
        await page.screenshot({
          path: join(SCREENS, `place-${String(seen.length).padStart(2, '0')}-${now.scene}.png`),
        });
      }
      if (now.ending) break;
      if (i > MAX_CHOICES) throw new Error(`no ending after ${MAX_CHOICES} choices`);
      now = await step(page, now, []);
    }
    expect((await docState(page)).ending).toBe('step-out');
    await page.locator('.ending h2').waitFor();
    await finishReveal(page);
    await page.locator('.ending').scrollIntoViewIfNeeded();
    await settled(page);
    await page.screenshot({ path: join(SCREENS, 'ending-step-out-stage.png') });
    expect([...seen].sort()).toEqual([...PLACES].sort());
    expect(await page.locator('[data-help]').count()).toBe(1); // help once, on the end card
    expect(await page.locator('.ending [data-help]').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.for([
    { kinds: ['pursue'], ending: 'cycle', lang: 'en' },
    { kinds: ['withdraw'], ending: 'closed-heart', lang: 'nl' },
    { kinds: ['ground'], ending: 'step-out', lang: 'en' },
  ])('always $kinds: $ending (text only, $lang)', async ({ kinds, ending, lang }) => {
    const context = await openContext(INSTANT_TEXT);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${url}?lang=${lang}&stage=off`);
    await startByKeyboard(page);
    for (let i = 0, now = await moment(page, kinds); !now.ending; i++) {
      if (i > MAX_CHOICES) throw new Error(`no ending after ${MAX_CHOICES} choices`);
      now = await step(page, now, kinds);
    }
    expect((await docState(page)).ending).toBe(ending);
    await page.locator('.ending h2').waitFor();
    await finishReveal(page);
    await page.locator('.ending').scrollIntoViewIfNeeded();
    await nextFrames(page);
    await page.screenshot({ path: join(SCREENS, `ending-${ending}-text-only.png`) });
    // Help once, on the end card, with the player's own language's places to call.
    expect(await page.locator('[data-help]').count()).toBe(1);
    const call = lang === 'nl' ? 'tel:08000113' : 'tel:116123';
    expect(await page.locator(`.ending [data-help] a[href="${call}"]`).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
