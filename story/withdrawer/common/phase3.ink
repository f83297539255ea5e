// Phase 3 of the withdrawer's route — the flags and helpers its scenes need (prefix w3_). No prose.

VAR w3_key = false       // you took {partner_name}'s spare key in the café (w_cafe); w_night_after and w_door read it
VAR w3_weekend = false   // you asked for a weekend alone, a grounded boundary (w_tightrope); the return in w_tightrope and w_door read it
VAR w3_eva = false       // you went for a drink with Eva instead of answering (w_tightrope); w_door reads it
VAR w3_fled_night = false // you left {partner_name}'s bed at three in the morning (w_night_after); w_tightrope reads it
