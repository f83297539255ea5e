// Phase 3 — the mechanics this phase's scenes need (flags, helper functions). No prose.
// Buiten adem / Out of breath: cafe, night_after, tightrope, door.

VAR p3_named_it = false    // cafe: you said out loud that you saw {his} eyes go to the group
VAR p3_told_where = false  // cafe: you told or texted {him} where you'd be (the Lantern)
VAR p3_told_noor = false   // cafe: you told Noor how you feel in company (she texts that night)
VAR p3_saw = false         // cafe: you listened (or ran back) and were there at the doorway
VAR p3_came = false        // night_after: {he} did not ask you over but stood at your door
VAR p3_went_over = false   // night_after: you let {him} close that night (a boundary given up)
VAR p3_hunger_won = false  // tightrope: the hunger won — you let {him} close again
// door: you ended it the day of the door, after the first disappointment. Phase 4's
// festival reads it (the partner's return tests that "no") and clears it.
VAR p3_left = false

// ── Events that follow the pattern so far ──────────────────────────────────────
// A dance led by chasing has overruled the body so often that at the café the alarm
// no longer comes: no signal, no running back, the doorway unseen (the blind spot).
=== function p3_alarm_left() ===
~ return pattern_so_far() != "pursue"

// A dance led by running away makes the partner chase harder: the night after the café
// {he} does not ask you over, {he} is at your door. Latched into p3_came when {he} asks,
// so the step you take in answer cannot change which night it was.
=== function p3_he_comes() ===
~ return pattern_so_far() == "withdraw"

// A dance led by staying with yourself sees the first withdrawal for what it is: after
// the door you may end it at once, without waiting for three.
=== function p3_may_leave() ===
~ return pattern_so_far() == "ground"

// The flags no later scene reads go back to false at the end of the phase, so states
// that differ only in spent flags merge (the story explorer compares every variable).
=== function p3_spend_flags() ===
~ p3_named_it = false
~ p3_told_where = false
~ p3_told_noor = false
~ p3_saw = false
~ p3_came = false
~ p3_went_over = false
~ p3_hunger_won = false
