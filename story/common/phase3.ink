// Phase 3 — the mechanics this phase's scenes need (flags, helper functions). No prose.
// Bijna uitgedanst / Almost danced out: cafe, night_after, tightrope, door.

VAR p3_named_it = false    // cafe: you said out loud that you saw {his} eyes go to the group
VAR p3_told_where = false  // cafe: you told or texted {him} where you'd be (the Lantern)
VAR p3_told_noor = false   // cafe: you told Noor how you feel in company (she texts that night)
VAR p3_saw = false         // cafe: you listened (or ran back) and were there at the doorway
VAR p3_went_over = false   // night_after: you went to {him} that night (a boundary given up)
VAR p3_hunger_won = false  // tightrope: the hunger won — you let {him} close again
