// Workshop mode on the withdrawer's route (issue 19), in real Chromium with the workshop
// server and a phone: Session 0's side chosen by keyboard and by touch, the session started
// on that route, every choice voted on the phone (the projector's options and the phone's
// are the same), to the first pause card — whose questions are this side's, on the
// projector and on the phone. The session kept on the laptop says its side and route.
// Every wait is on a state the page shows, never on time.

import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type RunningRoomServer, startRoomServer } from '../../server/room-server.js';
import { nl } from '../../src/workshop/words/nl';
import { launchChromium, newContext, watchErrors } from '../helpers/browser';
import { realStory } from '../helpers/fixtures';

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

/** The workshop screen with its page of text or its options, once it differs from `before`; false between screens. */
function screenChanged(before: string | null): string | false {
  const ws = document.documentElement.dataset.ws ?? '';
  if (ws !== 'read' && ws !== 'vote' && ws !== 'pause') return false;
  const page = document.querySelector('.ws-page');
  const options = [...document.querySelectorAll('.ws-vote .ws-option-text')].map((o) => o.textContent).join('|');
  const now = `${ws}|${page?.getAttribute('aria-label') ?? ''}|${page?.textContent ?? ''}|${options}`;
  return now !== before && now;
}

/** Read on (Space) until a vote or a pause card shows; which one, and the screen's state. */
async function nextStop(projector: Page, from: string | null): Promise<string> {
  const next = async (before: string | null): Promise<string> =>
    String(await (await projector.waitForFunction(screenChanged, before)).jsonValue());
  let screen = await next(from);
  for (let guard = 0; guard < 40; guard++) {
    if (!screen.startsWith('read|')) return screen;
    await projector.keyboard.press('Space');
    screen = await next(screen);
  }
  throw new Error('neither a vote nor a pause came');
}

const checkedSide = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLInputElement>('input[name="ws-side"]:checked')?.value);

describe('workshop mode on the withdrawer’s side', () => {
  it('chooses the side on Session 0 and votes on a phone to the first pause card', async () => {
    const projectorContext = await newContext(browser, { viewport: { width: 1280, height: 720 }, hasTouch: true });
    contexts.push(projectorContext);
    const projector = await projectorContext.newPage();
    const errors = watchErrors(projector);
    await projector.goto(`${server.url}?lang=nl&stage=off&mode=workshop`);
    const panel = projector.locator('.ws-session0 .room-join');
    await panel.getByText(server.code).waitFor();

    // ── Session 0: whose side, by keyboard and by touch ────────────────────
    const sides = projector.getByRole('group', { name: nl.sideTitle });
    expect(await checkedSide(projector)).toBe('pursuer');
    await sides.getByRole('radio', { name: 'Degene die najaagt' }).focus();
    await projector.keyboard.press('ArrowDown'); // the radios' own keys
    expect(await checkedSide(projector)).toBe('withdrawer');
    await sides.getByText('Degene die najaagt').tap();
    expect(await checkedSide(projector)).toBe('pursuer');
    await sides.getByText('Degene die terugtrekt').tap();
    expect(await checkedSide(projector)).toBe('withdrawer');
    // Each option is described by what that side is, the group by the facilitator's hint.
    const withdrawer = sides.getByRole('radio', { name: 'Degene die terugtrekt' });
    expect(await withdrawer.getAttribute('aria-describedby')).toBeTruthy();
    await expect
      .poll(() =>
        withdrawer.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent),
      )
      .toBe('Je wilt liefde en schrikt terug als ze dichtbij komt.');
    const axe = await new AxeBuilder({ page: projector }).include('.ws-setup').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual(
      [],
    );

    // ── A phone joins ───────────────────────────────────────────────────────
    const joinUrl = (await panel.locator('img.room-qr').getAttribute('alt'))!.replace(/^.* /, '');
    const phoneContext = await newContext(browser, {
      viewport: { width: 360, height: 640 },
      isMobile: true,
      hasTouch: true,
      locale: 'nl-NL',
    });
    contexts.push(phoneContext);
    const phone = await phoneContext.newPage();
    const phoneErrors = watchErrors(phone);
    await phone.goto(joinUrl);
    await phone.getByText('Je doet mee. Wacht op de volgende keuze.').waitFor();
    await panel.getByText('1 telefoon verbonden').waitFor();

    await projector.fill('input[name="partner-name"]', 'Noor');
    await projector.uncheck('input[name="sound"]');
    await projector.click('[data-action="start-session"]');

    // ── Every choice voted on the phone, to the first pause card ───────────
    let screen: string | null = null;
    let votes = 0;
    for (let guard = 0; guard < 30; guard++) {
      screen = await nextStop(projector, screen);
      if (screen.startsWith('pause|')) break;
      const options = await projector.$$eval('.ws-vote .ws-option', (rows) =>
        rows.map((row) => ({
          text: row.querySelector('.ws-option-text')?.textContent ?? '',
          locked: row.classList.contains('ws-option-locked'),
        })),
      );
      await phone.getByRole('heading', { name: 'Wat doe je?' }).waitFor();
      await expect
        .poll(() => phone.locator('.phone-option .phone-option-text').allTextContents())
        .toEqual(options.map((o) => o.text));
      const pick = options.find((o) => !o.locked)!.text;
      await phone.locator('.phone-option', { hasText: pick }).tap();
      await phone.locator('.phone-status', { hasText: `Geteld: ${pick}.` }).waitFor();
      await projector.keyboard.press('r');
      await expect.poll(() => projector.locator('.ws-vote').getAttribute('data-outcome')).toBe('winner');
      await projector.keyboard.press('Enter');
      await phone.getByRole('heading', { name: `Gekozen: ${pick}` }).waitFor();
      votes += 1;
    }
    expect(votes).toBeGreaterThan(0);

    // ── The pause card asks this side's questions, on the projector and the phone ──
    expect(await projector.getAttribute('.ws-pause', 'data-pause')).toBe('1');
    const questions = nl.questions.withdrawer[1]!('Noor');
    expect(await projector.locator('.ws-pause .ws-questions li').allTextContents()).toEqual(questions);
    await phone.locator('.phone-card-prompt', { hasText: questions[0]! }).waitFor();

    // The session kept on the laptop is the withdrawer's, on that route's story.
    const kept = await projector.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('de-dans:workshop:'))
        .map((k) => JSON.parse(localStorage.getItem(k)!)),
    );
    expect(kept.map((k) => [k.side, k.storyHash, k.choices.length, k.pauses])).toEqual([
      ['withdrawer', realStory('nl', 'withdrawer').hash, votes, [1]],
    ]);

    expect(errors).toEqual([]);
    expect(phoneErrors).toEqual([]);
  });
});
