// Phase 2 of the withdrawer's route — the flags and helpers its scenes need (prefix w2_). No prose.
