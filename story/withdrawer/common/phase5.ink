// Phase 5 of the withdrawer's route — the flags and helpers its scenes need (prefix w5_). No prose.

// ── Flags: what you did in phase 5, read back by later scenes and the endings
VAR w5_news = ""    // w_months_later: the news that the partner sees someone — "asked", "felt", "shrugged"; read by w_invitation
VAR w5_lou = ""     // w_months_later: Lou — "chased" (you wait by the phone), "told" (the truth, kept small), "light"; read by w_finale, w5_settle and the endings
VAR w5_text = ""    // w_invitation: the night before — "sent", "deleted", "muted"; read by w_finale
VAR w5_answer = ""  // w_finale: when the partner comes over — "courted", "truth", "joke"; read by w5_settle and the endings
VAR w5_click = ""   // w_finale: the last answer — "go", "stay" or "cold"
VAR w5_ending = ""  // w_finale: "cycle", "role-switch", "closed-heart" or "step-out"

// Call once, at the start of phase 5 (the shared weighing: ../../common/settle.ink).
=== function w5_begin() ===
~ settle_begin()

// The lock on the finale's way out (a tag cannot hold `a || b`): out of reach while the
// pull or the walls are strong, or while the dance has plainly been chasing or running.
=== function w5_way_out_locked() ===
~ temp pattern = pattern_so_far()
~ return pull_strong() || walls_up() || pattern == "pursue" || pattern == "withdraw"

// ── The ending: earned by the whole dance, the last answer choosing within it ────
// The finale's last answer ("go" after the partner down the stairs, "stay" at Bas's sink,
// or "cold": goodnight and turn round) adds FINALE_WEIGHT percent to its kind, on top of
// the whole dance as it stood before that answer (call w5_settle before the answer's
// step); the shared weighing (../../common/settle.ink, settle_kind) finds the heaviest kind:
//   pursue   → the role switch if you chased Lou (w5_lou == "chased"), else the cycle;
//   withdraw → the closed heart;
//   ground   → stepping out, but only if a boundary of yours held (held > 0: an earlier
//              one, or tonight's truth, kept in the partner's silence at w_finale.approach);
//              otherwise the next heaviest kind decides.
// A clear pattern cannot be overturned by the last click; a mixed dance can be.
=== function w5_settle(click) ===
~ w5_click = click
~ temp kinds = "ground"
{ click:
- "go":
    ~ kinds = "pursue"
- "cold":
    ~ kinds = "withdraw"
}
~ temp kind = settle_kind(kinds, held > 0)
{ kind:
- "pursue":
    { w5_lou == "chased":
        ~ w5_ending = "role-switch"
    - else:
        ~ w5_ending = "cycle"
    }
- "withdraw":
    ~ w5_ending = "closed-heart"
- else:
    ~ w5_ending = "step-out"
}

// How many times you came back after going, in this playthrough: the night call that won
// the partner back (w2_call), the reply that promised to change (w4_reply), the hand taken
// on the roof (w5_answer) and the run down the stairs (w5_click). Read by the cycle ending,
// which says it in words (w_times and w_ordinal in each language's endings.ink).
=== function w5_comebacks() ===
~ temp n = 0
{ w2_call == "courted":
    ~ n = n + 1
}
{ w4_reply == "promise":
    ~ n = n + 1
}
{ w5_answer == "courted":
    ~ n = n + 1
}
{ w5_click == "go":
    ~ n = n + 1
}
~ return n
