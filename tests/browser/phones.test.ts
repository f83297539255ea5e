// Phones in the room, in real Chromium: the workshop server (server/) serving the
// production build, workshop mode on the projector, and two phone pages — separate
// browsers, as separate phones are. The phones join (one by the QR code's link, one by
// typing the code), follow the room's language, vote, change a vote, see the result once
// the facilitator reveals it and the choice once it is committed; a tie goes to the
// facilitator; one phone asks for a pause, anonymously; a reloaded phone keeps its vote.

import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type RunningRoomServer, startRoomServer } from '../../server/room-server.js';
import { launchChromium, newContext, watchErrors } from '../helpers/browser';

/** Screenshots for a person to look at (gitignored). */
const SHOTS = resolve(import.meta.dirname, '..', '..', 'test-artifacts', 'phones');
let browser: Browser;
let server: RunningRoomServer;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await startRoomServer({ host: '127.0.0.1', port: 0, staticDir: inject('builtDir') });
  browser = await launchChromium();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
});

/** A phone: its own browser context (its own storage), a phone-sized screen, touch. */
async function openPhone(options: { reducedMotion?: 'reduce' } = {}): Promise<Page> {
  const context = await newContext(browser, {
    viewport: { width: 360, height: 640 },
    isMobile: true,
    hasTouch: true,
    locale: 'nl-NL',
    reducedMotion: options.reducedMotion ?? 'no-preference',
  });
  contexts.push(context);
  return context.newPage();
}

/** An option button on a phone, by its text. */
const option = (page: Page, text: string) => page.locator('.phone-option', { hasText: text });
/** The line under a phone's options saying what was counted. */
const status = (page: Page, text: string) => page.locator('.phone-status', { hasText: text });

/**
 * In the projector's page: its workshop screen and the page of text on it, as one string, once
 * it differs from `before` — or false while no screen of the story shows (a start or a resume
 * loads the story first) or nothing has changed yet.
 */
function screenChanged(before: string | null): string | false {
  const ws = document.documentElement.dataset.ws ?? '';
  if (ws !== 'read' && ws !== 'vote' && ws !== 'pause') return false;
  const page = document.querySelector('.ws-page');
  const now = `${ws}|${page?.getAttribute('aria-label') ?? ''}|${page?.textContent ?? ''}`;
  return now !== before && now;
}

/**
 * Read on (Space, Enter at a pause card) until workshop mode shows a vote; returns the
 * options on the projector. Each key waits for the screen it moves to: a key pressed before
 * the story shows would press whatever has focus (the Resume button, say) instead.
 */
async function nextVote(projector: Page): Promise<{ text: string; locked: boolean }[]> {
  const next = async (before: string | null): Promise<string> =>
    String(await (await projector.waitForFunction(screenChanged, before)).jsonValue());
  let screen = await next(null);
  for (let guard = 0; guard < 40; guard++) {
    if (screen.startsWith('vote|')) {
      return projector.$$eval('.ws-vote .ws-option', (rows) =>
        rows.map((row) => ({
          text: row.querySelector('.ws-option-text')?.textContent ?? '',
          locked: row.classList.contains('ws-option-locked'),
        })),
      );
    }
    await projector.keyboard.press(screen.startsWith('pause|') ? 'Enter' : 'Space');
    screen = await next(screen);
  }
  throw new Error('no vote came');
}

