// Phase 2 — Heen en weer / Back and forth: the flags its scenes share. No prose.
// Later phases may read p2_night and p2_wish to remember how the player danced here.
// The other flags are phase-local: each is cleared ("") once its last scene no longer
// needs it (p2_confession in night_call, p2_left in the_call, p2_text_reply when the
// week's Sunday begins), so the story explorer can merge otherwise equal states.

// How you answered the message about Eva: "ground" (saw through it, took distance),
// "pursue" (explained, begged) or "withdraw" (went cold, stung back).
VAR p2_text_reply = ""

// The confession at the bar: "held" (kept your distance when {he} came back),
// "melted" (let the anger go and went home with {him}), "cut" (walked off, punishing).
VAR p2_confession = ""

// Closing time: "said" (told {him} you were going home, and went), "stayed" (until the
// lights came up), "slipped" (left without a word).
VAR p2_left = ""

// The night call: "held" (your no held when {he} came back), "silent" (you never picked
// up; the no held by shutting the phone off), "gave" (you let {him} come over),
// "waited" (you stayed until closing time while the whole dance ran after {him}: the call
// never came, and you lay waiting for it).
VAR p2_night = ""

// The end of the week, when {he} says {he} is in love with you: "spoken" (you said you
// want a relationship), "swallowed" (better something than nothing), "hidden" (you
// shrugged first: no labels).
VAR p2_wish = ""

// Your answer to the message was a "no" (distance or coldness) that {his} return tests.
=== function p2_said_no() ===
~ return p2_text_reply == "ground" || p2_text_reply == "withdraw"

// Your no on the phone held through the night (in words or in silence).
=== function p2_night_held() ===
~ return p2_night == "held" || p2_night == "silent"
