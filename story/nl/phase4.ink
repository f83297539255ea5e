// Phase 4 — placeholder; the real scenes replace this file.

=== festival ===
# phase: 4
# scene: festival
Hier komt de scène: festival.
* [Ga verder #step: ground]
    ~ step_ground(1)
    -> week_later

=== week_later ===
# scene: party
Hier komt de scène: week_later.
* [Ga verder #step: ground]
    ~ step_ground(1)
    -> letter

=== letter ===
# scene: desk
Hier komt de scène: letter.
* [Ga verder #step: ground]
    ~ step_ground(1)
    # pause: 4
    …
    -> months_later

=== function letter_recalled() ===
// one sentence that brings back what the letter said (placeholder)
Je denkt aan de brief.
