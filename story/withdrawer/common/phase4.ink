// Phase 4 of the withdrawer's route — the flags and helpers its scenes need (prefix w4_). No prose.
