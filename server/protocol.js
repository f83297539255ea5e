// @ts-check
// The room protocol: every message between the workshop server, the projector and the
// phones, as valibot schemas with the types derived from them. One module, plain
// JavaScript, so the Node server (no build step) and the browser clients (bundled by Vite)
// validate against exactly the same rules. Anything that does not match a schema here is
// refused before it reaches the room.
import * as v from 'valibot';

export const PROTOCOL_VERSION = 1;

/** The WebSocket path on the workshop server. */
export const ROOM_PATH = '/room';
/** Loopback-only endpoint that hands the room code and secret to the projector. */
export const FACILITATOR_INFO_PATH = '/api/facilitator';

/** Unambiguous on a projector and a phone keyboard: no 0/O, 1/I/L. */
export const ROOM_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const ROOM_CODE_LENGTH = 6;

export const MAX_OPTIONS = 9;
export const MAX_OPTION_LENGTH = 300;
export const MAX_PROMPT_LENGTH = 600;

/** Close codes the server uses (4000–4999 are free for applications). */
export const CLOSE = /** @type {const} */ ({
  /** A newer facilitator connection took over the room. */
  replaced: 4000,
  /** Nothing joined within the join timeout. */
  joinTimeout: 4001,
  /** Too many wrong room codes or secrets on one connection. */
  tooManyAttempts: 4003,
  /** The server is shutting down: the room is over. */
  roomClosed: 4004,
  /** Policy violation (flooding): the standard code. */
  policy: 1008,
  /** Message larger than the hard cap: the standard code ws uses. */
  tooBig: 1009,
});

export const LANGS = /** @type {const} */ (['nl', 'en']);
export const VOTE_MODES = /** @type {const} */ (['vote', 'advise']);
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
  'device-limit': 'This device has joined as a new phone too many times: use the browser tab it joined in before.',
  'not-joined': 'Join the room first.',
  'already-joined': 'This connection has already joined the room.',
  'not-participant': 'Only a participant can do this.',
  'not-facilitator': 'Only the facilitator can do this.',
  'no-open-vote': 'There is no vote open right now.',
  'stale-vote': 'That vote is over; a newer one is open.',
  'vote-closed': 'Voting on this choice has closed.',
  'bad-option': 'There is no such option in this vote.',
  'duplicate-vote': 'This vote is already counted; it counts once.',
  'not-revealed': 'Reveal the votes before committing.',
  'already-revealed': 'The votes are already revealed.',
  'already-committed': 'This choice is already committed.',
  'not-a-top-option': 'In vote mode the room decides: commit an option with the most votes (a tie is yours to break).',
  'option-locked': 'This option is locked in the story: it can get votes but cannot be taken.',
  'xcard-too-soon': 'A pause was asked from this phone a moment ago.',
});

/** @typedef {keyof typeof ERROR_MESSAGES} ErrorCode */
export const ERROR_CODES = /** @type {ErrorCode[]} */ (Object.keys(ERROR_MESSAGES));

// ---------------------------------------------------------------- building blocks

const RoomCodeSchema = v.pipe(v.string(), v.regex(/^[0-9A-Za-z]{4,12}$/, 'a room code is 4–12 letters and digits'));
/** 128 bits or more in base64url, issued by the server. */
const TokenSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{16,64}$/, 'a token is 16–64 base64url characters'));
const SecretSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(128));
const VoteIdSchema = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(Number.MAX_SAFE_INTEGER));
const OptionIndexSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_OPTIONS - 1));
const CountSchema = v.pipe(v.number(), v.integer(), v.minValue(0));
const LangSchema = v.picklist(LANGS);
const ModeSchema = v.picklist(VOTE_MODES);
const PhaseSchema = v.picklist(VOTE_PHASES);
const OptionTextSchema = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MAX_OPTION_LENGTH));
/** A choice as the story offers it. A locked option (`# locked` in the ink) may get votes —
 * that the room reached for it is worth talking about — but it can never be taken. */
const OptionSchema = v.strictObject({ text: OptionTextSchema, locked: v.boolean() });

// ---------------------------------------------------------------- phone → server

export const JoinSchema = v.strictObject({
  type: v.literal('join'),
  room: RoomCodeSchema,
  /** The token this phone was given before; absent on the first visit. */
  token: v.optional(TokenSchema),
});
export const VoteSchema = v.strictObject({
  type: v.literal('vote'),
  vote: VoteIdSchema,
  option: OptionIndexSchema,
});
export const XCardSchema = v.strictObject({ type: v.literal('xcard') });

