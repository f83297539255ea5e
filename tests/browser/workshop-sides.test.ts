// Workshop mode on the withdrawer's side (issue 19), in real Chromium with the workshop server,
// as a room runs it: the facilitator's window on the laptop, the projector window it opens (P),
// and a phone in a touch context. Session 0's side is chosen by keyboard and the projector's
// lobby says whose side the room plays (in both languages). Then every choice is voted on the
// phone by tapping, to the first pause card: the projector's lines are the withdrawer route's
// lines walked in Node with the same choices, the facilitator's count is the phone's vote,
// the pause card asks this side's questions (not the pursuer's), and the session kept on the
// laptop records the side. Every wait is on a state a page announces, never on time.

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type RunningRoomServer, startRoomServer } from '../../server/room-server.js';
import { StoryEngine } from '../../src/engine';
import { en } from '../../src/workshop/words/en';
import { nl } from '../../src/workshop/words/nl';
import { launchChromium, newContext, watchErrors } from '../helpers/browser';
import { realStory } from '../helpers/fixtures';

const NAME = 'Noor';

/** One vote on the way: the options as the story offers them, and the one the room takes. */
interface Vote {
  readonly options: readonly string[];
  readonly pick: number;
}

/**
 * The withdrawer's route walked in Node, as Session 0 sets it up below (Noor, she, the veil
 * on): the lines a screen shows (text, or a sound's caption) up to the `pause: 1` line, and
 * the votes on the way. The room takes a different open option each time, not always the first.
 */
function walkToFirstPause(story: { json: string }): { lines: string[]; votes: Vote[] } {
  const engine = new StoryEngine(story.json, { partnerName: NAME, partnerPronoun: 'she', veilInfidelity: true });
  const lines: string[] = [];
  const votes: Vote[] = [];
  let beat = engine.start();
  for (let guard = 0; guard < 40; guard++) {
    for (const line of beat.lines) {
      if (line.text || line.tags.sfx) lines.push(line.text);
      if (line.tags.pause === '1') return { lines, votes };
    }
    const open = beat.choices.flatMap((c, i) => (c.locked ? [] : [i]));
    const pick = open[votes.length % open.length]!;
    votes.push({ options: beat.choices.map((c) => c.text), pick });
    beat = engine.choose(pick);
  }
  throw new Error('no pause 1 on the withdrawer’s route');
}

let browser: Browser;
let server: RunningRoomServer;
let walk: ReturnType<typeof walkToFirstPause>;
let storyHash: string;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  const starting = Promise.all([
    startRoomServer({ host: '127.0.0.1', port: 0, staticDir: inject('builtDir') }),
    launchChromium(),
  ]);
  const story = realStory('nl', 'withdrawer'); // compiled while Chromium starts
  storyHash = story.hash;
  walk = walkToFirstPause(story);
  [server, browser] = await starting;
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
});

/**
 * What the projector window shows, once it differs from `before` (false until then): a page's
 * lines (without their sound captions) and the echo of the last choice, a vote's options, or
 * a pause card's questions; false between them (the lobby). Runs in the projector window.
 */
function projectorScreen(before: string | null): string | false {
  const kind = document.querySelector<HTMLElement>('.ws-audience')?.dataset.screen ?? '';
  if (kind !== 'read' && kind !== 'vote' && kind !== 'pause') return false;
  const texts = (selector: string, own: (el: Element) => string) => [...document.querySelectorAll(selector)].map(own);
  const withoutCaption = (el: Element) =>
    [...el.childNodes]
      .filter((n) => !(n instanceof HTMLElement && n.classList.contains('ws-caption')))
      .map((n) => n.textContent)
      .join('')
      .trim();
  const now = JSON.stringify({
    kind,
    lines: kind === 'read' ? texts('.ws-aud-read .ws-line', withoutCaption) : [],
    echo: kind === 'read' ? (document.querySelector('.ws-aud-read .ws-echo')?.textContent ?? null) : null,
    options: kind === 'vote' ? texts('.ws-aud-option .ws-option-text', (el) => el.firstChild?.textContent ?? '') : [],
    questions: kind === 'pause' ? texts('.ws-aud-pause .ws-questions li', (el) => el.textContent ?? '') : [],
  });
  return now !== before && now;
}

