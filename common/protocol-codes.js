// @ts-check
// The room protocol's fixed vocabulary: paths, limits on what a message may hold, close
// codes and every error code with its English text. server/protocol.js re-exports all of
// it with the schemas; import from there.

export const PROTOCOL_VERSION = 2;

/** The WebSocket path on the workshop server. */
export const ROOM_PATH = '/room';
/** Loopback-only endpoint that hands the room code and secret to the projector. */
export const FACILITATOR_INFO_PATH = '/api/facilitator';
/**
 * The query parameter of the facilitator's own lane: an upgrade to `/room?host=<secret>`
 * is let in past a full room (see `maxHostSockets`), so the projector can always come back.
 */
export const HOST_LANE_PARAM = 'host';

/** Unambiguous on a projector and a phone keyboard: no 0/O, 1/I/L. */
export const ROOM_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const ROOM_CODE_LENGTH = 6;

export const MAX_OPTIONS = 9;
export const MAX_OPTION_LENGTH = 300;
export const MAX_PROMPT_LENGTH = 600;
export const MAX_CARD_TITLE_LENGTH = 120;
/** The longest countdown a vote may run (an hour). */
export const MAX_TIMER_MS = 3_600_000;

/** Close codes the server uses (4000–4999 are free for applications). */
export const CLOSE = /** @type {const} */ ({
  /** A newer facilitator connection took over the room. */
  replaced: 4000,
  /** Nothing joined within the join timeout. */
  joinTimeout: 4001,
  /** Too many wrong room codes or secrets on one connection. */
  tooManyAttempts: 4003,
  /** The facilitator ended the session, or the server is shutting down: the room is over. */
  roomClosed: 4004,
  /** The facilitator removed this phone from the room. */
  removed: 4005,
  /** The same phone (token) opened more sockets than its cap: the oldest makes way. */
  duplicate: 4006,
  /** The room is full of waiting connections: the oldest one that never joined makes way. */
  evicted: 4007,
  /** Policy violation (flooding): the standard code. */
  policy: 1008,
  /** Message larger than the hard cap: the standard code ws uses. */
  tooBig: 1009,
});

export const VOTE_PHASES = /** @type {const} */ (['open', 'revealed', 'committed']);

/** Every refusal the server can send, with the English text it sends along. Clients
 * translate the code; the text is for people reading a log or a test failure. */
export const ERROR_MESSAGES = /** @type {const} */ ({
  'bad-json': 'The message is not valid JSON.',
  'bad-message': 'The message does not match the room protocol.',
  'too-big': 'The message is too large.',
  'too-fast': 'Too many messages: slow down. Messages were dropped.',
  'wrong-room': 'There is no room with this code.',
  'wrong-secret': 'The facilitator secret is wrong.',
  'room-full': 'The room is full.',
  'room-locked': 'The session has started and the room is locked: no new phones.',
  'room-closed': 'The session has ended: the room is closed.',
  removed: 'The facilitator removed this phone from the room.',
  'device-limit': 'This device has joined as a new phone too many times: use the browser tab it joined in before.',
  'not-joined': 'Join the room first.',
  'already-joined': 'This connection has already joined the room.',
  'not-participant': 'Only a participant can do this.',
  'not-facilitator': 'Only the facilitator can do this.',
  'no-such-phone': 'No phone in the room has this number.',
  'no-open-vote': 'There is no vote open right now.',
  'stale-vote': 'That vote is over; a newer one is open.',
  'vote-closed': 'Voting on this choice has closed.',
  'bad-option': 'There is no such option in this vote.',
  'duplicate-vote': 'This vote is already counted; it counts once.',
  'device-voted': 'This device has already voted in this choice (from another tab or as another phone).',
  'not-revealed': 'Reveal the votes before committing.',
  'already-revealed': 'The votes are already revealed.',
  'already-committed': 'This choice is already committed.',
  'not-a-top-option': 'In vote mode the room decides: commit an option with the most votes (a tie is yours to break).',
  'option-locked': 'This option is locked in the story: it can get votes but cannot be taken.',
  'xcard-too-soon': 'A pause was asked from this phone a moment ago.',
});

/** @typedef {keyof typeof ERROR_MESSAGES} ErrorCode */
export const ERROR_CODES = /** @type {ErrorCode[]} */ (Object.keys(ERROR_MESSAGES));
