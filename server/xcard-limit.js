// @ts-check
// The X-card, room-wide. A real pause goes through at once; a burst of X-cards (one phone
// or many, a few seconds apart) is one pause and one alert to the facilitator; and when
// pauses keep coming, the game is no longer paused by the phones alone: the facilitator
// is alerted and decides. Every X-card is counted, none is dropped. Anonymous: this only
// ever learns *that* someone asked, never who (per-phone cooldowns live in room.js).

/**
 * @typedef {object} XCardLimits
 * @property {number} [burstMs] X-cards this soon after the last alert are folded into it
 * @property {number} [autoPauses] pauses the phones may cause on their own, within autoPauseWindowMs
 * @property {number} [autoPauseWindowMs] the window for autoPauses; after that the facilitator decides
 * @property {number} [repeatAlertMs] while pauses repeat, alerts come at most this often
 * @property {number} [recentMs] what "recent" means in an alert
 */

/** @typedef {{ alert: boolean, pause: boolean }} XCardVerdict */

export class XCardLimiter {
  /** @param {XCardLimits} [limits] @param {() => number} [now] */
  constructor(limits = {}, now = Date.now) {
    this.burstMs = limits.burstMs ?? 5_000;
    this.autoPauses = limits.autoPauses ?? 2;
    this.autoPauseWindowMs = limits.autoPauseWindowMs ?? 5 * 60_000;
    this.repeatAlertMs = limits.repeatAlertMs ?? 30_000;
    this.recentMs = limits.recentMs ?? 10 * 60_000;
    this.now = now;
    /** Every X-card played. */
    this.total = 0;
    /** Times the phones paused the game. */
    this.pauses = 0;
    this.lastAlert = -Infinity;
    /** The last alert that said "pauses keep coming" (the game was not paused). */
    this.lastRepeatAlert = -Infinity;
    /** @type {number[]} when the phones paused the game */
    this.pausedAt = [];
    /** @type {number[]} when X-cards were played, for `recent` */
    this.playedAt = [];
  }

  /**
   * An X-card was played. `alert`: tell the facilitator; `pause`: pause the game now.
   * @param {boolean} alreadyPaused the game is paused at the moment
   * @returns {XCardVerdict}
   */
  play(alreadyPaused) {
    const now = this.now();
    this.total += 1;
    this.playedAt.push(now);
    this.prune(now);
    const sinceAlert = now - this.lastAlert;
    if (sinceAlert < this.burstMs) return { alert: false, pause: false };
    if (alreadyPaused) {
      this.lastAlert = now;
      return { alert: true, pause: false };
    }
    if (this.pausedAt.length < this.autoPauses) {
      this.lastAlert = now;
      this.pausedAt.push(now);
      this.pauses += 1;
      return { alert: true, pause: true };
    }
    // Pauses keep coming: one alert now and then, the game runs on until the facilitator says.
    if (now - this.lastRepeatAlert < this.repeatAlertMs) return { alert: false, pause: false };
    this.lastAlert = now;
    this.lastRepeatAlert = now;
    return { alert: true, pause: false };
  }

  /** X-cards played in the last `recentMs`. */
  recent() {
    this.prune(this.now());
    return this.playedAt.length;
  }

  /** @param {number} now */
  prune(now) {
    while (this.pausedAt.length > 0 && now - /** @type {number} */ (this.pausedAt[0]) >= this.autoPauseWindowMs)
      this.pausedAt.shift();
    while (this.playedAt.length > 0 && now - /** @type {number} */ (this.playedAt[0]) >= this.recentMs)
      this.playedAt.shift();
  }
}
