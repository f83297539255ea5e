// Phase 4 of the withdrawer's route — the flags and helpers its scenes need (prefix w4_). No prose.

VAR w4_no_show = false   // you did not come to the festival and did not cancel (w_festival); w_letter reads it, phase 5 may
VAR w4_blocked = false   // you shut the door on all contact: blocked {partner_name} (w_week_later); w_letter reads it
VAR w4_eva = false       // you hid in Eva again after the quarrel (w_week_later; veiled when veil_infidelity); w_letter reads it
VAR w4_closed = false    // {partner_name} closed the door on you at the third disappointment (w_week_later); w_letter and phase 5 read it
VAR w4_reply = "none"    // your answer to {partner_name}'s letter (w_letter): "honest", "cold", "promise" or "none"; phase 5 and the endings read it (reply_recalled() in each language)
