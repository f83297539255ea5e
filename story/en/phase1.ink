// Phase 1 — placeholder; the real scenes replace this file.

=== party ===
# phase: 1
# scene: party
The scene goes here: party.
* [Go on #step: ground]
    ~ step_ground(1)
    # pause: 1
    …
    -> text_message
