// The page's clock in the test's hand, for moments that would otherwise race the wall clock:
// a slow reveal ends on its own after a few seconds, and on a busy machine an accessibility
// audit or a run of taps can take longer than that. With the clock held, the page's timers,
// animation frames and idle callbacks run only when the test moves time on, so the moment
// lasts exactly as long as the test needs it, however loaded the machine is.
//
// Install before the page loads (`page.clock.install()`); time then flows as usual until
// `hold`. Input events, the DOM and Playwright's own waiting are not timers: they work while
// the clock is held.
import type { Page } from 'playwright-core';

/** Far enough ahead that the page's clock has not passed it by the time Playwright pauses it. */
const HOLD_AHEAD_MS = 5000;
/** A frame of the page's clock. */
const FRAME_MS = 16;
/** The most frames `stepUntil` moves on before it gives up (ten seconds of the page's time). */
const MAX_FRAMES = 625;

/** Stop the page's time: nothing timed runs until the test moves it on or lets it go. */
export async function holdClock(page: Page): Promise<void> {
  const now = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(now + HOLD_AHEAD_MS);
}

/** Let the page's time flow again with the wall clock. */
export async function releaseClock(page: Page): Promise<void> {
  await page.clock.resume();
}

/** Move the held clock on a frame at a time until `isThere` holds in the page. */
export async function stepUntil(page: Page, isThere: () => boolean): Promise<void> {
  for (let frame = 0; frame < MAX_FRAMES; frame++) {
    if (await page.evaluate(isThere)) return;
    await page.clock.runFor(FRAME_MS);
  }
  throw new Error(`the page did not get there in ${(MAX_FRAMES * FRAME_MS) / 1000} s of its own time`);
}

/**
 * Run `work` (an audit that schedules its own zero-delay timers in the page) while the clock
 * is held: the page's time is let through a millisecond at a time, so those timers run while
 * anything due later (the end of a reveal) stays where it is.
 */
export async function whileHeld<T>(page: Page, work: () => Promise<T>): Promise<T> {
  let done = false;
  const result = work().finally(() => {
    done = true;
  });
  while (!done) await page.clock.runFor(1);
  return result;
}
