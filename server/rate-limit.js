// @ts-check
// A token bucket: a burst of `capacity` messages, then `perSecond` on average. One per
// connection, so one flooding phone is slowed down without slowing anyone else.

export class TokenBucket {
  /**
   * @param {number} capacity the largest burst
   * @param {number} perSecond the sustained rate
   * @param {() => number} [now] milliseconds, injectable for tests
   */
  constructor(capacity, perSecond, now = () => performance.now()) {
    this.capacity = capacity;
    this.perMs = perSecond / 1000;
    this.now = now;
    this.tokens = capacity;
    this.last = now();
  }

  /** Take one token; false when the bucket is empty (the message should be dropped). */
  take() {
    if (!this.available()) return false;
    this.tokens -= 1;
    return true;
  }

  /** Is there a token to take (without taking it)? */
  available() {
    const now = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + (now - this.last) * this.perMs);
    this.last = now;
    return this.tokens >= 1;
  }

  /** Milliseconds until one token is back. */
  retryAfterMs() {
    return this.tokens >= 1 ? 0 : Math.ceil((1 - this.tokens) / this.perMs);
  }
}
