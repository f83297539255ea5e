// The other side (issue 19): the withdrawer's route, chosen on the title screen and played in
// real Chromium — by keyboard on a laptop and by taps on a phone (a touch context: hasTouch,
// isMobile, taps, never the mouse), to an ending in each language; then saves, rewind and a
// language switch on the way. What the page shows is held against the route walked in Node
// with the shipped engine over the build's own story chunks (support/route.ts): the same
// keys on the withdrawer's story give the same lines, the pursuer's story other ones. So a
// side choice that were ignored fails here, whatever the story's words become.
// The text is shown at once (the Instant text speed) and the stage is off: these runs are
// about where the story goes (the reveal and the stage have their own tests).
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Lang } from '../../src/engine';
import { DEFAULT_PARTNER_NAME } from '../../src/persistence/preferences';
import { en } from '../../src/ui/strings/en';
import { nl } from '../../src/ui/strings/nl';
import { INSTANT_TEXT, launchChromium, newContext, watchErrors } from '../helpers/browser';
import { docState, type Moment, moment, movedOn } from './support/play';
import { type Route, routeBeat, shownLines, strategyEnding } from './support/route';

const url = inject('builtUrl');
const builtDir = inject('builtDir');
const STRINGS = { nl, en } as const;
/** The most choices a run may take (the withdrawer's route has about 35). */
const MAX_CHOICES = 80;
const LAPTOP: BrowserContextOptions = { viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' };
const PHONE: BrowserContextOptions = {
  viewport: { width: 412, height: 915 },
  hasTouch: true,
  isMobile: true,
  serviceWorkers: 'block',
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

// ── On the title screen ─────────────────────────────────────────────────────

const sideRadio = (page: Page, side: string) => page.locator(`.title-form input[name="side"][value="${side}"]`);
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return { name: el?.name ?? null, value: el?.value ?? null };
  });

/**
 * Choose the withdrawer's side by keyboard and start: from the language list Tab to the
 * sides (the chosen one takes the focus), the arrow to the other, Tab to the partner's
 * name, type it, Enter.
 */
async function startWithdrawerByKeyboard(page: Page, name: string): Promise<void> {
  await page.locator('.title-form select[name="lang"]').focus();
  await page.keyboard.press('Tab');
  expect(await focused(page)).toEqual({ name: 'side', value: 'pursuer' }); // the first route is the default
  await page.keyboard.press('ArrowDown');
  expect(await focused(page)).toEqual({ name: 'side', value: 'withdrawer' });
  expect(await sideRadio(page, 'withdrawer').isChecked()).toBe(true);
  await page.keyboard.press('Tab');
  expect((await focused(page)).name).toBe('partner-name');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await page.locator('.story-lines p.line').first().waitFor();
}

/** Choose the withdrawer's side with a tap on its label, and start with a tap on New game. */
async function startWithdrawerByTouch(page: Page, lang: Lang): Promise<void> {
  await page.locator('.title-form label.radio', { hasText: STRINGS[lang].sideWithdrawer }).tap();
  expect(await sideRadio(page, 'withdrawer').isChecked()).toBe(true);
  await page.locator('[data-action="new-game"]').tap();
  await page.locator('.story-lines p.line').first().waitFor();
}

/**
 * The page opens the withdrawer's story: its first lines are that route's opening, which is
 * not the pursuer's. Bas, the withdrawer's oldest friend (story/withdrawer/README.md), lives
 * only on this route: a player sees whose party this is.
 */
async function expectWithdrawersOpening(page: Page, route: Route): Promise<void> {
  const shown = await shownLines(page);
  expect(shown).toEqual((await routeBeat(builtDir, route, [])).lines);
  expect(shown).not.toEqual((await routeBeat(builtDir, { ...route, side: 'pursuer' }, [])).lines);
  expect(shown.join(' ')).toMatch(/\bBas\b/);
}

// ── Playing ─────────────────────────────────────────────────────────────────

type Take = (page: Page, now: Moment) => Promise<void>;
/** A number key, as on a keyboard. */
const byKey: Take = (page, now) => page.keyboard.press(String(now.key));
/** A finger on the choice's button. */
const byTap: Take = (page, now) =>
  page
    .locator('.story-choices button')
    .nth(now.key - 1)
    .tap();