interface Shown {
  readonly kind: string;
  readonly lines: string[];
  readonly echo: string | null;
  readonly options: string[];
  readonly questions: string[];
}

interface Stop {
  /** The vote or pause card, as projectorScreen says it. */
  readonly at: string;
  readonly shown: Shown;
  /** The lines of the pages on the way. */
  readonly lines: string[];
  /** The echo on the first page on the way, if a page came. */
  readonly echo: string | null | undefined;
}

/**
 * Leaf on with Space in the facilitator's window until the projector shows a vote or a pause
 * card, each page waited for on the projector; what it showed on the way.
 */
async function readOn(presenter: Page, projector: Page, from: string | null): Promise<Stop> {
  const lines: string[] = [];
  let echo: string | null | undefined;
  let at = from;
  for (let guard = 0; guard < 60; guard++) {
    at = String(await (await projector.waitForFunction(projectorScreen, at)).jsonValue());
    const shown = JSON.parse(at) as Shown;
    if (shown.kind !== 'read') return { at, shown, lines, echo };
    if (echo === undefined) echo = shown.echo;
    lines.push(...shown.lines);
    await presenter.keyboard.press('Space');
  }
  throw new Error('neither a vote nor a pause card came');
}

const checkedSide = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLInputElement>('input[name="ws-side"]:checked')?.value);

/** A phone (touch, mobile) that joins the room by its address; it waits for the first choice. */
async function joinPhone(errors: string[][]): Promise<Page> {
  const context = await newContext(browser, {
    viewport: { width: 360, height: 640 },
    isMobile: true,
    hasTouch: true,
    locale: 'nl-NL',
  });
  contexts.push(context);
  const phone = await context.newPage();
  errors.push(watchErrors(phone));
  await phone.goto(`${server.url}phone.html?room=${server.code}`);
  await phone.getByText('Je doet mee. Wacht op de volgende keuze.').waitFor();
  return phone;
}

