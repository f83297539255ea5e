// @ts-check
// Every limit of the workshop server in one place, with the reason for each number. A
// phone needs one socket (two for a moment when it reloads), a few messages a minute and
// a kilobyte per message; everything past that is either a bug or an attack.

/**
 * @typedef {object} Limits
 * @property {number} maxParticipants phones per session (a returning phone always gets back in)
 * @property {number} maxPhonesPerDevice new phones (tokens) one device may become: a second tab, a cleared browser
 * @property {boolean} limitLoopback apply the per-device and per-address limits to the laptop itself too (tests; the load test runs on loopback)
 * @property {number} wrongCodeBurst wrong room codes one address may send at once…
 * @property {number} wrongCodesPerMinute …and per minute after that: a guesser slows only itself
 * @property {number} maxConnections open sockets at once, phones (and sockets not yet joined) together
 * @property {number} maxHostSockets the facilitator's own lane, past a full room: the projector, an audience window
 * @property {number} maxSocketsPerAddress open sockets from one address (a phone needs one or two)
 * @property {number} maxSocketsPerToken open sockets of one phone: a newer one closes the oldest
 * @property {number} maxMessageBytes a phone's (or a not-yet-joined) frame; larger is refused, the connection kept
 * @property {number} maxFacilitatorMessageBytes the projector's frame (it sends the option texts)
 * @property {number} maxPayloadBytes the hard cap: a larger frame closes the connection (1009)
 * @property {number} burst messages a connection may send at once
 * @property {number} perSecond messages a connection may send per second after the burst
 * @property {number} facilitatorBurst the projector's burst, once it has shown the room secret…
 * @property {number} facilitatorPerSecond …and its sustained rate: a reload resumes a session in one go, a
 *   facilitator tapping quickly sends commands in runs, and a dropped command would stall the
 *   whole room; only the laptop holding the secret gets this lane, so no phone can use it
 * @property {number} floodCloseAfter messages dropped in a row before a flooding connection is closed
 * @property {number} maxAttempts wrong room codes or secrets per connection before it is closed
 * @property {number} joinTimeoutMs a connection that neither joins nor hosts is closed after this
 * @property {number} heartbeatMs ping interval; a socket that misses one ping is dropped (its phone keeps its vote)
 * @property {number} xcardCooldownMs one phone's wait between two pauses
 * @property {number} xcardBurstMs room-wide: X-cards this soon after an alert are folded into it
 * @property {number} xcardAutoPauses room-wide: pauses the phones may cause on their own…
 * @property {number} xcardAutoPauseWindowMs …in this window; then the facilitator is alerted and decides
 * @property {number} xcardRepeatAlertMs while pauses repeat, one alert this often at most
 * @property {number} countEveryMs the phones' live count ("12 of 18 voted") at most this often
 */

/** @type {Readonly<Limits>} */
export const DEFAULT_LIMITS = Object.freeze({
  maxParticipants: 200,
  maxPhonesPerDevice: 3,
  limitLoopback: false,
  wrongCodeBurst: 10,
  wrongCodesPerMinute: 10,
  maxConnections: 260,
  maxHostSockets: 4,
  maxSocketsPerAddress: 6,
  maxSocketsPerToken: 2,
  maxMessageBytes: 1024,
  maxFacilitatorMessageBytes: 16 * 1024,
  maxPayloadBytes: 64 * 1024,
  burst: 10,
  perSecond: 5,
  facilitatorBurst: 200,
  facilitatorPerSecond: 50,
  floodCloseAfter: 100,
  maxAttempts: 5,
  joinTimeoutMs: 15_000,
  heartbeatMs: 20_000,
  xcardCooldownMs: 30_000,
  xcardBurstMs: 5_000,
  xcardAutoPauses: 2,
  xcardAutoPauseWindowMs: 5 * 60_000,
  xcardRepeatAlertMs: 30_000,
  countEveryMs: 250,
});
