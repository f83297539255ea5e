// Phase 5 — placeholder; the real scenes replace this file.

=== months_later ===
# phase: 5
# scene: home
Hier komt de scène: months_later.
* [Ga verder #step: ground]
    ~ step_ground(1)
    -> invitation

=== invitation ===
# scene: home
Hier komt de scène: invitation.
* [Ga verder #step: ground]
    ~ step_ground(1)
    -> finale

=== finale ===
# scene: party-later
Hier komt de scène: finale.
* [Ga verder #step: ground]
    ~ step_ground(1)
    # pause: 5
    …
    -> ending_step_out
