// The settling: how the whole dance weighs into an ending. Shared by both routes (the
// pursuer's story/<lang>/ and the withdrawer's story/withdrawer/<lang>/), so both earn
// their endings by one law. No prose. Each route's phase 5 calls settle_begin() when it
// starts and settle_kind() at its finale's last answer; the route turns the kind into its
// own ending (see story/common/phase5.ink and story/withdrawer/common/phase5.ink).

// ── Where the last phase began: the counters as they stood, so the weighing can give
// the phase of deciding its own half
VAR settle_base_pursued = 0
VAR settle_base_withdrew = 0
VAR settle_base_grounded = 0

// The finale's last answer adds this many percent to its own kind, on top of the whole
// dance as it stood before that answer.
CONST FINALE_WEIGHT = 8

// Call once, at the start of phase 5.
=== function settle_begin() ===
~ settle_base_pursued = pursued
~ settle_base_withdrew = withdrew
~ settle_base_grounded = grounded

// A kind's weight in percent: half its share of the whole dance, half its share of
// phase 5 (the phase of deciding). Ratios only, so the result does not depend on how
// many choices the other phases hold.
=== function settle_share(all_count, base_count, total, total5) ===
~ temp whole = 0
{ total > 0:
    ~ whole = (all_count * 100) / total
}
{ total5 > 0:
    ~ return (whole + (((all_count - base_count) * 100) / total5)) / 2
}
~ return whole

// One kind's weight in the whole dance (percent, roughly 0–110): its share of the steps
// (see settle_share), and for pursue and ground the tilt of the returns: a boundary that
// held when it was tested weighs toward ground, one given up toward pursue.
=== function settle_weight(kind) ===
~ temp total = pursued + withdrew + grounded
~ temp total5 = total - ((settle_base_pursued + settle_base_withdrew) + settle_base_grounded)
~ temp tilt = 0
{ held + rounds > 0:
    ~ tilt = ((held - rounds) * 10) / (held + rounds)
}
{ kind:
- "pursue":
    ~ return settle_share(pursued, settle_base_pursued, total, total5) - tilt
- "withdraw":
    ~ return settle_share(withdrew, settle_base_withdrew, total, total5)
- else:
    ~ return settle_share(grounded, settle_base_grounded, total, total5) + tilt
}

// The player's pattern: "pursuer", "withdrawer", "grounded" or "mixed".
=== function settle_pattern() ===
~ temp p = settle_weight("pursue")
~ temp w = settle_weight("withdraw")
~ temp g = settle_weight("ground")
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

// Stepping out of the dance has to be earned: the way out is locked while the whole dance
// has mostly been chasing or mostly running.
=== function settle_pattern_holds() ===
~ temp pattern = settle_pattern()
~ return pattern == "pursuer" || pattern == "withdrawer"

// ── The heaviest kind: "pursue", "withdraw" or "ground" ────────────────────────────
// `click` is the kind of the finale's last answer ("pursue", "withdraw" or "ground"): it
// adds FINALE_WEIGHT to that kind. `may_step_out` is whether ground may win at all (each
// route says when: in both, a boundary of yours must have held). On a tie the last answer
// decides if its kind is among the heaviest; otherwise ground, then pursue. A clear
// pattern cannot be overturned by the last click; a mixed dance can be.
=== function settle_kind(click, may_step_out) ===
~ temp p = settle_weight("pursue")
~ temp w = settle_weight("withdraw")
~ temp g = settle_weight("ground")
{ click:
- "pursue":
    ~ p = p + FINALE_WEIGHT
- "withdraw":
    ~ w = w + FINALE_WEIGHT
- else:
    ~ g = g + FINALE_WEIGHT
}
{ not may_step_out:
    ~ g = -100
}
{
- p > w && p > g:
    ~ return "pursue"
- w > p && w > g:
    ~ return "withdraw"
- g > p && g > w:
    ~ return "ground"
- click == "pursue" && p >= w && p >= g:
    ~ return "pursue"
- click == "withdraw" && w >= p && w >= g:
    ~ return "withdraw"
- g >= p && g >= w:
    ~ return "ground"
- p >= w:
    ~ return "pursue"
- else:
    ~ return "withdraw"
}