describe('workshop mode on the withdrawer’s side', () => {
  it('projector, facilitator and a phone: the side on the lobby, the route’s lines, the phone’s votes, its own pause card', async () => {
    // ── The laptop: the facilitator's window, and the projector window it opens ──
    const laptop = await newContext(browser, { viewport: { width: 1280, height: 720 } });
    contexts.push(laptop);
    const presenter = await laptop.newPage();
    const errors = [watchErrors(presenter)]; // each window's, filled as they come
    await presenter.goto(`${server.url}?lang=nl&stage=off&mode=workshop`);
    await presenter.locator('.ws-session0 .room-join').getByText(server.code).waitFor();
    const joining = joinPhone(errors); // meanwhile, a phone joins the room
    const [projector] = await Promise.all([
      presenter.waitForEvent('popup'),
      presenter.getByRole('button', { name: `${nl.openProjector} (P)` }).click(),
    ]);
    errors.push(watchErrors(projector));
    expect(new URL(projector.url()).searchParams.get('view')).toBe('audience');
    const lobbySide = projector.locator('.ws-lobby .ws-lobby-side');
    await lobbySide.and(projector.locator('[data-side="pursuer"]')).waitFor();

    // ── Session 0: the withdrawer's side, by the radios' own keys ──────────────
    const sides = presenter.getByRole('group', { name: nl.sideTitle });
    await sides.getByRole('radio', { name: 'Degene die najaagt' }).focus();
    await presenter.keyboard.press('ArrowDown');
    expect(await checkedSide(presenter)).toBe('withdrawer');
    const withdrawer = sides.getByRole('radio', { name: 'Degene die terugtrekt' });
    expect(
      await withdrawer.evaluate(
        (el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent,
      ),
    ).toBe('Je wilt liefde en schrikt terug als ze dichtbij komt.');

    // The projector's lobby says it, in the page's language, and follows a change of language.
    // (axe audits the lobby, this line included, in room.test.ts.)
    await lobbySide.and(projector.locator('[data-side="withdrawer"]')).waitFor();
    expect(await lobbySide.textContent()).toBe(nl.lobbySide(nl.sidePlayed.withdrawer));
    expect(await lobbySide.isVisible()).toBe(true);
    expect(await lobbySide.evaluate((el) => el.closest('[aria-hidden="true"], [hidden]'))).toBeNull();
    await presenter.selectOption('select[name="lang"]', 'en');
    await lobbySide.getByText(en.lobbySide(en.sidePlayed.withdrawer), { exact: true }).waitFor();
    expect(await checkedSide(presenter)).toBe('withdrawer'); // Session 0 drawn anew, the side kept
    await presenter.selectOption('select[name="lang"]', 'nl');
    await lobbySide.getByText(nl.lobbySide(nl.sidePlayed.withdrawer), { exact: true }).waitFor();

    // The phone is in: the lobby counts it.
    const phone = await joining;
    await projector.locator('.ws-lobby-count[data-phones="1"]').waitFor();

    await presenter.fill('input[name="partner-name"]', NAME);
    await presenter.check('input[name="ws-pronoun"][value="she"]');
    await presenter.uncheck('input[name="sound"]');
    await presenter.click('[data-action="start-session"]');

    // ── Every choice voted on the phone, to the first pause card ─────────────────
    let stop = await readOn(presenter, projector, null);
    const shownLines = [...stop.lines];
    for (const [n, vote] of walk.votes.entries()) {
      expect(stop.shown.options, `vote ${n + 1} on the projector`).toEqual(vote.options);
      const pick = vote.options[vote.pick]!;
      await phone.getByRole('heading', { name: 'Wat doe je?' }).waitFor();
      await expect.poll(() => phone.locator('.phone-option-text').allTextContents()).toEqual(vote.options);
      await phone.locator(`.phone-option[data-option="${vote.pick}"]`).tap();
      await phone.locator('.phone-status', { hasText: `Geteld: ${pick}.` }).waitFor();
      await projector.locator('.ws-aud-live[data-voted="1"]').waitFor();

      // The facilitator reveals: the count is the phone's one vote, on the option it tapped.
      await presenter.keyboard.press('r');
      await presenter.locator('.ws-vote[data-outcome="winner"]').waitFor();
      const counts = await presenter.locator('.ws-vote .ws-option .ws-bar-number').allTextContents();
      expect(counts).toEqual(vote.options.map((_, i) => (i === vote.pick ? '1' : '0')));
      await presenter.keyboard.press('Enter');
      // The phone hears the room's choice; on the projector the next page opens with its echo.
      [stop] = await Promise.all([
        readOn(presenter, projector, stop.at),
        phone.getByRole('heading', { name: `Gekozen: ${pick}` }).waitFor(),
      ]);
      if (stop.echo !== undefined) expect(stop.echo).toContain(pick);
      shownLines.push(...stop.lines);
    }
    const pause = stop.shown;

    // The projector showed the route's lines, in order, and nothing else.
    expect(pause.kind).toBe('pause');
    expect(shownLines).toEqual(walk.lines);

    // ── The pause card asks this side's questions, on the projector and the phone ──
    expect(await projector.locator('.ws-aud-pause').getAttribute('data-pause')).toBe('1');
    const questions = nl.questions.withdrawer[1]!(NAME);
    expect(pause.questions).toEqual(questions);
    for (const q of nl.questions.pursuer[1]!(NAME)) expect(pause.questions).not.toContain(q);
    await phone.locator('.phone-card-prompt', { hasText: questions[0]! }).waitFor();

    // The session kept on the laptop is the withdrawer's, on that route's story.
    const kept = await presenter.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('de-dans:workshop:'))
        .map((k) => JSON.parse(localStorage.getItem(k)!)),
    );
    expect(kept.map((k) => [k.side, k.storyHash, k.choices.length, k.pauses])).toEqual([
      ['withdrawer', storyHash, walk.votes.length, [1]],
    ]);
    expect(walk.votes.length).toBeGreaterThan(1);
    expect(errors.flat()).toEqual([]);
  });
});