describe('phones in the room', () => {
  it('two phones vote with workshop mode on the projector: join, change, reveal, commit, tie, pause, reloads', async () => {
    const projectorContext = await newContext(browser, { viewport: { width: 1280, height: 720 } });
    contexts.push(projectorContext);
    const projector = await projectorContext.newPage();
    const errors = watchErrors(projector);
    await projector.goto(`${server.url}?lang=nl&stage=off&mode=workshop`);

    // Session 0 shows how to join: a QR code that loads, the short address and the code.
    const panel = projector.locator('.ws-session0 .room-join');
    await panel.getByText(server.code).waitFor();
    await expect
      .poll(() =>
        panel.locator('img.room-qr').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
      )
      .toBe(true);
    const joinUrl = (await panel.locator('img.room-qr').getAttribute('alt'))!.replace(/^.* /, '');
    expect(joinUrl).toBe(`${server.url}phone.html?room=${server.code}`);
    expect(await panel.locator('.room-address').textContent()).toBe(`127.0.0.1:${server.port}/phone`);

    // Phone A comes by the QR code's link; phone B types the code (a wrong one first).
    const a = await openPhone();
    const b = await openPhone({ reducedMotion: 'reduce' });
    const phoneErrors = [watchErrors(a), watchErrors(b)];
    await a.goto(joinUrl);
    await a.getByText('Je doet mee. Wacht op de volgende keuze.').waitFor();
    await b.goto(`${server.url}phone`);
    const code = b.getByLabel('Code van het scherm');
    await code.fill('ZZZZZ1');
    await b.getByRole('button', { name: 'Meedoen' }).tap();
    await b.getByRole('alert').getByText('Die code klopt niet. Kijk nog eens op het scherm.').waitFor();
    expect(await code.getAttribute('aria-invalid')).toBe('true');
    // Legacy mode: axe runs in the page itself (no extra page to merge frames; there are none).
    const formAxe = await new AxeBuilder({ page: b }).setLegacyMode(true).analyze();
    expect(formAxe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await code.fill(server.code.toLowerCase());
    await code.press('Enter');
    await b.getByText('Je doet mee. Wacht op de volgende keuze.').waitFor();
    await panel.getByText('2 telefoons verbonden').waitFor();
    await panel.screenshot({ path: `${SHOTS}/projector-join-panel.png` });

    // The session is in English: once it starts, both phones follow.
    await projector.selectOption('select[name="lang"]', 'en');
    await projector.fill('input[name="partner-name"]', 'Jules');
    await projector.uncheck('input[name="sound"]');
    await projector.click('[data-action="start-session"]');
    await projector.locator('.ws-page').waitFor();
    for (const phone of [a, b]) await phone.getByText("You're in. Wait for the next choice.").waitFor();
    expect(await a.evaluate(() => document.documentElement.lang)).toBe('en');

    // The first choice: on the projector, and on both phones as buttons.
    const first = await nextVote(projector);
    const open = first.filter((o) => !o.locked);
    expect(open.length).toBeGreaterThanOrEqual(2);
    for (const phone of [a, b]) {
      await phone.getByRole('heading', { name: 'What do you do?' }).waitFor();
      expect(await phone.locator('.phone-option .phone-option-text').allTextContents()).toEqual(
        first.map((o) => o.text),
      );
    }
    const [x, y] = [open[0]!.text, open[1]!.text];
    // Screen readers hear that a vote opened (a polite live region, not a focus jump).
    const announced = (page: Page) => page.locator('.phone > [aria-live="polite"]').textContent();
    await expect.poll(() => announced(b)).toBe(`New choice, ${first.length} options.`);
    // Reduced motion is respected: B asked for it, A did not.
    const transition = (page: Page) => option(page, x).evaluate((el) => getComputedStyle(el).transitionDuration);
    expect(await transition(b)).toBe('0s');
    expect(await transition(a)).not.toBe('0s');

    // A votes x; B votes y, then changes to x.
    await option(a, x).tap();
    await status(a, `Counted: ${x}.`).waitFor();
    expect(await option(a, x).getAttribute('aria-pressed')).toBe('true');
    await option(b, y).tap();
    await status(b, `Counted: ${y}.`).waitFor();
    await option(b, x).tap();
    await status(b, `Counted: ${x}.`).waitFor();
    expect(await option(b, y).getAttribute('aria-pressed')).toBe('false');

    await b.screenshot({ path: `${SHOTS}/phone-voted.png` });
    // The pause button stays on screen however long the options are.
    // Measured in one step in the page: a room update redraws the button, and a locator's
    // box of a button replaced between finding and measuring is null.
    const pauseBottom = await b.evaluate(
      () => document.querySelector('.phone-xcard-button')?.getBoundingClientRect().bottom ?? Number.NaN,
    );
    expect(pauseBottom).toBeLessThanOrEqual(640);
    // The phone page is accessible and fits a 360×640 screen.
    const axe = await new AxeBuilder({ page: b }).setLegacyMode(true).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    expect(await b.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // Hidden until revealed: the projector knows only that two phones voted.
    const vote = projector.locator('.ws-vote');
    expect(await vote.getAttribute('data-revealed')).toBe('false');
    expect((await projector.locator('.ws-bar-number').allTextContents()).join('')).toBe('');
    await projector.keyboard.press('q');
    const overlay = projector.locator('.ws-join-overlay');
    await overlay.getByText('2 of 2 have voted').waitFor();
    await projector.keyboard.press('Escape');
    await overlay.waitFor({ state: 'detached' });

    // Reveal: the counts come from the room; the phones see them too.
    await projector.keyboard.press('r');
    await expect.poll(() => vote.getAttribute('data-outcome')).toBe('winner');
    const xAt = first.findIndex((o) => o.text === x);
    expect((await projector.locator('.ws-bar-number').allTextContents())[xAt]).toBe('2');
    for (const phone of [a, b]) {
      await phone.getByRole('heading', { name: 'The votes are in' }).waitFor();
      await option(phone, x).getByText('2 votes').waitFor();
      expect(await option(phone, y).getAttribute('aria-disabled')).toBe('true');
    }
    await expect.poll(() => announced(a)).toBe('Voting has closed; the votes are on the screen.');
    // A moves its options with transitions (B asked for reduced motion): shown as they end.
    await a.screenshot({ path: `${SHOTS}/phone-revealed.png`, animations: 'disabled' });
    // Voting has closed: a late tap (on a button marked aria-disabled) changes nothing.
    await option(b, y).tap({ force: true });
    expect(await option(b, x).getAttribute('aria-pressed')).toBe('true');

    // Commit (Enter): the room's choice reaches every phone.
    await projector.keyboard.press('Enter');
    for (const phone of [a, b]) await phone.getByRole('heading', { name: `Chosen: ${x}` }).waitFor();

    // The X-card: B asks for a pause; the projector pauses and never says who.
    await b.getByRole('button', { name: 'Pause' }).tap();
    await b.locator('.phone-xcard-note', { hasText: 'The facilitator knows. Nobody knows it was you.' }).waitFor();
    await projector.locator('.ws-xcard').getByText('Someone has asked for a pause').waitFor();
    await a.getByText('The game is paused.').waitFor();
    expect(await b.getByRole('button', { name: 'Pause' }).getAttribute('aria-disabled')).toBe('true');
    await projector.keyboard.press('Enter');
    await expect.poll(() => a.getByText('The game is paused.').count()).toBe(0);

    // The next choice: a tie, which the facilitator breaks.
    const second = await nextVote(projector);
    const open2 = second.filter((o) => !o.locked);
    for (const phone of [a, b]) await phone.getByRole('heading', { name: 'What do you do?' }).waitFor();
    await option(a, open2[0]!.text).tap();
    await status(a, 'Counted:').waitFor();
    await option(b, open2[1]!.text).tap();
    await status(b, 'Counted:').waitFor();

    // A phone that reloads (as a phone waking up might) is the same phone, with its vote.
    await a.reload();
    await a.getByRole('heading', { name: 'What do you do?' }).waitFor();
    expect(await option(a, open2[0]!.text).getAttribute('aria-pressed')).toBe('true');
    expect(server.room.participants.size).toBe(2);

    // The projector's page reloads in the middle of the vote: it comes back by itself on the
    // same vote, taken up again with both votes in it — nobody votes twice.
    const votesOpened = server.room.lastVoteId;
    await projector.reload();
    await projector.locator('.ws-vote').waitFor();
    expect((await nextVote(projector)).map((o) => o.text)).toEqual(second.map((o) => o.text));
    await projector.keyboard.press('q');
    await overlay.getByText('2 of 2 have voted').waitFor();
    await projector.keyboard.press('Escape');
    await overlay.waitFor({ state: 'detached' });
    expect(server.room.lastVoteId).toBe(votesOpened);
    expect(await option(b, open2[1]!.text).getAttribute('aria-pressed')).toBe('true');

    await projector.keyboard.press('r');
    await expect.poll(() => vote.getAttribute('data-outcome')).toBe('tie');
    await b.getByText('The facilitator decides.').waitFor();
    const pick = second.findIndex((o) => o.text === open2[1]!.text);
    await projector.keyboard.press(String(pick + 1));
    for (const phone of [a, b]) await phone.getByRole('heading', { name: `Chosen: ${open2[1]!.text}` }).waitFor();

    expect(errors).toEqual([]);
    expect(phoneErrors.flat()).toEqual([]);
  });
});
