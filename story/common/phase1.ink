// Phase 1 — the mechanics this phase's scenes need (flags, helper functions). No prose.
// Het eerste nummer / The first song: the party where it begins. Later phases may read these flags.

// The night of the party: did you go home with the partner? (Read by later phases.)
VAR p1_went_home = false

// How the shared story came out in the crowded hallway:
//   "all"   — you told everything at once, unasked for;
//   "joke"  — you deflected with a joke and the partner dug until you told;
//   "asked" — you asked the partner to go first.
// What you share, for later phases that want it: as children you both spent the same
// heatwave summer on the same children's ward (fourth floor), twenty metres apart, and
// never met — the aquarium fish everyone called the Mayor (nl: de Burgemeester), Ineke the
// nurse with the card tricks (the queen of hearts behind your ear). At seven, when visiting
// time ended, you watched the door; the partner turned to the wall so it wouldn't hurt.
VAR p1_told = ""

// You listened to the small voice and asked Noor what she meant by "doesn't stay".
// Noor told you about the partner's bad winter: intense for a month, then quieter and
// quieter until there was nothing left.
VAR p1_listened = false
