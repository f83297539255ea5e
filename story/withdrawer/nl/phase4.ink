// Phase 4 of the withdrawer's route — a placeholder until its scenes are written (../README.md).

=== w_festival ===
# phase: 4
# scene: festival
TODO: w_festival.
* [pursue #step: pursue]
    ~ step_pursue(1)
* [withdraw #step: withdraw]
    ~ step_withdraw(1)
* [ground #step: ground]
    ~ step_ground(1)
-
-> w_week_later

=== w_week_later ===
# scene: bar
TODO: w_week_later.
* [pursue #step: pursue]
    ~ step_pursue(1)
* [withdraw #step: withdraw]
    ~ step_withdraw(1)
* [ground #step: ground]
    ~ step_ground(1)
-
-> w_letter

=== w_letter ===
# scene: desk
TODO: w_letter.
* [pursue #step: pursue]
    ~ step_pursue(1)
* [withdraw #step: withdraw]
    ~ step_withdraw(1)
* [ground #step: ground]
    ~ step_ground(1)
-
End of phase 4. # pause: 4
-> w_months_later
