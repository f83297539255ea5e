// Phase 5 — placeholder; the real scenes replace this file.

=== months_later ===
# phase: 5
# scene: home
The scene goes here: months_later.
* [Go on #step: ground]
    ~ step_ground(1)
    -> invitation

=== invitation ===
# scene: home
The scene goes here: invitation.
* [Go on #step: ground]
    ~ step_ground(1)
    -> finale

=== finale ===
# scene: party-later
The scene goes here: finale.
* [Go on #step: ground]
    ~ step_ground(1)
    # pause: 5
    …
    -> ending_step_out
