// @ts-check
// The room protocol: every message between the workshop server, the projector and the
// phones, as valibot schemas with the types derived from them. One module, plain
// JavaScript, so the Node server (no build step) and the browser clients (bundled by Vite)
// validate against exactly the same rules. Anything that does not match a schema here is
// refused before it reaches the room.
import * as v from 'valibot';
import { LANGS } from './language.js';
import {
  ERROR_CODES,
  ERROR_MESSAGES,
  MAX_CARD_TITLE_LENGTH,
  MAX_OPTION_LENGTH,
  MAX_OPTIONS,
  MAX_PROMPT_LENGTH,
  MAX_TIMER_MS,
  PROTOCOL_VERSION,
  VOTE_PHASES,
} from './protocol-codes.js';
import { VOTE_MODES } from './vote-rules.js';

export * from './protocol-codes.js';

/** @typedef {import('./protocol-codes.js').ErrorCode} ErrorCode */

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
/**
 * A phone's number in this session: three digits the phone shows on its own screen, so the
 * facilitator can name a phone ("number 347") without knowing whose it is. It says nothing
 * about the phone's votes or X-cards: those are never linked to it.
 */
const BadgeSchema = v.pipe(
  v.string(),
  v.regex(/^[1-9][0-9]{2,3}$/, 'a phone number is three digits (four past 600 phones)'),
);
/** A vote's countdown as the server last heard it from the facilitator, measured when sent. */
const TimerSchema = v.strictObject({
  remainingMs: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_TIMER_MS)),
  /** False while the facilitator holds it. */
  running: v.boolean(),
});
/** A phase card's discussion prompt, for the phones to read along. */
const CardSchema = v.strictObject({
  title: v.pipe(v.string(), v.trim(), v.maxLength(MAX_CARD_TITLE_LENGTH)),
  prompt: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MAX_PROMPT_LENGTH)),
});
/** The facilitator's own label for a vote (the workshop's question id), for a reloaded projector. */
const VoteRefSchema = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'a vote ref is 1–64 letters, digits and _.:-'),
);

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
/** A read-only facilitator screen (the audience window): hears the room, commands nothing. */
export const WatchSchema = v.strictObject({
  type: v.literal('watch'),
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
  ref: v.optional(VoteRefSchema),
});
export const RevealSchema = v.strictObject({ type: v.literal('reveal'), vote: VoteIdSchema });
export const CommitSchema = v.strictObject({
  type: v.literal('commit'),
  vote: VoteIdSchema,
  option: OptionIndexSchema,
});
/** The facilitator switches between deciding by vote and taking the room's advice. */
export const SetModeSchema = v.strictObject({ type: v.literal('set-mode'), vote: VoteIdSchema, mode: ModeSchema });
export const CloseVoteSchema = v.strictObject({ type: v.literal('close-vote') });
export const SetLangSchema = v.strictObject({ type: v.literal('set-lang'), lang: LangSchema });
export const SetPausedSchema = v.strictObject({ type: v.literal('set-paused'), paused: v.boolean() });
/** The open vote's countdown, for the phones: null switches it off. What happens at zero is
 * the facilitator's side (it may commit); the server only passes the time on. */
export const SetTimerSchema = v.strictObject({
  type: v.literal('set-timer'),
  vote: VoteIdSchema,
  timer: v.nullable(TimerSchema),
});
/** A phase card's prompt to the phones; null takes it away. */
export const SetCardSchema = v.strictObject({ type: v.literal('set-card'), card: v.nullable(CardSchema) });
/** Locked: phones already in come and go, no new phone joins. */
export const SetLockedSchema = v.strictObject({ type: v.literal('set-locked'), locked: v.boolean() });
/** Ask for the phones' numbers (answered with `phones`). */
export const ListPhonesSchema = v.strictObject({ type: v.literal('list-phones') });
/** Remove the phone with this number: its sockets close, its token is void, its ballot in the
 * open vote is taken back, and its device cannot rejoin with the current code. */
