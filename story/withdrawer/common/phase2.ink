// Phase 2 of the withdrawer's route — the flags and helpers its scenes need (prefix w2_). No prose.

// How you answered when {partner_name} asked what this is (w_the_word): "word" (you said
// the word, together), "vague" (you laughed it away: we'll see), "fear" (you said it scares
// you). Read by phase 3's w_cafe: a partner who heard "we'll see" plans harder, one who heard
// the fear named asks before planning.
VAR w2_word = ""

// True when you let the flirt with Eva happen in front of {partner_name} (w_signals).
// Read by phase 3's w_tightrope: Eva already knows the way in.
VAR w2_eva = false

// How the night call went (w_night_call): "courted" (you won {him()} back, promises and
// all), "held" (you kept your weekend alone and said so kindly), "none" (you didn't call).
// Read by phase 3's w_cafe and by the endings that tell this dance's nights.
VAR w2_call = ""
