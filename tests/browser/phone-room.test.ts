// The phone page in real Chromium, on phone-sized touch screens, with the facilitator's side
// played by a socket (the projector's screens are tested in workshop.test.ts): the join form
// fits 360 and 390 px, options carry the projector's numbers and colours, the live count and
// the countdown, the phase card's prompt, the room's language, the phone's own number by
// which the facilitator removes it, and the end — "thank you" — reaching the phone.

import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type RunningRoomServer, startRoomServer } from '../../server/room-server.js';
import { hostLaneUrl } from '../../src/room-client/room-client';
import { optionMark } from '../../src/shared/option-marks';
import { launchChromium, newContext, watchErrors } from '../helpers/browser';
import { TestSocket } from '../server/socket';

/** Screenshots for a person to look at (gitignored). */
const SHOTS = resolve(import.meta.dirname, '..', '..', 'test-artifacts', 'phones');
let browser: Browser;
let server: RunningRoomServer;
const contexts: BrowserContext[] = [];
const sockets: TestSocket[] = [];

beforeAll(async () => {
  server = await startRoomServer({ host: '127.0.0.1', port: 0, staticDir: inject('builtDir') });
  browser = await launchChromium();
});

afterAll(async () => {
  for (const socket of sockets) socket.ws.terminate();
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
});

async function openPhone(width: number, height: number, locale = 'nl-NL'): Promise<Page> {
  const context = await newContext(browser, { viewport: { width, height }, isMobile: true, hasTouch: true, locale });
  contexts.push(context);
  return context.newPage();
}

async function facilitator(): Promise<TestSocket> {
  const socket = await TestSocket.open(hostLaneUrl(server.wsUrl, server.secret));
  sockets.push(socket);
  socket.send({ type: 'host', room: server.room.code, secret: server.secret });
  await socket.next((m) => m.type === 'room');
  return socket;
}