export const RemovePhoneSchema = v.strictObject({ type: v.literal('remove-phone'), badge: BadgeSchema });
/** A new room code (the QR code changes with it): phones already in stay in. */
export const RotateCodeSchema = v.strictObject({ type: v.literal('rotate-code') });
/** The session is over: every phone is told, then the room closes. */
export const EndSessionSchema = v.strictObject({ type: v.literal('end-session') });
/** A fresh room for the next session: new code, no phones, no votes, unlocked. */
export const NewSessionSchema = v.strictObject({ type: v.literal('new-session') });

export const ClientMessageSchema = v.variant('type', [
  JoinSchema,
  VoteSchema,
  XCardSchema,
  HostSchema,
  WatchSchema,
  OpenVoteSchema,
  RevealSchema,
  CommitSchema,
  SetModeSchema,
  CloseVoteSchema,
  SetLangSchema,
  SetPausedSchema,
  SetTimerSchema,
  SetCardSchema,
  SetLockedSchema,
  ListPhonesSchema,
  RemovePhoneSchema,
  RotateCodeSchema,
  EndSessionSchema,
  NewSessionSchema,
]);

/** Message types only the (hosting) facilitator connection may send. */
export const FACILITATOR_ONLY = /** @type {const} */ ([
  'open-vote',
  'reveal',
  'commit',
  'set-mode',
  'close-vote',
  'set-lang',
  'set-paused',
  'set-timer',
  'set-card',
  'set-locked',
  'list-phones',
  'remove-phone',
  'rotate-code',
  'end-session',
  'new-session',
]);
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

/** A vote as a phone sees it: how many voted, never a count per option before the reveal. */
const PhoneVoteSchema = v.strictObject({
  id: VoteIdSchema,
  prompt: v.optional(v.string()),
  options: v.array(OptionSchema),
  mode: ModeSchema,
  phase: PhaseSchema,
  counts: v.nullable(v.array(CountSchema)),
  chosen: v.nullable(OptionIndexSchema),
  /** Phones with a ballot in this vote… */
  voted: CountSchema,
  /** …of the phones that can vote in it (connected now, or asleep with a ballot). */
  of: CountSchema,
  timer: v.nullable(TimerSchema),
});

export const JoinedSchema = v.strictObject({ type: v.literal('joined'), token: TokenSchema });
export const PhoneStateSchema = v.strictObject({
  type: v.literal('state'),
  lang: LangSchema,
  paused: v.boolean(),
  /** The session has ended: say thank you; the room closes right after. */
  ended: v.boolean(),
  /** This phone's number, shown small on its screen (see BadgeSchema). */
  badge: BadgeSchema,
  /** The phase card's discussion prompt the projector shows, if one is up. */
  card: v.nullable(CardSchema),
  vote: v.nullable(PhoneVoteSchema),
  /** This phone's own vote in the current choice, kept across reconnects. */
  myVote: v.nullable(OptionIndexSchema),
});
/** The live count of an open vote, between two states (sent a few times a second at most). */
export const PhoneCountSchema = v.strictObject({
  type: v.literal('count'),
  vote: VoteIdSchema,
  voted: CountSchema,
  of: CountSchema,
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
  /** The facilitator's label from open-vote, if it gave one. */
  ref: v.nullable(v.string()),
  mode: ModeSchema,
  phase: PhaseSchema,
  optionCount: CountSchema,
  /** The options as opened: a projector that reloads mid-vote recognises its question by them. */
  options: v.array(OptionSchema),
  /** Phones with a ballot in this vote. */
  voted: CountSchema,
  /** Phones that can vote in it: connected now, or asleep with a ballot ("12 of 18 voted"). */
  of: CountSchema,
  /** Ballots accepted so far, changes included (monotonic within a vote). */
  received: CountSchema,
  counts: v.nullable(v.array(CountSchema)),
  /** The open options with the most votes once revealed: more than one is a tie. */
  top: v.nullable(v.array(OptionIndexSchema)),
  chosen: v.nullable(OptionIndexSchema),
  timer: v.nullable(TimerSchema),
});
export const RoomStateSchema = v.strictObject({
  type: v.literal('room'),
  room: v.string(),
  /** What this connection may do: 'host' commands, 'watch' (an audience window) only listens. */
  role: v.picklist(['host', 'watch']),
  lang: LangSchema,
  paused: v.boolean(),
  /** No new phones (those already in come and go). */
  locked: v.boolean(),
  /** The facilitator ended the session; phones are told and closed. */
  ended: v.boolean(),
  /** Phones with an open connection right now: the lobby's count. */
  connected: CountSchema,
  /** Phones that joined this session, asleep or awake. */
  joined: CountSchema,
  maxParticipants: CountSchema,
  /** X-cards played this session (every one, also those folded into a pause already on). */
  xcards: CountSchema,
  /** Times an X-card paused the game. */
  pauses: CountSchema,
  card: v.nullable(CardSchema),
  vote: v.nullable(RoomVoteSchema),
});
/**
 * An X-card reached the facilitator. A burst (from one phone or many) is one alert; `paused`
 * says whether it paused the game at once (false: pauses keep coming — the room-wide limit
 * held it back and the facilitator decides), `recent` how many were played in ten minutes.
 */
