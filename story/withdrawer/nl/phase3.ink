// Phase 3 of the withdrawer's route — a placeholder until its scenes are written (../README.md).

=== w_cafe ===
# phase: 3
# scene: cafe
TODO: w_cafe.
* [pursue #step: pursue]
    ~ step_pursue(1)
* [withdraw #step: withdraw]
    ~ step_withdraw(1)
* [ground #step: ground]
    ~ step_ground(1)
-
-> w_night_after

=== w_night_after ===
# scene: bedroom
TODO: w_night_after.
* [pursue #step: pursue]
    ~ step_pursue(1)
* [withdraw #step: withdraw]
    ~ step_withdraw(1)
* [ground #step: ground]
    ~ step_ground(1)
-
-> w_tightrope

=== w_tightrope ===
# scene: home
TODO: w_tightrope.
* [pursue #step: pursue]
    ~ step_pursue(1)
* [withdraw #step: withdraw]
    ~ step_withdraw(1)
* [ground #step: ground]
    ~ step_ground(1)
-
-> w_door

=== w_door ===
# scene: door
TODO: w_door.
* [pursue #step: pursue]
    ~ step_pursue(1)
* [withdraw #step: withdraw]
    ~ step_withdraw(1)
* [ground #step: ground]
    ~ step_ground(1)
-
End of phase 3. # pause: 3
-> w_festival