// ---------------------------------------------------------------- projector → server

export const HostSchema = v.strictObject({
  type: v.literal('host'),
  room: RoomCodeSchema,
  secret: SecretSchema,
});
export const OpenVoteSchema = v.strictObject({
  type: v.literal('open-vote'),
  options: v.pipe(
    v.array(OptionSchema),
    v.minLength(1),
    v.maxLength(MAX_OPTIONS),
    v.check((options) => options.some((o) => !o.locked), 'at least one option must be open'),
  ),
  prompt: v.optional(v.pipe(v.string(), v.maxLength(MAX_PROMPT_LENGTH))),
  mode: ModeSchema,
});
export const RevealSchema = v.strictObject({ type: v.literal('reveal'), vote: VoteIdSchema });
export const CommitSchema = v.strictObject({ type: v.literal('commit'), vote: VoteIdSchema, option: OptionIndexSchema });
/** The facilitator switches between deciding by vote and taking the room's advice. */
export const SetModeSchema = v.strictObject({ type: v.literal('set-mode'), vote: VoteIdSchema, mode: ModeSchema });
export const CloseVoteSchema = v.strictObject({ type: v.literal('close-vote') });
export const SetLangSchema = v.strictObject({ type: v.literal('set-lang'), lang: LangSchema });
export const SetPausedSchema = v.strictObject({ type: v.literal('set-paused'), paused: v.boolean() });

export const ClientMessageSchema = v.variant('type', [
  JoinSchema,
  VoteSchema,
  XCardSchema,
  HostSchema,
  OpenVoteSchema,
  RevealSchema,
  CommitSchema,
  SetModeSchema,
  CloseVoteSchema,
  SetLangSchema,
  SetPausedSchema,
]);

/** Message types only a facilitator connection may send. */
export const FACILITATOR_ONLY = /** @type {const} */ (['open-vote', 'reveal', 'commit', 'set-mode', 'close-vote', 'set-lang', 'set-paused']);
/** Message types only a participant connection may send. */
export const PARTICIPANT_ONLY = /** @type {const} */ (['vote', 'xcard']);

// ---------------------------------------------------------------- server → clients

export const ErrorSchema = v.strictObject({
  type: v.literal('error'),
  code: v.picklist(ERROR_CODES),
  message: v.string(),
  /** The type of the refused message, when it could be read. */
  ref: v.optional(v.string()),
  /** For `xcard-too-soon` and `too-fast`: when asking again makes sense. */
  retryAfterMs: v.optional(CountSchema),
});

/** A vote as a phone sees it: never a count before the reveal. */
const PhoneVoteSchema = v.strictObject({
  id: VoteIdSchema,
  prompt: v.optional(v.string()),
  options: v.array(OptionSchema),
  mode: ModeSchema,
  phase: PhaseSchema,
  counts: v.nullable(v.array(CountSchema)),
  chosen: v.nullable(OptionIndexSchema),
});

export const JoinedSchema = v.strictObject({ type: v.literal('joined'), token: TokenSchema });
export const PhoneStateSchema = v.strictObject({
  type: v.literal('state'),
  lang: LangSchema,
  paused: v.boolean(),
  vote: v.nullable(PhoneVoteSchema),
  /** This phone's own vote in the current choice, kept across reconnects. */
  myVote: v.nullable(OptionIndexSchema),
});
export const VoteOkSchema = v.strictObject({
  type: v.literal('vote-ok'),
  vote: VoteIdSchema,
  option: OptionIndexSchema,
  /** The number of ballots the room had received in this vote once this one was counted. */
  receipt: CountSchema,
});
export const XCardOkSchema = v.strictObject({ type: v.literal('xcard-ok'), retryAfterMs: CountSchema });

