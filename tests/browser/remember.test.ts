// A game that remembers (issue 19), in real Chromium with the text shown at once: a dance
// played to its ending by keyboard is remembered, and the next game (Begin again, or the
// other side from the title screen) opens with a line that notices it; the title screen
// lists the endings found under each side; and once both sides have a finished dance (the
// second one seeded in the stored preferences rather than played) it opens the two dances
// side by side — by keyboard on a laptop, by touch on a phone, in both languages, axe clean.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { en } from '../../src/ui/strings/en';
import { endingWords } from '../../src/ui/strings/ending';
import { nl } from '../../src/ui/strings/nl';
import { INSTANT_TEXT, launchChromium, newContext, watchErrors } from '../helpers/browser';
import { moment, step } from './support/play';

const endingStrings = await endingWords.loadAll();

const url = inject('builtUrl');
const MAX_CHOICES = 150;
const LAPTOP: BrowserContextOptions = { viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' };
const PHONE: BrowserContextOptions = { viewport: { width: 412, height: 915 }, hasTouch: true, isMobile: true };

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The story's paragraphs on screen. */
const lines = (page: Page) => page.locator('.story-lines p.line').allTextContents();
const screen = (page: Page) => page.evaluate(() => document.documentElement.dataset.screen);

/** Serious and critical violations, one line each. */
async function audit(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}) at ${n.target.join(' ')}`));
}

/**
 * New game from the title screen, on `side`, by keyboard (over the game left on the way,
 * when `replacing`: the page asks first); resolves with the opening's lines.
 */
async function startOn(page: Page, side: 'pursuer' | 'withdrawer', replacing = false): Promise<string[]> {
  await page.locator(`input[name="side"][value="${side}"]`).check();
  await page.locator('input[name="partner-name"]').focus();
  await page.keyboard.press('Enter');
  if (replacing) await page.locator('dialog[open] [data-action="replace"]').click();
  await page.locator('.story-choices[data-ready]').waitFor({ state: 'attached' });
  return lines(page);
}

/** Leave the game for the title screen through the menu (Esc), and wait for its list of endings. */
async function toTitle(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.locator('dialog[open] [data-action="title"]').click();
  await page.locator('.endings-found').waitFor(); // the list loads after the title is drawn
}

/** Take the first open choice of `kinds` until an ending, then wait for the end card. */
async function playToEnding(page: Page, kinds: readonly string[]): Promise<string> {
  let now = await moment(page, kinds);
  for (let i = 0; !now.ending; i++) {
    if (i > MAX_CHOICES) throw new Error(`no ending after ${MAX_CHOICES} choices`);
    now = await step(page, now, kinds);
  }
  await page.locator('.ending h2').waitFor();
  return now.ending;
}

/** The opening of a side as a game that remembers nothing tells it. */
async function freshOpening(side: 'pursuer' | 'withdrawer', lang: 'en' | 'nl'): Promise<string[]> {
  const context = await newContext(browser, LAPTOP, INSTANT_TEXT);
  const page = await context.newPage();
  await page.goto(`${url}?lang=${lang}&stage=off`);
  const opening = await startOn(page, side);
  await context.close();
  return opening;
}

/** What the device remembers, as stored with the preferences. */
const stored = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('de-dans:preferences') ?? '{}').memory);

/** Seed a finished withdrawer's dance into the stored preferences, as if it had been played. */
async function seedWithdrawer(page: Page): Promise<void> {
  await page.evaluate(() => {
    const prefs = JSON.parse(localStorage.getItem('de-dans:preferences') ?? '{}');
    const memory = prefs.memory ?? {
      dances: 0,
      lastEnding: null,
      pursuer: { endings: [], dance: null },
      withdrawer: { endings: [], dance: null },
    };
    memory.dances += 1;
    memory.lastEnding = 'closed-heart';
    memory.withdrawer = {
      endings: ['closed-heart'],
      dance: {
        ending: 'closed-heart',
        lang: 'en',
        choices: 41,
        meters: { pursue: 1, withdraw: 9, partnerDistance: 8, disappointments: 3, rounds: 2, held: 0, grounded: 2 },
        turns: [{ phase: 3, kind: 'gave-way', choice: 'Say you need the weekend, then switch off your phone' }],
      },
    };
    localStorage.setItem('de-dans:preferences', JSON.stringify({ ...prefs, memory }));
  });
}

/** The opening lines `after` has and `before` has not. */
const added = (before: readonly string[], after: readonly string[]) => after.filter((l) => !before.includes(l));

describe('a game that remembers', () => {
  it('plays to an ending, and the next games open knowing it; the endings found and the two dances side by side', async () => {
    const [pursuerFresh, withdrawerFresh] = [
      await freshOpening('pursuer', 'en'),
      await freshOpening('withdrawer', 'en'),
    ];
    const context = await newContext(browser, LAPTOP, INSTANT_TEXT);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${url}?lang=en&stage=off`);
    expect(await startOn(page, 'pursuer')).toEqual(pursuerFresh);
    const ending = await playToEnding(page, ['pursue']);
    expect(ending).toBe('cycle');
    await expect.poll(() => stored(page).then((m) => m?.pursuer?.endings)).toEqual(['cycle']);
    const remembered = await stored(page);
    expect(remembered.dances).toBe(1);
    expect(remembered.pursuer.dance.meters.pursue).toBeGreaterThan(0);

    // Begin again: the same opening, with one line more — it has happened before.
    await page.locator('[data-action="play-again"]').click();
    // The new game opens once the device's memory is read: until then the last game's end
    // card and lines are still on screen, so wait for them to go before reading the opening.
    await page.locator('.ending h2').waitFor({ state: 'detached' });
    await page.locator('.story-choices[data-ready]').waitFor({ state: 'attached' });
    const again = await lines(page);
    expect(added(pursuerFresh, again)).toHaveLength(1);
    expect(added(again, pursuerFresh)).toEqual([]);

    // The other side from the title screen knows it too.
    await toTitle(page);
    const withdrawerNow = await startOn(page, 'withdrawer', true);
    expect(added(withdrawerFresh, withdrawerNow)).toHaveLength(1);
    expect(added(withdrawerNow, withdrawerFresh)).toEqual([]);

    // The endings found: each side under its name; no reflection yet (one side danced).
    await toTitle(page);
    const pursuer = page.locator('.endings-side[data-side="pursuer"]');
    const withdrawer = page.locator('.endings-side[data-side="withdrawer"]');
    expect(await pursuer.locator('h3').textContent()).toBe(en.sidePursuer);
    expect(await withdrawer.locator('h3').textContent()).toBe(en.sideWithdrawer);
    expect(await pursuer.locator('.ending-found').allTextContents()).toEqual([en.endingNames.cycle]);
    expect(await withdrawer.locator('.ending-found').count()).toBe(0);
    expect(await page.locator('[data-action="reflection"]').count()).toBe(0);

    // The other side seeded as played: both lists, and the way to the two dances.
    await seedWithdrawer(page);
    await page.reload();
    await page.locator('[data-action="reflection"]').waitFor();
    expect(await withdrawer.locator('.ending-found').allTextContents()).toEqual([en.endingNames['closed-heart']]);
    expect(await pursuer.locator('.ending-found').allTextContents()).toEqual([en.endingNames.cycle]);
    expect(await page.locator('.endings-found h2').textContent()).toContain('2 of 8');
    expect(await audit(page)).toEqual([]);

    // Opened by keyboard; the heading takes the focus; Esc goes back.
    await page.locator('[data-action="reflection"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('.reflection').waitFor();
    await expect.poll(() => screen(page)).toBe('reflection');
    const words = endingStrings.en.reflection;
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.locator('.reflection h1').textContent()).toBe(words.title);
    const sides = page.locator('.reflection-side');
    expect(await sides.evaluateAll((all) => all.map((s) => s.getAttribute('data-side')))).toEqual([
      'pursuer',
      'withdrawer',
    ]);
    expect(await sides.nth(0).locator('.reflection-ending strong').textContent()).toBe(en.endingNames.cycle);
    expect(await sides.nth(1).locator('.reflection-ending strong').textContent()).toBe(en.endingNames['closed-heart']);
    expect(await sides.nth(1).locator('.reflection-turns li').textContent()).toBe(
      'Phase 3, a boundary gave way: “Say you need the weekend, then switch off your phone”',
    );
    expect(await page.locator('.reflection-pattern p').allTextContents()).toEqual([...words.pattern(null)]);
    expect(await audit(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.locator('.title-screen').waitFor();
    await expect.poll(() => screen(page)).toBe('title');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens the two dances by touch on a phone, in Dutch, axe clean', async () => {
    const context = await newContext(browser, PHONE, INSTANT_TEXT);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${url}?lang=nl&stage=off`);
    await page.locator('input[name="partner-name"]').waitFor();
    // A pursuer's dance and a withdrawer's, both as if played (the first in Dutch).
    await page.evaluate(() => {
      const prefs = JSON.parse(localStorage.getItem('de-dans:preferences') ?? '{}');
      const memory = {
        dances: 1,
        lastEnding: 'step-out',
        pursuer: {
          endings: ['step-out'],
          dance: {
            ending: 'step-out',
            lang: 'nl',
            choices: 39,
            meters: { pursue: 4, withdraw: 2, partnerDistance: 3, disappointments: 1, rounds: 1, held: 2, grounded: 9 },
            turns: [{ phase: 2, kind: 'held', choice: 'Zeg dat je vanavond thuisblijft' }],
          },
        },
        withdrawer: { endings: [], dance: null },
      };
      localStorage.setItem('de-dans:preferences', JSON.stringify({ ...prefs, lang: 'nl', memory }));
    });
    await seedWithdrawer(page);
    await page.reload();
    const open = page.locator('[data-action="reflection"]');
    await open.waitFor();
    expect(await open.textContent()).toBe(endingStrings.nl.reflection.open);
    expect(await page.locator('.endings-side[data-side="pursuer"] .ending-found').allTextContents()).toEqual([
      nl.endingNames['step-out'],
    ]);
    expect(await page.locator('.endings-side[data-side="withdrawer"] h3').textContent()).toBe(nl.sideWithdrawer);
    await open.tap();
    await page.locator('.reflection').waitFor();
    await expect.poll(() => screen(page)).toBe('reflection');
    expect(await page.locator('.reflection h1').textContent()).toBe(endingStrings.nl.reflection.title);
    const turns = page.locator('.reflection-turns li');
    expect(await turns.nth(0).textContent()).toBe('Fase 2, een grens hield stand: ‘Zeg dat je vanavond thuisblijft’');
    // The withdrawer's dance was played in English: its words are marked as English.
    expect(await turns.nth(1).locator('.turn-choice').getAttribute('lang')).toBe('en');
    expect(await audit(page)).toEqual([]);
    // Nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(412);
    await page.locator('.reflection [data-action="to-title"]').tap();
    await page.locator('.title-screen').waitFor();
    await expect.poll(() => screen(page)).toBe('title');
    expect(errors).toEqual([]);
    await context.close();
  });
});
