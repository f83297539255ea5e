// Phase 1 of the withdrawer's route — the flags and helpers its scenes need (prefix w1_). No prose.

// True when you pretended not to see {partner_name} and talked to Joost, the man with the
// camera (w1_looks). Read by w1_talk: {he()} noticed you listening to him.
VAR w1_joost = false

// True when you asked Bas what you always do (w1_kitchen: "everything in a month, then
// nothing"). Read by phase 2's w2_circles: Bas reminds you of his kitchen.
VAR w1_bas = false

// How the party night ended (w1_night): "went" (home with {him()}), "kissed" (a kiss, then
// home alone on your bike), "daylight" (you asked to see {him()} tomorrow). Read by
// w1_night's last lines and by phase 2's w_morning (the three weeks since).
VAR w1_ride = ""
