// Phase 3 of the withdrawer's route — the flags and helpers its scenes need (prefix w3_). No prose.
