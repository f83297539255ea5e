// Phase 1 of the withdrawer's route — a placeholder until its scenes are written (../README.md).

=== w_party ===
# phase: 1
# scene: party
TODO: w_party.
* [pursue #step: pursue]
    ~ step_pursue(1)
* [withdraw #step: withdraw]
    ~ step_withdraw(1)
* [ground #step: ground]
    ~ step_ground(1)
-
End of phase 1. # pause: 1
-> w_morning