/**
 * Take the strategy's choice (the first open one of the first of `kinds` on offer) `count`
 * times, or until an ending; the keys taken are added to `keys`. Returns the moment reached.
 */
async function play(
  page: Page,
  take: Take,
  kinds: readonly string[],
  keys: number[],
  count = Infinity,
): Promise<Moment> {
  let now = await moment(page, kinds);
  for (let i = 0; i < count && !now.ending; i++) {
    if (i >= MAX_CHOICES) throw new Error(`no ending after ${MAX_CHOICES} choices`);
    if (now.key === 0) throw new Error('no choice can be taken');
    keys.push(now.key);
    await take(page, now);
    now = await movedOn(page, now, kinds);
  }
  return now;
}

/** Choices taken, side and language, from the autosave (written once the new text is painted). */
function autosaved(page: Page): Promise<{ taken: number; side?: string; lang?: string } | null> {
  return page.evaluate(() => {
    const save = JSON.parse(localStorage.getItem('de-dans:autosave') ?? 'null') as {
      side?: string;
      lang?: string;
      state: { trail: unknown[] };
    } | null;
    return save && { taken: save.state.trail.length, side: save.side, lang: save.lang };
  });
}

// ── To an ending ────────────────────────────────────────────────────────────

describe('the withdrawer’s route, to an ending', () => {
  // The scripted players of the story tests: each strategy's ending on this route
  // (story/withdrawer/README.md): always pursue ends in the cycle or, with Lou, the role
  // switch; always withdraw in the closed heart; grounded steps step out.
  it.for([
    { input: 'keyboard', lang: 'nl', kinds: ['withdraw'], endings: ['closed-heart'] },
    { input: 'keyboard', lang: 'en', kinds: ['pursue'], endings: ['cycle', 'role-switch'] },
    { input: 'touch', lang: 'nl', kinds: ['ground'], endings: ['step-out'] },
    { input: 'touch', lang: 'en', kinds: ['withdraw'], endings: ['closed-heart'] },
  ] as const)('by $input in $lang, always $kinds', async ({ input, lang, kinds, endings }) => {
    const touch = input === 'touch';
    const context = await newContext(browser, touch ? PHONE : LAPTOP, INSTANT_TEXT);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${url}?lang=${lang}&stage=off`);
    const partnerName = touch ? DEFAULT_PARTNER_NAME : 'Robin';
    if (touch) await startWithdrawerByTouch(page, lang);
    else await startWithdrawerByKeyboard(page, partnerName);
    const route: Route = { side: 'withdrawer', lang, partnerName };
    await expectWithdrawersOpening(page, route);

    const keys: number[] = [];
    const end = await play(page, touch ? byTap : byKey, kinds, keys);

    // This route's ending, in its own words: the withdrawer's story gives these lines for
    // these keys; the pursuer's strategy player ends elsewhere, in other words.
    const expected = await routeBeat(builtDir, route, keys);
    expect(end.ending).toBe(expected.ending);
    expect(endings).toContain(end.ending);
    expect((await docState(page)).ending).toBe(end.ending);
    const shown = await shownLines(page);
    expect(shown).toEqual(expected.lines);
    const pursuers = await strategyEnding(builtDir, { ...route, side: 'pursuer' }, kinds);
    expect(shown.filter((line) => pursuers.lines.includes(line))).toEqual([]);
    // The ending card, named in the player's language.
    const title = page.locator('.ending h2');
    await title.waitFor();
    expect(await title.textContent()).toContain(STRINGS[lang].endingNames[expected.ending ?? 'cycle']);
    expect(await page.locator('.ending [data-help]').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});

// ── On the way ──────────────────────────────────────────────────────────────

describe('on the withdrawer’s route', () => {
  it('a reload and Continue bring back the same place on the same side, and it goes on', async () => {
    const context = await newContext(browser, LAPTOP, INSTANT_TEXT);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${url}?lang=en&stage=off`);
    await startWithdrawerByKeyboard(page, 'Robin');
    const route: Route = { side: 'withdrawer', lang: 'en', partnerName: 'Robin' };
    await expectWithdrawersOpening(page, route);
    const keys: number[] = [];
    await play(page, byKey, [], keys, 5);
    await expect.poll(() => autosaved(page)).toEqual({ taken: 5, side: 'withdrawer', lang: 'en' });
    const before = { lines: await shownLines(page), state: await docState(page) };
    expect(before.lines).toEqual((await routeBeat(builtDir, route, keys)).lines);

    await page.reload();
    // The title remembers the side; the player turns it back to the pursuer's for a next
    // game. Continue still resumes the saved one, on its own side.
    await sideRadio(page, 'withdrawer').waitFor();
    expect(await sideRadio(page, 'withdrawer').isChecked()).toBe(true);
    await sideRadio(page, 'withdrawer').focus();
    await page.keyboard.press('ArrowUp');
    expect(await sideRadio(page, 'pursuer').isChecked()).toBe(true);
    await page.locator('[data-action="continue"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('.story-lines p.line').first().waitFor();
    expect(await shownLines(page)).toEqual(before.lines);
    expect(await docState(page)).toEqual(before.state);

    await play(page, byKey, [], keys, 1);
    expect(await shownLines(page)).toEqual((await routeBeat(builtDir, route, keys)).lines);
    await expect.poll(() => autosaved(page)).toEqual({ taken: 6, side: 'withdrawer', lang: 'en' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Backspace rewinds one choice, and choosing again goes on from there', async () => {
    const context = await newContext(browser, LAPTOP, INSTANT_TEXT);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${url}?lang=nl&stage=off`);
    await startWithdrawerByKeyboard(page, 'Robin');
    const route: Route = { side: 'withdrawer', lang: 'nl', partnerName: 'Robin' };
    await expectWithdrawersOpening(page, route);
    const keys: number[] = [];
    const now = await play(page, byKey, [], keys, 3);
    const taken = keys.slice(0, 2);
    const back = await routeBeat(builtDir, route, taken);
    expect(await shownLines(page)).not.toEqual(back.lines);

    await page.keyboard.press('Backspace');
    const rewound = await movedOn(page, now, []);
    expect(await shownLines(page)).toEqual(back.lines);
    await expect.poll(() => autosaved(page)).toMatchObject({ taken: 2, side: 'withdrawer' });

    // Another open choice this time (the first open one again when there is no other).
    const other = await page.evaluate((last) => {
      const open = [...document.querySelectorAll('.story-choices button')]
        .map((button, index) => ({ key: index + 1, open: button.getAttribute('aria-disabled') !== 'true' }))
        .filter((c) => c.open);
      return (open.find((c) => c.key !== last) ?? open[0])?.key ?? 0;
    }, keys[2]);
    expect(other).toBeGreaterThan(0);
    await byKey(page, { ...rewound, key: other });
    await movedOn(page, rewound, []);
    expect(await shownLines(page)).toEqual((await routeBeat(builtDir, route, [...taken, other])).lines);
    await expect.poll(() => autosaved(page)).toMatchObject({ taken: 3, side: 'withdrawer' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a language switch in Settings keeps the side and the place', async () => {
    const context = await newContext(browser, LAPTOP, INSTANT_TEXT);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${url}?lang=nl&stage=off`);
    await startWithdrawerByKeyboard(page, 'Robin');
    await expectWithdrawersOpening(page, { side: 'withdrawer', lang: 'nl', partnerName: 'Robin' });
    const keys: number[] = [];
    const now = await play(page, byKey, [], keys, 4);
    const dutch = await docState(page);

    await page.keyboard.press('Escape');
    const settings = page.locator('dialog[open] [data-action="settings"]');
    await settings.focus();
    await page.keyboard.press('Enter');
    await page.locator('dialog[open] select[name="lang"]').selectOption('en');
    // The story is read on in English, and Settings opens again in it.
    await movedOn(page, now, []);
    await page.locator('html[lang="en"] dialog[open] select[name="lang"]').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor({ state: 'detached' });

    const route: Route = { side: 'withdrawer', lang: 'en', partnerName: 'Robin' };
    expect(await shownLines(page)).toEqual((await routeBeat(builtDir, route, keys)).lines);
    const english = await docState(page);
    expect({ scene: english.scene, phase: english.phase }).toEqual({ scene: dutch.scene, phase: dutch.phase });
    await expect.poll(() => autosaved(page)).toEqual({ taken: 4, side: 'withdrawer', lang: 'en' });

    await play(page, byKey, [], keys, 1);
    expect(await shownLines(page)).toEqual((await routeBeat(builtDir, route, keys)).lines);
    expect(errors).toEqual([]);
    await context.close();
  });
});
