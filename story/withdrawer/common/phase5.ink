// Phase 5 of the withdrawer's route — the flags and helpers its scenes need (prefix w5_). No prose.
