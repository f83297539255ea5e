// Phase 5 — Na de laatste passen / After the last steps: flags and the ending logic.
// No prose lives here.

// ── Where phase 5 began: the counters as they stood, so the pattern can weigh this phase
VAR p5_base_pursued = 0
VAR p5_base_withdrew = 0
VAR p5_base_grounded = 0

// ── Flags: what the player did in phase 5, read back by later scenes and the endings
VAR p5_missing = ""       // months_later: "felt" (let it ache), "fed" (the old chat), "buried" (control)
VAR p5_news = ""          // months_later: "asked" if you made Noor tell you about the partner (else "")
VAR p5_robin = 0          // months_later: 0 Robin at arm's length, 1 kept light, 2 let it grow
VAR p5_robin_close = ""   // months_later: when Robin comes close — "honest", "smoothed", "fled"
VAR p5_anger = ""         // invitation: "armour" (anger to be seen), "named" (said it to Noor), "cold"
VAR p5_text = ""          // invitation: the night before — "sent" (the message), "blocked", else ""
VAR p5_answer = ""        // finale: the answer to the partner's approach — "believed", "no", "cut"
VAR p5_ending = ""        // finale: "cycle", "role-switch", "closed-heart", "step-out"

// Flags are cleared once no later scene reads them, so that states that differ only in
// spent flags merge (the story explorer compares every variable).

// A "no" was said at the party, so the partner's return tests it.
=== function p5_said_no() ===
~ return p5_answer == "no" || p5_answer == "cut"

// Call once, at the start of phase 5.
=== function p5_begin() ===
~ p5_base_pursued = pursued
~ p5_base_withdrew = withdrew
~ p5_base_grounded = grounded

// A kind's weight in percent: half its share of the whole dance, half its share of
// phase 5 (the phase of deciding). Ratios only, so the result does not depend on how
// many choices the other phases hold.
=== function p5_share(all_count, base_count, total, total5) ===
~ temp whole = 0
{ total > 0:
    ~ whole = all_count * 100 / total
}
{ total5 > 0:
    ~ return (whole + (all_count - base_count) * 100 / total5) / 2
}
~ return whole

// The player's pattern: "pursuer", "withdrawer", "grounded" or "mixed".
// A boundary that held counts toward grounded; one given up toward pursuing.
=== function p5_pattern() ===
~ temp total = pursued + withdrew + grounded
~ temp total5 = total - p5_base_pursued - p5_base_withdrew - p5_base_grounded
{ total == 0:
    ~ return "mixed"
}
~ temp p = p5_share(pursued, p5_base_pursued, total, total5)
~ temp w = p5_share(withdrew, p5_base_withdrew, total, total5)
~ temp g = p5_share(grounded, p5_base_grounded, total, total5)
~ temp swings = held + rounds
{ swings > 0:
    // -10 … +10: how often a "no" survived the partner's return
    ~ temp tilt = (held - rounds) * 10 / swings
    ~ g = g + tilt
    ~ p = p - tilt
}
{
- p >= 40 && p >= w + 10 && p >= g + 10:
    ~ return "pursuer"
- w >= 40 && w >= p + 10 && w >= g + 10:
    ~ return "withdrawer"
- g >= 40 && g >= p + 10 && g >= w + 10:
    ~ return "grounded"
- else:
    ~ return "mixed"
}

// Stepping out of the dance has to be earned: out of reach while the pull or the walls
// are strong, or while the whole dance has mostly been chasing or mostly running.
=== function p5_pattern_holds() ===
~ temp pattern = p5_pattern()
~ return pattern == "pursuer" || pattern == "withdrawer"

// The lock on the finale's way out: # locked: {p5_way_out_locked()}. (A tag cannot hold
// `a || b` in braces — ink reads the bars as a sequence — so the test lives here.)
=== function p5_way_out_locked() ===
~ return pull_strong() || walls_up() || p5_pattern_holds()

// How strongly the player leaned one way, for the endings' wording: the count of the
// dominant kind, as a share of all steps (percent).
=== function p5_percent(count) ===
~ temp total = pursued + withdrew + grounded
{ total == 0:
    ~ return 0
}
~ return count * 100 / total
