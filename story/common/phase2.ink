// Phase 2 — the mechanics this phase's scenes need (flags, helper functions). No prose.
