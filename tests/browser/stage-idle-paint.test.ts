// A new room is painted when the page is idle and uploaded in the next idle moment, never in
// the same one: together they held up a frame (some 75 ms at a phone's speed). The page's
// idle callbacks are numbered by a script installed before the page's code, and the room's
// painting (its grain, the one `createPattern` the stage makes) and its upload (`texImage2D`)
// record the callback they ran in. No timing is asserted, only where the work ran.
import { expect, inject, it } from 'vitest';
import { chooseFirstOpen, INSTANT_TEXT, launchChromium, newContext, watchErrors } from '../helpers/browser';
import { docState, startByKeyboard } from './support/play';

const url = inject('builtUrl');

interface IdleWork {
  /** Idle callbacks run so far. */
  idle: number;
  /** The idle callback running now (0: none). */
  current: number;
  painted: number[];
  uploaded: number[];
}

function watchIdleWork(): void {
  const work: IdleWork = { idle: 0, current: 0, painted: [], uploaded: [] };
  (window as unknown as { __idle: IdleWork }).__idle = work;
  const request = window.requestIdleCallback.bind(window);
  window.requestIdleCallback = (callback, options) =>
    request((deadline) => {
      work.idle += 1;
      work.current = work.idle;
      try {
        callback(deadline);
      } finally {
        work.current = 0;
      }
    }, options);
  const pattern = CanvasRenderingContext2D.prototype.createPattern;
  CanvasRenderingContext2D.prototype.createPattern = function (this: CanvasRenderingContext2D, ...args) {
    work.painted.push(work.current);
    return pattern.apply(this, args);
  };
  for (const gl of [WebGLRenderingContext, WebGL2RenderingContext]) {
    const proto = gl.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
    const upload = proto.texImage2D!;
    proto.texImage2D = function (this: unknown, ...args: unknown[]) {
      work.uploaded.push(work.current);
      return upload.apply(this, args);
    };
  }
}

it('paints a new room in one idle moment and uploads it in a later one', async () => {
  const browser = await launchChromium();
  try {
    // Instant text: where the work runs is the point here, not the reveal (a beat's reveal
    // takes seconds, and the room changes only some choices in).
    const context = await newContext(browser, { viewport: { width: 412, height: 915 } }, INSTANT_TEXT);
    await context.addInitScript(watchIdleWork);
    const page = await context.newPage();
    const errors = watchErrors(page);
    const work = () => page.evaluate(() => (window as unknown as { __idle: IdleWork }).__idle);
    await page.goto(`${url}?lang=en`);
    await startByKeyboard(page, 'Robin');
    await page.waitForFunction(() => document.documentElement.dataset.stage !== undefined, null, { timeout: 60_000 });
    expect(await page.evaluate(() => document.documentElement.dataset.stage)).toBe('webgl');
    // The first room is painted as the stage starts; from here on, each new room waits for idle moments.
    const before = await work();
    const firstScene = (await docState(page)).scene;
    for (let i = 0; i < 20 && (await docState(page)).scene === firstScene; i++) await chooseFirstOpen(page);
    expect((await docState(page)).scene).not.toBe(firstScene);
    await expect
      .poll(async () => (await work()).painted.length, { timeout: 30_000 })
      .toBeGreaterThan(before.painted.length);
    await expect
      .poll(async () => (await work()).uploaded.slice(before.uploaded.length).some((at) => at > 0), { timeout: 30_000 })
      .toBe(true);
    const after = await work();
    const painted = after.painted.slice(before.painted.length);
    const uploaded = after.uploaded.slice(before.uploaded.length).filter((at) => at > 0);
    // Painted in an idle callback, uploaded in a later one, never both in one.
    expect(painted[0]).toBeGreaterThan(0);
    expect(uploaded[0]).toBeGreaterThan(painted[0]!);
    for (const at of uploaded) expect(painted).not.toContain(at);
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
});
