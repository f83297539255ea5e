// When the page has loaded what the player needs now, so background downloads (the
// service worker's precache: Phaser, every sound, the other story) do not slow it down.
// The shell says what happened (the stage drawn or given up, the game screen shown) through
// a PageSettling it is given; registration waits for the promise it resolves. No DOM here.

/** On the game screen this long without a stage (text only), the page counts as settled. */
export const TEXT_ONLY_SETTLE_MS = 3000;
/** On any screen (the title, a workshop) this long after the wait began (main.ts: once the line is free), the page counts as settled. */
export const FALLBACK_SETTLE_MS = 12_000;

type Timers = Pick<Window, 'setTimeout' | 'clearTimeout'>;

/** What the shells tell: their signals resolve `settled`, the first that counts wins. */
export class PageSettling {
  readonly settled: Promise<void>;
  private resolve: () => void = () => {};
  private textOnlyTimer: number | undefined;

  constructor(private readonly timers: Timers = window) {
    this.settled = new Promise((resolve) => {
      this.resolve = resolve;
    });
    void this.settled.then(() => {
      if (this.textOnlyTimer !== undefined) this.timers.clearTimeout(this.textOnlyTimer);
    });
  }

  /** The stage has been drawn, or given up (the game goes on as text). */
  readonly stageSettled = (): void => this.resolve();

  /** The game screen shows: without a stage (`?stage=off`) it is settled TEXT_ONLY_SETTLE_MS later. */
  readonly gameShown = (): void => {
    if (this.textOnlyTimer === undefined)
      this.textOnlyTimer = this.timers.setTimeout(this.resolve, TEXT_ONLY_SETTLE_MS);
  };
}

/** Resolves when `settled` does, or FALLBACK_SETTLE_MS from now, whichever comes first. */
export function whenSettled(settled: Promise<void>, timers: Timers = window): Promise<void> {
  let fallback: number | undefined;
  const late = new Promise<void>((resolve) => {
    fallback = timers.setTimeout(resolve, FALLBACK_SETTLE_MS);
  });
  return Promise.race([settled, late]).then(() => timers.clearTimeout(fallback));
}
