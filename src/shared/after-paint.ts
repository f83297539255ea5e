// Work that must not hold up the frame showing the player's next text: run it once that
// frame has been painted, or later still, when the page is idle. Shared by the shell, the
// stage and the sound, each of which has such work.

/** Run `task` in the task after the next frame has been painted (soon, where there are no frames). */
export function afterNextPaint(task: () => void): void {
  if (typeof requestAnimationFrame !== 'function') {
    setTimeout(task, 0);
    return;
  }
  // A rAF callback runs before the frame's style, layout and paint; the task it posts runs after.
  requestAnimationFrame(() => setTimeout(task, 0));
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