export const XCardEventSchema = v.strictObject({
  type: v.literal('xcard'),
  total: CountSchema,
  paused: v.boolean(),
  recent: CountSchema,
});
/** The phones in the room by number, for removing one (to the hosting connection only). */
export const PhoneListSchema = v.strictObject({
  type: v.literal('phones'),
  phones: v.array(
    v.strictObject({
      badge: BadgeSchema,
      connected: v.boolean(),
      /** Messages refused or dropped from this phone for breaking the protocol or flooding —
       * behaviour only, never its votes or X-cards. */
      strikes: CountSchema,
    }),
  ),
});
/** The join address changed (a rotated code, a new session): the projector redraws the QR. */
export const JoinInfoSchema = v.strictObject({
  type: v.literal('join-info'),
  room: v.string(),
  joinUrl: v.string(),
  qrSvg: v.string(),
});

export const PhoneMessageSchema = v.variant('type', [
  ErrorSchema,
  JoinedSchema,
  PhoneStateSchema,
  PhoneCountSchema,
  VoteOkSchema,
  XCardOkSchema,
]);
export const ProjectorMessageSchema = v.variant('type', [
  ErrorSchema,
  RoomStateSchema,
  XCardEventSchema,
  PhoneListSchema,
  JoinInfoSchema,
]);

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
/** @typedef {v.InferOutput<typeof TimerSchema>} VoteTimerState */
/** @typedef {v.InferOutput<typeof CardSchema>} PhaseCard */
/** @typedef {v.InferOutput<typeof XCardEventSchema>} XCardAlert */
/** @typedef {v.InferOutput<typeof PhoneListSchema>['phones'][number]} PhoneEntry */
/** @typedef {v.InferOutput<typeof JoinInfoSchema>} JoinInfo */
/** @typedef {v.InferOutput<typeof PhoneCountSchema>} PhoneCount */
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
  const ref =
    data && typeof data === 'object' && 'type' in data && typeof data.type === 'string'
      ? data.type.slice(0, 40)
      : undefined;
  const issue = result.issues[0];
  const path = issue.path?.map((item) => String(item.key)).join('.');
  const detail = `${ERROR_MESSAGES['bad-message']} ${path ? `At "${path}": ` : ''}${issue.message}`;
  return ref === undefined
    ? { ok: false, code: 'bad-message', detail }
    : { ok: false, code: 'bad-message', detail, ref };
}