/** A vote as the projector sees it: how many voted while open, the counts once revealed. */
const RoomVoteSchema = v.strictObject({
  id: VoteIdSchema,
  mode: ModeSchema,
  phase: PhaseSchema,
  optionCount: CountSchema,
  /** The options as opened: a projector that reloads mid-vote recognises its question by them. */
  options: v.array(OptionSchema),
  /** Phones with a ballot in this vote. */
  voted: CountSchema,
  /** Ballots accepted so far, changes included (monotonic within a vote). */
  received: CountSchema,
  counts: v.nullable(v.array(CountSchema)),
  /** The open options with the most votes once revealed: more than one is a tie. */
  top: v.nullable(v.array(OptionIndexSchema)),
  chosen: v.nullable(OptionIndexSchema),
});
export const RoomStateSchema = v.strictObject({
  type: v.literal('room'),
  room: v.string(),
  lang: LangSchema,
  paused: v.boolean(),
  /** Phones with an open connection right now. */
  connected: CountSchema,
  /** Phones that joined this session, asleep or awake. */
  joined: CountSchema,
  maxParticipants: CountSchema,
  /** X-cards played this session. */
  xcards: CountSchema,
  vote: v.nullable(RoomVoteSchema),
});
export const XCardEventSchema = v.strictObject({ type: v.literal('xcard'), total: CountSchema });

export const PhoneMessageSchema = v.variant('type', [ErrorSchema, JoinedSchema, PhoneStateSchema, VoteOkSchema, XCardOkSchema]);
export const ProjectorMessageSchema = v.variant('type', [ErrorSchema, RoomStateSchema, XCardEventSchema]);

/** What GET /api/facilitator answers (to the laptop itself only). */
export const FacilitatorInfoSchema = v.strictObject({
  protocol: v.literal(PROTOCOL_VERSION),
  room: v.string(),
  secret: v.string(),
  /** The address phones open (also in the QR code). */
  joinUrl: v.string(),
  /** Every address the server can be reached at on the local network. */
  addresses: v.array(v.string()),
  /** The join address as an SVG QR code. */
  qrSvg: v.string(),
});

/** @typedef {v.InferOutput<typeof ClientMessageSchema>} ClientMessage */
/** @typedef {v.InferOutput<typeof PhoneMessageSchema>} PhoneMessage */
/** @typedef {v.InferOutput<typeof ProjectorMessageSchema>} ProjectorMessage */
/** @typedef {v.InferOutput<typeof PhoneStateSchema>} PhoneState */
/** @typedef {v.InferOutput<typeof RoomStateSchema>} RoomState */
/** @typedef {v.InferOutput<typeof ErrorSchema>} ErrorMessage */
/** @typedef {v.InferOutput<typeof FacilitatorInfoSchema>} FacilitatorInfo */
/** @typedef {v.InferOutput<typeof OptionSchema>} VoteOption */
/** @typedef {(typeof LANGS)[number]} Lang */
/** @typedef {(typeof VOTE_MODES)[number]} VoteMode */
/** @typedef {(typeof VOTE_PHASES)[number]} VotePhase */

/**
 * @template T
 * @typedef {{ ok: true, message: T } | { ok: false, code: ErrorCode, detail: string, ref?: string }} Parsed
 */

/**
 * Parse one text frame against a schema: JSON first, then the schema. A refusal carries
 * the error code and one readable line saying what was wrong and where.
 * @template {v.GenericSchema} S
 * @param {S} schema
 * @param {string} text
 * @returns {Parsed<v.InferOutput<S>>}
 */
export function parseMessage(schema, text) {
  /** @type {unknown} */
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, code: 'bad-json', detail: ERROR_MESSAGES['bad-json'] };
  }
  const result = v.safeParse(schema, data);
  if (result.success) return { ok: true, message: result.output };
  const ref = data && typeof data === 'object' && 'type' in data && typeof data.type === 'string' ? data.type.slice(0, 40) : undefined;
  const issue = result.issues[0];
  const path = issue.path?.map((item) => String(item.key)).join('.');
  const detail = `${ERROR_MESSAGES['bad-message']} ${path ? `At "${path}": ` : ''}${issue.message}`;
  return ref === undefined ? { ok: false, code: 'bad-message', detail } : { ok: false, code: 'bad-message', detail, ref };
}

/**
 * The open options with the most votes; every open option when none got a vote (the
 * facilitator decides). Locked options are counted but never on top.
 * @param {readonly number[]} counts
 * @param {readonly boolean[]} locked one flag per option
 * @returns {number[]}
 */
export function topOptions(counts, locked) {
  const open = counts.flatMap((count, index) => (locked[index] ? [] : [{ count, index }]));
  const most = Math.max(0, ...open.map((o) => o.count));
  return open.filter((o) => o.count === most).map((o) => o.index);
}
