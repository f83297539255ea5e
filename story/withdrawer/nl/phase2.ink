// Phase 2 of the withdrawer's route — a placeholder until its scenes are written (../README.md).

=== w_morning ===
# phase: 2
# scene: home
TODO: w_morning.
* [pursue #step: pursue]
    ~ step_pursue(1)
* [withdraw #step: withdraw]
    ~ step_withdraw(1)
* [ground #step: ground]
    ~ step_ground(1)
-
-> w_the_word

=== w_the_word ===
# scene: bar
TODO: w_the_word.
* [pursue #step: pursue]
    ~ step_pursue(1)
* [withdraw #step: withdraw]
    ~ step_withdraw(1)
* [ground #step: ground]
    ~ step_ground(1)
-
-> w_signals

=== w_signals ===
# scene: bar
TODO: w_signals.
* [pursue #step: pursue]
    ~ step_pursue(1)
* [withdraw #step: withdraw]
    ~ step_withdraw(1)
* [ground #step: ground]
    ~ step_ground(1)
-
-> w_night_call

=== w_night_call ===
# scene: bedroom
TODO: w_night_call.
* [pursue #step: pursue]
    ~ step_pursue(1)
* [withdraw #step: withdraw]
    ~ step_withdraw(1)
* [ground #step: ground]
    ~ step_ground(1)
-
End of phase 2. # pause: 2
-> w_cafe
