// Phase 1 of the withdrawer's route — the flags and helpers its scenes need (prefix w1_). No prose.
