// Work that must not hold up the frame showing the player's next text: run it once that
// frame has been painted, or later still, when the page is idle.

/** Run `task` in the task after the next frame has been painted (soon, where there are no frames). */
export function afterNextPaint(task: () => void): void {
  if (typeof requestAnimationFrame !== 'function') {
    setTimeout(task, 0);
    return;
  }
  // A rAF callback runs before the frame's style, layout and paint; the task it posts runs after.
  requestAnimationFrame(() => setTimeout(task, 0));
}

/**
 * Run `task` after the next paint, once the page is idle (at the latest after `timeoutMs`),
 * so it never delays a frame or an input. Where there is no idle callback, after the paint.
 */
export function whenIdleAfterPaint(task: () => void, timeoutMs = 1000): void {
  afterNextPaint(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout: timeoutMs });
    else task();
  });
}
