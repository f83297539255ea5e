// Phase 4 of the withdrawer's route — the flags and helpers its scenes need (prefix w4_). No prose.

// w_letter: your reply to the partner's letter — "honest", "cold", "promise" or "none" (not
// written or not sent); read by w_finale and the endings (phase 5). Agreed in ../README.md.
VAR w4_reply = ""
