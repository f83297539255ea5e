// Phase 5 — Het licht gaat aan / The lights come up: flags and the ending logic.
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
    ~ whole = (all_count * 100) / total
}
{ total5 > 0:
    ~ return (whole + (((all_count - base_count) * 100) / total5)) / 2
}
~ return whole

// One kind's weight in the whole dance (percent, roughly 0–110): its share of the steps
// (see p5_share), and for pursue and ground the tilt of the returns: a "no" that held
// when the partner came back weighs toward ground, one given up toward pursue.
=== function p5_weight(kind) ===
~ temp total = pursued + withdrew + grounded
~ temp total5 = total - ((p5_base_pursued + p5_base_withdrew) + p5_base_grounded)
~ temp tilt = 0
{ held + rounds > 0:
    ~ tilt = ((held - rounds) * 10) / (held + rounds)
}
{ kind:
- "pursue":
    ~ return p5_share(pursued, p5_base_pursued, total, total5) - tilt
- "withdraw":
    ~ return p5_share(withdrew, p5_base_withdrew, total, total5)
- else:
    ~ return p5_share(grounded, p5_base_grounded, total, total5) + tilt
}

// The player's pattern: "pursuer", "withdrawer", "grounded" or "mixed".
=== function p5_pattern() ===
~ temp p = p5_weight("pursue")
~ temp w = p5_weight("withdraw")
~ temp g = p5_weight("ground")
{
- pursued + withdrew + grounded == 0:
    ~ return "mixed"
- p >= 40 && p >= w + 10 && p >= g + 10:
    ~ return "pursuer"
- w >= 40 && w >= p + 10 && w >= g + 10:
    ~ return "withdrawer"
- g >= 40 && g >= p + 10 && g >= w + 10:
    ~ return "grounded"
- else:
    ~ return "mixed"
}

// ── The ending: earned by the whole dance, the finale choosing within it ──────────
// The finale's last answer ("go" with the partner, "walk" down the stairs alone, or
// "cold": goodnight like a stranger) adds FINALE_WEIGHT percent to its kind, on top of
// the whole dance as it stood before that answer (call p5_settle before the answer's step). The heaviest kind decides:
//   pursue   → the cycle, or the role switch if you let Robin in (the one who stayed) and
//              are still drawn to the one who runs;
//   withdraw → the closed heart;
//   ground   → stepping out, but only if at least one "no" of yours held when the partner
//              came back (held > 0); otherwise the next heaviest kind decides.
// A clear pattern cannot be overturned by the last click; a mixed dance can be.
CONST FINALE_WEIGHT = 8
VAR p5_click = ""         // finale: "go", "walk" or "cold" — what the last answer was

=== function p5_settle(click) ===
~ p5_click = click
~ temp p = p5_weight("pursue")
~ temp w = p5_weight("withdraw")
~ temp g = p5_weight("ground")
{ click:
- "go":
    ~ p = p + FINALE_WEIGHT
- "cold":
    ~ w = w + FINALE_WEIGHT
- else:
    ~ g = g + FINALE_WEIGHT
}
// Stepping out needs a "no" that held: an earlier one, or the one said tonight, if this
// answer is to walk down the stairs after it.
{ held == 0 && not (click == "walk" && p5_said_no()):
    ~ g = -100
}
~ temp kind = "ground"
{
- p > w && p > g:
    ~ kind = "pursue"
- w > p && w > g:
    ~ kind = "withdraw"
- g > p && g > w:
    ~ kind = "ground"
- click == "go" && p >= w && p >= g:
    ~ kind = "pursue"
- click == "cold" && w >= p && w >= g:
    ~ kind = "withdraw"
- g >= p && g >= w:
    ~ kind = "ground"
- p >= w:
    ~ kind = "pursue"
- else:
    ~ kind = "withdraw"
}
{ kind:
- "pursue":
    { p5_robin > 0:
        ~ p5_ending = "role-switch"
    - else:
        ~ p5_ending = "cycle"
    }
- "withdraw":
    ~ p5_ending = "closed-heart"
- else:
    ~ p5_ending = "step-out"
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

