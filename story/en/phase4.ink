// Phase 4 — placeholder; the real scenes replace this file.

=== festival ===
# phase: 4
# scene: festival
The scene goes here: festival.
* [Go on #step: ground]
    ~ step_ground(1)
    -> week_later

=== week_later ===
# scene: party
The scene goes here: week_later.
* [Go on #step: ground]
    ~ step_ground(1)
    -> letter

=== letter ===
# scene: desk
The scene goes here: letter.
* [Go on #step: ground]
    ~ step_ground(1)
    # pause: 4
    …
    -> months_later

=== function letter_recalled() ===
// one sentence that brings back what the letter said (placeholder)
You remember the letter.
