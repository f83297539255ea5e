// The optional timer of one vote, as pure logic over an injected clock: off by default,
// started by the facilitator, and paused, extended or switched off at any moment. It
// never decides anything when it runs out — it only says so; the facilitator reveals.
// The screen polls `remainingMs()` to draw it; tests drive a fake clock.

/** Milliseconds since some fixed moment; `performance.now()` in the browser. */
export interface Clock {
  now(): number;
}

export type TimerStatus = 'off' | 'running' | 'paused' | 'expired';

export class VoteTimer {
  /** Time left when last paused or changed, and the clock reading it was taken at. */
  private left = 0;
  private since = 0;
  private state: 'off' | 'running' | 'paused' = 'off';

  constructor(private readonly clock: Clock) {}

  get status(): TimerStatus {
    if (this.state === 'running' && this.remainingMs() === 0) return 'expired';
    return this.state;
  }

  /** Time left, never below zero; 0 when off. */
  remainingMs(): number {
    if (this.state === 'off') return 0;
    if (this.state === 'paused') return this.left;
    return Math.max(0, this.left - (this.clock.now() - this.since));
  }

  /** Start afresh with `durationMs` on the clock (also after it ran out or was off). */
  start(durationMs: number): void {
    this.left = Math.max(0, durationMs);
    this.since = this.clock.now();
    this.state = 'running';
  }

  pause(): void {
    if (this.status !== 'running') return;
    this.left = this.remainingMs();
    this.state = 'paused';
  }

  resume(): void {
    if (this.state !== 'paused') return;
    this.since = this.clock.now();
    this.state = 'running';
  }

  /**
   * Add time. A running or paused timer keeps its state; one that ran out runs again with
   * just the extra time; one that is off stays off (there is nothing to extend).
   */
  extend(extraMs: number): void {
    if (this.state === 'off' || extraMs <= 0) return;
    const wasExpired = this.status === 'expired';
    this.left = this.remainingMs() + extraMs;
    this.since = this.clock.now();
    if (wasExpired) this.state = 'running';
  }

  off(): void {
    this.state = 'off';
    this.left = 0;
  }
}

/** "1:05" for 65 seconds left; rounds up, so a timer shows 0:00 only once it has run out. */
export function formatRemaining(ms: number): string {
  const seconds = Math.ceil(Math.max(0, ms) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The timer as shown: "1:05", "1:05 (paused)", "0:00 — time is up", or nothing when off. */
export function timerText(
  status: TimerStatus,
  remainingMs: number,
  words: { readonly timerUp: string; readonly timerPaused: string },
): string {
  if (status === 'off') return '';
  if (status === 'expired') return `0:00 — ${words.timerUp}`;
  const left = formatRemaining(remainingMs);
  return status === 'paused' ? `${left} (${words.timerPaused})` : left;
}
