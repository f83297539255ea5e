// Phase 4 — De muziek valt stil / The music stops.
// The flags this phase's scenes need, read back later in the phase and, through
// letter_recalled() in each language, by phase 5. No prose lives here.

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
// (asked {him()} straight), "ice" (showed {him()} you didn't care), "left" (a grounded
// dance only: you went home before the end and heard from Noor how it ended).
VAR p4_bar = ""
// After the third disappointment: "tell" (the door closes and {he()} will know it),
// "ask" (you'd rather understand), "silent" (close it without a word).
VAR p4_close = ""

// ── letter ─────────────────────────────────────────────────────────────────────
// The letter is written line by line: "honest", "bitter" or "pleading" each. The first
// three lines live in the letter knot's own temporary variables (they are only needed
// to show the finished letter); how it ends is kept, for letter_recalled().
VAR p4_line_end = ""
// What you did with it: "sent" (posted, let go), "chased" (posted, and a text after it),
// "kept" (in the drawer, never sent).
VAR p4_sent = ""

// ── Events that follow the pattern so far ──────────────────────────────────────
// A dance led by chasing meets the book's "old love": in the bar {he()} is there with
// {his()} ex from the start, and a hand on {his()} arm is shaken off.
=== function p4_old_love() ===
~ return pattern_so_far() == "pursue"

// A dance led by running away makes {him()} chase harder, and still go: in the week
// after the festival {he()} rings in the night, and at Noor's party turns away all the same.
=== function p4_night_calls() ===
~ return pattern_so_far() == "withdraw"

// A dance led by staying with yourself may leave the bar before the end: the body
// already knows, the eyes need not see it.
=== function p4_may_go() ===
~ return pattern_so_far() == "ground"

// You went to the festival (the other path: you stayed home and {he()} came to you).
=== function p4_at_festival() ===
~ return p4_where == "crowd" || p4_where == "asked" || p4_where == "beside"

// Set letter_tone from the dominant tone of the four lines. Four lines, three tones: a
// tie can only be two against two, and then the last line (how it ends) decides.
=== function p4_settle_tone(line_open, line_child, line_night) ===
~ temp h = p4_tone_count("honest", line_open, line_child, line_night)
~ temp b = p4_tone_count("bitter", line_open, line_child, line_night)
~ temp p = p4_tone_count("pleading", line_open, line_child, line_night)
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

// How many of the four lines have this tone.
=== function p4_tone_count(tone, line_open, line_child, line_night) ===
~ temp n = 0
{ line_open == tone:
    ~ n = n + 1
}
{ line_child == tone:
    ~ n = n + 1
}
{ line_night == tone:
    ~ n = n + 1
}
{ p4_line_end == tone:
    ~ n = n + 1
}
~ return n

// The letter went out of the house.
=== function p4_letter_sent() ===
~ return p4_sent == "sent" || p4_sent == "chased"

// Called as the letter begins, once it has taken what it needs from the earlier scenes.
// The festival's and the bar's flags have done their work by then; clearing them keeps
// the states the story can be in (and the explorer's work) small. What phase 5 gets from
// phase 4: letter_tone, p4_line_end, p4_sent (and disappointments).
=== function p4_spend_flags() ===
~ p4_where = ""
~ p4_child = ""
~ p4_bar = ""
~ p4_close = ""
