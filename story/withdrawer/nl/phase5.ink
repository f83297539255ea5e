// Phase 5 of the withdrawer's route — a placeholder until its scenes are written (../README.md).

=== w_months_later ===
# phase: 5
# scene: home
TODO: w_months_later.
* [pursue #step: pursue]
    ~ step_pursue(1)
* [withdraw #step: withdraw]
    ~ step_withdraw(1)
* [ground #step: ground]
    ~ step_ground(1)
-
-> w_invitation

=== w_invitation ===
# scene: party-later
TODO: w_invitation.
* [pursue #step: pursue]
    ~ step_pursue(1)
* [withdraw #step: withdraw]
    ~ step_withdraw(1)
* [ground #step: ground]
    ~ step_ground(1)
-
-> w_finale

=== w_finale ===
# scene: party-later
TODO: the finale.
* [cycle]
    -> w_ending_cycle
* [role_switch]
    -> w_ending_role_switch
* [closed_heart]
    -> w_ending_closed_heart
* [step_out]
    -> w_ending_step_out
