// When the page has loaded what the player needs now, so background downloads (the
// service worker's precache: Phaser, every sound, the other story) do not slow it down.

/** On the game screen this long without a stage (text only), the page counts as settled. */
export const TEXT_ONLY_SETTLE_MS = 3000;
/** On any screen (the title, a workshop) this long after load, the page counts as settled. */
export const FALLBACK_SETTLE_MS = 12_000;

/**
 * Resolves when the stage has been drawn or given up (`data-stage` on <html>), when the game
 * screen has shown for TEXT_ONLY_SETTLE_MS (played with `?stage=off`), or FALLBACK_SETTLE_MS
 * after the page loaded, whichever comes first.
 */
export function whenSettled(
  root: HTMLElement,
  timers: Pick<Window, 'setTimeout' | 'clearTimeout'> = window,
): Promise<void> {
  return new Promise((resolve) => {
    let textOnlyTimer: number | undefined;
    const done = () => {
      observer.disconnect();
      timers.clearTimeout(fallback);
      if (textOnlyTimer !== undefined) timers.clearTimeout(textOnlyTimer);
      resolve();
    };
    const check = () => {
      if (root.dataset.stage !== undefined) return done();
      if (root.dataset.screen === 'game' && textOnlyTimer === undefined) {
        textOnlyTimer = timers.setTimeout(done, TEXT_ONLY_SETTLE_MS);
      }
    };
    const observer = new MutationObserver(check);
    const fallback = timers.setTimeout(done, FALLBACK_SETTLE_MS);
    observer.observe(root, { attributes: true, attributeFilter: ['data-stage', 'data-screen'] });
    check();
  });
}
