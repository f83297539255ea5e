// Phase 5 of the withdrawer's route — the flags and helpers its scenes need (prefix w5_). No prose.

// ── Where phase 5 began (read by w5_settle, to weigh this phase on its own too)
VAR w5_base_pursued = 0
VAR w5_base_withdrew = 0
VAR w5_base_grounded = 0

// ── Flags: what you did in phase 5, read back by later scenes and the endings
VAR w5_news = ""    // w_months_later: the news that the partner sees someone — "asked", "felt", "shrugged"; read by w_invitation
VAR w5_lou = ""     // w_months_later: Lou — "chased" (you wait by the phone), "told" (the truth, kept small), "light"; read by w_finale, w5_settle and the endings
VAR w5_text = ""    // w_invitation: the night before — "sent", "deleted", "muted"; read by w_finale
VAR w5_answer = ""  // w_finale: when the partner comes over — "courted", "truth", "joke"; read by w5_settle and the endings
VAR w5_click = ""   // w_finale: the last answer — "go", "stay" or "cold"
VAR w5_ending = ""  // w_finale: "cycle", "role-switch", "closed-heart" or "step-out"

// Call once, at the start of phase 5.
=== function w5_begin() ===
~ w5_base_pursued = pursued
~ w5_base_withdrew = withdrew
~ w5_base_grounded = grounded

// The lock on the finale's way out (a tag cannot hold `a || b`): out of reach while the
// pull or the walls are strong, or while the dance has plainly been chasing or running.
=== function w5_way_out_locked() ===
~ temp pattern = pattern_so_far()
~ return pull_strong() || walls_up() || pattern == "pursue" || pattern == "withdraw"

// The ending, earned by the whole dance; the last answer ("go", "stay", "cold") only tips
// a mixed one. Placeholder-safe weighing until story/common/settle.ink lands on main;
// then this calls the shared weighing instead. Call before the answer's step.
=== function w5_settle(click) ===
~ w5_click = click
~ temp total = pursued + withdrew + grounded
~ temp total5 = total - ((w5_base_pursued + w5_base_withdrew) + w5_base_grounded)
~ temp p = w5_share(pursued, w5_base_pursued, total, total5)
~ temp w = w5_share(withdrew, w5_base_withdrew, total, total5)
~ temp g = w5_share(grounded, w5_base_grounded, total, total5)
{ click:
- "go":
    ~ p = p + 8
- "cold":
    ~ w = w + 8
- else:
    ~ g = g + 8
}
// Stepping out needs a boundary that held: an earlier one, or tonight's truth, kept in
// the partner's silence (w_finale.approach).
{ held == 0:
    ~ g = -100
}
{
- g > p && g > w:
    ~ w5_ending = "step-out"
- w > p && w >= g:
    ~ w5_ending = "closed-heart"
- p >= w && p >= g && w5_lou == "chased":
    ~ w5_ending = "role-switch"
- p >= w && p >= g:
    ~ w5_ending = "cycle"
- click == "cold":
    ~ w5_ending = "closed-heart"
- else:
    ~ w5_ending = "step-out"
}

// A kind's weight in percent: half its share of the whole dance, half its share of phase 5.
=== function w5_share(all_count, base_count, total, total5) ===
~ temp whole = 0
{ total > 0:
    ~ whole = (all_count * 100) / total
}
{ total5 > 0:
    ~ return (whole + (((all_count - base_count) * 100) / total5)) / 2
}
~ return whole
