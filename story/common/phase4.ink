// Phase 4 — Dan toch het onvermijdelijke einde / The inevitable end after all.
// The flags this phase's scenes need, read back later in the phase, by letter_recalled()
// in each language, and by phase 5. No prose lives here.

// ── festival ───────────────────────────────────────────────────────────────────
// Where the child came up, which is also whether you went:
//   "crowd"  at the festival, in each other's arms
//   "asked"  at the festival, in each other's arms, after you asked about tomorrow
//   "beside" at the festival, next to each other: you held your ground
//   "bed"    you stayed home; {he()} came to your door at night and you let {him()} in
//   "step"   you stayed home; {he()} came to your door and you talked on the doorstep
VAR p4_where = ""
// What you did when {he()} spoke of a child: "said" (named it), "swallowed", "cold".
VAR p4_child = ""

// ── week_later ─────────────────────────────────────────────────────────────────
// How you met {his()} distance in the bar: "chased" (a hand on the arm), "asked"
// (asked {him()} straight), "ice" (showed {him()} you didn't care).
VAR p4_bar = ""
// After the third disappointment: "tell" (the door closes and {he()} will know it),
// "ask" (you'd rather understand), "silent" (close it without a word).
VAR p4_close = ""

// ── letter ─────────────────────────────────────────────────────────────────────
// Each line of the letter: "honest", "bitter" or "pleading".
VAR p4_line_open = ""     // how it begins
VAR p4_line_child = ""    // the child
VAR p4_line_night = ""    // the night in the bar
VAR p4_line_end = ""      // how it ends
// What you did with it: "sent" (posted, let go), "chased" (posted, and a text after it),
// "kept" (in the drawer, never sent).
VAR p4_sent = ""

// You went to the festival (the other path: you stayed home and {he()} came to you).
=== function p4_at_festival() ===
~ return p4_where == "crowd" || p4_where == "asked" || p4_where == "beside"

// How many lines of the letter have this tone.
=== function p4_tone_count(tone) ===
~ temp n = 0
{ p4_line_open == tone:
    ~ n = n + 1
}
{ p4_line_child == tone:
    ~ n = n + 1
}
{ p4_line_night == tone:
    ~ n = n + 1
}
{ p4_line_end == tone:
    ~ n = n + 1
}
~ return n

// Set letter_tone from the dominant tone of the four lines. Four lines, three tones: a
// tie can only be two against two, and then the last line (how it ends) decides.
=== function p4_settle_tone() ===
~ temp h = p4_tone_count("honest")
~ temp b = p4_tone_count("bitter")
~ temp p = p4_tone_count("pleading")
{
- h > b && h > p:
    ~ letter_tone = "honest"
- b > h && b > p:
    ~ letter_tone = "bitter"
- p > h && p > b:
    ~ letter_tone = "pleading"
- else:
    ~ letter_tone = p4_line_end
}

// The letter went out of the house.
=== function p4_letter_sent() ===
~ return p4_sent == "sent" || p4_sent == "chased"

// Called once, just before the phase ends. The letter's inner lines and the bar's flags
// have done their work (the letter has been shown whole); clearing them keeps later
// phases from carrying state nobody reads, so the story's reachable states stay fewer.
// What remains for phase 5: p4_where, p4_child, p4_line_end, p4_sent and letter_tone.
=== function p4_done() ===
~ p4_line_open = ""
~ p4_line_child = ""
~ p4_line_night = ""
~ p4_bar = ""
~ p4_close = ""
