// The token bucket behind the per-connection message rate, on a hand-driven clock.
import { describe, expect, it } from 'vitest';
import { TokenBucket } from '../../server/rate-limit.js';

describe('TokenBucket', () => {
  it('lets a burst through, then the sustained rate, and says when to retry', () => {
    let now = 0;
    const bucket = new TokenBucket(3, 2, () => now);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    expect(bucket.retryAfterMs()).toBe(500);
    now = 499;
    expect(bucket.take()).toBe(false);
    now = 1000; // two tokens back after a second at two per second
    expect([bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, false]);
  });

  it('can be asked whether a token is there without taking it', () => {
    let now = 0;
    const bucket = new TokenBucket(1, 1, () => now);
    expect(bucket.available()).toBe(true);
    expect(bucket.available()).toBe(true);
    expect(bucket.take()).toBe(true);
    expect(bucket.available()).toBe(false);
    now = 1000;
    expect(bucket.available()).toBe(true);
  });

  it('never saves up more than its capacity', () => {
    let now = 0;
    const bucket = new TokenBucket(2, 10, () => now);
    now = 60_000;
    expect([bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, false]);
  });
});
