// Work that must not hold up the frame showing the player's next text: run it once that
// frame has been painted, or later still, when the page is idle. Shared by the shell, the
// stage and the sound, each of which has such work.

/** Work waiting for the frame being prepared to be painted, in the order it was asked for. */
let waiting: (() => void)[] = [];
/** When that frame was asked for (a frame that never came, say in a hidden page, is asked for again). */
let askedAt = 0;
const STALE_MS = 1000;

/**
 * Run `task` in the task after the next frame has been painted (soon, where there are no
 * frames). Everything asked for before that frame runs together, in one task after it, in
 * the order asked: one animation-frame request and one task per frame, however many parts
 * (the stage, the sound, what is said) wait for it. Work asked for while that task runs
 * waits for the frame after; a task that throws does not stop the others.
 */
export function afterNextPaint(task: () => void): void {
  waiting.push(task);
  const now = Date.now();
  if (waiting.length > 1 && now - askedAt < STALE_MS) return;
  askedAt = now;
  if (typeof requestAnimationFrame !== 'function') {
    setTimeout(runWaiting, 0);
    return;
  }
  // A rAF callback runs before the frame's style, layout and paint; the task it posts runs after.
  requestAnimationFrame(() => setTimeout(runWaiting, 0));
}

function runWaiting(): void {
  const due = waiting;
  waiting = [];
  for (const run of due) {
    try {
      run();
    } catch (error) {
      setTimeout(() => {
        throw error; // reported as it was when each task ran on its own
      }, 0);
    }
  }
}

/** Run `task` when the page is idle, at the latest after `timeoutMs` (soon, where there are no idle callbacks); cancellable. */
export function whenIdle(task: () => void, timeoutMs: number): { cancel(): void } {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(() => task(), { timeout: timeoutMs });
    return { cancel: () => cancelIdleCallback(handle) };
  }
  const handle = setTimeout(task, 0);
  return { cancel: () => clearTimeout(handle) };
}

/** Run `task` after the next paint, once the page is idle (at the latest `timeoutMs` later): it never delays a frame or an input. */
export function whenIdleAfterPaint(task: () => void, timeoutMs = 1000): void {
  afterNextPaint(() => (typeof requestIdleCallback === 'function' ? whenIdle(task, timeoutMs) : task()));
}

/** The Prioritized Task Scheduling API, where the browser has it (not yet in TypeScript's DOM types). */
interface TaskScheduler {
  postTask(task: () => void, options: { priority: 'background' }): Promise<unknown>;
}

/**
 * Run `slice` in the task after the next paint, then again in a background task while it
 * returns true: long work in short pieces that never hold up a frame or an input for long.
 * Background tasks, not idle callbacks: a page that draws every frame (a reveal, the stage on
 * a slow phone) may have no idle period for seconds.
 */
export function backgroundSlices(slice: () => boolean): void {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  const later = (task: () => void) =>
    scheduler ? void scheduler.postTask(task, { priority: 'background' }) : setTimeout(task, 0);
  const again = () => {
    if (slice()) later(again);
  };
  afterNextPaint(() => later(again));
}