/** The right edge of an element, in CSS pixels. */
const rightEdge = async (page: Page, selector: string) => {
  const box = await page.locator(selector).boundingBox();
  return box!.x + box!.width;
};
const axeViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).setLegacyMode(true).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help}`);

describe('the phone page', () => {
  it('the join form fits a 360 and a 390 px screen: the code box and the button whole, nothing to scroll sideways', async () => {
    for (const [width, height] of [
      [360, 740],
      [390, 844],
    ] as const) {
      const page = await openPhone(width, height);
      await page.goto(`${server.url}phone`);
      await page.getByLabel('Code van het scherm').waitFor();
      expect(await rightEdge(page, '#phone-code')).toBeLessThanOrEqual(width - 8);
      expect(await rightEdge(page, '.phone-join .phone-primary')).toBeLessThanOrEqual(width - 8);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      // Typed in, the whole code shows.
      await page.getByLabel('Code van het scherm').fill('K7QM2X');
      expect(
        await page.locator('#phone-code').evaluate((input: HTMLInputElement) => input.scrollWidth <= input.clientWidth),
      ).toBe(true);
      await page.screenshot({ path: `${SHOTS}/join-form-${width}.png` });
      expect(await axeViolations(page)).toEqual([]);
    }
  });

  it('a vote, its count and countdown, a phase card, removing a phone by its number, and the end', async () => {
    const projector = await facilitator();
    const a = await openPhone(360, 740);
    const b = await openPhone(360, 740, 'en-GB');
    const errors = [watchErrors(a), watchErrors(b)];
    for (const phone of [a, b]) await phone.goto(`${server.url}phone.html?room=${server.room.code}`);
    await a.getByText('Je doet mee. Wacht op de volgende keuze.').waitFor();
    // The room speaks Dutch: B's English browser follows the room once it is in.
    await b.getByText('Je doet mee. Wacht op de volgende keuze.').waitFor();
    await projector.next((m) => m.type === 'room' && m.connected === 2);

    // Each phone shows its own number, and nothing else about itself.
    const badgeOf = async (page: Page) =>
      /^Telefoon (\d{3})$/.exec((await page.locator('.phone-badge').textContent()) ?? '')?.[1];
    const [badgeA, badgeB] = [await badgeOf(a), await badgeOf(b)];
    expect(badgeA).toMatch(/^\d{3}$/);
    expect(badgeB).not.toBe(badgeA);

    // A vote: numbered and coloured as on the projector.
    const options = ['Bellen', 'Wachten', 'Een bericht sturen'];
    projector.send({
      type: 'open-vote',
      options: options.map((text) => ({ text, locked: false })),
      mode: 'vote',
      ref: 'c1',
    });
    const {
      vote: { id },
    } = await projector.next((m) => m.type === 'room' && m.vote?.phase === 'open');
    await a.getByRole('heading', { name: 'Wat doe je?' }).waitFor();
    const marks = await a
      .locator('.phone-option-mark')
      .evaluateAll((els) => els.map((el) => [el.textContent, getComputedStyle(el).backgroundColor]));
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    expect(marks).toEqual(options.map((_, i) => [optionMark(i).number, rgb(optionMark(i).colour)]));
    await a.getByText('0 van 2 hebben gestemd').waitFor();

    // A votes; B sees that one of two voted, and nobody sees what.
    await a.locator('.phone-option', { hasText: 'Wachten' }).tap();
    await a.locator('.phone-status', { hasText: 'Geteld: Wachten.' }).waitFor();
    await b.getByText('1 van 2 heeft gestemd').waitFor();
    expect(await b.locator('.phone-option-count').count()).toBe(0);
    const room = await projector.next((m) => m.type === 'room' && m.vote?.voted === 1);
    expect(room.vote.counts).toBeNull();

    // The countdown runs on the phones, is held, and goes away.
    projector.send({ type: 'set-timer', vote: id, timer: { remainingMs: 65_000, running: true } });
    await a.locator('.phone-timer', { hasText: /^Nog 1:0[0-5]$/ }).waitFor();
    await a.locator('.phone-timer', { hasText: /^Nog (1:00|0:5\d)$/ }).waitFor();
    projector.send({ type: 'set-timer', vote: id, timer: { remainingMs: 30_000, running: false } });
    await b.locator('.phone-timer', { hasText: 'Nog 0:30 (de tijd staat stil)' }).waitFor();
    await a.screenshot({ path: `${SHOTS}/phone-count-timer.png` });
    expect(await axeViolations(a)).toEqual([]);
    projector.send({ type: 'set-timer', vote: id, timer: null });
    await expect.poll(() => a.locator('.phone-timer').textContent()).toBe('');

    // The reveal and the commit, then the phase card's prompt, in English now.
    projector.send({ type: 'reveal', vote: id });
    await b.locator('.phone-option', { hasText: 'Wachten' }).getByText('1 stem').waitFor();
    projector.send({ type: 'commit', vote: id, option: 1 });
    await a.getByRole('heading', { name: 'Gekozen: Wachten' }).waitFor();
    projector.send({ type: 'set-lang', lang: 'en' });
    projector.send({ type: 'set-card', card: { title: 'Phase 1 is over', prompt: 'Who pursued, and who withdrew?' } });
    for (const phone of [a, b]) {
      await phone.getByRole('heading', { name: 'Phase 1 is over' }).waitFor();
      await phone.locator('.phone-card-prompt', { hasText: 'Who pursued, and who withdrew?' }).waitFor();
    }
    await expect
      .poll(() => b.locator('.phone > [aria-live="polite"]').textContent())
      .toBe('Talk about it: Who pursued, and who withdrew?');
    await b.screenshot({ path: `${SHOTS}/phone-card.png` });

    // The facilitator removes B by the number B shows.
    projector.send({ type: 'list-phones' });
    const list = await projector.next((m) => m.type === 'phones');
    expect(list.phones.map((p: { badge: string }) => p.badge).sort()).toEqual([badgeA, badgeB].sort());
    projector.send({ type: 'remove-phone', badge: badgeB });
    await b.getByRole('heading', { name: 'The facilitator has removed this phone from the group.' }).waitFor();
    // A reload does not bring it back.
    await b.reload();
    await b.getByRole('heading', { name: 'The facilitator has removed this phone from the group.' }).waitFor();

    // The end reaches the phone: thank you, and the room closes.
    projector.send({ type: 'end-session' });
    await a.getByRole('heading', { name: 'Thank you — the session has ended.' }).waitFor();
    await expect.poll(() => a.getByRole('button', { name: /Pause/ }).count()).toBe(0);
    await a.screenshot({ path: `${SHOTS}/phone-ended.png` });
    expect(await axeViolations(a)).toEqual([]);
    expect(errors.flat().filter((e) => !/WebSocket/.test(e))).toEqual([]);
  });
});
