// @ts-check
// The story contract's tag vocabulary (see ../shared/design.md §2). Plain JavaScript so
// that the Node build tools (tools/ink) and the TypeScript engine read the same list:
// a tag the build accepts is a tag the engine understands.

export const STEP_KINDS = /** @type {const} */ (['pursue', 'withdraw', 'ground']);

export const SCENES = /** @type {const} */ ([
  'party', // phase 1: the party where it begins
  'home', // home, the phone in your hand
  'bar', // the bar at closing time
  'bedroom', // the bedroom at night
  'cafe', // the café
  'door', // the street at the partner's door
  'festival', // the festival
  'desk', // the writing desk with the letter
  'party-later', // the party months later
]);

export const BODY_SIGNALS = /** @type {const} */ (['stomach', 'heart', 'breath', 'throat']);

export const SOUND_CUES = /** @type {const} */ ([
  'sms', // a text message arrives
  'ring', // the phone rings
  'buzz', // the phone vibrates
  'knock', // a knock on a door
  'door', // a door opens or shuts
  'pen', // pen on paper
  'crowd', // a crowd swells
  'heartbeat', // a single loud heartbeat
]);

// Who is on stage with you: the partner is `here` unless a line says `away` (you are alone,
// on the phone, writing to them). A `# scene:` tag resets it to `here` unless the same
// line says `# partner: away`.
export const PARTNER_PRESENCE = /** @type {const} */ (['here', 'away']);

export const ENDINGS = /** @type {const} */ (['cycle', 'role-switch', 'closed-heart', 'step-out']);

export const PHASES = /** @type {const} */ ([1, 2, 3, 4, 5]);

// The two routes through the same dance (issue 19): the player pursues (story/<lang>/) or
// withdraws (story/withdrawer/<lang>/). The first is the default everywhere.
export const SIDES = /** @type {const} */ (['pursuer', 'withdrawer']);

/** @typedef {(typeof SIDES)[number]} Side */

/** The side `value` names (a radio's value, a stored preference), else the first route. @param {unknown} value @returns {Side} */
export function asSide(value) {
  return /** @type {readonly unknown[]} */ (SIDES).includes(value) ? /** @type {Side} */ (value) : SIDES[0];
}

/**
 * Every tag key the story may use, and what its value must look like.
 * `null` means free text; an array lists the allowed values.
 * @type {Record<string, readonly (string | number)[] | 'text' | 'condition' | 'number'>}
 */
export const TAG_KEYS = {
  scene: SCENES,
  phase: PHASES,
  step: STEP_KINDS,
  locked: 'condition', // `{pull_strong()}`: evaluated by ink to "true" / "false"
  why: 'text', // the inner reason a locked choice cannot be taken
  body: BODY_SIGNALS,
  sfx: SOUND_CUES,
  ending: ENDINGS,
  pause: PHASES,
  letter: 'text', // this line belongs to the finished letter (value: "line")
  partner: PARTNER_PRESENCE,
};

/**
 * ink's tags (`"key: value"` strings) as a record. The first colon splits, so a value may
 * hold colons of its own; a later tag with the same key wins.
 * @param {readonly string[] | null | undefined} tags
 * @returns {Record<string, string>}
 */
export function parseTags(tags) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const tag of tags ?? []) {
    const at = tag.indexOf(':');
    if (at < 0) out[tag.trim()] = '';
    else out[tag.slice(0, at).trim()] = tag.slice(at + 1).trim();
  }
  return out;
}
