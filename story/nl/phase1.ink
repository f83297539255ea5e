// Phase 1 — placeholder; the real scenes replace this file.

=== party ===
# phase: 1
# scene: party
Hier komt de scène: party.
* [Ga verder #step: ground]
    ~ step_ground(1)
    # pause: 1
    …
    -> text_message
