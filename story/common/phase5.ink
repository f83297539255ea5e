// Phase 5 — Het licht gaat aan / The lights come up: flags and the ending logic.
// No prose lives here.

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

// Call once, at the start of phase 5 (the shared weighing: ../common/settle.ink).
=== function p5_begin() ===
~ settle_begin()

// The first route's names for the shared weighing (its prose and tests call these).
=== function p5_weight(kind) ===
~ return settle_weight(kind)

=== function p5_pattern() ===
~ return settle_pattern()

// ── The ending: earned by the whole dance, the finale choosing within it ──────────
// The finale's last answer ("go" with the partner, "walk" down the stairs alone, or
// "cold": goodnight like a stranger) adds FINALE_WEIGHT percent to its kind, on top of
// the whole dance as it stood before that answer (call p5_settle before the answer's step);
// the shared weighing (../common/settle.ink, settle_kind) finds the heaviest kind:
//   pursue   → the cycle, or the role switch if you let Robin in (the one who stayed) and
//              are still drawn to the one who runs;
//   withdraw → the closed heart;
//   ground   → stepping out, but only if at least one "no" of yours held when the partner
//              came back (held > 0); otherwise the next heaviest kind decides.
// A clear pattern cannot be overturned by the last click; a mixed dance can be.
VAR p5_click = ""         // finale: "go", "walk" or "cold" — what the last answer was

=== function p5_settle(click) ===
~ p5_click = click
~ temp kinds = "ground"
{ click:
- "go":
    ~ kinds = "pursue"
- "cold":
    ~ kinds = "withdraw"
}
// Stepping out needs a "no" that held: an earlier one, or the one said tonight, if this
// answer is to walk down the stairs after it.
~ temp kind = settle_kind(kinds, held > 0 || (click == "walk" && p5_said_no()))
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
~ return settle_pattern_holds()

// The lock on the finale's way out: # locked: {p5_way_out_locked()}. (A tag cannot hold
// `a || b` in braces — ink reads the bars as a sequence — so the test lives here.)
=== function p5_way_out_locked() ===
~ return pull_strong() || walls_up() || p5_pattern_holds()

