// The law of the dance: every variable the story shares and every function that moves
// a meter. No prose lives here; story/nl and story/en include this file and hold only text.
// Prose never assigns a meter by hand: it calls step_pursue / step_withdraw / step_ground,
// so the dynamic ("the more one pursues, the more the other withdraws") lives in one place.

// ── Meters (0–10) ──────────────────────────────────────────────────────────────
VAR pursue = 0            // how hard the player chases: claim, adapting, giving in
VAR withdraw = 0          // how far the player runs: distance, coldness, punishing
VAR partner_distance = 3  // the partner's answer; starts fairly close (the opening)

// ── Counters ───────────────────────────────────────────────────────────────────
VAR pursued = 0           // pursue steps taken
VAR withdrew = 0          // withdraw steps taken
VAR grounded = 0          // grounded steps taken
VAR held = 0              // boundaries that still held when the partner came back
VAR rounds = 0            // times the dance swung back: a boundary given up
VAR disappointments = 0   // the three-disappointment rule (0–3)
VAR phase = 1             // the book's phase; the shell sets it from the `# phase:` tag
VAR steps = 0             // every step taken, of any kind
VAR last_step = ""        // "pursue", "withdraw" or "ground": the most recent step

// ── The letter (phase 4), remembered by the endings ──────────────────────────
VAR letter_tone = ""      // "honest", "bitter" or "pleading" once the letter is written

// ── Set by the shell before the story starts ──────────────────────────────────
VAR partner_name = "Sam"     // the partner's name, chosen on the title screen
VAR partner_pronoun = "he"   // "he" or "she"; each language maps it in its words.ink
VAR veil_infidelity = false  // workshop veil: infidelity happens off-screen when true
// Remembered games (issue 19): the openings notice when this has happened before.
VAR dances_before = 0        // games ended on this device before this one, either route
VAR last_ending = ""         // the last of them's ending id ("cycle", "step-out", …); "" if none

// ── The meters underneath: the same three on a finer scale (0–100) ─────────────
// The shown meters above are these, rounded to tens. A step moves the fine meter by a
// share of the room left, so a meter climbs over a phase and never quite reaches its
// limit; every step eases the meters it does not push back toward where they rest.
VAR pursue_fine = 0
VAR withdraw_fine = 0
VAR distance_fine = 30
VAR chase = 0             // the last few steps, fading: + toward the partner, − away (−60…60)

// ── Pull thresholds: when a meter is this high, a step is out of reach ─────────
CONST PULL = 6
CONST REST = 10           // where pursue and withdraw rest when nothing pulls (fine scale)
CONST GAIN = 3            // percent of the room left that one unit of step strength takes
CONST GAIN_WALLS = 4      // the same for the walls: the story's withdraw steps are mostly small ones
CONST EASE = 5           // percent of the way back to rest per unit of another kind's step

=== function clamp(value, low, high) ===
{
- value < low:
    ~ return low
- value > high:
    ~ return high
- else:
    ~ return value
}

// A fine meter rounded to the shown 0–10.
=== function tenths(fine) ===
~ return clamp((fine + 5) / 10, 0, 10)

// (Ink reads a * b / c as a * (b / c): every product is bracketed before it is divided.)
// `fine` climbs by `strength` × `rate` percent of the room left below 100 (at least 1).
=== function climb(fine, strength, rate) ===
~ temp room = 100 - fine
~ temp gain = ((room * strength) * rate) / 100
{ gain < 1 && room > 0:
    ~ gain = 1
}
~ return clamp(fine + gain, 0, 100)

// `fine` eases back toward REST by `percent` of the way (at least 1 when not there yet).
=== function ease(fine, percent) ===
~ temp gap = fine - REST
~ temp back = (gap * percent) / 100
{
- back == 0 && gap > 0:
    ~ back = 1
- back == 0 && gap < 0:
    ~ back = -1
}
~ return fine - back

// The partner answers the dance with a lag. Where they are heading: the middle (50),
// pushed out by how hard you pull now and by your last few steps toward them, drawn in
// by your running and by your letting go. They cover less than half the way per step.
=== function partner_answers() ===
~ temp target = (50 + (((pursue_fine - withdraw_fine) * 3) / 10)) + chase
~ target = clamp(target, 10, 90)
~ distance_fine = distance_fine + (((target - distance_fine) * 45) / 100)
~ distance_fine = clamp(distance_fine, 0, 100)
~ pursue = tenths(pursue_fine)
~ withdraw = tenths(withdraw_fine)
~ partner_distance = tenths(distance_fine)
~ steps = steps + 1

// Chasing: claim, adapt, give in, seek reassurance, swallow a wish, overrule the body.
// The partner answers by the law: every step toward them is a step back for them.
=== function step_pursue(strength) ===
~ pursue_fine = climb(pursue_fine, strength, GAIN)
~ withdraw_fine = ease(withdraw_fine, EASE * strength)
~ chase = clamp(chase / 2 + 14 * strength, -60, 60)
~ pursued = pursued + 1
~ last_step = "pursue"
~ partner_answers()

// Running: push away, punish, go cold, flee — including the "no" meant to make them
// come back. The law turns the partner around: they come closer.
=== function step_withdraw(strength) ===
~ withdraw_fine = climb(withdraw_fine, strength, GAIN_WALLS)
~ pursue_fine = ease(pursue_fine, EASE * strength)
~ chase = clamp(chase / 2 - 14 * strength, -60, 60)
~ withdrew = withdrew + 1
~ last_step = "withdraw"
~ partner_answers()

// Staying with yourself: name what you feel, hold a boundary without chasing or
// punishing, listen to the body. The pull and the walls both ease; the partner is
// neither chased nor lured, but a person who stands still draws them back a little.
=== function step_ground(strength) ===
~ pursue_fine = ease(pursue_fine, 2 * EASE * strength)
~ withdraw_fine = ease(withdraw_fine, 2 * EASE * strength)
~ chase = clamp(chase / 2 - 6, -60, 60)
~ grounded = grounded + 1
~ last_step = "ground"
~ partner_answers()

// A "no" only breaks the cycle if it still holds when the partner comes back.
// Call exactly one of these at every return of the partner after a boundary.
// They also remember when it happened (the phase), so an ending can bring back one
// night as an image instead of a count: the first "no" that held, the last one that didn't.
VAR held_first_phase = 0
VAR gave_last_phase = 0

=== function boundary_held() ===
~ held = held + 1
{ held_first_phase == 0:
    ~ held_first_phase = phase
}

=== function boundary_given_up() ===
~ rounds = rounds + 1
~ gave_last_phase = phase

// The narrator's private agreement: three disappointments and the door can close.
=== function disappointment() ===
~ disappointments = clamp(disappointments + 1, 0, 3)

=== function door_can_close() ===
~ return disappointments >= 3

// When the pull is strong, the grounded step is visible but out of reach:
//   * [Say what you need #step: ground #locked: {pull_strong()} #why: …]
=== function pull_strong() ===
~ return pursue >= PULL

// When the walls are up, the vulnerable step is out of reach.
=== function walls_up() ===
~ return withdraw >= PULL

// ── Reading the partner (the contract every scene uses) ─────────────────────────
// Scenes never read the raw numbers to decide how the partner behaves; they ask these.
// The thresholds and the way the numbers move may be retuned above; the names stay.

// How near the partner is right now: "close" (reaching for you), "unsure" (wavering,
// half in and half out) or "far" (gone quiet, cold; in phase 4 also angry).
=== function partner_state() ===
{
- partner_distance <= 3:
    ~ return "close"
- partner_distance >= 7:
    ~ return "far"
- else:
    ~ return "unsure"
}

=== function partner_close() ===
~ return partner_state() == "close"

=== function partner_far() ===
~ return partner_state() == "far"

// The player's last step moved toward the partner: the law says they step back.
=== function you_chased() ===
~ return last_step == "pursue"

// The player's last step let go (withdrew or stood still in themselves): the law says
// the partner turns back toward them.
=== function you_let_go() ===
~ return last_step == "withdraw" || last_step == "ground"

// ── Reading the player's pattern so far (for events that follow the dance) ─────────
// "pursue", "withdraw", "ground" or "mixed": which kind of step has led the whole dance
// up to now. A boundary that held when the partner came back counts toward ground, one
// given up toward pursue. Before the fourth step it is always "mixed".
// Use it to choose EVENTS (which episode comes, when the partner calls or comes, whether
// an alarm is left); use partner_state() / you_chased() / you_let_go() for wording.
=== function pattern_so_far() ===
~ temp total = pursued + withdrew + grounded
{ total < 4:
    ~ return "mixed"
}
~ temp p = pursued * 100 / total
~ temp w = withdrew * 100 / total
~ temp g = grounded * 100 / total
~ temp swings = held + rounds
{ swings > 0:
    ~ temp tilt = (held - rounds) * 10 / swings
    ~ g = g + tilt
    ~ p = p - tilt
}
{
- p >= 40 && p >= w + 10 && p >= g + 10:
    ~ return "pursue"
- w >= 40 && w >= p + 10 && w >= g + 10:
    ~ return "withdraw"
- g >= 40 && g >= p + 10 && g >= w + 10:
    ~ return "ground"
- else:
    ~ return "mixed"
}
